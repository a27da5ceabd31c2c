"""Every PDF render has a time and memory limit that ends in a clear Dutch message (issue 11, defect 3): a
render that takes too long never holds a web worker, and the user learns what happened."""

import time

import pytest
from django.urls import reverse

from jobs.models import Job
from jobs.services import job_url
from reports.factsheets.sheet import build_factsheet, render_factsheet_pdf
from reports.pdf import PdfRenderRefused, render_pdf
from tests.jobs.follow import started_job
from tests.reports.factories import FactsheetFactory


def test_a_render_past_the_time_limit_is_stopped_with_a_dutch_message(pillar, period, settings):
    settings.PDF_RENDER_SECONDS = 0.05
    started = time.monotonic()
    with pytest.raises(PdfRenderRefused) as refused:
        render_factsheet_pdf(build_factsheet(FactsheetFactory(pillar=pillar, period=period)))
    assert time.monotonic() - started < 20  # stopped at the limit, not rendered to the end
    assert refused.value.message.startswith("Het maken van de PDF is na 0,05 seconden afgebroken.")


def test_a_render_past_the_memory_limit_is_refused(settings):
    """The child may grow by PDF_RENDER_MAX_MB beyond what it inherits; a long document needs far more."""
    settings.PDF_RENDER_MAX_MB = 1
    paragraphs = "".join(
        f"<p>Alinea {n}: woningbouw in de regio, circulair en betaalbaar.</p>" for n in range(4000)
    )
    with pytest.raises(PdfRenderRefused, match="afgebroken"):
        render_pdf(f'<html lang="nl"><body>{paragraphs}</body></html>', title="geheugen")


def test_within_the_limits_the_pdf_is_made(pillar, period):
    pdf = render_factsheet_pdf(build_factsheet(FactsheetFactory(pillar=pillar, period=period)))
    assert pdf.startswith(b"%PDF")


def test_a_pdf_job_past_the_time_limit_fails_with_the_dutch_message(
    client, tempomaker, pillar, period, settings
):
    """The render runs inside the background job; the limit ends the job, and its page tells the user why."""
    settings.PDF_RENDER_SECONDS = 0.05
    FactsheetFactory(pillar=pillar, period=period)
    client.force_login(tempomaker)
    job = started_job(client.post(reverse("reports:factsheet_pdf", args=[period.code, pillar.number])))
    assert job.state == Job.State.FAILED and not job.has_file
    assert job.error.startswith("Het maken van de PDF is na 0,05 seconden afgebroken.")
    assert "Het maken van de PDF is na 0,05 seconden afgebroken." in client.get(job_url(job)).content.decode()
