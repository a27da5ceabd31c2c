"""``manage.py import_monitor FILE --peildatum YYYY-MM-DD [--dry-run]``."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from monitor.models import HousingPlan, Indicator, MonitorImport
from tests.monitor.workbooks import plan, xlsx


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_monitor", *args, stdout=out)
    return out.getvalue()


def test_dry_run_validates_and_writes_nothing(tmp_path, region, kernteam):
    path = tmp_path / "plannen.xlsx"
    path.write_bytes(xlsx([plan(), plan(plan_id="P2", status="Onbekend", woningen=5)]))
    out = run(str(path), "--peildatum", "2021-04-01", "--dry-run")
    assert "2 rijen, 2 geldige plannen" in out and "hard 10" in out and "zacht 5" in out
    assert "WAARSCHUWING Plannen!E3 status" in out
    assert "niets opgeslagen" in out
    assert MonitorImport.objects.count() == 0


def test_import_commits_as_the_first_core_team_member_and_recognises_the_same_file(
    tmp_path, region, kernteam
):
    path = tmp_path / "plannen.xlsx"
    path.write_bytes(xlsx([plan()]))
    out = run(str(path), "--peildatum", "2021-04-01")
    monitor_import = MonitorImport.objects.get()
    assert "bevestigd" in out
    assert (monitor_import.state, monitor_import.uploaded_by, HousingPlan.objects.count()) == (
        "committed",
        kernteam,
        1,
    )
    assert Indicator.objects.filter(monitor_import=monitor_import, level="regio").exists()
    assert "al eerder geüpload" in run(str(path), "--peildatum", "2021-04-01")
    assert MonitorImport.objects.count() == 1


def test_errors_exit_with_status_1(tmp_path, region, kernteam):
    path = tmp_path / "plannen.xlsx"
    path.write_bytes(xlsx([plan(gemeente="Atlantis")]))
    with pytest.raises(CommandError, match="1 fout") as failure:
        run(str(path), "--peildatum", "2021-04-01")
    assert failure.value.returncode == 1
    assert MonitorImport.objects.count() == 0


def test_refused_file_exits_with_status_1(tmp_path, region):
    path = tmp_path / "plannen.xlsx"
    path.write_bytes(b"plan_id,plannaam\n1,x\n")
    with pytest.raises(CommandError, match="geen Excel-bestand") as failure:
        run(str(path), "--peildatum", "2021-04-01", "--dry-run")
    assert failure.value.returncode == 1
