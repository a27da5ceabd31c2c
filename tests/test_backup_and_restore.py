"""Backup and restore drill (issue 11, hardening): everything goes into one archive, comes back into an empty
database, and the restore proves it: the same row count in every table, the same SHA-256 for every stored
file, and ``verify_publications`` passes. On the PostgreSQL leg of CI this is the drill on PostgreSQL."""

import datetime
import json
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from agreements.models import Agreement, AgreementStatus, Period
from monitor import services
from monitor.models import HousingPlan, MonitorImport
from reports.backup import counts, stored_files
from reports.models import ProgressReport
from reports.progress.publication import sha256, snapshot_bytes
from tests.agreements.factories import AgreementStatusFactory
from tests.factories import AgreementFactory, PillarFactory, UserFactory
from tests.monitor.region import create_region
from tests.monitor.workbooks import plan, xlsx


def _a_year_of_work() -> None:
    kernteam = UserFactory(username="kernteam", kernteam=True)
    create_region()
    period = Period.objects.create(year=2021, half=1, deadline=datetime.date(2021, 6, 30))
    agreement = AgreementFactory(number=1, pillar=PillarFactory(number=1), title="Middenhuur")
    status = AgreementStatusFactory(agreement=agreement, period=period, colour="groen")
    status.colour, status.colour_change_reason = "rood", "Vertraging"
    status.save()  # a second history record
    content = xlsx([plan(), plan(plan_id="P2", gemeente="Nijmegen", woningen=250)])
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename="plannen.xlsx", peildatum=datetime.date(2021, 4, 1), uploaded_by=kernteam
    )
    services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)
    snapshot = {"periode": "2021-h1", "woningen": 260, "tekst": "Één rapport, ‘met’ tekens"}
    pdf = b"%PDF-1.7 gepubliceerde rapportage"
    ProgressReport.objects.create(
        period=period,
        published_at=timezone.now(),
        pdf=pdf,
        pdf_sha256=sha256(pdf),
        snapshot=snapshot,
        snapshot_sha256=sha256(snapshot_bytes(snapshot)),
    )


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_an_empty_database_with_nothing_lost(tmp_path, capsys):
    _a_year_of_work()
    before, files = counts(), stored_files()
    assert before["monitor.housingplan"] == 2 and before["agreements.historicalagreementstatus"] == 2
    assert len(files) == 2  # the monitor file and the published PDF
    archive = tmp_path / "woondeal.tar.gz"
    call_command("backup_data", str(archive))

    call_command("flush", interactive=False, verbosity=0)  # an empty, migrated database
    assert not HousingPlan.objects.exists() and not ProgressReport.objects.exists()
    call_command("restore_data", str(archive))

    assert counts() == before and stored_files() == files
    output = capsys.readouterr().out
    assert (
        "Alle 1 gepubliceerde rapportages zijn ongewijzigd." in output and "gelijk aan de back-up" in output
    )
    assert MonitorImport.objects.get().state == MonitorImport.State.COMMITTED
    assert AgreementStatus.objects.get().history.count() == 2
    assert Agreement.objects.create(number=2, pillar_id=Agreement.objects.get().pillar_id, title="Nieuw").pk


@pytest.mark.django_db(transaction=True)
def test_a_restore_refuses_a_database_that_holds_data_or_a_damaged_archive(tmp_path):
    _a_year_of_work()
    archive = tmp_path / "woondeal.tar.gz"
    call_command("backup_data", str(archive))
    with pytest.raises(CommandError, match="De database is niet leeg"):
        call_command("restore_data", str(archive))

    report = ProgressReport.objects.get()  # changed behind the application's back, in the database itself
    ProgressReport.objects.filter(pk=report.pk).update(snapshot={**report.snapshot, "woningen": 9999})
    call_command("backup_data", str(archive))
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="2021-h1: momentopname wijkt af"):
        call_command("restore_data", str(archive))


def test_the_manifest_lists_counts_and_checksums(tmp_path, db):
    archive = tmp_path / "leeg.tar.gz"
    call_command("backup_data", str(archive))
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
        assert {"data.json", "manifest.json"} <= set(opened.getnames())
    assert manifest["counts"]["monitor.housingplan"] == 0 and manifest["stored_files"] == {}
