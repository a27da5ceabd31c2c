"""Hostile or wrong files are refused with a Dutch message, and nothing is written."""

import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils.html import escape

from jobs.models import Job
from monitor.models import HousingPlan, MonitorImport
from tests.hostile_workbooks import lying_zip_bomb, rezip, with_entity_attack, zip_bomb, zip_of
from tests.jobs.follow import started_job
from tests.monitor.workbooks import plan, xlsx

HOSTILE = {
    "geen zip": (lambda: b"\x00\x01 dit is geen spreadsheet" * 10, "geen Excel-bestand"),
    "csv met .xlsx-naam": (lambda: b"plan_id;plannaam;gemeente\nP1;Plan;Arnhem\n", "geen Excel-bestand"),
    "html met .xlsx-naam": (
        lambda: b"<html><body><table><tr><td>plan_id</td></tr></table></body></html>",
        "geen Excel-bestand",
    ),
    "oud .xls": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "oud Excel-bestand (.xls)"),
    "xlsm met macro's": (lambda: rezip(xlsx([plan()]), add={"xl/vbaProject.bin": b"\x00macro"}), "macro's"),
    "zip bomb": (zip_bomb, "uitgepakt te groot"),
    "zip bomb met liegende grootte": (lying_zip_bomb, "uitgepakt te groot"),
    "entity-aanval in sharedStrings": (lambda: with_entity_attack("xl/sharedStrings.xml"), "DOCTYPE"),
    "entity-aanval in werkblad": (lambda: with_entity_attack("xl/worksheets/sheet1.xml"), "DOCTYPE"),
    "geen kopregel": (
        lambda: xlsx([["P1", "Plan", "Arnhem", None, "hard", None, None, 5]], header=None),
        "geen kopregel",
    ),
    "zip zonder werkmap": (
        lambda: zip_of({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}),
        "geen Excel-bestand",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_upload_is_refused_and_nothing_is_written(name, client, kernteam, region, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 10 * 1024 * 1024
    make, expected = HOSTILE[name]
    content = make()
    assert len(content) < 200_000, "a hostile file here is small"
    client.force_login(kernteam)
    upload = io.BytesIO(content)
    upload.name = "plannen.xlsx"
    response = client.post(reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"})
    job = started_job(response)  # read on the worker, refused there with its Dutch reason
    assert job.state == Job.State.FAILED
    error = job.error
    assert expected in error and escape(error) in client.get(response["Location"]).content.decode()
    assert "Het bestand" in error or "Dit " in error or "Tabblad" in error  # Dutch, addressed to the user
    assert MonitorImport.objects.count() == 0
    assert HousingPlan.objects.count() == 0


def test_oversized_upload_is_refused(client, kernteam, region, settings):
    content = xlsx([plan(plan_id=f"P{i}") for i in range(50)])
    settings.UPLOAD_MAX_BYTES = len(content) - 1
    client.force_login(kernteam)
    upload = io.BytesIO(content)
    upload.name = "plannen.xlsx"
    response = client.post(reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"})
    assert "te groot" in response.context["form"].errors["file"][0]
    assert MonitorImport.objects.count() == 0


def test_openpyxl_reads_xml_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True
