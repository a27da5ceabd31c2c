"""The factsheet workflow sets the lock on its pillar's traffic lights; agreements owns it (``StatusLock``).

Approving or finalising locks the pillar's statuses for the half year, reopening frees them, every other step
leaves them free; a refused step changes nothing. Factsheets approved before the lock moved get it from the
data migration."""

import importlib

import pytest
from django.apps import apps
from django.contrib import admin

from agreements.models import StatusLock
from reports.factsheets import services
from reports.factsheets.services import FactsheetRefused
from reports.models import Factsheet, FactsheetTransition
from tests.factories import PillarFactory, UserFactory
from tests.reports.factories import FactsheetFactory

State = Factsheet.State
backfill = importlib.import_module("reports.migrations.0005_lock_statuses_of_settled_factsheets")


def lock_of(pillar, period):
    return StatusLock.objects.filter(pillar=pillar, period=period).first()


def test_the_lock_follows_every_step_of_the_workflow(pillar, period, tempomaker, ambassadeur, kernteam):
    factsheet = FactsheetFactory(pillar=pillar, period=period, updated_by=tempomaker)
    steps = [
        (services.submit_factsheet, tempomaker, {}, False),
        (services.return_factsheet, ambassadeur, {"comment": "Cijfers graag."}, False),
        (services.submit_factsheet, tempomaker, {}, False),
        (services.approve_factsheet, ambassadeur, {}, True),
        (services.finalise_factsheet, kernteam, {}, True),
        (services.reopen_factsheet, kernteam, {"reason": "Nieuwe cijfers"}, False),
        (services.finalise_on_behalf, kernteam, {"reason": "Ambassadeur afwezig"}, True),
    ]
    for step, user, extra, locked in steps:
        factsheet = step(factsheet=factsheet, user=user, **extra)
        assert pillar.is_locked_for(period) is locked, (step.__name__, factsheet.state)
        assert StatusLock.objects.count() == int(locked)
    lock = lock_of(pillar, period)
    assert (lock.locked_by, lock.reason) == (kernteam, "Factsheet definitief")


def test_approval_locks_with_who_and_why_and_finalising_keeps_that_lock(
    pillar, period, ambassadeur, kernteam
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True)
    services.approve_factsheet(factsheet=factsheet, user=ambassadeur)
    approved = lock_of(pillar, period)
    assert (approved.locked_by, approved.reason) == (ambassadeur, "Factsheet goedgekeurd")
    services.finalise_factsheet(factsheet=factsheet, user=kernteam)
    kept = lock_of(pillar, period)
    assert (kept.pk, kept.locked_by, kept.locked_at) == (approved.pk, ambassadeur, approved.locked_at)
    assert [h.history_type for h in kept.history.order_by("history_id")] == ["+"]


def test_a_refused_approval_locks_nothing(pillar, period, ambassadeur):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True, updated_by=ambassadeur)
    with pytest.raises(FactsheetRefused):
        services.approve_factsheet(factsheet=factsheet, user=ambassadeur)
    assert not pillar.is_locked_for(period)
    assert not StatusLock.objects.exists()


def test_the_lock_is_per_pillar_and_half_year(pillar, period, previous_period, ambassadeur):
    services.approve_factsheet(
        factsheet=FactsheetFactory(pillar=pillar, period=period, submitted=True), user=ambassadeur
    )
    other = PillarFactory(number=4, name="Betaalbaarheid")
    assert pillar.is_locked_for(period)
    assert not pillar.is_locked_for(previous_period)
    assert not other.is_locked_for(period)


def test_the_migration_locks_exactly_the_approved_and_final_factsheets(pillar, period, kernteam):
    ambassador = UserFactory(username="amb-oud")
    pillars = [pillar, *(PillarFactory(number=n, name=f"Pijler {n}") for n in (4, 5, 6, 7))]
    states = [State.CONCEPT, State.SUBMITTED, State.RETURNED, State.APPROVED, State.FINAL]
    made = {
        state: Factsheet.objects.create(pillar=p, period=period, state=state, updated_by=kernteam)
        for p, state in zip(pillars, states, strict=True)
    }
    path = [(State.CONCEPT, State.SUBMITTED, kernteam), (State.SUBMITTED, State.APPROVED, ambassador)]
    for from_state, to_state, by in [*path, (State.APPROVED, State.FINAL, kernteam)]:
        FactsheetTransition.objects.create(
            factsheet=made[State.FINAL], from_state=from_state, to_state=to_state, by=by
        )
    assert not StatusLock.objects.exists()  # created directly, as before the lock moved

    backfill.lock_settled_factsheets(apps, None)

    locks = {lock.pillar.number: lock for lock in StatusLock.objects.select_related("pillar")}
    assert set(locks) == {made[State.APPROVED].pillar.number, made[State.FINAL].pillar.number}
    final = locks[made[State.FINAL].pillar.number]
    assert (final.locked_by, final.reason) == (ambassador, "Factsheet goedgekeurd")
    approved = locks[made[State.APPROVED].pillar.number]
    assert (approved.locked_by, approved.reason) == (kernteam, "Factsheet goedgekeurd")
    backfill.lock_settled_factsheets(apps, None)
    assert StatusLock.objects.count() == 2  # running it again adds nothing

    backfill.unlock_all(apps, None)
    assert not StatusLock.objects.exists()


def test_a_state_set_in_the_admin_sets_the_lock_too(rf, beheerder, pillar, period):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True)
    request = rf.post("/")
    request.user = beheerder
    factsheet.state = State.FINAL
    admin.site._registry[Factsheet].save_model(request, factsheet, form=None, change=True)
    assert pillar.is_locked_for(period)
    factsheet.state = State.CONCEPT
    admin.site._registry[Factsheet].save_model(request, factsheet, form=None, change=True)
    assert not pillar.is_locked_for(period)
