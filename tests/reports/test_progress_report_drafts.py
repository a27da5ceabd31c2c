"""What changed since the previous report, and the draft lists the core team writes the summary from."""

import datetime

import pytest
from django.urls import reverse

from agreements.models import AgreementStatus, TrafficLight
from benchmarks.report_world import make_report_world
from reports.progress.report import build_progress_report, colour_change
from tempotafels.models import Action
from tests.factories import TempotafelFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("before", "now", "arrow", "label"),
    [
        ("rood", "geel", "↑", "beter"),
        ("geel", "groen", "↑", "beter"),
        ("groen", "rood", "↓", "slechter"),
        ("geel", "geel", "=", "gelijk"),
        ("", "groen", "•", "nieuw"),
        ("groen", "", "–", "niet beoordeeld"),
    ],
)
def test_every_colour_change_gets_an_arrow_and_words(before, now, arrow, label):
    change = colour_change(before, now)
    assert (change.arrow, change.label) == (arrow, label)


def test_the_drafts_list_colour_changes_red_and_flagged_agreements_and_overdue_actions(kernteam, client):
    period = make_report_world(user=kernteam, monitor=False, numbers=6)
    statuses = AgreementStatus.objects.filter(period=period)
    statuses.update(colour=TrafficLight.GROEN, needs_attention=False)
    AgreementStatus.objects.filter(period=period.previous()).update(colour=TrafficLight.GROEN)
    statuses.filter(agreement__number=2).update(colour=TrafficLight.ROOD, colour_change_reason="Stikstof")
    statuses.filter(agreement__number=4).update(needs_attention=True)
    tafel = TempotafelFactory(name="Tempotafel Flexwonen")
    Action.objects.create(
        tempotafel=tafel,
        description="Locaties inventariseren",
        owner_name="Gemeente Arnhem",
        due_on=datetime.date(2021, 5, 1),
    )
    Action.objects.create(
        tempotafel=tafel,
        description="Al gedaan",
        owner_name="Regio",
        due_on=datetime.date(2021, 5, 1),
        done=True,
        done_at=datetime.datetime(2021, 4, 1, tzinfo=datetime.UTC),
    )
    Action.objects.create(
        tempotafel=tafel, description="Pas later", owner_name="Regio", due_on=datetime.date(2021, 9, 1)
    )

    drafts = build_progress_report(period).drafts
    assert [line.number for line in drafts.colour_changes] == [2]
    assert [line.number for line in drafts.attention] == [2, 4]
    assert [action.description for action in drafts.overdue_actions] == ["Locaties inventariseren"]

    client.force_login(kernteam)
    page = client.get(reverse("reports:edit", args=[period.code])).content.decode()
    assert (
        "Groen: op koers → Rood: knelpunt, bestuurlijke aandacht nodig (↓ slechter); reden: Stikstof" in page
    )
    assert "Tempotafel Flexwonen: Locaties inventariseren (Gemeente Arnhem, uiterlijk 1 mei 2021)" in page
