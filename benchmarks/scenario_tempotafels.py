"""Tempotafel overview: render time with many tafels, meetings and actions, against one small tafel.

Baseline: the same page with 1 tafel (4 meetings, 6 actions). Value: 40 tafels × 25 meetings × 60 actions.
The query count is fixed (annotations by subquery), so the ratio shows the cost of the rows themselves."""

import datetime

from benchmarks.harness import median_seconds, peak_memory


def _populate(first: int, count: int, *, meetings: int, actions: int) -> None:
    from django.utils import timezone

    from accounts.models import Membership, Role, TempomakerKind, User
    from agreements.models import Organisation
    from tempotafels.models import Action, Meeting, Tempomaker, Tempotafel

    organisation, _ = Organisation.objects.get_or_create(name="Bench-organisatie", defaults={"kind": "markt"})
    now, today = timezone.now(), timezone.localdate()
    for i in range(first, first + count):
        tafel = Tempotafel.objects.create(
            name=f"Bench-tafel {i}", guiding_question="Hoe?", started_on=datetime.date(2020, 9, 1)
        )
        users = User.objects.bulk_create(User(username=f"bench-{i}-{k}") for k in range(3))
        Membership.objects.create(user=users[0], role=Role.KERNTEAM)
        kinds = [TempomakerKind.AMBTELIJK, TempomakerKind.PRIVAAT, TempomakerKind.MAATSCHAPPELIJK]
        Tempomaker.objects.bulk_create(
            Tempomaker(tempotafel=tafel, user=u, kind=k, organisation=organisation)
            for u, k in zip(users, kinds, strict=True)
        )
        Meeting.objects.bulk_create(
            Meeting(
                tempotafel=tafel,
                title=f"B{d}",
                starts_at=now + datetime.timedelta(days=d - meetings // 2),
                ends_at=now + datetime.timedelta(days=d - meetings // 2, hours=2),
            )
            for d in range(meetings)
        )
        Action.objects.bulk_create(
            Action(
                tempotafel=tafel,
                description=f"A{d}",
                owner_name="Anne",
                due_on=today + datetime.timedelta(days=d - 5),
            )
            for d in range(actions)
        )


def _time_overview() -> tuple[float, float]:
    from django.test import Client

    from accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.filter(memberships__role="kernteam").first())
    assert client.get("/tempotafels/").status_code == 200  # warm-up
    seconds = median_seconds(lambda: client.get("/tempotafels/"), repeat=7)
    with peak_memory() as peak:  # measured apart: tracemalloc slows the request down several times
        client.get("/tempotafels/")
    return seconds * 1000, peak.mb


def run() -> list[dict]:
    from django.conf import settings
    from django.test import override_settings

    plain_static = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=plain_static):  # no collected manifest in a benchmark run
        _populate(0, 1, meetings=4, actions=6)
        baseline, _ = _time_overview()
        _populate(1, 39, meetings=25, actions=60)
        value, peak_mb = _time_overview()
    return [
        {
            "name": "tempotafels overzicht 40 tafels (ms)",
            "value": round(value, 3),
            "unit": "ms",
            "baseline": round(baseline, 3),
            "peak_mb": round(peak_mb, 1),
        }
    ]
