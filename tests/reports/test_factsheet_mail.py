"""E-mail: the ambassador hears of a submitted factsheet, the tempomakers of a return or approval; reminders."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from reports.factsheets import services
from reports.models import Factsheet
from tests.factories import PillarFactory, UserFactory, ambassador_of, tempomaker_of
from tests.reports.factories import FactsheetFactory

State = Factsheet.State


@pytest.fixture
def people(pillar, tempomaker, ambassadeur, other_tempomaker):
    """Pillar 3 gets a second tempomaker and an inactive one; pillar 2 has its own tempomaker."""
    tempomaker_of(pillar, username="tempomaker-privaat")
    tempomaker_of(pillar, username="oud-tempomaker", is_active=False)


def recipients(mailoutbox):
    return sorted(address for message in mailoutbox for address in message.to)


def test_submitting_mails_the_ambassador(
    settings, pillar, period, tempomaker, people, mailoutbox, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://woondeal.example.nl/"
    factsheet = FactsheetFactory(pillar=pillar, period=period)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_factsheet(factsheet=factsheet, user=tempomaker)
    assert recipients(mailoutbox) == ["ambassadeur@example.org"]
    message = mailoutbox[0]
    assert message.subject == "Woondeal Monitor: factsheet ingediend (pijler 3, 2e halfjaar 2021)"
    assert f"{tempomaker} heeft de factsheet van pijler 3 (Groen en circulair)" in message.body
    assert "https://woondeal.example.nl/rapportages/factsheets/2021-h2/pijler-3/" in message.body


def test_returning_mails_the_tempomakers_with_the_comments(
    pillar, period, ambassadeur, people, mailoutbox, django_capture_on_commit_callbacks
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.return_factsheet(
            factsheet=factsheet, user=ambassadeur, comment="Voeg de <b>cijfers</b> toe."
        )
    assert recipients(mailoutbox) == ["tempomaker-privaat@example.org", "tempomaker@example.org"]
    assert "Voeg de <b>cijfers</b> toe." in mailoutbox[0].body  # plain text, not HTML-escaped
    assert "teruggestuurd" in mailoutbox[0].subject


def test_approving_mails_the_tempomakers(
    pillar, period, ambassadeur, people, mailoutbox, django_capture_on_commit_callbacks
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_factsheet(factsheet=factsheet, user=ambassadeur)
    assert recipients(mailoutbox) == ["tempomaker-privaat@example.org", "tempomaker@example.org"]
    assert "goedgekeurd" in mailoutbox[0].body


def test_a_refused_step_sends_no_mail(
    pillar, period, tempomaker, mailoutbox, django_capture_on_commit_callbacks
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, summary="")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.FactsheetRefused):
        services.submit_factsheet(factsheet=factsheet, user=tempomaker)
    assert mailoutbox == []


# Reminders -------------------------------------------------------------------------------------------


@pytest.fixture
def six_pillars(pillar, other_pillar):
    pillars = {p.number: p for p in [PillarFactory(number=n) for n in (1, 4, 5, 6)] + [pillar, other_pillar]}
    for number, p in pillars.items():
        if number not in (2, 3):
            tempomaker_of(p, username=f"tempomaker{number}")
            ambassador_of(p, username=f"ambassadeur{number}")
    return pillars


def run_reminders(*args):
    call_command("send_reminders", *args, stdout=io.StringIO())


def test_reminders_go_to_tempomakers_of_due_factsheets_and_ambassadors_of_submitted_ones(
    six_pillars, period, tempomaker, other_tempomaker, ambassadeur, mailoutbox, time_machine_today
):
    ambassador_of(six_pillars[2], username="ambassadeur2")
    FactsheetFactory(pillar=six_pillars[1], period=period, approved=True)
    FactsheetFactory(pillar=six_pillars[2], period=period, submitted=True)
    FactsheetFactory(pillar=six_pillars[3], period=period, returned=True)
    FactsheetFactory(pillar=six_pillars[4], period=period, final=True)
    # Pillars 5 and 6 have not started. The deadline (15 January 2022) is 5 days away.
    time_machine_today(datetime.date(2022, 1, 10))
    run_reminders()
    assert recipients(mailoutbox) == [
        "ambassadeur2@example.org",
        "tempomaker5@example.org",
        "tempomaker6@example.org",
        "tempomaker@example.org",
    ]
    to_ambassador = next(m for m in mailoutbox if m.to == ["ambassadeur2@example.org"])
    assert "wacht op uw goedkeuring" in to_ambassador.body
    to_tempomaker = next(m for m in mailoutbox if m.to == ["tempomaker@example.org"])
    assert "nog niet ingediend (status: teruggestuurd)" in to_tempomaker.body
    assert "De deadline is 15 januari 2022." in to_tempomaker.body


def test_no_reminder_for_tempomakers_when_the_deadline_is_far(
    six_pillars, period, tempomaker, mailoutbox, time_machine_today
):
    time_machine_today(datetime.date(2021, 12, 1))
    run_reminders("--days", "7")
    assert mailoutbox == []
    run_reminders("--days", "45")
    assert "tempomaker@example.org" in recipients(mailoutbox)


def test_overdue_factsheets_are_reminded_and_closed_periods_are_not(
    six_pillars, period, previous_period, tempomaker, mailoutbox, time_machine_today
):
    time_machine_today(datetime.date(2022, 2, 1))
    run_reminders("--days", "0")
    assert recipients(mailoutbox).count("tempomaker@example.org") == 1  # only 2021-h2; 2021-h1 is closed


@pytest.fixture
def time_machine_today(monkeypatch):
    """Fix "today" for the reminder service (Django's timezone.localdate is what it reads)."""

    def travel(day: datetime.date):
        monkeypatch.setattr("reports.factsheets.services.timezone.localdate", lambda: day)

    return travel


def test_the_core_team_sends_a_reminder_from_the_overview(
    client, kernteam, pillar, period, tempomaker, ambassadeur, mailoutbox
):
    client.force_login(kernteam)
    response = client.post(reverse("reports:factsheet_reminder", args=[period.code, 3]), follow=True)
    assert "Pijler 3: 1 herinnering(en) verstuurd." in response.content.decode()
    assert recipients(mailoutbox) == ["tempomaker@example.org"]
    FactsheetFactory(pillar=pillar, period=period, submitted=True)
    client.post(reverse("reports:factsheet_reminder", args=[period.code, 3]))
    assert recipients(mailoutbox) == ["ambassadeur@example.org", "tempomaker@example.org"]


def test_inactive_users_and_users_without_address_get_no_mail(pillar, period, mailoutbox):
    tempomaker_of(pillar, username="zonder-adres", email="")
    UserFactory(username="los")
    sent = services.send_factsheet_reminder(factsheet=Factsheet(pillar=pillar, period=period))
    assert sent == 0
    assert mailoutbox == []
