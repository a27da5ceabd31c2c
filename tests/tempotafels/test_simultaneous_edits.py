"""Two tempomakers save the approach or a meeting at the same moment: one is stored, the other gets the
Dutch conflict message on the form, never a server error (SQLite and PostgreSQL)."""

import pytest
from django.urls import reverse

from tempotafels.models import Meeting, Tempotafel
from tests.concurrency import logged_in, simultaneously, winner_and_loser

pytestmark = pytest.mark.django_db(transaction=True)
CONFLICT = "Iemand anders heeft dit intussen gewijzigd"


def test_two_simultaneous_approach_saves(tafel, kernteam, privaat):
    url = reverse("tempotafels:approach", args=[tafel.pk])
    first, second = logged_in(kernteam), logged_in(privaat)
    responses = simultaneously(
        lambda: first.post(url, {"expected_version": 1, "approach_wat": "Versie van het Kernteam"}),
        lambda: second.post(url, {"expected_version": 1, "approach_wat": "Versie van NEPROM"}),
    )
    _, loser = winner_and_loser(responses)
    assert CONFLICT in loser.content.decode()
    stored = Tempotafel.objects.get(pk=tafel.pk)
    assert stored.version == 2 and stored.approach_wat in ("Versie van het Kernteam", "Versie van NEPROM")


def test_two_simultaneous_meeting_saves(meeting, kernteam, privaat):
    url = reverse("tempotafels:meeting_update", args=[meeting.pk])

    def data(title):
        return {
            "expected_version": 1,
            "kind": "tafel",
            "title": title,
            "starts_at": "2021-02-04T09:00",
            "ends_at": "2021-02-04T11:00",
        }

    first, second = logged_in(kernteam), logged_in(privaat)
    responses = simultaneously(
        lambda: first.post(url, data("Verslag van het Kernteam")),
        lambda: second.post(url, data("Verslag van NEPROM")),
    )
    _, loser = winner_and_loser(responses)
    assert CONFLICT in loser.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).version == 2
