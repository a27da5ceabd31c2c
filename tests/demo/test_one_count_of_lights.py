"""On the demo data, every place that counts lights counts the same ones for the same half year: the agreement
list and its filter, its export, the dashboard, the period overview, the factsheets, the report and its briefing.
The open half year 2021-h2 is only partly assessed, so some lights are carried over from 2021-h1 and labelled so.
(The published 2021-h1 report and its PDF: ``test_demo_published_report``.)"""

import csv
import io
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from agreements.models import Agreement, Period, Pillar
from monitor.dashboard import build_dashboard
from reports.factsheets.sheet import build_factsheet
from reports.models import Factsheet
from reports.progress.output import compile_report

pytestmark = pytest.mark.django_db
KEYS = ("groen", "geel", "rood", "none")
FILTER_VALUES = {"groen": "groen", "geel": "geel", "rood": "rood", "none": "geen"}
EXPORT_LABELS = {
    "Groen: op koers": "groen",
    "Geel: aandacht / vertraging": "geel",
    "Rood: knelpunt, bestuurlijke aandacht nodig": "rood",
    "Nog niet beoordeeld": "none",
}


def as_counts(pairs) -> dict[str, int]:
    counts = Counter()
    for key, n in pairs:
        counts[key or "none"] += n
    return {key: counts[key] for key in KEYS}


def listed(client, period, light) -> int:
    response = client.get(reverse("agreements:list"), {"periode": period.code, "light": light})
    return len(response.context["table"].data)


def exported(client, period) -> dict[str, int]:
    response = client.get(reverse("agreements:export"), {"periode": period.code, "format": "csv"})
    text = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    return as_counts((EXPORT_LABELS[row["Stoplicht"]], 1) for row in rows)


def factsheet_counts(period) -> dict[str, int]:
    pairs = []
    for pillar in Pillar.objects.order_by("number"):
        factsheet = Factsheet.objects.filter(pillar=pillar, period=period).first()
        factsheet = factsheet or Factsheet(pillar=pillar, period=period)
        pairs += [(c.colour, c.count) for c in build_factsheet(factsheet).colour_counts]
    return as_counts(pairs)


def test_every_page_export_factsheet_and_the_report_count_the_same_lights(client):
    call_command("seed_demo_data", stdout=StringIO())
    period = Period.objects.current()
    assert period.code == "2021-h2"
    client.force_login(User.objects.get(username="kernteam"))

    dashboard = as_counts(
        (key, n)
        for pillar in build_dashboard(period=period).pillar_lights
        for key, n in pillar.counts.items()
    )
    overview = client.get(reverse("agreements:overview"), {"periode": period.code}).context["overview"]
    report = compile_report(period)
    briefing = report.briefing
    in_report = as_counts((c.colour, c.count) for c in report.colour_counts)
    in_briefing = as_counts((c.colour, c.count) for c in briefing.totals)
    briefing_pillars = as_counts((c.colour, c.count) for p in briefing.pillars for c in p.counts)
    briefing_cells = as_counts((cell.key, 1) for p in briefing.pillars for cell in p.cells)
    in_list = {key: listed(client, period, FILTER_VALUES[key]) for key in KEYS}

    assert sum(dashboard.values()) == Agreement.objects.count() == 69
    assert dashboard == dict(zip(KEYS, overview.totals[:4], strict=True))
    assert dashboard == in_list == exported(client, period) == factsheet_counts(period)
    assert dashboard == in_report == in_briefing == briefing_pillars == briefing_cells
    assert listed(client, period, "rood_of_geel") == dashboard["rood"] + dashboard["geel"]

    carried = [line for line in report.agreements if line.light_note]
    assert len(carried) == overview.carried_over == briefing.carried_over > 0
    assert all(line.light_note == "overgenomen uit 1e halfjaar 2021" for line in carried)
    cells = {cell.number: cell for p in briefing.pillars for cell in p.cells}
    assert {n for n, cell in cells.items() if cell.carried_over} == {line.number for line in carried}
