"""A published half year with people in it: a factsheet last edited by a tempomaker, an open escalation with its
text, a Tempotafel action with an owner. The public site must show the report without any of them."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import Role, User
from agreements.models import Period
from benchmarks.report_world import make_report_world
from governance import services
from governance.models import Body, Escalation, Meeting
from reports.models import Factsheet, ProgressReport
from reports.progress.publication import publish_report
from tests.factories import UserFactory

ESCALATION_TEXT = "Vertrouwelijk verzoek aan het bestuur over de grondpositie"


@pytest.fixture
def public_site(settings):
    settings.PUBLIC_SITE = True
    return settings


@pytest.fixture
def people(db):
    """Users with names that cannot occur in the deal's texts by chance."""
    return {
        "kernteam": UserFactory(
            username="kernteam", first_name="Wilhelmina", last_name="Quakkelaar", kernteam=True
        ),
        "tempomaker": UserFactory(
            username="tempomaker", first_name="Bartholomeus", last_name="Zwijnenburg", role=Role.TEMPOMAKER
        ),
        "bestuur": UserFactory(
            username="bestuur", first_name="Hendrika", last_name="Knoppersma", bestuur=True
        ),
    }


# What ``publish_report`` stored for this (deterministic) world: rendered once per test process, because
# rendering the report twice with its charts takes half a minute; later tests write the same columns back.
_PUBLICATION: dict = {}
STORED = ["pdf", "pdf_sha256", "public_pdf", "public_pdf_sha256", "snapshot", "snapshot_sha256"]


@pytest.fixture
def published(people):
    """The 1st half year of 2021 (12 agreements, monitor figures), published through ``publish_report``."""
    period = make_report_world(user=people["kernteam"], numbers=12)
    report = ProgressReport.objects.get(period=period)
    decide(people)
    Factsheet.objects.filter(period=period).update(updated_by=people["tempomaker"])
    agreement = period.statuses.select_related("agreement").first().agreement
    Escalation.objects.create(
        period=period,
        agreement=agreement,
        stuck="De grondpositie is onzeker.",
        request=ESCALATION_TEXT,
        opened_by=people["kernteam"],
    )
    report.main_results = "Meer woningen op de versnellingslocaties."
    report.save()
    if not _PUBLICATION:
        published = publish_report(report=report, user=people["kernteam"])
        _PUBLICATION.update({name: getattr(published, name) for name in STORED})
        return published
    ProgressReport.objects.filter(pk=report.pk).update(
        published_at=timezone.now(), published_by=people["kernteam"], **_PUBLICATION
    )
    Period.objects.filter(pk=period.pk).update(state=Period.State.CLOSED)
    return ProgressReport.objects.select_related("period").get(pk=report.pk)


def decide(people) -> None:
    """A decision of the Bestuurlijk Overleg in the half year, with a follow-up action that a person owns."""
    body = Body.objects.create(
        kind=Body.Kind.BO, name="Bestuurlijk Overleg Woondeal", order=1, frequency="ieder kwartaal"
    )
    day = datetime.datetime(2021, 3, 25, 14, tzinfo=datetime.UTC)
    meeting = Meeting.objects.create(body=body, starts_at=day, ends_at=day + datetime.timedelta(hours=2))
    item = services.add_agenda_item(
        meeting=meeting, by=people["kernteam"], title="Versnellen grondposities", is_shared=True
    )
    services.record_decision(
        agenda_item=item,
        by=people["kernteam"],
        text="Het bestuur stemt in met de aanpak.",
        responsible="Bestuurlijk Overleg Woondeal",
        follow_ups=[
            {
                "description": "Aanpak uitwerken",
                "owner": people["bestuur"],
                "due_on": datetime.date(2021, 9, 1),
            }
        ],
    )


def personal_data() -> list[str]:
    """Every user's full name, last name and e-mail address: none of them may be on a public page."""
    found = []
    for user in User.objects.all():
        found += [user.get_full_name(), user.last_name, user.email]
    return [text for text in found if text.strip()]


def also_published(report: ProgressReport, *, year: int, half: int) -> ProgressReport:
    """Another published half year with the same stored publication (its own period code in the snapshot)."""
    period = Period.objects.get_or_create(year=year, half=half)[0]
    snapshot = {**report.snapshot, "period_code": period.code, "period_label": period.label}
    other = ProgressReport.objects.create(period=period)
    stored = {name: getattr(report, name) for name in STORED}
    ProgressReport.objects.filter(pk=other.pk).update(
        **{**stored, "snapshot": snapshot}, published_at=timezone.now(), published_by=report.published_by
    )
    return ProgressReport.objects.select_related("period").get(pk=other.pk)
