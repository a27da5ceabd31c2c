"""Tables the public pages draw from the published snapshots: the lights per period, the areas' indicators and
simple bar charts (drawn in HTML, so they work without JavaScript; the table beside each is the alternative)."""

from dataclasses import dataclass

from agreements.formatting import format_number

from .published import PublishedReport


@dataclass(frozen=True)
class LightCell:
    code: str
    colour: str
    label: str


@dataclass(frozen=True)
class AgreementRow:
    number: int
    title: str
    pillar_number: int
    lights: tuple[LightCell, ...]  # one per published period, oldest first
    is_illustrative: bool = False  # an invented (demo) agreement


def agreement_lights(reports: list[PublishedReport]) -> list[AgreementRow]:
    """Every agreement in a published report, with its published light in each published half year."""
    oldest_first = sorted(reports, key=lambda r: (r.year, r.half))
    lines = {r.code: {line["number"]: line for line in r.data["agreements"]} for r in oldest_first}
    latest = {}
    for report in oldest_first:
        latest.update(lines[report.code])
    rows = []
    for number, line in sorted(latest.items()):
        cells = []
        for report in oldest_first:
            own = lines[report.code].get(number) or {}
            cells.append(LightCell(report.code, own.get("colour") or "", own.get("colour_label") or ""))
        rows.append(
            AgreementRow(
                number, line["title"], line["pillar_number"], tuple(cells), bool(line.get("is_illustrative"))
            )
        )
    return rows


AREA_COLUMNS = [
    ("homes", "Woningen in plannen"),
    ("hard", "Hard"),
    ("soft", "Zacht"),
    ("affordable_soft_share", "Betaalbaar aandeel zacht (%)"),
    ("circular_share", "Circulair (%)"),
    ("realised", "Gerealiseerd"),
]


@dataclass(frozen=True)
class AreaRow:
    name: str
    code: str
    values: tuple[str, ...]  # Dutch notation, "onbekend" when unknown


def area_rows(report: PublishedReport | None, level: str) -> list[AreaRow]:
    """The subregions (``subregio``) or municipalities (``gemeente``) with their key indicators, as published."""
    if report is None:
        return []
    rows = []
    for area in report.data["indicators"]:
        if area["level"] != level:
            continue
        values = {item["code"]: item["value"] for item in area["indicators"]}
        rows.append(
            AreaRow(area["name"], area["code"], tuple(format_number(values.get(k)) for k, _ in AREA_COLUMNS))
        )
    return rows


def municipality_rows(report: PublishedReport | None) -> list[AreaRow]:
    return area_rows(report, "gemeente")


def dutch_number(text) -> float | None:
    """ "14.412" → 14412, "41,9" → 41.9, "onbekend" → None (the chart tables hold Dutch notation)."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        return float(text)
    cleaned = str(text).replace("%", "").replace(".", "").replace(",", ".").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    percent: float  # width of the bar, 0-100


def bars(chart: dict) -> list[Bar]:
    """A bar per row of a chart's table, for its first numeric column; empty when it has none."""
    rows = chart.get("rows") or []
    column = next(
        (
            i
            for i in range(1, len(chart.get("headers") or []))
            if any(dutch_number(r[i]) is not None for r in rows)
        ),
        None,
    )
    if column is None:
        return []
    values = [dutch_number(row[column]) for row in rows]
    top = max((abs(v) for v in values if v is not None), default=0) or 1
    return [
        Bar(str(row[0]), str(row[column]), 0 if v is None else round(100 * abs(v) / top, 1))
        for row, v in zip(rows, values, strict=True)
    ]
