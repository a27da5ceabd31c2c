"""Two monitor sources committed one after the other: a plan-level import (Kronenburg, Nijmegen) and the
provincial workbook, on the reference data."""

import datetime

import pytest
from django.core.management import call_command

from benchmarks.eib import PROVINCIAL_XLSX
from monitor import services
from monitor.models import Location, Municipality
from tests.monitor.workbooks import plan, xlsx


@pytest.fixture
def reference(db):
    call_command("load_reference_data", verbosity=0)
    arnhem = Municipality.objects.get(cbs_code="GM0202")
    return Location.objects.create(name="Kronenburg", municipality=arnhem, planned_homes=1100)


def commit(user, content, filename, peildatum):
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename=filename, peildatum=peildatum, uploaded_by=user
    )
    return services.commit_monitor_import(monitor_import=monitor_import, user=user)


def commit_plans(user, peildatum=datetime.date(2021, 1, 1)):
    rows = [
        plan(plan_id="K1", locatie="Kronenburg", status="zacht", woningen=124, sociale_huur=60, circulair=31),
        plan(plan_id="K2", locatie="Kronenburg", status="hard", woningen=76, dure_koop=76),
        plan(plan_id="N1", gemeente="Nijmegen", status="hard", woningen=300, middenhuur=100),
    ]
    return commit(user, xlsx(rows), "plannen.xlsx", peildatum)


def commit_provincial(user, peildatum=datetime.date(2021, 4, 1)):
    return commit(user, PROVINCIAL_XLSX.read_bytes(), PROVINCIAL_XLSX.name, peildatum)
