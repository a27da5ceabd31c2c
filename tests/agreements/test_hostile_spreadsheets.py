"""No spreadsheet, however crafted, takes down or stalls the process that reads it (issue 11, defect 1). The
time limit against a real server is asserted in tests/test_upload_worker_survives.py; times per hostile file
are measured by ``python -m benchmarks.hostile_uploads``.

A 1.7 KB workbook with one cell at XFD1048576 made python-calamine allocate 512 GiB and abort the worker. The
reference scan refuses it before any reader runs; behind that, the reader itself runs in a child process
with memory and time limits, so a reader failure the scan does not foresee ends as a Dutch refusal too.
"""

import io
import pickle
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from agreements.models import Agreement, RegisterUpload
from agreements.uploads import UploadRefused, read_sheet
from agreements.uploads.reader import _CellUnpickler
from benchmarks.hostile_files import PARTS, SHEET_END, SHEET_START, far_cell, plans, row_xml, workbook
from jobs.models import Job
from monitor.models import HousingPlan, MonitorImport
from tests.jobs.follow import started_job

pytestmark = pytest.mark.django_db
UNSAFE = "Het bestand kan niet veilig worden gelezen"


def post(client, url_name: str, content: bytes):
    data = {"file": SimpleUploadedFile("plannen.xlsx", content), "peildatum": "2021-04-01"}
    return client.post(reverse(url_name), data)


@pytest.mark.parametrize("url_name", ["monitor:import_upload", "agreements:register_import"])
def test_a_cell_at_the_last_row_and_column_is_refused_at_once(client, kernteam, url_name):
    client.force_login(kernteam)
    response = post(client, url_name, far_cell())
    job = started_job(response)  # the file is checked on the worker (it may be 20 MB), refused before reading
    assert job.state == Job.State.FAILED and job.percent < 100
    error = job.error
    assert escape(error) in client.get(response["Location"]).content.decode()
    assert error.startswith(UNSAFE) and "rij 1.048.576" in error and "100.000 rijen" in error
    assert not MonitorImport.objects.exists() and not HousingPlan.objects.exists()
    assert not Agreement.objects.exists() and not RegisterUpload.objects.exists()


def test_when_the_scan_is_lifted_the_reader_dies_in_its_child_process_not_here(settings):
    """The scan's limits raised past the sheet's size: python-calamine really gets the file and aborts on
    its 512 GiB allocation. That happens in the child; this process gets the refusal and carries on."""
    settings.UPLOAD_MAX_ROWS, settings.UPLOAD_MAX_COLUMNS = 2_000_000, 20_000
    with pytest.raises(UploadRefused) as refused:
        read_sheet(far_cell())
    assert refused.value.message.startswith(UNSAFE) and "geheugen of tijd" in refused.value.message
    assert read_sheet(plans(3)).rows[1][:2] == ["P2", "Nieuw Holland"]  # and the next file reads normally


def test_a_reader_that_takes_too_long_is_stopped(settings):
    settings.UPLOAD_READER_SECONDS = 0.001  # no child process can even start in time
    with pytest.raises(UploadRefused, match=UNSAFE):
        read_sheet(plans(3))


def test_rows_and_columns_beyond_the_limits_are_refused_before_reading(settings):
    settings.UPLOAD_MAX_ROWS, settings.UPLOAD_MAX_COLUMNS = 50, 30
    assert len(read_sheet(plans(49)).rows) == 50
    with pytest.raises(UploadRefused, match=f"{UNSAFE}: een werkblad verwijst naar rij 51"):
        read_sheet(plans(50))
    with pytest.raises(UploadRefused, match="verwijst naar cel AE1, voorbij de grens van 50 rijen en 30"):
        read_sheet(workbook([row_xml(1, ["x"] * 31)]))


def test_a_sheet_dimension_beyond_the_limits_is_refused_but_a_whole_column_format_is_not():
    head = SHEET_START.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>')
    dimension = _with_sheet(head + row_xml(1, ["plan_id"]) + SHEET_END)
    with pytest.raises(UploadRefused, match="verwijst naar cel XFD1048576"):
        read_sheet(dimension)
    formatted = SHEET_END.replace(
        b"</sheetData>",
        b'</sheetData><conditionalFormatting sqref="A1:A1048576"><cfRule type="expression" priority="1">'
        b"<formula>A1&gt;0</formula></cfRule></conditionalFormatting>",
    )
    assert read_sheet(_with_sheet(SHEET_START + row_xml(1, ["plan_id"]) + formatted)).rows == [["plan_id"]]


def test_the_child_s_answer_may_hold_cell_values_only():
    class Sneaky:
        def __reduce__(self):
            return (print, ("ingebroken",))

    with pytest.raises(pickle.UnpicklingError, match="geen celwaarde"):
        _CellUnpickler(io.BytesIO(pickle.dumps({"rows": [[Sneaky()]]}))).load()


def _with_sheet(sheet: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()
