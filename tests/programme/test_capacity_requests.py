"""The flexibele schil: a request's lifecycle (aangevraagd → toegekend/afgewezen → lopend → afgerond), every
refused step, the granted cost as a commitment on a budget line, and who sees which request."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from programme import services
from programme.models import BudgetLine, CapacityRequest
from tests.factories import UserFactory

from .factories import BudgetLineFactory, CapacityRequestFactory

pytestmark = pytest.mark.django_db
State = CapacityRequest.State
ALLOWED = {
    ("aangevraagd", "toekennen"),
    ("aangevraagd", "afwijzen"),
    ("toegekend", "starten"),
    ("lopend", "afronden"),
}


def decide(user, request, action, **kwargs):
    return services.decide_request(
        by=user, request=request, action=action, expected_version=request.version, **kwargs
    )


def test_granting_puts_the_cost_on_the_budget_line(kernteam):
    line = BudgetLineFactory(name="Ondersteuning tafels", amount=Decimal("50000.00"))
    request = CapacityRequestFactory(estimated_cost=Decimal("24000.00"))
    decide(kernteam, request, "toekennen", budget_line=line, reason="Past binnen de flexpool")
    request.refresh_from_db()
    assert request.state == State.TOEGEKEND
    assert request.decided_by == kernteam and request.decided_at is not None
    assert request.commitment.amount == Decimal("24000.00")
    assert BudgetLine.objects.with_totals().get(pk=line.pk).committed == Decimal("24000.00")
    decide(kernteam, request, "starten")
    decide(kernteam, request, "afronden")
    assert CapacityRequest.objects.get(pk=request.pk).state == State.AFGEROND
    assert request.history.count() == 4  # submitted (factory) + three steps


REFUSED = [(s.value, a) for s in State for a in services.TRANSITIONS if (s.value, a) not in ALLOWED]


@pytest.mark.parametrize(("state", "action"), REFUSED)
def test_every_step_outside_the_lifecycle_is_refused(kernteam, state, action):
    request = CapacityRequestFactory(state=state, decision_reason="reden" if state == "afgewezen" else "")
    with pytest.raises(ValidationError) as refused:
        decide(kernteam, request, action, budget_line=BudgetLineFactory(), reason="reden")
    assert "kan niet" in str(refused.value)
    assert CapacityRequest.objects.get(pk=request.pk).state == state


def test_rejecting_needs_a_reason_and_granting_a_budget_line(kernteam):
    request = CapacityRequestFactory()
    with pytest.raises(ValidationError):
        decide(kernteam, request, "afwijzen", reason="  ")
    with pytest.raises(ValidationError):
        decide(kernteam, request, "toekennen")
    assert CapacityRequest.objects.get(pk=request.pk).state == State.AANGEVRAAGD
    decide(kernteam, request, "afwijzen", reason="Reguliere capaciteit, geen tijdelijke inzet")
    assert CapacityRequest.objects.get(pk=request.pk).state == State.AFGEWEZEN


def test_a_stale_decision_is_a_conflict_not_an_overwrite(client, kernteam):
    request = CapacityRequestFactory()
    line = BudgetLineFactory()
    client.force_login(kernteam)
    url = reverse("programme:request_decide", args=[request.pk, "afwijzen"])
    first = client.post(url, {"expected_version": 1, "reason": "Eerste besluit"})
    assert first.status_code == 302
    second = client.post(
        reverse("programme:request_decide", args=[request.pk, "toekennen"]),
        {"expected_version": 1, "budget_line": line.pk, "reason": "Tweede besluit"},
    )
    assert second.status_code == 400
    assert "kan niet" in second.content.decode() or "Iemand anders" in second.content.decode()
    request.refresh_from_db()
    assert request.state == State.AFGEWEZEN and request.decision_reason == "Eerste besluit"


def test_the_requester_sees_their_own_requests_only(client, kernteam):
    own = CapacityRequestFactory(project="Eigen project")
    other = CapacityRequestFactory(project="Project van een ander", requested_by=UserFactory(partner=True))
    client.force_login(own.requested_by)
    listing = client.get(reverse("programme:requests")).content.decode()
    assert "Eigen project" in listing and "Project van een ander" not in listing
    assert client.get(reverse("programme:request_detail", args=[other.pk])).status_code == 404
    assert client.get(reverse("programme:request_detail", args=[own.pk])).status_code == 200
    refused = client.post(
        reverse("programme:request_decide", args=[own.pk, "toekennen"]), {"expected_version": 1}
    )
    assert refused.status_code == 403
    client.force_login(kernteam)
    listing = client.get(reverse("programme:requests")).content.decode()
    assert "Eigen project" in listing and "Project van een ander" in listing


def test_submitting_a_request_with_bad_dates_writes_nothing(client):
    partner = UserFactory(partner=True)
    client.force_login(partner)
    organisation = CapacityRequestFactory().organisation
    response = client.post(
        reverse("programme:request_create"),
        {
            "organisation": organisation.pk,
            "kind": "flexpool",
            "project": "Nieuw project",
            "need": "Een planeconoom",
            "starts_on": "2021-10-01",
            "ends_on": "2021-09-01",
            "estimated_cost": "1000",
        },
    )
    assert response.status_code == 200
    assert "De einddatum ligt vóór de begindatum." in response.content.decode()
    assert not CapacityRequest.objects.filter(project="Nieuw project").exists()
    response = client.post(
        reverse("programme:request_create"),
        {
            "organisation": organisation.pk,
            "kind": "flexpool",
            "project": "Nieuw project",
            "need": "Een planeconoom",
            "starts_on": "2021-09-01",
            "ends_on": "2021-10-01",
            "estimated_cost": "1.000,00",
        },
    )
    created = CapacityRequest.objects.get(project="Nieuw project")
    assert response.status_code == 302 and created.requested_by == partner
    assert created.estimated_cost == Decimal("1000.00")


def test_the_start_page_shows_what_waits_for_a_decision_and_the_requesters_own_requests(client, kernteam):
    waiting = CapacityRequestFactory(project="Wacht op besluit")
    CapacityRequestFactory(project="Al toegekend", state=State.TOEGEKEND, requested_by=waiting.requested_by)
    client.force_login(kernteam)
    page = client.get(reverse("home")).content.decode()
    assert "Aanvragen flexibele schil die op een besluit wachten" in page
    assert "Wacht op besluit" in page and "Al toegekend" not in page
    client.force_login(waiting.requested_by)
    page = client.get(reverse("home")).content.decode()
    assert "Uw aanvragen bij de flexibele schil" in page
    assert "Wacht op besluit" in page and "Al toegekend" in page
