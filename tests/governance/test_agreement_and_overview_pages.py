"""The agreement's page shows its escalations, decisions and follow-up; the period overview shows open
escalations and overdue follow-up. Both with a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from governance import services

pytestmark = pytest.mark.django_db


def escalate(kernteam, period, agreement, meeting, owner, n: int):
    escalation = services.open_escalation(
        by=kernteam,
        period=period,
        stuck=f"Vast {n}",
        request=f"Grond beschikbaar stellen {n}",
        agreement=agreement,
    )
    item = services.put_on_agenda(escalation=escalation, meeting=meeting, by=kernteam)
    decision = services.record_decision(
        agenda_item=item,
        by=kernteam,
        text=f"De provincie koopt grond aan ({n}).",
        follow_ups=[
            {"description": f"Taxatie laten doen {n}", "owner": owner, "due_on": datetime.date(2021, 3, 1)}
        ],
    )
    services.open_escalation(
        by=kernteam, period=period, stuck="Nog open", request=f"Nog te agenderen {n}", agreement=agreement
    )
    return decision


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_the_agreement_page_shows_escalations_decisions_and_follow_up(
    client, kernteam, wethouder, period, red_agreement, bo_meeting
):
    escalate(kernteam, period, red_agreement, bo_meeting, wethouder, 1)
    client.force_login(wethouder)
    url = reverse("agreements:detail", args=[red_agreement.number])
    body, few = get(client, url)
    assert "Grond beschikbaar stellen 1" in body and "De provincie koopt grond aan (1)." in body
    assert "Taxatie laten doen 1" in body and "Te laat" in body
    assert "Nog te agenderen" not in body, (
        "an escalation not yet on the BO's agenda is the core team's business"
    )
    for n in range(2, 6):
        escalate(kernteam, period, red_agreement, bo_meeting, wethouder, n)
    body, many = get(client, url)
    assert "Taxatie laten doen 5" in body and many == few


def test_the_core_team_can_escalate_from_the_agreement_page(client, kernteam, red_agreement, green_agreement):
    client.force_login(kernteam)
    body, _ = get(client, reverse("agreements:detail", args=[red_agreement.number]))
    assert f"?afspraak={red_agreement.pk}" in body
    body, _ = get(client, reverse("agreements:detail", args=[green_agreement.number]))
    assert "Escalatie openen" not in body


def test_the_period_overview_shows_open_escalations_and_overdue_follow_up(
    client, kernteam, wethouder, period, red_agreement, bo_meeting
):
    escalate(kernteam, period, red_agreement, bo_meeting, wethouder, 1)
    client.force_login(kernteam)
    url = reverse("agreements:overview")
    body, few = get(client, url)
    assert "Nog te agenderen 1" in body and "Taxatie laten doen 1" in body
    assert "Grond beschikbaar stellen 1" not in body, "a decided escalation is no longer open"
    for n in range(2, 6):
        escalate(kernteam, period, red_agreement, bo_meeting, wethouder, n)
    body, many = get(client, url)
    assert "Nog te agenderen 5" in body and many == few
