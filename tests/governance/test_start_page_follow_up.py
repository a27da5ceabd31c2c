"""The owner of a follow-up action finds it on their start page and ticks it off there."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from governance import services

pytestmark = pytest.mark.django_db


def add(kernteam, item, owner, n):
    decision = services.record_decision(agenda_item=item, by=kernteam, text=f"Besluit {n}")
    return services.add_follow_up(
        decision=decision,
        by=kernteam,
        description=f"Opvolgen {n}",
        owner=owner,
        due_on=datetime.date(2030, 1, n),
    )


def home(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_the_owner_sees_open_follow_up_on_the_start_page_and_ticks_it_off(
    client, kernteam, directeur, bo_meeting
):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Punt")
    follow_up = add(kernteam, item, directeur, 1)
    client.force_login(directeur)
    body, few = home(client)
    assert "Mijn opvolgacties uit bestuurlijke besluiten" in body and "Opvolgen 1" in body
    for n in range(2, 7):
        add(kernteam, item, directeur, n)
    body, many = home(client)
    assert "Opvolgen 6" in body and many == few
    client.post(
        reverse("governance:follow_up_done", args=[follow_up.pk]),
        {"done": "on", "expected_version": follow_up.version, "next": reverse("home")},
    )
    body, _ = home(client)
    assert "Opvolgactie ‘Opvolgen 1’ is afgevinkt." in body
    table = body[body.index("Mijn opvolgacties") :]
    assert "<td>Opvolgen 1</td>" not in table and "<td>Opvolgen 2</td>" in table


def test_without_follow_up_there_is_no_section(client, wethouder):
    client.force_login(wethouder)
    body, _ = home(client)
    assert "Mijn opvolgacties" not in body
