"""Confirming an import writes it in one transaction; a failure leaves the database exactly as before."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connection

from agreements.uploads import UploadRefused
from monitor import services
from monitor.models import HousingPlan, Indicator, MonitorImport
from tests.factories import LocationFactory
from tests.monitor.workbooks import plan, xlsx

PEILDATUM = datetime.date(2021, 4, 1)


def upload(user, rows):
    monitor_import, _ = services.upload_monitor_import(
        content=xlsx(rows), filename="plannen.xlsx", peildatum=PEILDATUM, uploaded_by=user
    )
    return monitor_import


def snapshot():
    return (
        sorted(MonitorImport.objects.values_list("pk", "state", "committed_at", "row_count")),
        sorted(HousingPlan.objects.values_list("monitor_import_id", "plan_id", "homes", "status")),
        sorted(
            (i.monitor_import_id, i.level, i.municipality_id, str(i.figures)) for i in Indicator.objects.all()
        ),
    )


def test_commit_makes_the_import_current_and_supersedes_the_previous(region, kernteam):
    first = services.commit_monitor_import(monitor_import=upload(kernteam, [plan()]), user=kernteam)
    second = upload(
        kernteam, [plan(woningen=12), plan(plan_id="P2", gemeente="GM0268", status="2A Vastgesteld")]
    )
    services.commit_monitor_import(monitor_import=second, user=kernteam)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (MonitorImport.State.SUPERSEDED, MonitorImport.State.COMMITTED)
    assert second.plans.count() == 2 and first.plans.count() == 1  # superseded, not deleted
    assert Indicator.objects.get(monitor_import=second, level="regio").figures["hard"] == 22


def test_restore_brings_back_the_previous_import(region, kernteam):
    first = services.commit_monitor_import(monitor_import=upload(kernteam, [plan()]), user=kernteam)
    second = services.commit_monitor_import(
        monitor_import=upload(kernteam, [plan(woningen=99)]), user=kernteam
    )
    services.restore_monitor_import(monitor_import=first, user=kernteam)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (MonitorImport.State.COMMITTED, MonitorImport.State.SUPERSEDED)
    with pytest.raises(UploadRefused):
        services.restore_monitor_import(monitor_import=first, user=kernteam)


def test_a_database_failure_during_commit_leaves_everything_as_before(region, kernteam):
    services.commit_monitor_import(monitor_import=upload(kernteam, [plan()]), user=kernteam)
    pending = upload(kernteam, [plan(plan_id=f"N{i}", woningen=i) for i in range(30)])
    before = snapshot()

    def refuse_indicators(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and "monitor_indicator" in sql:
            raise IntegrityError("ingespoten fout bij het schrijven van de indicatoren")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_indicators), pytest.raises(IntegrityError):
        services.commit_monitor_import(monitor_import=pending, user=kernteam)

    assert snapshot() == before
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.PREVIEW


def test_a_failing_indicator_computation_rolls_back_the_plans(region, kernteam, monkeypatch):
    pending = upload(kernteam, [plan()])
    before = snapshot()

    def broken(monitor_import):
        raise RuntimeError("indicatoren konden niet berekend worden")

    monkeypatch.setattr(services, "compute_indicators", broken)
    with pytest.raises(RuntimeError):
        services.commit_monitor_import(monitor_import=pending, user=kernteam)
    assert snapshot() == before


def test_only_the_core_team_may_commit(region, kernteam, bestuur):
    pending = upload(kernteam, [plan()])
    with pytest.raises(PermissionDenied):
        services.commit_monitor_import(monitor_import=pending, user=bestuur)
    assert HousingPlan.objects.count() == 0


def test_the_same_file_twice_is_recognised(region, kernteam):
    content = xlsx([plan()])
    first, identical = services.upload_monitor_import(
        content=content, filename="a.xlsx", peildatum=PEILDATUM, uploaded_by=kernteam
    )
    again, identical_again = services.upload_monitor_import(
        content=content, filename="b.xlsx", peildatum=PEILDATUM, uploaded_by=kernteam
    )
    assert (identical, identical_again) == (False, True)
    assert again.pk == first.pk and MonitorImport.objects.count() == 1


def test_a_rejected_file_can_pass_once_the_reference_data_is_complete(region, kernteam):
    content = xlsx([plan(gemeente="Nijmegen", locatie="Stationsgebied")])
    rejected, _ = services.upload_monitor_import(
        content=content, filename="a.xlsx", peildatum=PEILDATUM, uploaded_by=kernteam
    )
    assert (
        rejected.state == MonitorImport.State.REJECTED
        and "Onbekende locatie" in rejected.errors[0]["message"]
    )
    LocationFactory(name="Stationsgebied", municipality=region["Nijmegen"])
    again, identical = services.upload_monitor_import(
        content=content, filename="a.xlsx", peildatum=PEILDATUM, uploaded_by=kernteam
    )
    assert not identical and again.state == MonitorImport.State.PREVIEW and again.errors == []
    services.commit_monitor_import(monitor_import=again, user=kernteam)
    assert HousingPlan.objects.get().location.name == "Stationsgebied"


def test_a_colleague_committing_at_the_same_moment_gets_a_dutch_refusal(region, kernteam):
    """Between this commit superseding the current import and making its own current, another person's
    commit lands (injected on the same connection). The database keeps one current import, and this
    person gets a clear message instead of an error page; nothing of theirs is written."""
    services.commit_monitor_import(monitor_import=upload(kernteam, [plan()]), user=kernteam)
    colleague = upload(kernteam, [plan(woningen=5)])
    mine = upload(kernteam, [plan(woningen=7)])
    before = snapshot()

    def colleague_commits_first(execute, sql, params, many, context):
        if sql.startswith("UPDATE") and "monitor_monitorimport" in sql and "committed" in (params or ()):
            execute(
                'UPDATE "monitor_monitorimport" SET "state" = %s WHERE "id" = %s',
                ["committed", colleague.pk],
                False,
                context,
            )
        return execute(sql, params, many, context)

    with (
        connection.execute_wrapper(colleague_commits_first),
        pytest.raises(UploadRefused) as refused,
    ):
        services.commit_monitor_import(monitor_import=mine, user=kernteam)
    assert "iemand anders" in refused.value.message
    assert snapshot() == before
