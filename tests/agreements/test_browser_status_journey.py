"""A real browser: the core team filters, reads agreement 13, edits its status, sees the history; two editors
conflict; axe-core finds nothing on the list, detail, edit, conflict and overview pages."""

import re

import pytest
from playwright.sync_api import expect

from agreements.models import AgreementStatus
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.browser import assert_accessible
from tests.factories import AgreementFactory, LocationFactory, OrganisationFactory, TempotafelFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def deal(other_pillar, pillar):
    half_years = periods(3)
    agreement = agreement_13(other_pillar, text="Partijen bouwen 2.000 middenhuurwoningen.")
    agreement.lead_organisation = OrganisationFactory(name="Gemeente Nijmegen", kind="gemeente")
    agreement.save()
    agreement.organisations.add(OrganisationFactory(name="Talis"))
    LocationFactory(name="Waalfront").agreements.add(agreement)
    TempotafelFactory(name="Tempotafel Middenhuur").agreements.add(agreement)
    AgreementStatusFactory(agreement=agreement, period=half_years[0], colour="groen", progress="Gestart.")
    AgreementStatusFactory(agreement=agreement, period=half_years[1], colour="geel", progress="Vertraagd.")
    green = AgreementFactory(number=14, pillar=other_pillar, title="Sociale huur op peil")
    AgreementStatusFactory(agreement=green, period=half_years[1], colour="groen")
    AgreementFactory(number=30, pillar=pillar, title="Circulair bouwen")
    return half_years


def test_the_core_team_updates_agreement_13(new_page, kernteam, deal):
    page = new_page(kernteam)
    page.goto("/afspraken/")
    assert_accessible(page, context="afsprakenlijst")
    page.get_by_label("Pijler", exact=True).select_option(label="Pijler 2: Betaalbaarheid")
    page.get_by_label("Stoplicht").select_option(label="Rood of geel")
    page.get_by_role("button", name="Filteren").click()
    expect(page.get_by_role("link", name="Sociale huur op peil")).to_have_count(0)
    expect(page.get_by_role("link", name="Circulair bouwen")).to_have_count(0)
    page.get_by_role("link", name="Betaalbare huur in de middenhuur").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Afspraak 13: Betaalbare huur in de middenhuur")
    for text in [
        "2.000 middenhuurwoningen",
        "Gemeente Nijmegen",
        "Talis",
        "Waalfront",
        "Tempotafel Middenhuur",
    ]:
        expect(page.locator("main")).to_contain_text(text)
    timeline = page.get_by_role("table", name="Stoplicht en voortgang per halfjaar, nieuwste eerst")
    expect(timeline.get_by_role("row")).to_have_count(4)
    expect(timeline).to_contain_text("Geel: aandacht / vertraging")
    assert_accessible(page, context="afspraak 13")

    page.get_by_role("link", name="Status 1e halfjaar 2022 bewerken").click()
    expect(page.get_by_label("Geel: aandacht / vertraging")).to_be_checked()  # copied forward
    expect(page.get_by_label("Voortgang")).to_have_value("Vertraagd.")
    assert_accessible(page, context="status bewerken")
    page.get_by_label("Rood: knelpunt, bestuurlijke aandacht nodig").check()
    page.get_by_label("Voortgang").fill("Grondpositie onzeker.")
    page.get_by_label("Aandacht nodig van het Bestuurlijk Overleg / NIER").check()
    page.get_by_role("button", name="Status opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Geef een reden voor de kleurwijziging (van geel naar rood)."
    )
    assert_accessible(page, context="status bewerken met fout")
    page.get_by_label("Reden kleurwijziging").fill("Financiering valt weg.")
    page.get_by_role("button", name="Status opslaan").click()

    expect(page).to_have_url(re.compile(r"/afspraken/13/$"))
    expect(page.get_by_role("status")).to_contain_text("is opgeslagen")
    history = page.locator("ol.change-log li").first
    expect(history).to_contain_text(f"Status 1e halfjaar 2022 aangemaakt door {kernteam}")
    expect(history).to_contain_text("Financiering valt weg.")
    assert_accessible(page, context="afspraak 13 na opslaan")

    page.get_by_role("link", name="Periodeoverzicht").click()
    changes = page.get_by_role("region", name="Kleurwijzigingen sinds vorig halfjaar (1)")
    expect(changes).to_contain_text("Betaalbare huur in de middenhuur")
    assert_accessible(page, context="periodeoverzicht")


def test_two_editors_at_once_the_second_sees_a_conflict(new_page, kernteam, other_tempomaker, deal):
    first, second = new_page(kernteam), new_page(other_tempomaker)
    for page in (first, second):
        page.goto("/afspraken/13/status/")
    first.get_by_label("Voortgang").fill("Versie van het kernteam.")
    first.get_by_role("button", name="Status opslaan").click()
    expect(first).to_have_url(re.compile(r"/afspraken/13/$"))

    second.get_by_label("Voortgang").fill("Versie van de tempomaker.")
    second.get_by_role("button", name="Status opslaan").click()
    expect(second.get_by_role("heading", level=1)).to_have_text(
        "Iemand anders heeft deze status intussen gewijzigd"
    )
    conflict = second.get_by_role("table", name="Uw waarden naast de opgeslagen waarden")
    expect(conflict).to_contain_text("Versie van de tempomaker.")
    expect(conflict).to_contain_text("Versie van het kernteam.")
    assert_accessible(second, context="conflictpagina")
    assert AgreementStatus.objects.get(period=deal[2]).progress == "Versie van het kernteam."

    second.get_by_role("link", name="Formulier opnieuw openen").click()
    expect(second.get_by_label("Voortgang")).to_have_value("Versie van het kernteam.")
