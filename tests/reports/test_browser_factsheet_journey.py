"""The whole factsheet journey in a real browser, with axe-core on every page visited: the tempomaker fills in
and submits, the ambassador returns it, the tempomaker fixes and resubmits, the ambassador approves."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from reports.models import Factsheet
from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tempomaker_and_ambassador_take_a_factsheet_to_approval(
    new_page, tempomaker, ambassadeur, pillar, period, agreements
):
    writer = new_page(tempomaker)
    writer.goto("/")
    assert writer.get_by_role("heading", name="Te doen: factsheets 2e halfjaar 2021").is_visible()
    assert_accessible(writer, context="startpagina tempomaker")
    writer.get_by_role("link", name="Factsheet pijler 3: Groen en circulair").click()
    writer.wait_for_url("**/pijler-3/")
    assert writer.get_by_text("Geel: aandacht / vertraging").first.is_visible()
    assert_accessible(writer, context="factsheet, niet begonnen")

    # The traffic light is the agreement's own status (one source of truth), edited in the status editor.
    writer.get_by_role("link", name="Stoplicht afspraak 23 bijwerken").click()
    writer.wait_for_url("**/afspraken/23/status/**")
    assert_accessible(writer, context="status bewerken vanuit de factsheet")
    writer.get_by_label("Groen: op koers").check()
    writer.get_by_label("Reden kleurwijziging").fill("Het fonds is opgericht.")
    writer.get_by_role("button", name="Status opslaan").click()
    writer.wait_for_url("**/pijler-3/")
    assert writer.get_by_text("Nog niet beoordeeld: 0").is_visible()

    writer.get_by_role("link", name="Factsheet bewerken").click()
    writer.wait_for_url("**/bewerken/")
    assert_accessible(writer, context="factsheet bewerken")
    writer.get_by_label("Samenvatting").fill("Drie pilots biobased bouwen gestart.")
    writer.get_by_label("Betrokken partners").fill("Talis, Portaal, gemeente Nijmegen")
    writer.get_by_label("Output (kwalitatieve resultaten)").fill("Kennissessie circulair aanbesteden.")
    writer.get_by_role("button", name="Opslaan").click()
    writer.wait_for_url("**/pijler-3/")
    writer.get_by_role("link", name="Indienen bij de ambassadeur").click()
    writer.wait_for_url("**/indienen/")
    assert writer.get_by_role("heading", name="De factsheet is nog niet compleet").is_visible()
    assert_accessible(writer, context="factsheet indienen: nog niet compleet")
    writer.get_by_role("button", name="Ja, indienen bij de ambassadeur").click()
    alert = writer.get_by_role("alert").get_by_text("vink aan dat u hem toch wilt indienen")
    expect(alert).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert mail.outbox == []
    writer.get_by_label("Ik dien de factsheet in, ook al is hij nog niet compleet").check()
    writer.get_by_role("button", name="Ja, indienen bij de ambassadeur").click()
    writer.get_by_text("De factsheet is ingediend").wait_for()
    assert_accessible(writer, context="factsheet ingediend")
    assert [m.to for m in mail.outbox] == [["ambassadeur@example.org"]]

    reviewer = new_page(ambassadeur)
    reviewer.goto("/")
    assert reviewer.get_by_text("Wacht op uw goedkeuring.").is_visible()
    assert_accessible(reviewer, context="startpagina ambassadeur")
    reviewer.get_by_role("link", name="Factsheet pijler 3: Groen en circulair").click()
    reviewer.wait_for_url("**/pijler-3/")
    assert_accessible(reviewer, context="factsheet ter goedkeuring")
    reviewer.get_by_label("Opmerkingen voor de tempomakers").fill("Graag de meetbare resultaten invullen.")
    reviewer.get_by_role("button", name="Terugsturen met opmerkingen").click()
    reviewer.get_by_text("De factsheet is teruggestuurd").wait_for()
    assert_accessible(reviewer, context="factsheet teruggestuurd")

    writer.goto(writer.url)
    returned = writer.get_by_role("region", name="Teruggestuurd: opmerkingen van de ambassadeur")
    assert returned.get_by_text("Graag de meetbare resultaten invullen.").is_visible()
    writer.get_by_role("link", name="Factsheet bewerken").click()
    writer.wait_for_url("**/bewerken/")
    assert writer.get_by_role("heading", name="Opmerkingen van de ambassadeur").is_visible()
    assert_accessible(writer, context="teruggestuurde factsheet bewerken")
    writer.get_by_label("Outcome (meetbare resultaten)").fill("120 circulaire woningen in voorbereiding.")
    writer.get_by_role("button", name="Opslaan").click()
    writer.wait_for_url("**/pijler-3/")
    writer.get_by_role("link", name="Indienen bij de ambassadeur").click()
    writer.get_by_label(
        "Ik dien de factsheet in, ook al is hij nog niet compleet"
    ).check()  # next_actions empty
    writer.get_by_role("button", name="Ja, indienen bij de ambassadeur").click()
    writer.get_by_text("De factsheet is ingediend").wait_for()

    reviewer.goto(reviewer.url)
    assert reviewer.get_by_text("120 circulaire woningen in voorbereiding.").first.is_visible()
    reviewer.get_by_role("button", name="Goedkeuren").click()
    reviewer.get_by_text("De factsheet is goedgekeurd.").wait_for()
    assert reviewer.get_by_role("definition").filter(has_text=re.compile("^Goedgekeurd$")).is_visible()
    assert_accessible(reviewer, context="factsheet goedgekeurd")

    factsheet = Factsheet.objects.get(pillar=pillar, period=period)
    assert factsheet.state == Factsheet.State.APPROVED
    assert [(t.to_state, t.by_id) for t in factsheet.transitions.all()] == [
        ("submitted", tempomaker.pk),
        ("returned", ambassadeur.pk),
        ("submitted", tempomaker.pk),
        ("approved", ambassadeur.pk),
    ]
    assert pillar.is_locked_for(period)
    writer.goto(writer.url.replace("bewerken/", ""))
    assert writer.get_by_role("link", name="Stoplicht afspraak 23 bijwerken").count() == 0
