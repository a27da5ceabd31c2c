"""The budget's Excel download keeps amounts as numbers and formulas as text; the programme's pages read a fixed
number of queries, whatever the number of lines, commitments, requests, locations and milestones."""

import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import LocationFactory, OrganisationFactory, PeriodFactory

from .factories import (
    BudgetLineFactory,
    CapacityRequestFactory,
    CommitmentFactory,
    LocationElaborationFactory,
    MilestoneFactory,
    WorkBudgetFactory,
)

pytestmark = pytest.mark.django_db


def test_the_excel_download_reads_back_with_numbers_and_no_formulas(client, bestuur):
    budget = WorkBudgetFactory()
    line = BudgetLineFactory(budget=budget, name="Monitoring", amount=Decimal("150000.00"))
    CommitmentFactory(budget_line=line, supplier='=HYPERLINK("http://x")', amount=Decimal("12500.25"))
    client.force_login(bestuur)
    response = client.get(reverse("programme:export"))
    assert response["Content-Disposition"] == 'attachment; filename="werkbudget.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Werkbudget", "Verplichtingen"]
    lines = list(workbook["Werkbudget"].iter_rows(values_only=True))
    assert lines[0][:6] == ("Budgetregel", "Financiers", "Budget", "Verplicht", "Besteed", "Nog vrij")
    assert lines[1][0] == "Monitoring"
    assert [Decimal(str(v)) for v in lines[1][2:6]] == [
        Decimal("150000"),
        Decimal("12500.25"),
        Decimal("0"),
        Decimal("137499.75"),
    ]
    commitments = list(workbook["Verplichtingen"].iter_rows(values_only=True))
    assert commitments[1][2] == '\'=HYPERLINK("http://x")'
    assert Decimal(str(commitments[1][4])) == Decimal("12500.25")


def world(size: int):
    budget = WorkBudgetFactory()
    period = PeriodFactory(year=2021, half=2)
    for n in range(size):
        line = BudgetLineFactory(budget=budget)
        line.funders.add(OrganisationFactory(name=f"Financier {n}"))
        commitment = CommitmentFactory(budget_line=line)
        CommitmentFactory(
            budget_line=line, corrects=commitment, amount=Decimal("-1.00"), correction_reason="x"
        )
        CapacityRequestFactory(project=f"Project {n}")
        LocationElaborationFactory(location=LocationFactory(), period=period)
        MilestoneFactory()


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "name", ["programme:overview", "programme:requests", "programme:locations", "programme:developments"]
)
def test_query_counts_do_not_grow_with_the_data(client, kernteam, name):
    client.force_login(kernteam)
    world(2)
    small = count(client, reverse(name))
    world(6)
    assert count(client, reverse(name)) == small
