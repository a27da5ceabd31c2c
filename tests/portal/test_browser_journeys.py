"""Each role's journey in a real browser, from the start page, on a laptop (1366 px) and a phone (390 px):
axe-core on every page, no page that scrolls sideways, confirmations before what cannot be undone, and no
typed text lost. Each walk counts the user's actions (clicks, keys that act, fields filled)."""

import pytest

from benchmarks.report_world import make_report_world
from reports.models import Factsheet, ProgressReport
from tests.browser import assert_accessible
from tests.portal.publication import published_report
from tests.reports.factories import FactsheetFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [pytest.param((1366, 900), id="laptop"), pytest.param((390, 844), id="telefoon")]


class Walk:
    """A page at one width that checks every page it reaches and counts the user's actions."""

    def __init__(self, page, size):
        self.page, self.width, self.actions = page, size[0], 0
        page.set_viewport_size({"width": size[0], "height": size[1]})

    def check(self, context: str) -> None:
        self.page.wait_for_load_state()
        assert_accessible(self.page, context=f"{context} ({self.width} px)")
        scroll = self.page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= self.width, f"{context}: de pagina is {scroll} px breed op {self.width} px"

    def click(self, locator, **options) -> None:
        self.actions += 1
        locator.click(**options)

    def fill(self, locator, text: str) -> None:
        self.actions += 1
        locator.fill(text)

    def key_to(self, locator, key: str = "Enter", limit: int = 120) -> None:
        """Keyboard only: Tab until ``locator`` has the focus, then press ``key`` (one action)."""
        target = locator.element_handle()
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("el => document.activeElement === el", target):
                self.actions += 1
                self.page.keyboard.press(key)
                return
        raise AssertionError(f"{locator} is niet met Tab te bereiken")

    def login(self, username: str) -> None:
        self.page.goto("/")
        self.check("inlogpagina")
        self.fill(self.page.get_by_label("Gebruikersnaam"), username)
        self.fill(self.page.get_by_label("Wachtwoord"), "woondeal-test-wachtwoord")
        self.click(self.page.get_by_role("button", name="Inloggen"))
        self.page.wait_for_url("**/")


@pytest.mark.parametrize("size", WIDTHS)
def test_the_core_team_sets_a_light_from_the_start_page_with_the_keyboard_alone(
    new_page, size, kernteam, pillar, period, agreements, tafel
):
    walk = Walk(new_page(kernteam), size)
    walk.page.goto("/")
    walk.check("startpagina kernteam")
    walk.key_to(walk.page.get_by_text("Toon de 1 afspraken zonder stoplicht"))
    walk.key_to(
        walk.page.get_by_role("link", name="Afspraak 23: Regionaal fonds voor circulaire bouwmaterialen")
    )
    walk.page.wait_for_url("**/afspraken/23/status/**")
    walk.check("status bewerken")
    walk.key_to(walk.page.get_by_label("Rood: knelpunt, bestuurlijke aandacht nodig"), key="ArrowUp")
    assert walk.page.get_by_label("Geel: aandacht / vertraging").is_checked()
    walk.key_to(walk.page.get_by_label("Reden kleurwijziging"), key="End")
    walk.page.keyboard.type("De eerste leveranciers hebben getekend.")
    walk.key_to(walk.page.get_by_role("button", name="Status opslaan"))
    walk.page.wait_for_url(lambda url: url.endswith("/"))
    assert walk.page.get_by_text(
        "De status van afspraak 23 voor 2e halfjaar 2021 is opgeslagen."
    ).is_visible()
    assert walk.page.get_by_role("heading", name="Nog niet beoordeelde afspraken (0)").is_visible()
    walk.check("startpagina na de statuswijziging")
    assert walk.actions == 5  # open the list, the agreement, the colour, the reason (one field), save


@pytest.mark.parametrize("size", WIDTHS)
def test_the_tempomaker_takes_the_factsheet_from_the_start_page_to_submitted_without_losing_text(
    new_page, size, tempomaker, ambassadeur, pillar, period, agreements
):
    walk = Walk(new_page(tempomaker), size)
    page = walk.page
    page.goto("/")
    walk.check("startpagina tempomaker")
    walk.click(page.get_by_role("link", name="Factsheet pijler 3: Groen en circulair"))
    page.wait_for_url("**/pijler-3/")
    walk.check("factsheet")
    walk.click(page.get_by_role("link", name="Factsheet bewerken"))
    page.wait_for_url("**/bewerken/")
    walk.check("factsheet bewerken")
    walk.fill(page.get_by_label("Samenvatting"), "Drie pilots biobased bouwen gestart.")

    # Typed text is not lost: leaving by the menu asks first; staying keeps the text.
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Afspraken").click()
    assert questions and "niet zijn opgeslagen" in questions[0]
    assert page.url.endswith("/bewerken/")
    assert page.get_by_label("Samenvatting").input_value() == "Drie pilots biobased bouwen gestart."

    walk.fill(page.get_by_label("Betrokken partners"), "Talis, Portaal, gemeente Nijmegen")
    walk.click(page.get_by_role("button", name="Opslaan"))
    page.wait_for_url("**/pijler-3/")
    assert page.get_by_text("De factsheet is opgeslagen.").is_visible()
    walk.click(page.get_by_role("link", name="Indienen bij de ambassadeur"))
    page.wait_for_url("**/indienen/")
    assert page.get_by_role("heading", name="De factsheet is nog niet compleet").is_visible()
    walk.check("factsheet indienen: samenvatting van wat ontbreekt")
    walk.click(page.get_by_label("Ik dien de factsheet in, ook al is hij nog niet compleet"))
    walk.click(page.get_by_role("button", name="Ja, indienen bij de ambassadeur"))
    page.wait_for_url("**/pijler-3/")
    assert page.get_by_text("De ambassadeur krijgt een e-mail en keurt hem goed").is_visible()
    walk.check("factsheet ingediend")
    assert Factsheet.objects.get().state == Factsheet.State.SUBMITTED
    assert walk.actions == 8


@pytest.mark.parametrize("size", WIDTHS)
def test_the_ambassador_approves_from_the_start_page_and_hears_what_comes_next(
    new_page, size, ambassadeur, tempomaker, pillar, period, agreements
):
    FactsheetFactory(pillar=pillar, period=period, submitted=True, updated_by=tempomaker)
    walk = Walk(new_page(ambassadeur), size)
    walk.page.goto("/")
    assert walk.page.get_by_text("Wacht op uw goedkeuring.").is_visible()
    walk.check("startpagina ambassadeur")
    walk.click(walk.page.get_by_role("link", name="Factsheet pijler 3: Groen en circulair"))
    walk.check("factsheet ter goedkeuring")
    walk.click(walk.page.get_by_role("button", name="Goedkeuren"))
    assert walk.page.get_by_text("Het kernteam maakt hem definitief").is_visible()
    walk.check("factsheet goedgekeurd")
    assert walk.actions == 2


@pytest.mark.parametrize("size", WIDTHS)
def test_the_core_team_publishes_after_the_confirmation_page(new_page, size, kernteam):
    period = make_report_world(user=kernteam, monitor=False, numbers=8)
    walk = Walk(new_page(kernteam), size)
    walk.page.goto("/")
    assert walk.page.get_by_text("Ja: alle factsheets zijn definitief.").is_visible()
    walk.check("startpagina kernteam, klaar om te publiceren")
    walk.click(walk.page.get_by_role("link", name=f"Naar de voortgangsrapportage {period.label}"))
    walk.check("rapportage")
    walk.click(walk.page.get_by_role("link", name="Publiceren…"))
    walk.page.wait_for_url("**/publiceren/bevestigen/")
    assert walk.page.get_by_role("heading", name="het kan niet ongedaan worden gemaakt").is_visible()
    walk.check("publiceren bevestigen")
    assert not ProgressReport.objects.get(period=period).is_published
    button = walk.page.get_by_role("button", name=f"Ja, publiceer en sluit het {period.label}")
    walk.click(button, no_wait_after=True)
    walk.page.get_by_text("Gepubliceerd op").wait_for(timeout=180_000)
    walk.check("rapportage gepubliceerd")
    assert ProgressReport.objects.get(period=period).is_published
    assert walk.actions == 3


@pytest.mark.parametrize("size", WIDTHS)
def test_the_board_goes_from_login_to_the_pdf(new_page, size, bestuur, previous_period, period, agreements):
    published_report(previous_period, attention="Besluit over het fonds circulaire bouwmaterialen.")
    walk = Walk(new_page(), size)
    walk.login("bestuur")
    walk.check("startpagina bestuur")
    with walk.page.expect_download() as download:
        walk.click(
            walk.page.get_by_role("link", name="Download de voortgangsrapportage 1e halfjaar 2021 (PDF)")
        )
    assert download.value.suggested_filename == "voortgangsrapportage-2021-h1.pdf"
    assert walk.actions == 4


PHONE_PAGES = [
    "/afspraken/",
    "/afspraken/overzicht/",
    "/afspraken/23/",
    "/tempotafels/",
    "/monitor/locaties/",
    "/rapportages/",
    "/rapportages/factsheets/",
    "/naslag/",
]


def test_on_a_phone_no_page_scrolls_sideways_and_the_filters_fold_away(
    new_page, kernteam, pillar, period, agreements, tafel
):
    walk = Walk(new_page(kernteam), (390, 844))
    walk.page.set_default_timeout(30_000)
    for path in PHONE_PAGES:
        walk.page.goto(path)
        walk.check(path)
    walk.page.goto("/afspraken/")
    assert not walk.page.get_by_label("Zoeken op nummer of titel").is_visible()  # folded behind "Filters"
    walk.click(walk.page.get_by_text("Filters", exact=True))
    assert walk.page.get_by_role("button", name="Filteren").is_visible()
    wide = walk.page.locator(".table-scroll[role=region]")
    assert wide.count() >= 1 and wide.first.get_attribute("tabindex") == "0"  # the table scrolls by itself
