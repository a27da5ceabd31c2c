"""Reading the plan template: real-world spellings are understood, every problem names sheet, row and column."""

import datetime
import io
import re
import zipfile

import pytest

from monitor.importing import read_monitor_file
from monitor.importing.matching import map_status
from monitor.models import PlanStatus
from tests.monitor.workbooks import plan, xlsx


@pytest.mark.parametrize("written", ["GM0202", "gm0202", "0202", "202", 202, "Arnhem", "  ARNHEM ", "arnhem"])
def test_municipality_by_cbs_code_or_name(written, region):
    parsed = read_monitor_file(xlsx([plan(gemeente=written)]))
    assert parsed.problems == []
    assert parsed.plans[0].municipality_id == region["Arnhem"].pk


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("1A Onherroepelijk", PlanStatus.HARD),
        ("1B onhr + uitwerkingsplicht", PlanStatus.HARD),
        ("1C Onherroepelijk, wijzigingsbevoegdheid", PlanStatus.HARD),
        ("2A Vastgesteld plan/besluit", PlanStatus.HARD),
        ("2C vastgesteld + Wijzigingebevoegdheid", PlanStatus.HARD),
        ("3 plan/besluit in voorbereiding", PlanStatus.ZACHT),
        ("3 In voorbereiding", PlanStatus.ZACHT),
        ("4A potentiele locatie in visie", PlanStatus.ZACHT),
        ("4B Optie", PlanStatus.ZACHT),
        ("Hard", PlanStatus.HARD),
        ("zacht", PlanStatus.ZACHT),
        ("In aanbouw", PlanStatus.IN_AANBOUW),
        ("opgeleverd", PlanStatus.OPGELEVERD),
        ("Potentiële locatie", PlanStatus.ZACHT),
    ],
)
def test_status_classes_and_spelling_variants(label, status):
    assert map_status(label) == (status, None)


def test_unknown_status_is_a_warning_and_counts_as_soft(region):
    parsed = read_monitor_file(xlsx([plan(status="Onbekend"), plan(plan_id="P2", status="Status onbekend")]))
    assert parsed.errors == [] and len(parsed.warnings) == 2
    assert {p.status for p in parsed.plans} == {PlanStatus.ZACHT}
    assert parsed.warnings[0].column == "E" and parsed.warnings[0].row == 2


def test_every_problem_names_sheet_row_and_column(region):
    rows = [
        plan(plan_id="P1"),
        plan(plan_id="P1"),  # duplicate
        plan(plan_id="P3", status="5Z Fantasie"),
        plan(plan_id="P4", woningen=-3),
        plan(plan_id="P5", woningen="veel"),
        plan(plan_id="P6", woningen=10, sociale_huur=8, dure_koop=8),
        plan(plan_id="P7", oplevering_jaar="ooit"),
        plan(plan_id="P8", plannaam=None, woningen=None),
        plan(plan_id="P9", woningen=10, circulair=11),
    ]
    parsed = read_monitor_file(xlsx(rows))
    found = {(p.row, p.column, p.field) for p in parsed.errors}
    assert found == {
        (3, "A", "plan_id"),
        (4, "E", "status"),
        (5, "H", "woningen"),
        (6, "H", "woningen"),
        (7, "H", "woningen"),
        (8, "G", "oplevering_jaar"),
        (9, "B", "plannaam"),
        (9, "H", "woningen"),
        (10, "N", "circulair"),
    }
    assert all(p.sheet == "Plannen" for p in parsed.errors)
    messages = " ".join(p.message for p in parsed.errors)
    for dutch in (
        "komt al voor in rij 2",
        "Onbekende status '5Z Fantasie'",
        "negatief",
        "'veel' is geen getal",
        "zijn samen meer dan woningen",
        "'ooit' is geen jaartal",
        "plannaam is verplicht",
    ):
        assert dutch in messages
    assert [p.plan_id for p in parsed.plans] == ["P1"]  # the clean row passes, the faulty one does not


def test_columns_in_any_order_with_loose_headers_and_unknown_columns(region):
    header = ["  Woningen ", "Gemeente", "PLAN ID", "Plannaam", "Status", "Opmerking", "Oplevering-jaar"]
    rows = [[12, "Nijmegen", 7, "Waalfront", "2A Vastgesteld", "let op", datetime.datetime(2027, 3, 1)]]
    parsed = read_monitor_file(xlsx(rows, header=header, sheet="Export monitor"))
    assert parsed.errors == []
    [warning] = parsed.warnings
    assert (warning.row, warning.column, warning.field) == (1, "F", "Opmerking")
    [row] = parsed.plans
    assert (row.plan_id, row.homes, row.completion_year, row.status) == ("7", 12, 2027, PlanStatus.HARD)


def test_formulas_count_by_their_cached_values(region):
    content = xlsx([plan(woningen="=40+2")])
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if (
                info.filename == "xl/worksheets/sheet1.xml"
            ):  # what Excel stores: the formula and its last value
                data = re.sub(rb"<f>40\+2</f><v\s*/>|<f>40\+2</f><v></v>", b"<f>40+2</f><v>42</v>", data)
                assert b"<v>42</v>" in data
            target.writestr(info.filename, data)
    parsed = read_monitor_file(buffer.getvalue())
    assert parsed.errors == [] and parsed.plans[0].homes == 42


def test_a_sheet_without_plans_is_an_error(region):
    parsed = read_monitor_file(xlsx([]))
    assert [p.message for p in parsed.errors] == ["Het tabblad bevat geen plannen onder de kopregel."]


@pytest.mark.parametrize(
    ("values", "column", "message"),
    [
        ({"woningen": 12.5}, "H", "12.5 is geen geheel aantal."),
        ({"woningen": -3}, "H", "-3 is negatief; een aantal woningen is 0 of meer."),
        ({"sociale_huur": 8, "dure_koop": 8}, "H", "De prijssegmenten (sociale_huur 8 + dure_koop 8)"),
        ({"flexwonen": 11}, "P", "flexwonen (11) is meer dan woningen (10)."),
        ({"oplevering_jaar": 1850}, "G", "1850 is geen plausibel jaartal (1900–2100)."),
        ({"plan_id": "x" * 101}, "A", "Te lang (101 tekens, maximaal 100)."),
        ({"status": "misschien"}, "E", "Onbekende status 'misschien'."),
        ({"gemeente": "Amsterdam"}, "C", "Onbekende gemeente 'Amsterdam'"),
        ({"locatie": "Nergenshuizen"}, "D", "Nergenshuizen"),
    ],
)
def test_every_rule_runs_on_an_otherwise_clean_row(region, values, column, message):
    """One validation path: no fast path for the usual cells skips a rule (a row that looks clean in every
    other cell is still checked in full)."""
    parsed = read_monitor_file(
        xlsx([plan(oplevering_jaar=2025, sociale_huur=2), plan(**{"plan_id": "P2", **values})])
    )
    [error] = parsed.errors
    assert (error.row, error.column) == (3, column) and message in error.message
    assert [p.plan_id for p in parsed.plans] == ["P1"]  # the clean row passes, the faulty one does not
