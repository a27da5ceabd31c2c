"""The downloadable template: every column explained, a status drop-down, and it imports as it is."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from monitor.importing import read_monitor_file
from monitor.importing.columns import COLUMNS


def test_template_explains_every_column_and_offers_a_status_drop_down(client, bestuur, region):
    client.force_login(bestuur)
    response = client.get(reverse("monitor:import_template"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Plannen", "Toelichting"]
    plans = book["Plannen"]
    assert [cell.value for cell in plans[1]] == [column.name for column in COLUMNS]
    [validation] = plans.data_validations.dataValidation
    assert validation.type == "list" and "1A" in validation.formula1 and "in aanbouw" in validation.formula1
    assert str(validation.sqref).startswith("E2:E")  # the status column
    explained = {row[0].value: row for row in book["Toelichting"].iter_rows(min_row=2) if row[0].value}
    for column in COLUMNS:
        assert explained[column.name][3].value, column.name
    assert "Arnhem" in [
        cell.value for cell in next(r for r in book["Toelichting"].iter_rows() if r[0].value == "Gemeenten")
    ]


def test_filled_in_template_reads_without_problems(client, kernteam, region):
    client.force_login(kernteam)
    book = load_workbook(io.BytesIO(client.get(reverse("monitor:import_template")).content))
    book["Plannen"].append(
        [
            "P-1",
            "Kanaalkade",
            "Arnhem",
            None,
            "hard",
            "verdichting",
            2024,
            40,
            20,
            10,
            0,
            5,
            5,
            0,
            40,
            0,
            "ouderen",
        ]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    parsed = read_monitor_file(buffer.getvalue())
    assert parsed.problems == [] and len(parsed.plans) == 1
