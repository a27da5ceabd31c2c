"""Spreadsheet downloads neutralise anything a spreadsheet would run as a formula."""

import io

from openpyxl import load_workbook

from agreements.exports import csv_text, neutralise, spreadsheet_response, xlsx_bytes

HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tkop", "\rregel"]


def test_formula_like_text_is_neutralised_and_other_values_are_kept():
    for value in HOSTILE:
        assert neutralise(value) == "'" + value
    assert neutralise("Betaalbaarheid") == "Betaalbaarheid"
    assert neutralise(-5) == -5


def test_excel_export_keeps_hostile_text_as_text():
    data = xlsx_bytes(["Titel", "Aantal"], [[value, 3] for value in HOSTILE])
    sheet = load_workbook(io.BytesIO(data)).active
    assert [cell.value for cell in sheet[1]] == ["Titel", "Aantal"]
    for row, value in zip(sheet.iter_rows(min_row=2), HOSTILE, strict=True):
        assert row[0].value.startswith("'")  # openpyxl reads a stored \r back as \n
        assert row[0].value[1:].strip() == value.strip()
        assert row[0].data_type == "s"
        assert row[1].value == 3


def test_csv_export_uses_semicolons_and_neutralises():
    text = csv_text(["Titel"], [["=1+1"], ["gewoon"]])
    assert text.splitlines() == ["Titel", "'=1+1", "gewoon"]


def test_spreadsheet_response_is_a_download():
    response = spreadsheet_response("afspraken", ["Nr"], [[1]], fmt="csv")
    assert response["Content-Disposition"] == 'attachment; filename="afspraken.csv"'
    assert response.content.decode("utf-8-sig").startswith("Nr")
