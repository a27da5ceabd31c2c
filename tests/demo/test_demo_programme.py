"""The demo fills every part of the programme: the € 1 mln werkbudget over its four purposes, commitments with
a correction and spending, the core team's 4 fte, requests in every state, rounds, elaborations and
milestones; what is invented says so on the page."""

from decimal import Decimal

from django.db.models import Sum
from django.urls import reverse

from accounts.models import User
from programme.models import (
    BudgetLine,
    CapacityPosition,
    CapacityRequest,
    Commitment,
    Development,
    DiscussionRound,
    LocationElaboration,
    WorkBudget,
)
from programme.overview import build_budget_overview


def test_the_werkbudget_is_the_seeds_million_over_its_four_purposes(seeded):
    budget = WorkBudget.objects.get()
    assert budget.amount == Decimal("1000000.00") and not budget.is_illustrative
    assert {f.name for f in budget.funders.all()} == {"Provincie Gelderland", "Ministerie van BZK"}
    assert BudgetLine.objects.aggregate(total=Sum("amount"))["total"] == budget.amount
    assert BudgetLine.objects.count() == 4 and not BudgetLine.objects.filter(is_illustrative=False).exists()
    overview = build_budget_overview()
    assert overview.warnings == []
    assert Decimal("0") < overview.spent < overview.committed < overview.lines_amount


def test_money_records_are_corrections_where_negative_and_requests_cover_every_state(seeded):
    assert not Commitment.objects.filter(amount__lt=0, corrects__isnull=True).exists()
    assert Commitment.objects.filter(corrects__isnull=False).count() == 1
    states = set(CapacityRequest.objects.values_list("state", flat=True))
    assert states == {"aangevraagd", "lopend", "afgerond", "afgewezen"}
    granted = CapacityRequest.objects.get(state="lopend")
    assert granted.commitment.amount == granted.estimated_cost
    assert CapacityRequest.objects.get(state="afgewezen").decision_reason


def test_the_core_team_is_four_fte_in_each_half_year_of_2021(seeded):
    for code in ("2021-h1", "2021-h2"):
        positions = CapacityPosition.objects.filter(period__code=code)
        assert positions.aggregate(total=Sum("fte"))["total"] == Decimal("4.00")
    assert CapacityPosition.objects.filter(period__code="2021-h1", state="vacature").exists()


def test_the_location_programme_has_rounds_of_at_most_five_and_the_seeds_developments(seeded):
    assert DiscussionRound.objects.count() == 3
    assert all(1 <= r.locations.count() <= 5 for r in DiscussionRound.objects.prefetch_related("locations"))
    assert LocationElaboration.objects.filter(is_illustrative=True).count() >= 5
    developments = dict(Development.objects.values_list("name", "pillar__number"))
    assert developments == {
        "Stationsgebied en Binnenstad Nijmegen": 5,
        "Kanaalzone Nijmegen": 5,
        "Stedelijke vernieuwing Arnhem-Oost": 4,
    }


def test_the_pages_mark_what_is_invented(seeded, client):
    client.force_login(User.objects.get(username="kernteam"))
    for name in ("programme:overview", "programme:requests", "programme:locations", "programme:developments"):
        page = client.get(reverse(name)).content.decode()
        assert "illustratief" in page, name


def test_the_demo_ambitions_agree_with_the_demo_monitor_except_one_that_says_why(seeded):
    from programme.divergence import verdicts
    from programme.views.locations import latest_elaborations

    diverging = [v for v in verdicts(latest_elaborations()) if v.diverges]
    assert [v.elaboration.location.name for v in diverging] == ["Centrum-Oost"]
    assert "boven de plannen in de monitor" in diverging[0].elaboration.bottlenecks
