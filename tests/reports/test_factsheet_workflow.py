"""The factsheet workflow: every step, and every step the rules refuse (role, state, own work, closed period)."""

import pytest
from django.core.exceptions import PermissionDenied

from agreements.models import Period
from reports.factsheets import services
from reports.models import Factsheet, FactsheetTransition
from tests.factories import ambassador_of, tempomaker_of
from tests.reports.factories import FactsheetFactory

State = Factsheet.State


@pytest.fixture
def concept(pillar, period, tempomaker):
    return FactsheetFactory(pillar=pillar, period=period, updated_by=tempomaker)


def in_state(pillar, period, state, by):
    return FactsheetFactory(pillar=pillar, period=period, state=state, updated_by=by)


def last_step(factsheet):
    return FactsheetTransition.objects.filter(factsheet=factsheet).latest("at", "id")


# Steps that succeed ------------------------------------------------------------------------------


@pytest.mark.parametrize("user_fixture", ["tempomaker", "kernteam"])
@pytest.mark.parametrize("start", [State.CONCEPT, State.RETURNED])
def test_the_pillars_tempomaker_or_the_core_team_submits(
    request, pillar, period, tempomaker, user_fixture, start
):
    user = request.getfixturevalue(user_fixture)
    factsheet = in_state(pillar, period, start, tempomaker)
    history_before = factsheet.history.count()
    result = services.submit_factsheet(factsheet=factsheet, user=user)
    assert result.state == State.SUBMITTED
    step = last_step(result)
    assert (step.from_state, step.to_state, step.by) == (start, State.SUBMITTED, user)
    assert step.at is not None
    assert result.history.count() == history_before + 1
    assert result.history.first().history_user == user


def test_the_ambassador_approves_and_the_pillar_is_locked(pillar, period, tempomaker, ambassadeur):
    factsheet = in_state(pillar, period, State.SUBMITTED, tempomaker)
    result = services.approve_factsheet(
        factsheet=factsheet, user=ambassadeur, expected_version=factsheet.version
    )
    assert result.state == State.APPROVED
    assert last_step(result).by == ambassadeur
    assert pillar.is_locked_for(period)


def test_the_ambassador_returns_with_comments(pillar, period, tempomaker, ambassadeur):
    factsheet = in_state(pillar, period, State.SUBMITTED, tempomaker)
    result = services.return_factsheet(
        factsheet=factsheet, user=ambassadeur, comment="  Graag de cijfers aanvullen. "
    )
    assert result.state == State.RETURNED
    assert result.review_comments == "Graag de cijfers aanvullen."
    assert last_step(result).comment == "Graag de cijfers aanvullen."


def test_the_core_team_finalises_an_approved_factsheet(pillar, period, tempomaker, kernteam):
    factsheet = in_state(pillar, period, State.APPROVED, tempomaker)
    result = services.finalise_factsheet(factsheet=factsheet, user=kernteam)
    assert result.state == State.FINAL
    assert last_step(result).to_state == State.FINAL
    assert pillar.is_locked_for(period)


@pytest.mark.parametrize("start", [State.APPROVED, State.FINAL])
def test_the_core_team_reopens_with_a_reason_and_unlocks(pillar, period, tempomaker, kernteam, start):
    factsheet = in_state(pillar, period, start, tempomaker)
    result = services.reopen_factsheet(factsheet=factsheet, user=kernteam, reason="Nieuwe monitorcijfers")
    assert result.state == State.CONCEPT
    assert last_step(result).comment == "Nieuwe monitorcijfers"
    assert not pillar.is_locked_for(period)


def test_an_ambassador_who_is_also_tempomaker_may_approve_what_a_colleague_wrote(pillar, period, tempomaker):
    both = ambassador_of(pillar, username="beide")
    tempomaker_of(pillar, username="beide")
    factsheet = in_state(pillar, period, State.CONCEPT, tempomaker)
    services.submit_factsheet(factsheet=factsheet, user=tempomaker)
    assert services.approve_factsheet(factsheet=factsheet, user=both).state == State.APPROVED


# Wrong role ----------------------------------------------------------------------------------------

ROLE_REFUSALS = [
    ("submit", State.CONCEPT, ["ambassadeur", "other_tempomaker", "bestuur", "partner", "beheerder"]),
    (
        "approve",
        State.SUBMITTED,
        ["tempomaker", "kernteam", "other_tempomaker", "bestuur", "other_ambassador"],
    ),
    (
        "return",
        State.SUBMITTED,
        ["tempomaker", "kernteam", "other_tempomaker", "partner", "other_ambassador"],
    ),
    ("finalise", State.APPROVED, ["tempomaker", "ambassadeur", "bestuur"]),
    ("reopen", State.APPROVED, ["tempomaker", "ambassadeur", "bestuur"]),
]


def run(action, factsheet, user, **kwargs):
    if action == "return":
        kwargs.setdefault("comment", "Aanvullen graag.")
    if action == "reopen":
        kwargs.setdefault("reason", "Nieuwe cijfers.")
    function = {
        "submit": services.submit_factsheet,
        "approve": services.approve_factsheet,
        "return": services.return_factsheet,
        "finalise": services.finalise_factsheet,
        "reopen": services.reopen_factsheet,
    }[action]
    return function(factsheet=factsheet, user=user, **kwargs)


@pytest.fixture
def other_ambassador(other_pillar):
    return ambassador_of(other_pillar, username="ambassadeur2")


@pytest.mark.parametrize(
    "action,start,user_fixture", [(a, s, u) for a, s, users in ROLE_REFUSALS for u in users]
)
def test_a_step_by_the_wrong_role_is_refused(
    request, pillar, period, tempomaker, action, start, user_fixture
):
    user = request.getfixturevalue(user_fixture)
    factsheet = in_state(pillar, period, start, tempomaker)
    with pytest.raises(PermissionDenied):
        run(action, factsheet, user)
    factsheet.refresh_from_db()
    assert factsheet.state == start
    assert not factsheet.transitions.exists()


# Wrong state ---------------------------------------------------------------------------------------

STATE_REFUSALS = [
    ("submit", "tempomaker", [State.SUBMITTED, State.APPROVED, State.FINAL]),
    ("approve", "ambassadeur", [State.CONCEPT, State.RETURNED, State.APPROVED, State.FINAL]),
    ("return", "ambassadeur", [State.CONCEPT, State.RETURNED, State.APPROVED, State.FINAL]),
    ("finalise", "kernteam", [State.CONCEPT, State.SUBMITTED, State.RETURNED, State.FINAL]),
    ("reopen", "kernteam", [State.CONCEPT, State.SUBMITTED, State.RETURNED]),
]


@pytest.mark.parametrize(
    "action,user_fixture,start", [(a, u, s) for a, u, states in STATE_REFUSALS for s in states]
)
def test_a_step_from_the_wrong_state_is_refused(
    request, pillar, period, tempomaker, action, user_fixture, start
):
    user = request.getfixturevalue(user_fixture)
    factsheet = in_state(pillar, period, start, tempomaker)
    with pytest.raises(services.FactsheetRefused, match="Dat kan niet"):
        run(action, factsheet, user)
    factsheet.refresh_from_db()
    assert (factsheet.state, factsheet.transitions.count()) == (start, 0)


def test_a_factsheet_that_has_not_started_cannot_be_submitted(pillar, period, tempomaker):
    with pytest.raises(services.FactsheetRefused, match="nog niet begonnen"):
        services.submit_factsheet(factsheet=Factsheet(pillar=pillar, period=period), user=tempomaker)


def test_submitting_needs_a_summary(pillar, period, tempomaker):
    factsheet = FactsheetFactory(pillar=pillar, period=period, summary="  ")
    with pytest.raises(services.FactsheetRefused, match="samenvatting"):
        services.submit_factsheet(factsheet=factsheet, user=tempomaker)
    factsheet.refresh_from_db()
    assert factsheet.state == State.CONCEPT


def test_returning_needs_comments_and_reopening_needs_a_reason(
    pillar, period, tempomaker, ambassadeur, kernteam
):
    submitted = in_state(pillar, period, State.SUBMITTED, tempomaker)
    with pytest.raises(services.FactsheetRefused, match="Opmerkingen"):
        services.return_factsheet(factsheet=submitted, user=ambassadeur, comment=" ")
    submitted.state = State.APPROVED
    submitted.save()
    with pytest.raises(services.FactsheetRefused, match="Reden"):
        services.reopen_factsheet(factsheet=submitted, user=kernteam, reason="")
    assert not FactsheetTransition.objects.exists()


# Own work ------------------------------------------------------------------------------------------


@pytest.fixture
def tempomaker_ambassador(pillar):
    user = tempomaker_of(pillar, username="tempo-ambassadeur")
    ambassador_of(pillar, username="tempo-ambassadeur")
    return user


def test_nobody_approves_what_they_submitted(pillar, period, tempomaker, tempomaker_ambassador):
    factsheet = in_state(pillar, period, State.CONCEPT, tempomaker)
    services.submit_factsheet(factsheet=factsheet, user=tempomaker_ambassador)
    with pytest.raises(services.FactsheetRefused, match="zelf ingediend"):
        services.approve_factsheet(factsheet=factsheet, user=tempomaker_ambassador)
    factsheet.refresh_from_db()
    assert factsheet.state == State.SUBMITTED


def test_nobody_approves_texts_they_edited_last(pillar, period, tempomaker, tempomaker_ambassador):
    factsheet = in_state(pillar, period, State.CONCEPT, tempomaker)
    services.save_factsheet(
        pillar=pillar,
        period=period,
        user=tempomaker_ambassador,
        texts={"summary": "Mijn eigen tekst"},
        expected_version=factsheet.version,
    )
    services.submit_factsheet(factsheet=factsheet, user=tempomaker)
    with pytest.raises(services.FactsheetRefused, match="zelf ingediend of bewerkt"):
        services.approve_factsheet(factsheet=factsheet, user=tempomaker_ambassador)


# Closed period -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action,user_fixture,start",
    [
        ("submit", "tempomaker", State.CONCEPT),
        ("approve", "ambassadeur", State.SUBMITTED),
        ("return", "ambassadeur", State.SUBMITTED),
        ("finalise", "kernteam", State.APPROVED),
        ("reopen", "kernteam", State.FINAL),
    ],
)
def test_no_step_in_a_closed_period(request, pillar, period, tempomaker, action, user_fixture, start):
    user = request.getfixturevalue(user_fixture)
    factsheet = in_state(pillar, period, start, tempomaker)
    period.state = Period.State.CLOSED
    period.save()
    factsheet.refresh_from_db()
    with pytest.raises(services.FactsheetRefused, match="gesloten"):
        run(action, factsheet, user)
    factsheet.refresh_from_db()
    assert factsheet.state == start


# Concurrency ---------------------------------------------------------------------------------------


def test_a_step_on_a_stale_version_is_refused(pillar, period, tempomaker, ambassadeur):
    factsheet = in_state(pillar, period, State.SUBMITTED, tempomaker)
    seen = factsheet.version
    Factsheet.objects.filter(pk=factsheet.pk).update(version=seen + 1)
    with pytest.raises(services.FactsheetConflict, match="intussen gewijzigd"):
        services.approve_factsheet(factsheet=factsheet, user=ambassadeur, expected_version=seen)
    factsheet.refresh_from_db()
    assert factsheet.state == State.SUBMITTED


def test_the_same_step_twice_happens_once(pillar, period, tempomaker, ambassadeur):
    factsheet = in_state(pillar, period, State.SUBMITTED, tempomaker)
    stale = Factsheet.objects.get(pk=factsheet.pk)
    services.approve_factsheet(factsheet=factsheet, user=ambassadeur)
    with pytest.raises(services.FactsheetRefused):
        services.return_factsheet(factsheet=stale, user=ambassadeur, comment="Toch niet")
    assert FactsheetTransition.objects.count() == 1
