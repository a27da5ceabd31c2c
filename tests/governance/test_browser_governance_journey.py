"""In a real browser: the core team escalates a red agreement, puts it on the next BO agenda and records the
decision with a follow-up action; the owner sees the action on their start page and ticks it off; the next
report lists the decision. axe-core finds no WCAG 2.1 A/AA violation on any page visited."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from agreements.models import TrafficLight
from governance.models import Body, Decision, Escalation, FollowUp
from tests.browser import assert_accessible
from tests.factories import AgreementFactory, AgreementStatusFactory, PeriodFactory
from tests.governance.meetings import meeting_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def this_half_year(db):
    """The open half year of today, whose report's deadline lies after next week's BO meeting."""
    today = timezone.localdate()
    half = 1 if today.month <= 6 else 2
    end = datetime.date(today.year, 6, 30) if half == 1 else datetime.date(today.year, 12, 31)
    return PeriodFactory(year=today.year, half=half, deadline=end + datetime.timedelta(days=31))


@pytest.fixture
def stalled(this_half_year, pillar):
    agreement = AgreementFactory(number=17, pillar=pillar, title="Versnellen van de flexwoningen")
    AgreementStatusFactory(agreement=agreement, period=this_half_year, colour=TrafficLight.ROOD)
    return agreement


def test_from_escalation_to_decision_to_follow_up_to_report(new_page, kernteam, wethouder, bodies, stalled):
    meeting = meeting_of(bodies[Body.Kind.BO], 7)
    page = new_page(kernteam)
    page.goto(f"/afspraken/{stalled.number}/")
    assert_accessible(page, context="afspraak op rood")
    page.get_by_role("link", name="Escalatie openen voor afspraak 17").click()
    assert_accessible(page, context="escalatie openen")
    page.get_by_label("Wat loopt vast").fill("De gemeenten vinden geen locaties voor flexwoningen.")
    page.get_by_label("Wat wordt gevraagd van het bestuur").fill("Wijs per subregio twee locaties aan.")
    page.get_by_role("button", name="Escalatie openen").click()
    page.wait_for_url("**/bestuur/escalaties/*/")
    assert_accessible(page, context="escalatie")

    page.get_by_role("link", name="Op de agenda van het DO of BO zetten").click()
    page.get_by_label("Vergadering").select_option(label=meeting.display_title)
    page.get_by_label("Agendapunt delen met NIER en genodigden").check()  # shared: the public report lists it
    assert_accessible(page, context="agenderen")
    page.get_by_role("button", name="Op de agenda zetten").click()
    page.wait_for_url(f"**{meeting.get_absolute_url()}")
    assert_accessible(page, context="vergadering met agenda")
    page.get_by_role("link", name="Agendapunt wijzigen 1").click()
    page.get_by_label("Toelichting").fill("Twee locaties per subregio; de kaart volgt als vergaderstuk.")
    assert_accessible(page, context="agendapunt wijzigen")
    page.get_by_role("button", name="Agendapunt opslaan").click()
    page.wait_for_url(f"**{meeting.get_absolute_url()}#agendapunt-1")
    assert "de kaart volgt als vergaderstuk" in page.content()

    page.get_by_role("link", name="Besluit vastleggen bij agendapunt 1").click()
    page.get_by_role("button", name="Besluit vastleggen").click()
    expect(page.get_by_role("alert")).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert_accessible(page, context="besluit met fouten")
    page.locator("#id_text").fill("Het BO wijst in elke subregio twee locaties aan.")
    page.get_by_label("Verantwoordelijk").select_option(label="Bestuurlijk Overleg Woondeal")
    page.get_by_label("Opvolgactie").fill("Locaties voordragen aan het BO")
    page.locator("#id_owner").select_option(label=str(wethouder))
    page.get_by_label("Uiterlijk op").fill((timezone.localdate() + datetime.timedelta(days=40)).isoformat())
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.wait_for_url(f"**{meeting.get_absolute_url()}")
    assert "Het BO wijst in elke subregio twee locaties aan." in page.content()
    assert_accessible(page, context="vergadering met besluit")
    assert Escalation.objects.get().state == Escalation.State.DECIDED

    owner = new_page(wethouder)
    owner.goto("/")
    section = owner.get_by_role("region", name="Mijn opvolgacties uit bestuurlijke besluiten")
    assert "Locaties voordragen aan het BO" in section.inner_text()
    assert_accessible(owner, context="startpagina eigenaar")
    owner.get_by_role("button", name=re.compile(r"^Afvinken\W+Locaties voordragen aan het BO$")).click()
    owner.wait_for_url("**/")
    assert "is afgevinkt" in owner.get_by_role("status").inner_text()
    assert FollowUp.objects.get().done
    for path, context in [("/bestuur/", "bestuurlijke cyclus"), ("/bestuur/overleg/bo/", "BO")]:
        owner.goto(path)
        assert_accessible(owner, context=context)
    owner.goto("/bestuur/agenda/")
    owner.get_by_role("button", name="Agenda-adres aanmaken").click()
    owner.wait_for_url("**/bestuur/agenda/")
    assert_accessible(owner, context="agenda-adres")

    preview = f"/rapportages/{stalled.statuses.get().period.code}/voorbeeld/"
    page.goto(preview, timeout=90_000)  # the preview exports its charts first
    chapter = page.get_by_role("region", name="Besluiten en opvolging")
    text = chapter.inner_text()
    assert "Het BO wijst in elke subregio twee locaties aan." in text and "afspraak 17" in text
    assert (
        "Locaties voordragen aan het BO" in chapter.get_by_role("row").filter(has_text="Gedaan").inner_text()
    )
    assert_accessible(page, context="voorbeeld van de rapportage")
    assert Decision.objects.count() == 1
