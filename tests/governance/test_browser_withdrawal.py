"""In a real browser: the core team withdraws a scheduled escalation. The confirmation page says what will
happen and asks for the reason; without one nothing happens; afterwards the escalation shows why it was
withdrawn and the meeting's agenda no longer holds it. axe-core finds no WCAG 2.1 A/AA violation."""

import pytest
from playwright.sync_api import expect

from governance import services
from governance.models import AgendaItem, Escalation
from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_core_team_withdraws_an_escalation_after_confirming(
    new_page, kernteam, period, red_agreement, bo_meeting
):
    escalation = services.open_escalation(
        by=kernteam,
        period=period,
        stuck="De grond is niet beschikbaar.",
        request="Koop de grond aan.",
        agreement=red_agreement,
    )
    services.put_on_agenda(escalation=escalation, meeting=bo_meeting, by=kernteam)
    page = new_page(kernteam)
    page.goto(escalation.get_absolute_url())
    page.get_by_role("link", name="Escalatie intrekken").click()
    page.wait_for_url("**/intrekken/")
    assert "Weet u het zeker?" in page.content()
    assert_accessible(page, context="escalatie intrekken")
    page.get_by_role("button", name="Escalatie intrekken").click()
    expect(page.get_by_role("alert")).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert_accessible(page, context="intrekken zonder reden")
    assert Escalation.objects.get().state == Escalation.State.SCHEDULED

    page.get_by_label("Reden van intrekken").fill("Opgelost: de gemeente koopt de grond zelf.")
    page.get_by_role("button", name="Escalatie intrekken").click()
    page.wait_for_url(f"**{escalation.get_absolute_url()}")
    assert "Opgelost: de gemeente koopt de grond zelf." in page.content()
    assert Escalation.objects.get().state == Escalation.State.WITHDRAWN
    assert not AgendaItem.objects.exists()
    assert_accessible(page, context="ingetrokken escalatie")
