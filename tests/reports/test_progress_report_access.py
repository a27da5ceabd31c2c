"""Who may see which report view: published reports for every role, the rest for the core team only."""

import io

import openpyxl
import pytest
from django.urls import reverse

from agreements.models import Agreement
from benchmarks.report_world import make_report_world
from jobs.models import Job
from reports.models import ProgressReport
from reports.progress.publication import publish_report
from tests.factories import UserFactory
from tests.jobs.follow import job_file, started_job

pytestmark = pytest.mark.django_db

CORE_ONLY = ["edit", "preview", "publish_confirm"]
READERS = ["bestuur", "partner", "tempomaker", "ambassadeur"]


@pytest.fixture
def period(kernteam):
    return make_report_world(user=kernteam, monitor=False, numbers=8)


@pytest.fixture
def published(kernteam):
    period = make_report_world(user=kernteam, monitor=False, numbers=8, year=2020, half=2)
    return publish_report(report=ProgressReport.objects.get(period=period), user=kernteam)


def url(name, period):
    return reverse(f"reports:{name}", args=[period.code])


@pytest.mark.parametrize("name", ["detail", "edit", "preview", "preview_pdf", "pdf", "annex"])
def test_anonymous_visitors_go_to_the_login_page(client, period, name):
    response = client.get(url(name, period))
    assert response.status_code == 302
    assert "/inloggen/" in response["Location"]


@pytest.mark.parametrize("role", READERS)
def test_readers_see_published_reports_but_not_the_work_in_progress(client, request, role, period, published):
    client.force_login(request.getfixturevalue(role))
    listing = client.get(reverse("reports:list")).content.decode()
    assert published.period.label in listing
    assert "In voorbereiding" not in listing
    assert client.get(url("detail", published.period)).status_code == 200
    assert client.get(url("pdf", published.period)).content == bytes(published.pdf)
    assert client.get(url("annex", published.period)).status_code == 200
    for name in ["detail", "pdf", "annex"]:
        assert client.get(url(name, period)).status_code == 404
    for name in CORE_ONLY:
        assert client.get(url(name, published.period)).status_code in {403, 404}
    assert client.post(url("preview_pdf", published.period)).status_code in {403, 404}
    assert client.post(url("preview_pdf", period)).status_code == 404
    assert client.post(url("publish", period)).status_code == 404
    assert not Job.objects.exists()


def test_users_without_a_role_get_403(client, published):
    client.force_login(UserFactory(username="zonder-rol"))
    assert client.get(reverse("reports:list")).status_code == 403
    assert client.get(url("pdf", published.period)).status_code == 403


def test_the_core_team_opens_previews_and_downloads(client, kernteam, period):
    client.force_login(kernteam)
    assert "Rapportage 1e halfjaar 2021" in client.get(reverse("reports:list")).content.decode()
    for name in ["detail", "edit", "preview"]:
        assert client.get(url(name, period)).status_code == 200
    preview = client.get(url("preview", period)).content.decode()
    assert "Managementsamenvatting" in preview and 'lang="nl"' in preview
    assert client.get(url("preview_pdf", period)).status_code == 405  # making a PDF is a POST
    pdf = job_file(client, client.post(url("preview_pdf", period)))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert not ProgressReport.objects.get(period=period).is_published
    assert client.get(url("pdf", period)).status_code == 404  # nothing published yet
    assert client.get(reverse("reports:detail", args=["2031-h1"])).status_code == 404


def test_publishing_is_a_confirmed_post_for_the_core_team(client, kernteam, period):
    client.force_login(kernteam)
    assert client.get(url("publish", period)).status_code == 405
    response = client.post(url("publish", period))
    assert response.status_code == 302 and response.url == url("publish_confirm", period)
    assert not ProgressReport.objects.filter(period=period, published_at__isnull=False).exists()
    job = started_job(client.post(url("publish", period), {"confirmed": "ja"}))
    assert job.state == Job.State.DONE and job.result_url == url("detail", period)
    assert ProgressReport.objects.get(period=period).is_published


def test_the_excel_annex_has_every_agreement_per_period_and_is_formula_safe(client, kernteam, period):
    Agreement.objects.filter(number=3).update(title='=HYPERLINK("http://example.org","klik")')
    client.force_login(kernteam)
    response = client.get(url("annex", period))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0] == (
        "Nr.",
        "Pijler",
        "Afspraak",
        "Stoplicht 2e halfjaar 2020",
        "Stoplicht 1e halfjaar 2021",
    )
    assert len(rows) == 1 + Agreement.objects.count()
    assert rows[3][2].startswith("'=HYPERLINK")


def test_detail_and_list_queries_do_not_grow_with_the_data(client, kernteam, django_assert_max_num_queries):
    small = make_report_world(user=kernteam, monitor=False, numbers=6, year=2019)
    client.force_login(kernteam)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url("detail", small))
        client.get(reverse("reports:list"))
    Agreement.objects.bulk_create(
        Agreement(number=n, pillar_id=Agreement.objects.first().pillar_id, title=f"Extra {n}")
        for n in range(100, 160)
    )
    for i in range(5):
        UserFactory(username=f"lezer{i}", bestuur=True)
    with django_assert_max_num_queries(len(few)):
        client.get(url("detail", small))
        client.get(reverse("reports:list"))
