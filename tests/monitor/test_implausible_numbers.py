"""Numbers nobody can trust are errors, large but possible ones are warnings (issue 11, defect 6).

Before: a plan with 10^15 homes passed the import (and then overflowed the database column on PostgreSQL)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.uploads import UploadRefused
from monitor import services
from monitor.importing import read_monitor_file
from monitor.models import HousingPlan, MonitorImport, Municipality
from tests.jobs.follow import started_job
from tests.monitor.workbooks import plan, xlsx

pytestmark = pytest.mark.django_db


def problems(content: bytes, severity: str) -> list[tuple]:
    parsed = read_monitor_file(content)
    return [(p.row, p.column, p.message) for p in parsed.problems if p.severity == severity]


def test_a_plan_of_ten_to_the_fifteen_homes_is_refused_on_upload(client, kernteam, region):
    client.force_login(kernteam)
    content = xlsx([plan(), plan(plan_id="P2", woningen=10**15)])
    response = client.post(
        reverse("monitor:import_upload"),
        {"file": SimpleUploadedFile("p.xlsx", content), "peildatum": "2021-04-01"},
    )
    response = client.get(started_job(response).result_url)  # the preview the upload's job made
    monitor_import = MonitorImport.objects.get()
    assert monitor_import.state == MonitorImport.State.REJECTED
    [error] = monitor_import.errors
    assert (error["row"], error["column"], error["field"]) == (3, "H", "woningen")
    assert error["message"].startswith("1.000.000.000.000.000 woningen in één plan is niet geloofwaardig")
    assert "niet geloofwaardig" in response.content.decode()
    with pytest.raises(UploadRefused):
        services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)
    assert not HousingPlan.objects.exists()


def test_a_large_plan_is_a_warning_and_still_imports(region, kernteam):
    content = xlsx([plan(woningen=6000)])
    assert problems(content, "waarschuwing") == [
        (2, "H", "Groot plan: 6.000 woningen. Controleer of dit één plan is en geen totaal van meerdere.")
    ]
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename="p.xlsx", peildatum=datetime.date(2021, 4, 1), uploaded_by=kernteam
    )
    services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)
    assert HousingPlan.objects.get().homes == 6000


def test_plans_adding_up_to_more_than_a_municipality_can_hold_are_an_error(region):
    plans = [plan(plan_id=f"P{n}", woningen=45_000) for n in range(12)]  # each possible, together 540.000
    [error] = problems(xlsx(plans), "fout")
    assert error[:2] == (None, "H")
    assert error[2].startswith(
        "Arnhem: de plannen tellen samen 540.000 woningen, meer dan de grens van 500.000"
    )


def test_plans_for_half_the_housing_stock_are_a_warning(region):
    Municipality.objects.filter(name="Rozendaal").update(housing_stock=694)
    content = xlsx([plan(gemeente="Rozendaal", woningen=400), plan(plan_id="P2", woningen=400)])
    assert problems(content, "fout") == []
    assert problems(content, "waarschuwing") == [
        (
            None,
            "H",
            "Rozendaal: de plannen tellen samen 400 woningen, 58 % van de woningvoorraad (694). Controleer of dat klopt.",
        )
    ]


def test_an_implausible_provincial_total_is_an_error(region):
    header = ["provincie", "gemeente", "h2020-2024", "htotaal", "ztotaal"]
    rows = [["Gelderland", "Arnhem", 100, 10**15, 0], ["Gelderland", "Nijmegen", 100, 200, 50]]
    content = xlsx(rows, header=header, sheet="plancapaciteit_nl")
    [error] = problems(content, "fout")
    assert error[1] == "D" and error[2].startswith("Arnhem: de plannen tellen samen 1.000.000.000.000.000")
