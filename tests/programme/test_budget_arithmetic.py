"""The werkbudget adds up exactly to the cent; over-commitment is warned; negative amounts only as corrections
with a reason; spending only in open half years."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from programme import services
from programme.models import BudgetLine, Commitment
from programme.overview import build_budget_overview, euro
from tests.factories import PeriodFactory

from .factories import BudgetLineFactory, CommitmentFactory, WorkBudgetFactory

pytestmark = pytest.mark.django_db


def totals(line):
    return BudgetLine.objects.with_totals().get(pk=line.pk)


def test_commitments_and_spending_add_up_to_the_cent(kernteam):
    line = BudgetLineFactory(amount=Decimal("1000.00"))
    period = PeriodFactory(year=2021, half=2)
    for amount in ("0.10", "0.20", "333.33", "333.33"):
        services.record_commitment(
            by=kernteam,
            budget_line=line,
            supplier="Bureau",
            purpose="Secretariaat",
            amount=Decimal(amount),
            committed_on=period.start,
        )
    first = Commitment.objects.first()
    services.record_spending(by=kernteam, commitment=first, period=period, amount=Decimal("0.07"))
    line = totals(line)
    assert line.committed == Decimal("666.96")
    assert line.spent == Decimal("0.07")
    assert line.available == Decimal("333.04")
    assert line.unspent == Decimal("999.93")


def test_two_lines_do_not_count_each_others_records(kernteam):
    a, b = BudgetLineFactory(amount=Decimal("100.00")), BudgetLineFactory(amount=Decimal("200.00"))
    CommitmentFactory(budget_line=a, amount=Decimal("10.00"))
    CommitmentFactory(budget_line=a, amount=Decimal("5.00"))
    CommitmentFactory(budget_line=b, amount=Decimal("1.00"))
    overview = build_budget_overview()
    assert [(line.name, line.committed) for line in overview.lines] == [
        (a.name, Decimal("15.00")),
        (b.name, Decimal("1.00")),
    ]
    assert overview.committed == Decimal("16.00")
    assert overview.available == Decimal("284.00")


def test_over_commitment_is_warned_on_the_page_and_after_recording(client, kernteam):
    line = BudgetLineFactory(name="Communicatie", amount=Decimal("1000.00"))
    client.force_login(kernteam)
    response = client.post(
        reverse("programme:commitment_create"),
        {
            "budget_line": line.pk,
            "supplier": "Drukkerij",
            "purpose": "Brochure",
            "amount": "1250,50",
            "committed_on": "2021-05-01",
        },
        follow=True,
    )
    text = response.content.decode()
    assert Commitment.objects.get().amount == Decimal("1250.50")
    assert "Let op: Communicatie. Verplichtingen overschrijden het budget met €\u00a0250,50" in text
    page = client.get(reverse("programme:overview")).content.decode()
    assert "Overschreden met €\u00a0250,50" in page
    assert "€\u00a01.250,50" in page


def test_lines_beyond_the_budget_are_warned():
    budget = WorkBudgetFactory(amount=Decimal("1000000.00"))
    BudgetLineFactory(budget=budget, amount=Decimal("600000.00"))
    BudgetLineFactory(budget=budget, amount=Decimal("400000.01"))
    warnings = build_budget_overview().warnings
    assert any("meer dan het beschikbare werkbudget (€\u00a01.000.000,00)" in w for w in warnings)


def test_a_negative_amount_is_only_a_correction_with_a_reason(kernteam):
    line = BudgetLineFactory()
    with pytest.raises(ValidationError):
        services.record_commitment(
            by=kernteam,
            budget_line=line,
            supplier="Bureau",
            purpose="Fout",
            amount=Decimal("-5.00"),
            committed_on=PeriodFactory(year=2021, half=1).start,
        )
    original = CommitmentFactory(budget_line=line, amount=Decimal("12500.00"))
    with pytest.raises(ValidationError) as refused:
        services.correct_commitment(by=kernteam, commitment=original, amount=Decimal("-2500.00"), reason=" ")
    assert "reden" in str(refused.value)
    correction = services.correct_commitment(
        by=kernteam, commitment=original, amount=Decimal("-2500.00"), reason="Opdracht kleiner uitgevallen"
    )
    assert correction.corrects == original and correction.budget_line == line
    assert totals(line).committed == Decimal("10000.00")
    original.refresh_from_db()
    assert original.amount == Decimal("12500.00")  # the original stays as it was
    with pytest.raises(ValidationError):
        services.correct_commitment(by=kernteam, commitment=correction, amount=Decimal("1.00"), reason="x")


def test_the_database_refuses_a_negative_commitment_that_corrects_nothing(kernteam):
    line = BudgetLineFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(
            budget_line=line,
            supplier="x",
            purpose="x",
            amount=Decimal("-1.00"),
            committed_on="2021-01-01",
            created_by=kernteam,
            correction_reason="reden",
        )


def test_spending_in_a_closed_half_year_is_refused(kernteam):
    commitment = CommitmentFactory()
    closed = PeriodFactory(year=2021, half=1, closed=True)
    with pytest.raises(ValidationError) as refused:
        services.record_spending(by=kernteam, commitment=commitment, period=closed, amount=Decimal("10.00"))
    assert "gesloten" in str(refused.value)
    open_period = PeriodFactory(year=2021, half=2)
    with pytest.raises(ValidationError):
        services.record_spending(
            by=kernteam, commitment=commitment, period=open_period, amount=Decimal("-1.00")
        )
    assert not commitment.spendings.exists()


def test_only_the_core_team_records_money(bestuur):
    with pytest.raises(PermissionDenied):
        services.record_commitment(
            by=bestuur,
            budget_line=BudgetLineFactory(),
            supplier="x",
            purpose="x",
            amount=Decimal("1.00"),
            committed_on="2021-01-01",
        )


def test_bad_input_names_the_field_and_writes_nothing(client, kernteam):
    line = BudgetLineFactory()
    client.force_login(kernteam)
    response = client.post(
        reverse("programme:commitment_create"),
        {
            "budget_line": line.pk,
            "supplier": "",
            "purpose": "Brochure",
            "amount": "-10",
            "committed_on": "gisteren",
        },
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Leverancier of persoon" in text and "Bedrag" in text and "Datum verplichting" in text
    assert not Commitment.objects.exists()


def test_euro_is_written_the_dutch_way():
    assert euro(Decimal("1000000")) == "€\u00a01.000.000,00"
    assert euro(Decimal("-2500.5")) == "€\u00a0−2.500,50"
    assert euro(None) == "onbekend"
