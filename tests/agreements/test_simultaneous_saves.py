"""Truly simultaneous saves (two database connections at once): exactly one wins, the other gets a conflict,
on SQLite (a file, as in production) and PostgreSQL alike."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from agreements.models import AgreementStatus
from agreements.services import StatusConflict, open_status_edit, save_status
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.status_form import form_data
from tests.concurrency import logged_in, simultaneously, winner_and_loser
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_of_two_simultaneous_saves_exactly_one_is_stored(pillar):
    current = periods(1)[0]
    agreement = agreement_13(pillar)
    users = [UserFactory(kernteam=True), UserFactory(kernteam=True)]
    for round_number in range(1, 6):
        status = AgreementStatusFactory(agreement=agreement, period=current) if round_number == 1 else None
        version = (status or AgreementStatus.objects.get()).version
        start, outcomes = threading.Barrier(2), []

        def edit(user, text, version=version, start=start, outcomes=outcomes):
            values = {**form_data(progress=text), "needs_attention": False}
            edit = open_status_edit(user=user, agreement=agreement, period=current)
            start.wait()
            try:
                save_status(edit=edit, values=values, expected_version=version)
                outcomes.append(("opgeslagen", text))
            except StatusConflict:
                outcomes.append(("conflict", text))
            finally:
                connection.close()

        threads = [
            threading.Thread(target=edit, args=(u, f"{u.username} ronde {round_number}")) for u in users
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(kind for kind, _ in outcomes) == ["conflict", "opgeslagen"]
        stored = AgreementStatus.objects.get()
        assert stored.progress == next(text for kind, text in outcomes if kind == "opgeslagen")
        assert stored.version == version + 1
    assert AgreementStatus.history.count() == 1 + 5


def test_of_two_simultaneous_status_pages_saved_one_is_stored_and_the_other_sees_the_conflict(pillar):
    status = AgreementStatusFactory(agreement=agreement_13(pillar), period=periods(1)[0])
    url = reverse("agreements:status_edit", args=[13])
    first, second = (logged_in(UserFactory(kernteam=True)) for _ in range(2))
    responses = simultaneously(
        lambda: first.post(url, form_data(colour="groen", progress="Versie een", version=status.version)),
        lambda: second.post(url, form_data(colour="groen", progress="Versie twee", version=status.version)),
    )
    _, loser = winner_and_loser(responses)
    assert "Iemand anders heeft deze status intussen gewijzigd" in loser.content.decode()
    stored = AgreementStatus.objects.get()
    assert stored.version == status.version + 1 and stored.progress in ("Versie een", "Versie twee")
