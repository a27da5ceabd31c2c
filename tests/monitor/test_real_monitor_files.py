"""The two real files in ../shared/data: the provincial workbook as it is, the EIB plans as a template."""

import datetime

import pytest

from agreements.uploads import UploadRefused
from benchmarks.eib import PROVINCIAL_XLSX, eib_frame, template_rows, template_workbook
from monitor import services
from monitor.importing import read_monitor_file
from monitor.models import HousingPlan, Indicator, MonitorImport, PlanStatus
from tests.monitor.region import REGION

REGION_NAMES = [name for _, name, _ in REGION]


@pytest.fixture(scope="module")
def provincial_bytes() -> bytes:
    return PROVINCIAL_XLSX.read_bytes()


@pytest.fixture(scope="module")
def eib():
    frame = eib_frame()
    return frame, template_workbook(template_rows(frame, REGION_NAMES))


def test_provincial_workbook_gives_the_region_totals_of_spring_2021(provincial_bytes, region, kernteam):
    monitor_import, identical = services.upload_monitor_import(
        content=provincial_bytes,
        filename=PROVINCIAL_XLSX.name,
        peildatum=datetime.date(2021, 4, 1),
        uploaded_by=kernteam,
    )
    assert not identical and monitor_import.layout == MonitorImport.Layout.PROVINCIAL
    assert monitor_import.errors == [] and monitor_import.row_count == 18
    services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)

    figures = Indicator.objects.get(monitor_import=monitor_import, level=Indicator.Level.REGIO).figures
    assert (figures["hard"], figures["soft"]) == (14_412, 23_255)
    assert sum(figures["hard_by_phase"].values()) == 14_412
    assert figures["hard_by_phase"]["onbekend"] == 66  # Mook en Middelaar: totals, no phases
    assert figures["segments"]["onbekend"] == 37_667 and figures["affordable_soft_share"] is None
    arnhem = Indicator.objects.get(monitor_import=monitor_import, municipality=region["Arnhem"]).figures
    assert (arnhem["hard"], arnhem["soft"]) == (4_553, 1_323)
    assert arnhem["hard_by_phase"] == {"2020-2024": 2255, "2025-2029": 2298, "2030+": 0, "onbekend": 0}
    nijmegen = Indicator.objects.get(monitor_import=monitor_import, municipality=region["Nijmegen"]).figures
    assert (nijmegen["hard"], nijmegen["soft"]) == (6_144, 10_564)


def test_provincial_workbook_reports_what_it_skipped(provincial_bytes, region):
    parsed = read_monitor_file(provincial_bytes)
    assert parsed.sheet == "plancapaciteit_nl"
    assert parsed.outside_region == 353 - 18
    messages = [p.message for p in parsed.warnings]
    assert "335 rijen met gemeenten buiten de regio zijn overgeslagen." in messages
    assert any("Mook en Middelaar: htotaal 66 zonder fasering" in m for m in messages)
    assert parsed.errors == []


def test_eib_plans_every_problem_reported_and_totals_of_the_rest(eib, region):
    frame, content = eib
    parsed = read_monitor_file(content)
    assert parsed.row_count == len(frame) == 4348

    # The EIB balances tenure with negative "unknown" figures, so huur + koop can exceed the homes left.
    too_many = frame[frame.huur + frame.koop > frame.aantalrest]
    error_rows = sorted(p.row for p in parsed.errors)
    assert error_rows == sorted(too_many.index + 2)
    assert all(
        "prijssegmenten" in p.message and p.column == "H" and p.sheet == "Plannen" for p in parsed.errors
    )

    unknown = frame.planstatus.str.lower().str.contains("onbekend")
    status_warnings = [p for p in parsed.warnings if p.field == "status"]
    assert sorted(p.row for p in status_warnings) == sorted(frame[unknown].index + 2)

    valid = frame.drop(too_many.index)
    hard = valid.planstatus.str.match(r"^[12]")
    plans = {plan.plan_id: plan for plan in parsed.plans}
    assert len(plans) == len(valid)
    assert sum(p.homes for p in plans.values() if p.status == PlanStatus.HARD) == valid[hard].aantalrest.sum()
    assert (
        sum(p.homes for p in plans.values() if p.status == PlanStatus.ZACHT) == valid[~hard].aantalrest.sum()
    )


def test_eib_plans_cannot_be_committed_while_they_have_errors(eib, region, kernteam):
    _, content = eib
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename="eib.xlsx", peildatum=datetime.date(2021, 4, 1), uploaded_by=kernteam
    )
    assert len(monitor_import.errors) == 94 and monitor_import.state == MonitorImport.State.REJECTED
    with pytest.raises(UploadRefused, match="Afgewezen"):
        services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)
    assert HousingPlan.objects.count() == 0
    assert MonitorImport.objects.get().state == MonitorImport.State.REJECTED
