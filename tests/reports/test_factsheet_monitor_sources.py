"""Factsheets take their monitor figures from the sources side by side, as the dashboard does: the provincial
workbook on top of a plan-level import keeps pillar 3's circular share (with its source and peildatum); without
plan-level data the share reads "onbekend" with the reason, on the page and in the report's briefing, never 0 %."""

import pytest

from agreements.models import Period, Pillar
from reports.factsheets.sheet import build_factsheet
from reports.models import Factsheet
from reports.progress.output import compile_report
from tests.monitor.two_sources import commit_plans, commit_provincial, reference

pytestmark = pytest.mark.django_db
__all__ = ["reference"]  # the fixture, imported for these tests


def circular_figures(period) -> dict[str, object]:
    factsheet = Factsheet(pillar=Pillar.objects.get(number=3), period=period)
    return {f.label: f for f in build_factsheet(factsheet).indicators}


def test_the_provincial_workbook_keeps_the_plan_level_circular_share(reference, kernteam, client):
    commit_plans(kernteam)
    commit_provincial(kernteam)
    period = Period.objects.order_by("year", "half").first()

    share = circular_figures(period)["Circulair aandeel van de plannen"]
    assert share.value == "6,2 %"
    assert "planniveau" in share.source and "1-1-2021" in share.source


def test_without_plan_level_data_the_factsheet_and_briefing_say_unknown(reference, kernteam, client):
    commit_provincial(kernteam)
    period = Period.objects.order_by("year", "half").first()

    share = circular_figures(period)["Circulair aandeel van de plannen"]
    assert share.value.startswith("onbekend (") and "planniveau" in share.value
    client.force_login(kernteam)
    html = client.get(f"/rapportages/factsheets/{period.code}/pijler-3/").content.decode()
    assert "Circulair aandeel van de plannen" in html and "onbekend (" in html
    assert "0,0 %" not in html

    briefing = compile_report(period).briefing
    circular = next(t for t in briefing.targets if "circulair" in t.name.lower())
    assert (circular.value, circular.met) == ("onbekend", "onbekend")
