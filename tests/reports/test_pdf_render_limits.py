"""Every PDF render has a time and memory limit that ends in a clear Dutch message (issue 11, defect 3): a
render that takes too long never holds a web worker, and the user learns what happened."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

from jobs.models import Job
from jobs.services import job_url
from reports.factsheets.sheet import build_factsheet, render_factsheet_pdf
from reports.pdf import PdfRenderRefused
from tests.jobs.follow import started_job
from tests.reports.factories import FactsheetFactory


def test_a_render_past_the_time_limit_is_stopped_with_a_dutch_message(pillar, period, settings):
    settings.PDF_RENDER_SECONDS = 0.05
    started = time.monotonic()
    with pytest.raises(PdfRenderRefused) as refused:
        render_factsheet_pdf(build_factsheet(FactsheetFactory(pillar=pillar, period=period)))
    assert time.monotonic() - started < 20  # stopped at the limit, not rendered to the end
    assert refused.value.message.startswith("Het maken van de PDF is na 0,05 seconden afgebroken.")


def test_a_render_past_the_memory_limit_is_refused():
    """The child may grow by PDF_RENDER_MAX_MB beyond what it inherits; a long document needs far more. Run from a
    fresh process, as from a web worker: a test process's heap, grown by earlier tests, would lend the child
    memory it already maps."""
    script = (
        "import django\n"
        "django.setup()\n"
        "from reports.pdf import PdfRenderRefused, render_pdf\n"
        "paragraphs = ''.join(f'<p>Alinea {n}: woningbouw, circulair en betaalbaar.</p>' for n in range(4000))\n"
        "try:\n"
        "    render_pdf(f'<html lang=\"nl\"><body>{paragraphs}</body></html>', title='geheugen')\n"
        "except PdfRenderRefused as refused:\n"
        "    print(refused.message)\n"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "woondeal.settings"}
    environment.update(PDF_RENDER_MAX_MB="1", PDF_RENDER_SECONDS="45")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "Het maken van de PDF is afgebroken: er was meer dan 1 MB geheugen nodig." in result.stdout, (
        result.stderr
    )
    assert "seconden" not in result.stdout  # the time limit was not what stopped it


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
