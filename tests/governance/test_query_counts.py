"""Governance pages use as many queries for many meetings and decisions as for a few."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from governance import services
from governance.models import CalendarToken, Escalation
from tests.governance.meetings import meeting_of

pytestmark = pytest.mark.django_db


def fill(kernteam, wethouder, bodies, period, red_agreement, meetings: int) -> None:
    """``meetings`` BO meetings, each with an escalation item, a plain item, decisions and follow-up (the first
    meeting gets more of them each time, so that its own page and besluitenlijst grow too)."""
    first = bodies["bo"].meetings.order_by("starts_at").first()
    if first is not None:
        for n in range(meetings):
            item = services.add_agenda_item(
                meeting=first, by=kernteam, title=f"Extra punt {n}", is_shared=True
            )
            services.record_decision(agenda_item=item, by=kernteam, text=f"Extra besluit {n}")
    for n in range(meetings):
        meeting = meeting_of(bodies["bo"], 5 + n)
        escalation = services.open_escalation(
            by=kernteam, period=period, stuck=f"Vast {n}", request=f"Gevraagd {n}", agreement=red_agreement
        )
        item = services.put_on_agenda(escalation=escalation, meeting=meeting, by=kernteam)
        plain = services.add_agenda_item(meeting=meeting, by=kernteam, title=f"Punt {n}", is_shared=True)
        for agenda_item in (item, plain):
            services.record_decision(
                agenda_item=agenda_item,
                by=kernteam,
                text=f"Besluit {n}",
                follow_ups=[
                    {"description": f"Actie {n}", "owner": wethouder, "due_on": datetime.date(2020, 1, 1)},
                    {
                        "description": f"Actie {n}b",
                        "owner_name": "Regio",
                        "due_on": datetime.date(2030, 1, 1),
                    },
                ],
            )
        services.open_escalation(
            by=kernteam, period=period, stuck="Open", request="Open", agreement=red_agreement
        )


def feeds(user) -> list[str]:
    """The user's own calendar feeds (their secret address: calendar clients do not log in)."""
    token = CalendarToken.objects.renew(user).token
    return [
        reverse("governance:body_calendar", args=[token, "bo"]),
        reverse("governance:my_calendar", args=[token]),
    ]


def counts(client, users, urls) -> list[int]:
    result = []
    for user in users:
        client.force_login(user)
        for url in [*urls, *feeds(user)]:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            result.append(len(queries))
    return result


def test_query_counts_do_not_grow_with_meetings_and_decisions(
    client, kernteam, wethouder, nier_lid, bodies, period, red_agreement
):
    fill(kernteam, wethouder, bodies, period, red_agreement, meetings=2)
    first = bodies["bo"].meetings.order_by("starts_at").first()
    urls = [
        reverse("governance:index"),
        reverse("governance:body_detail", args=["bo"]),
        reverse("governance:escalation_list"),
        reverse("governance:meeting_detail", args=[first.pk]),
        reverse("reports:decision_list_xlsx", args=[first.pk]),
        reverse("reports:decision_list_pdf", args=[first.pk]),
        reverse("governance:escalation_detail", args=[Escalation.objects.order_by("pk").first().pk]),
    ]
    users = [kernteam, wethouder]
    few = counts(client, users, urls)
    few_nier = counts(client, [nier_lid], urls[:6])
    fill(kernteam, wethouder, bodies, period, red_agreement, meetings=6)
    assert counts(client, users, urls) == few
    assert counts(client, [nier_lid], urls[:6]) == few_nier
