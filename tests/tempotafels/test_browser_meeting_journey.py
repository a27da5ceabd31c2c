"""In a real browser: a tempomaker records a meeting with two actions and ticks one off; the core team starts
and manages a tafel. axe-core finds no WCAG 2.1 A/AA violation on any page visited."""

import re

import pytest
from playwright.sync_api import expect

from tempotafels.models import Action, Meeting
from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_action(page, *, description: str, owner: str | None = None, owner_name: str = "", due: str) -> None:
    page.get_by_role("link", name="Actie toevoegen").click()
    page.get_by_label("Wat").fill(description)
    if owner:
        page.get_by_label("Eigenaar (gebruiker)").select_option(label=owner)
    page.get_by_label("Eigenaar (naam)").fill(owner_name)
    page.get_by_label("Uiterlijk op").fill(due)
    page.get_by_role("button", name="Actie opslaan").click()
    page.wait_for_url("**/bijeenkomsten/*/")


def test_a_tempomaker_records_a_meeting_with_two_actions_and_ticks_one_off(new_page, privaat, tafel):
    page = new_page(privaat)
    page.goto(tafel.get_absolute_url())
    assert_accessible(page, context="tafelpagina")

    page.get_by_role("link", name="Bijeenkomst vastleggen").click()
    assert_accessible(page, context="bijeenkomst vastleggen")
    page.get_by_label("Tussensprint").check()
    page.get_by_label("Onderwerp").fill("Pilotlocaties circulair")
    page.get_by_label("Begint om").fill("2021-05-20T16:00")
    page.get_by_label("Eindigt om").fill("2021-05-20T17:00")
    page.get_by_label("Ruud Janssen").check()
    page.get_by_label("Verslag").fill("Drie pilotlocaties besproken.")
    page.get_by_label("Besluiten").fill("Rheden en Arnhem gaan door.")
    page.get_by_role("button", name="Bijeenkomst opslaan").click()
    page.wait_for_url("**/bijeenkomsten/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Tussensprint: Pilotlocaties circulair"
    assert_accessible(page, context="bijeenkomst")

    page.get_by_role("link", name="Actie toevoegen").click()
    page.get_by_role("button", name="Actie opslaan").click()
    expect(page.get_by_role("alert")).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert_accessible(page, context="actieformulier met fouten")
    page.go_back()
    page.go_back()
    add_action(page, description="Pilotlocatie Rheden voordragen", owner="Ruud Janssen", due="2021-06-01")
    add_action(page, description="Tenderteksten delen", owner_name="Anne de Vries", due="2021-06-15")

    page.get_by_role("button", name=re.compile(r"^Afvinken\W+Pilotlocatie Rheden voordragen$")).click()
    page.wait_for_url("**/bijeenkomsten/*/")
    row = page.get_by_role("row").filter(has_text="Pilotlocatie Rheden voordragen")
    assert "Gedaan" in row.inner_text()
    assert page.get_by_role(
        "button", name=re.compile(r"^Heropenen\W+Pilotlocatie Rheden voordragen$")
    ).is_visible()
    assert_accessible(page, context="bijeenkomst met acties")

    meeting = Meeting.objects.get(title="Pilotlocaties circulair")
    assert meeting.kind == Meeting.Kind.TUSSENSPRINT and list(meeting.participants.all()) == [privaat]
    assert sorted(Action.objects.filter(meeting=meeting).values_list("description", "done")) == [
        ("Pilotlocatie Rheden voordragen", True),
        ("Tenderteksten delen", False),
    ]
    for path, context in [
        (tafel.get_absolute_url(), "tafel met acties"),
        ("/tempotafels/", "overzicht"),
        ("/tempotafels/agenda/", "agenda"),
    ]:
        page.goto(path)
        assert_accessible(page, context=context)


def test_the_core_teams_pages_are_accessible(new_page, kernteam, tafel):
    page = new_page(kernteam)
    for path, context in [
        ("/tempotafels/nieuw/", "tafel starten"),
        (f"/tempotafels/{tafel.pk}/tempomakers/", "tempomakers"),
        (f"/tempotafels/{tafel.pk}/aanpak/", "aanpak"),
        (f"/tempotafels/{tafel.pk}/wijzigen/", "gegevens"),
        (f"/tempotafels/{tafel.pk}/beeindigen/", "beëindigen"),
    ]:
        page.goto(path)
        assert_accessible(page, context=context)
    page.goto("/tempotafels/nieuw/")
    page.get_by_role("button", name="Tempotafel starten").click()
    expect(page.get_by_role("alert").first).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert_accessible(page, context="tafel starten met fouten")
    page.goto(f"/tempotafels/{tafel.pk}/beeindigen/")
    page.get_by_label("Reden van beëindiging").fill("Geborgd in de provinciale aanpak.")
    page.get_by_role("button", name="Tempotafel beëindigen").click()
    page.wait_for_url(f"**/tempotafels/{tafel.pk}/")
    assert page.get_by_role("note").is_visible()
    assert_accessible(page, context="beëindigde tafel")
    page.goto(f"/tempotafels/{tafel.pk}/geschiedenis/")
    assert_accessible(page, context="geschiedenis")
