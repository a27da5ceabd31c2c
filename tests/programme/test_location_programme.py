"""The location programme: each location's elaboration beside the monitor's figures, flagged where they diverge
by more than 10 %, "onbekend" where the monitor has no plans there; elaborations kept per half year; milestones."""

import datetime

import pytest
from django.urls import reverse

from monitor.models import Indicator
from programme.divergence import verdicts
from programme.models import LocationElaboration, Milestone
from tests.factories import LocationFactory, PeriodFactory
from tests.monitor.factories import MonitorImportFactory

from .factories import LocationElaborationFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


def monitor_figures(location, **figures):
    source = MonitorImportFactory()
    base = {"plans": 3, "homes": 0, "circular": 0, "segments": {}}
    Indicator.objects.create(
        monitor_import=source, level=Indicator.Level.LOCATIE, location=location, figures={**base, **figures}
    )
    return source


def test_without_monitor_data_the_verdict_is_unknown_not_zero():
    elaboration = LocationElaborationFactory(homes=500)
    [verdict] = verdicts([elaboration])
    assert not verdict.diverges
    assert verdict.reason == "Onbekend: er is nog geen monitorimport op planniveau."
    monitor_figures(LocationFactory(), homes=100)  # another location's plans
    [verdict] = verdicts([elaboration])
    assert verdict.reason == "Onbekend: de monitor heeft geen plannen op deze locatie."
    assert [c.monitor for c in verdict.comparisons] == [None, None, None]


def test_a_difference_of_more_than_ten_percent_is_flagged():
    elaboration = LocationElaborationFactory(homes=500, affordable_homes=250, circular_homes=100)
    segments = {
        "sociale_huur": 100,
        "middenhuur": 100,
        "dure_huur": 0,
        "betaalbare_koop": 40,
        "dure_koop": 300,
        "onbekend": 0,
    }
    monitor_figures(elaboration.location, homes=540, circular=70, segments=segments)
    [verdict] = verdicts([elaboration])
    by_label = {c.label: c for c in verdict.comparisons}
    assert not by_label["woningen"].diverges  # 540 vs 500: 8 %
    assert not by_label["betaalbaar"].diverges  # 240 vs 250
    assert by_label["circulair"].diverges  # 70 vs 100
    assert verdict.diverges
    assert verdict.reason == "Wijkt af: circulair: ambitie 100, monitor 70."


def test_unknown_segments_are_not_read_as_zero_affordable():
    elaboration = LocationElaborationFactory(homes=500, affordable_homes=250)
    monitor_figures(
        elaboration.location,
        homes=500,
        segments={"onbekend": 500, "sociale_huur": 0, "middenhuur": 0, "betaalbare_koop": 0},
    )
    [verdict] = verdicts([elaboration])
    assert {c.label: c.monitor for c in verdict.comparisons}["betaalbaar"] is None


def test_the_page_flags_the_diverging_location(client, partner):
    elaboration = LocationElaborationFactory(homes=1000)
    monitor_figures(elaboration.location, homes=600, circular=100)
    client.force_login(partner)
    page = client.get(reverse("programme:locations")).content.decode()
    assert "Wijkt af: woningen: ambitie 1.000, monitor 600." in page


def test_the_core_team_keeps_an_elaboration_per_half_year(client, kernteam):
    first = LocationElaborationFactory(homes=400, period=PeriodFactory(year=2021, half=1, closed=True))
    period = PeriodFactory(year=2021, half=2)
    url = reverse("programme:elaboration_edit", args=[first.location_id, period.code])
    client.force_login(kernteam)
    form = client.get(url)
    assert 'value="400"' in form.content.decode()  # starts from the previous half year
    data = {
        "homes": "450",
        "affordable_homes": "200",
        "circular_homes": "50",
        "conceptual_homes": "0",
        "investment_needed": "2.500.000,00",
        "investment_by": "Gemeente en ontwikkelaar",
        "opportunities": "Snelle vergunning",
        "bottlenecks": "Stikstof",
        "expected_version": "",
    }
    assert client.post(url, data).status_code == 302
    rows = LocationElaboration.objects.filter(location=first.location).order_by("period__half")
    assert [(r.period.code, r.homes) for r in rows] == [("2021-h1", 400), ("2021-h2", 450)]
    assert str(rows[1].investment_needed) == "2500000.00"
    stale = client.post(url, {**data, "homes": "460"})  # no version: someone else saved it first
    assert stale.status_code == 200 and "Iemand anders" in stale.content.decode()
    current = client.post(url, {**data, "homes": "460", "expected_version": "1"})
    assert current.status_code == 302
    assert LocationElaboration.objects.get(pk=rows[1].pk).homes == 460
    closed = reverse("programme:elaboration_edit", args=[first.location_id, "2021-h1"])
    refused = client.post(closed, {**data, "expected_version": "1"})
    assert "gesloten" in refused.content.decode()
    assert LocationElaboration.objects.get(pk=first.pk).homes == 400


def test_an_impossible_elaboration_names_the_field(client, kernteam):
    location = LocationFactory()
    period = PeriodFactory(year=2021, half=2)
    client.force_login(kernteam)
    response = client.post(
        reverse("programme:elaboration_edit", args=[location.pk, period.code]),
        {"homes": "100", "affordable_homes": "150", "circular_homes": "0", "conceptual_homes": "0"},
    )
    assert "Meer dan het totaal van 100 woningen." in response.content.decode()
    assert not LocationElaboration.objects.exists()


def test_a_milestone_that_is_done_needs_its_date_and_late_ones_show(client, kernteam):
    milestone = MilestoneFactory(due_on=datetime.date(2021, 3, 31))
    client.force_login(kernteam)
    page = client.get(reverse("programme:developments")).content.decode()
    assert "(over datum)" in page
    url = reverse("programme:milestone_update", args=[milestone.pk])
    refused = client.post(url, {"state": "gereed", "done_on": "", "note": "", "expected_version": "1"})
    assert "Vul in wanneer de mijlpaal gereed was." in refused.content.decode()
    done = client.post(url, {"state": "gereed", "done_on": "2021-04-15", "note": "", "expected_version": "1"})
    assert done.status_code == 302
    milestone = Milestone.objects.get(pk=milestone.pk)
    assert milestone.state == "gereed" and milestone.history.count() == 2
    assert "(over datum)" not in client.get(reverse("programme:developments")).content.decode()


def test_the_location_dashboard_shows_the_elaboration_beside_the_monitor(client, partner):
    elaboration = LocationElaborationFactory(homes=1000, is_illustrative=True)
    monitor_figures(elaboration.location, homes=600, circular=100)
    client.force_login(partner)
    page = client.get(reverse("monitor:location", args=[elaboration.location_id])).content.decode()
    assert "Uitwerking in het locatieprogramma (1e halfjaar 2021)" in page
    assert "Wijkt af: woningen: ambitie 1.000, monitor 600." in page
    assert "illustratief" in page
