"""Only the core team uploads, confirms and restores; everyone logged in reads the list of imports."""

import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jobs.models import Job
from monitor import services
from monitor.models import MonitorImport
from tests.factories import UserFactory
from tests.jobs.follow import started_job
from tests.monitor.workbooks import plan, xlsx

CORE_TEAM_ONLY = [
    "monitor:import_upload",
    "monitor:import_preview",
    "monitor:import_commit",
    "monitor:import_restore",
]


def add_import(user, number: int) -> MonitorImport:
    return MonitorImport.objects.create(
        filename=f"monitor-{number}.xlsx",
        content=b"x",
        sha256=f"{number:064d}",
        layout="plans",
        peildatum=datetime.date(2021, 1, 1),
        uploaded_by=user,
        warnings=[{"message": "w"}],
        state="superseded",
    )


def url(name: str, pk: int) -> str:
    return reverse(name) if name == "monitor:import_upload" else reverse(name, args=[pk])


def test_anonymous_users_go_to_the_login_page(client, kernteam):
    monitor_import = add_import(kernteam, 1)
    for name in ["monitor:imports", "monitor:import_template", *CORE_TEAM_ONLY]:
        response = (
            client.get(url(name, monitor_import.pk))
            if name not in ("monitor:imports", "monitor:import_template")
            else client.get(reverse(name))
        )
        assert response.status_code == 302 and reverse("login") in response["Location"], name


@pytest.mark.parametrize("role", ["tempomaker", "ambassadeur", "bestuur", "partner"])
def test_other_roles_read_the_list_but_may_not_import(role, request, client, kernteam, region):
    user = request.getfixturevalue(role)
    monitor_import = add_import(kernteam, 1)
    client.force_login(user)
    response = client.get(reverse("monitor:imports"))
    assert response.status_code == 200 and "monitor-1.xlsx" in response.content.decode()
    assert "Terugzetten" not in response.content.decode()
    for name in CORE_TEAM_ONLY:
        assert client.post(url(name, monitor_import.pk)).status_code == 403, name
    assert client.get(reverse("monitor:import_upload")).status_code == 403
    assert MonitorImport.objects.get().state == "superseded"


def test_core_team_uploads_previews_and_confirms(client, kernteam, region):
    client.force_login(kernteam)
    assert client.get(reverse("monitor:import_upload")).status_code == 200
    content = xlsx([plan()])  # built once: openpyxl stamps the time into the file
    upload = io.BytesIO(content)
    upload.name = "plannen.xlsx"
    response = client.post(reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"})
    job = started_job(response)  # read on the worker; its progress page leads to the preview
    monitor_import = MonitorImport.objects.get()
    assert job.state == Job.State.DONE and job.result_url == reverse(
        "monitor:import_preview", args=[monitor_import.pk]
    )
    assert job.upload is None  # the file lives on in the import, not in the job
    preview = client.get(job.result_url)
    assert preview.status_code == 200 and "Voorbeeld: plannen.xlsx" in preview.content.decode()
    assert not Job.objects.filter(kind="monitor_preview").exists()  # the upload's preview was kept
    response = client.post(reverse("monitor:import_commit", args=[monitor_import.pk]), follow=True)
    assert "is bevestigd" in response.content.decode()
    assert MonitorImport.objects.get().state == "committed"

    upload = io.BytesIO(content)
    upload.name = "zelfde.xlsx"
    response = client.post(
        reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"}, follow=True
    )
    assert "al eerder geüpload" in response.content.decode()
    assert MonitorImport.objects.count() == 1


def test_the_menu_links_to_the_imports_and_only_the_core_team_sees_upload(client, kernteam, bestuur):
    link = f'href="{reverse("monitor:imports")}"'
    for user, may_upload in ((kernteam, True), (bestuur, False)):
        client.force_login(user)
        assert link in client.get(reverse("monitor:locations")).content.decode()
        page = client.get(reverse("monitor:imports")).content.decode()
        assert (reverse("monitor:import_upload") in page) is may_upload


def test_list_queries_do_not_grow_with_imports(client, kernteam):
    client.force_login(kernteam)
    add_import(kernteam, 1)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("monitor:imports"))
    for number in range(2, 30):
        add_import(UserFactory(), number)
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("monitor:imports"))
    assert response.content.decode().count("monitor-") >= 29
    assert len(many) == len(few)


def test_core_team_restores_the_previous_import_from_the_list(client, kernteam, region):
    imports = []
    for homes in (10, 20):
        monitor_import, _ = services.upload_monitor_import(
            content=xlsx([plan(woningen=homes)]),
            filename=f"m{homes}.xlsx",
            peildatum=datetime.date(2021, 1, 1),
            uploaded_by=kernteam,
        )
        imports.append(services.commit_monitor_import(monitor_import=monitor_import, user=kernteam))
    client.force_login(kernteam)
    page = client.get(reverse("monitor:imports")).content.decode()
    assert reverse("monitor:import_restore", args=[imports[0].pk]) in page
    response = client.post(reverse("monitor:import_restore", args=[imports[0].pk]), follow=True)
    assert "is weer de actuele monitorstand" in response.content.decode()
    assert list(MonitorImport.objects.order_by("pk").values_list("state", flat=True)) == [
        "committed",
        "superseded",
    ]
