"""In a real browser: a municipality asks the flexibele schil for a planjurist, the core team grants it on a
budget line, and the cost appears on that line in the werkbudget. axe-core finds nothing on any page visited."""

from decimal import Decimal

import pytest

from programme.models import CapacityRequest
from tests.browser import assert_accessible
from tests.factories import OrganisationFactory, UserFactory

from .factories import BudgetLineFactory, WorkBudgetFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_municipalitys_request_is_granted_and_its_cost_lands_on_the_budget_line(new_page, kernteam):
    lingewaard = OrganisationFactory(name="Gemeente Lingewaard", kind="gemeente")
    requester = UserFactory(username="lingewaard", first_name="Sanne", last_name="Visser", partner=True)
    budget = WorkBudgetFactory()
    BudgetLineFactory(budget=budget, name="Secretariaat kernteam en BO", amount=Decimal("300000.00"))
    BudgetLineFactory(budget=budget, name="Ondersteuning tafels", amount=Decimal("250000.00"))

    page = new_page(requester)
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Programma").click()
    page.get_by_role("link", name="Flexibele schil").click()
    assert_accessible(page, context="flexibele schil (aanvrager)")
    page.get_by_role("link", name="Capaciteit aanvragen").click()
    page.get_by_label("Aanvrager").select_option(label=str(lingewaard))
    page.get_by_label("Soort inzet").select_option(label="Flexpool / vliegende brigade")
    page.get_by_label("Project of locatie").fill("Bemmel-Oost, 250 woningen")
    page.get_by_label("Benodigde expertise").fill("Een planjurist voor drie maanden.")
    page.get_by_label("Vanaf").fill("2021-09-01")
    page.get_by_label("Tot en met").fill("2021-11-30")
    page.get_by_label("Geraamde kosten").fill("24.000,00")
    assert_accessible(page, context="aanvraagformulier")
    page.get_by_role("button", name="Aanvraag indienen").click()
    page.wait_for_url("**/flexibele-schil/*/")
    assert "Uw aanvraag is ingediend" in page.get_by_role("status").inner_text()
    assert_accessible(page, context="aanvraag (aanvrager)")

    page = new_page(kernteam)
    page.goto("/programma/flexibele-schil/")
    page.get_by_role("link", name="Bemmel-Oost, 250 woningen").click()
    assert_accessible(page, context="aanvraag (kernteam)")
    page.get_by_label("Budgetregel voor de kosten").select_option(label="Ondersteuning tafels")
    page.get_by_label("Toelichting").fill("Past binnen de flexpool van de regio.")
    page.get_by_role("button", name="Toekennen").click()
    page.wait_for_url("**/flexibele-schil/*/")
    assert "De aanvraag is toegekend" in page.get_by_role("status").inner_text()

    page.get_by_role("link", name="Werkbudget en capaciteit").click()
    table = page.get_by_role("table", name="Tabel: werkbudget per budgetregel")
    row = table.get_by_role("row").filter(has_text="Ondersteuning tafels")
    assert "€\u00a024.000,00" in row.inner_text() and "€\u00a0226.000,00" in row.inner_text()
    assert_accessible(page, context="werkbudget")
    assert CapacityRequest.objects.get().state == CapacityRequest.State.TOEGEKEND
