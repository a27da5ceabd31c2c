"""Truly simultaneous saves (two database connections at once): exactly one wins, the other gets a conflict."""

import threading

import pytest
from django.conf import settings
from django.db import connection

from agreements.models import AgreementStatus
from agreements.services import StatusConflict, save_status
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.test_status_editing import form_data
from tests.factories import UserFactory

POSTGRES = "postgresql" in settings.DATABASES["default"]["ENGINE"]
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not POSTGRES,
        reason="needs two real connections with row locks; the SQLite test database is shared in-memory "
        "and refuses concurrent writers (the same logic is tested sequentially in test_no_lost_updates)",
    ),
]


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
            start.wait()
            try:
                save_status(
                    agreement=agreement, period=current, values=values, expected_version=version, user=user
                )
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
