"""The core team withdraws an escalation, with a reason and after confirming: it leaves the agenda and the
report's "afspraken die extra aandacht vragen"; the escalation itself, its reason and decisions already taken
are kept."""

import pytest
from django.urls import reverse

from governance import services
from governance.models import AgendaItem, Escalation
from reports.models import ProgressReport
from reports.progress.briefing import build_briefing
from reports.progress.report import build_progress_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduled(kernteam, period, red_agreement, bo_meeting):
    escalation = services.open_escalation(
        by=kernteam,
        period=period,
        stuck="De grond is niet beschikbaar.",
        request="Koop de grond aan.",
        agreement=red_agreement,
    )
    services.put_on_agenda(escalation=escalation, meeting=bo_meeting, by=kernteam, is_shared=True)
    escalation.refresh_from_db()
    return escalation


def briefing(period):
    report = ProgressReport(period=period)
    lines = build_progress_report(period, report).agreements
    return build_briefing(period=period, report=report, lines=lines, region=None)


def test_withdrawing_asks_first_then_takes_the_escalation_off_the_agenda_and_the_report(
    client, kernteam, period, bo_meeting, scheduled
):
    assert [d.request for d in briefing(period).decisions] == ["Koop de grond aan."]
    client.force_login(kernteam)
    url = reverse("governance:escalation_withdraw", args=[scheduled.pk])
    page = client.get(url).content.decode()
    assert "Weet u het zeker?" in page and f"van de agenda van {bo_meeting.display_title}" in page
    scheduled.refresh_from_db()
    assert scheduled.state == Escalation.State.SCHEDULED  # the confirmation page changes nothing

    response = client.post(
        url, {"reason": "Opgelost: de gemeente koopt zelf.", "expected_version": scheduled.version}
    )
    assert response.url == scheduled.get_absolute_url()
    scheduled.refresh_from_db()
    assert scheduled.state == Escalation.State.WITHDRAWN and scheduled.withdrawn_by == kernteam
    assert scheduled.withdrawn_reason == "Opgelost: de gemeente koopt zelf." and scheduled.withdrawn_at
    assert not AgendaItem.objects.filter(meeting=bo_meeting).exists()
    assert "Koop de grond aan." not in str(briefing(period))
    row = briefing(period).attention[0]
    assert row.number == scheduled.agreement.number and row.asked != "Koop de grond aan."

    detail = client.get(scheduled.get_absolute_url()).content.decode()
    assert "Ingetrokken" in detail and "Opgelost: de gemeente koopt zelf." in detail
    assert "Escalatie intrekken" not in detail
    listed = client.get(reverse("governance:index")).content.decode()
    assert scheduled.agreement.title not in listed[listed.index("Open escalaties") :]


def test_without_a_reason_nothing_is_withdrawn(client, kernteam, scheduled):
    client.force_login(kernteam)
    url = reverse("governance:escalation_withdraw", args=[scheduled.pk])
    response = client.post(url, {"reason": "  ", "expected_version": scheduled.version})
    assert response.status_code == 200
    assert "Geef de reden waarom de escalatie wordt ingetrokken." in response.content.decode()
    scheduled.refresh_from_db()
    assert scheduled.state == Escalation.State.SCHEDULED and AgendaItem.objects.exists()


def test_decisions_already_taken_stay_on_their_agenda(
    kernteam, period, red_agreement, bodies, do_meeting, scheduled
):
    advice = services.put_on_agenda(escalation=scheduled, meeting=do_meeting, by=kernteam)
    services.record_decision(agenda_item=advice, by=kernteam, text="Het DO adviseert het BO.")
    Escalation.objects.filter(pk=scheduled.pk).update(state=Escalation.State.SCHEDULED)  # advice, not decided
    scheduled.refresh_from_db()
    services.withdraw_escalation(
        escalation=scheduled, by=kernteam, expected_version=scheduled.version, reason="Niet meer nodig."
    )
    assert list(AgendaItem.objects.values_list("meeting", flat=True)) == [do_meeting.pk]


def test_a_decided_escalation_and_a_stale_page_are_refused(
    client, kernteam, wethouder, bo_meeting, scheduled
):
    client.force_login(wethouder)
    url = reverse("governance:escalation_withdraw", args=[scheduled.pk])
    assert client.post(url, {"reason": "x", "expected_version": scheduled.version}).status_code == 403
    client.force_login(kernteam)
    stale = scheduled.version
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Ander punt")
    services.withdraw_escalation(escalation=scheduled, by=kernteam, expected_version=stale, reason="Eerste.")
    response = client.post(url, {"reason": "Tweede.", "expected_version": stale})
    assert "kan niet meer worden ingetrokken" in response.content.decode()
    scheduled.refresh_from_db()
    assert scheduled.withdrawn_reason == "Eerste."
