"""The progress report's section "Besluiten en opvolging": the DO and BO decisions since the previous report,
with the state of their follow-up; in the preview, the PDF and the publication snapshot. The report is public:
decisions on confidential agenda items are only counted, and no person is named."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from governance import services
from governance.models import Meeting
from reports.progress.report import build_progress_report
from tests.factories import PeriodFactory
from tests.governance.meetings import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def h1(db):
    PeriodFactory(year=2020, half=2, deadline=datetime.date(2021, 1, 31), closed=True)
    return PeriodFactory(year=2021, half=1, deadline=datetime.date(2021, 7, 31))


def meeting(body, day: datetime.date) -> Meeting:
    return Meeting.objects.create(body=body, starts_at=at(day, 14), ends_at=at(day, 16))


def decide(kernteam, owner, body, day, n, *, shared=True):
    """A decision on an agenda item the meeting shares (``shared``) or keeps confidential."""
    item = services.add_agenda_item(
        meeting=meeting(body, day), by=kernteam, title=f"Agendapunt {n}", is_shared=shared
    )
    decision = services.record_decision(
        agenda_item=item,
        by=kernteam,
        text=f"Besluit {n}",
        follow_ups=[
            {"description": f"Te laat {n}", "owner": owner, "due_on": datetime.date(2021, 5, 1)},
            {"description": f"Nog open {n}", "owner_name": "Regio", "due_on": datetime.date(2099, 1, 1)},
        ],
    )
    return decision


def test_the_report_lists_decisions_since_the_previous_report_with_follow_up(kernteam, wethouder, bodies, h1):
    decide(
        kernteam, wethouder, bodies["bo"], datetime.date(2021, 1, 20), "januari"
    )  # before: previous report
    decided = decide(kernteam, wethouder, bodies["bo"], datetime.date(2021, 3, 25), "maart")
    decide(kernteam, wethouder, bodies["do"], datetime.date(2021, 6, 10), "juni")
    decide(
        kernteam, wethouder, bodies["kernteam"], datetime.date(2021, 6, 15), "kernteam"
    )  # not a deciding body
    decide(kernteam, wethouder, bodies["bo"], datetime.date(2021, 9, 23), "september")  # the next report's
    services.mark_follow_up_done(
        follow_up=decided.follow_ups.get(description="Te laat maart"), by=kernteam, expected_version=1
    )

    section = build_progress_report(h1).decisions
    assert [d.text for d in section.decisions] == ["Besluit maart", "Besluit juni"]
    assert [(f.description, f.state) for f in section.decisions[0].follow_ups] == [
        ("Nog open maart", "Open"),
        ("Te laat maart", "Gedaan"),
    ]
    assert (section.open_follow_ups, section.overdue_follow_ups) == (3, 1)
    snapshot = build_progress_report(h1).to_snapshot()
    assert snapshot["decisions"]["decisions"][1]["text"] == "Besluit juni"


def test_the_preview_shows_the_section_with_a_fixed_number_of_queries(
    client, kernteam, wethouder, bodies, h1
):
    decide(kernteam, wethouder, bodies["bo"], datetime.date(2021, 3, 25), "maart")
    client.force_login(kernteam)
    url = reverse("reports:preview", args=[h1.code])
    client.get(url)  # the first request of a session reads more (the session, the user's roles)
    with CaptureQueriesContext(connection) as few:
        body = client.get(url).content.decode()
    assert "Besluiten en opvolging" in body and "Besluit maart" in body and "Te laat maart" in body
    assert "1 februari 2021 tot en met 31 juli 2021" in body
    for n in range(4):
        decide(kernteam, wethouder, bodies["do"], datetime.date(2021, 4, 1 + n), n)
    with CaptureQueriesContext(connection) as many:
        body = client.get(url).content.decode()
    assert "Besluit 3" in body and len(many) == len(few)


def test_the_public_report_counts_confidential_decisions_and_names_no_person(
    client, kernteam, wethouder, bodies, h1
):
    wethouder.first_name, wethouder.last_name = "Anke", "de Vries"
    wethouder.save()
    decide(kernteam, wethouder, bodies["bo"], datetime.date(2021, 3, 25), "gedeeld")
    decide(kernteam, wethouder, bodies["bo"], datetime.date(2021, 4, 8), "geheim", shared=False)
    decide(kernteam, wethouder, bodies["do"], datetime.date(2021, 5, 6), "ook geheim", shared=False)

    section = build_progress_report(h1).decisions
    assert [d.text for d in section.decisions] == ["Besluit gedeeld"] and section.confidential == 2
    snapshot = str(build_progress_report(h1).to_snapshot())
    assert "geheim" not in snapshot and "Anke" not in snapshot and "de Vries" not in snapshot
    assert "'confidential': 2" in snapshot

    client.force_login(kernteam)
    body = client.get(reverse("reports:preview", args=[h1.code])).content.decode()
    chapter = body[body.index('id="besluiten"') :]
    assert "Besluit gedeeld" in chapter and "Te laat gedeeld" in chapter
    assert "2 besluiten over vertrouwelijke agendapunten" in chapter
    assert "geheim" not in chapter and "de Vries" not in chapter and "Anke" not in chapter


def test_a_decision_names_an_organisation_or_body_as_responsible_never_a_person(
    kernteam, wethouder, bodies, h1
):
    item = services.add_agenda_item(
        meeting=meeting(bodies["bo"], datetime.date(2021, 3, 25)), by=kernteam, title="Punt", is_shared=True
    )
    with pytest.raises(ValidationError) as refused:
        services.record_decision(agenda_item=item, by=kernteam, text="Besluit", responsible="Anke de Vries")
    assert "geen personen" in str(refused.value)
    assert not item.decisions.exists()
    services.record_decision(agenda_item=item, by=kernteam, text="Besluit", responsible="Directeurenoverleg")
    assert build_progress_report(h1).decisions.decisions[0].responsible == "Directeurenoverleg"
