"""The half-year cycle is proposed from the factsheet deadline and shows where the period stands; a scheduled DO
or BO meeting replaces the proposed date. Decisions in a report are those since the previous report."""

import datetime

import pytest
from django.urls import reverse

from governance.cycle import plan_cycle, report_window
from governance.models import Meeting
from tests.factories import PeriodFactory
from tests.governance.meetings import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def h1(db):
    return PeriodFactory(year=2021, half=1, deadline=datetime.date(2021, 7, 31))


def test_the_cycle_is_proposed_from_the_deadline(h1):
    steps = plan_cycle(h1, today=datetime.date(2021, 8, 5))
    assert [s.day for s in steps] == [
        datetime.date(2021, 7, 31),
        datetime.date(2021, 8, 14),
        datetime.date(2021, 8, 28),
        datetime.date(2021, 9, 11),
    ]
    assert [s.state for s in steps] == ["voorbij", "nu", "gepland", "gepland"]
    assert all(s.is_proposed for s in steps)


def test_scheduled_meetings_replace_the_proposed_dates(h1, bodies):
    do = Meeting.objects.create(
        body=bodies["do"],
        starts_at=at(datetime.date(2021, 9, 9), 14),
        ends_at=at(datetime.date(2021, 9, 9), 16),
    )
    bo = Meeting.objects.create(
        body=bodies["bo"],
        starts_at=at(datetime.date(2021, 9, 23), 14),
        ends_at=at(datetime.date(2021, 9, 23), 16),
    )
    steps = plan_cycle(h1, today=datetime.date(2021, 9, 10))
    assert (steps[2].meeting, steps[2].day) == (do, datetime.date(2021, 9, 9))
    assert (steps[3].meeting, steps[3].day) == (bo, datetime.date(2021, 9, 23))
    assert [s.state for s in steps] == ["voorbij", "voorbij", "voorbij", "nu"]


def test_without_a_deadline_nothing_is_planned_and_the_page_says_why(client, kernteam, bodies):
    PeriodFactory(year=2021, half=2, deadline=None)
    client.force_login(kernteam)
    body = client.get(reverse("governance:index")).content.decode()
    assert "geen deadline voor de factsheets vastgelegd" in body


def test_the_report_lists_decisions_since_the_previous_deadline(h1):
    PeriodFactory(year=2020, half=2, deadline=datetime.date(2021, 1, 31))
    start, end = report_window(h1)
    assert (start.date(), end.date()) == (datetime.date(2021, 2, 1), datetime.date(2021, 8, 1))
