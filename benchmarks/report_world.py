"""A period with demo-like data for the progress report: 6 pillars, 69 agreements with statuses in this and the
previous half year, six final factsheets, 18 municipalities in 3 subregions and a committed monitor import with
indicators. Deterministic (``random.Random(seed)``), written with ``bulk_create``. Used by the tests and the
report benchmark."""

import datetime
import json
import random

from django.core.management import call_command

from accounts.models import Membership, Role, User
from agreements.models import (
    Agreement,
    AgreementStatus,
    Deal,
    Period,
    Phase,
    Pillar,
    StatusLock,
    TrafficLight,
)
from agreements.reference import REGION_FIXTURES
from monitor.models import Indicator, MonitorImport, Municipality, PlanPhase, PriceSegment, Subregion, Target
from reports.models import Factsheet, ProgressReport

PILLARS = [
    "Woningbouwopgave en versnelling",
    "Betaalbaarheid",
    "Groen en circulair",
    "Leefbaarheid en stadsvernieuwing 3.0",
    "Verstedelijking en gebiedsontwikkeling",
    "Specifieke doelgroepen en overige thema's",
]
PILLAR_RANGES = [(1, 12), (13, 20), (21, 27), (28, 40), (41, 53), (54, 69)]
PROGRESS = (
    "De partners hebben dit halfjaar de uitwerking besproken aan de Tempotafel en met de betrokken gemeenten. "
    "Een eerste versie van het plan van aanpak ligt klaar; de planning voor het komende halfjaar is vastgesteld "
    "en de benodigde capaciteit is toegezegd door provincie en regio. Er zijn knelpunten in de doorlooptijd "
    "van procedures gesignaleerd, die in het Directeurenoverleg worden besproken."
)
FACTSHEET_TEXT = (
    "In het afgelopen halfjaar is de samenwerking tussen de partners verder versterkt. De Tempotafel kwam vier "
    "keer bijeen; er zijn afspraken gemaakt over de inzet van expertise en over het delen van kennis tussen "
    "gemeenten. Meetbaar resultaat: meer woningen in de zachte plancapaciteit zijn betaalbaar geprogrammeerd."
)


def region() -> dict[str, list[str]]:
    """Subregion → the names of its municipalities, in the order of the app's reference data."""
    members: dict[str, list[str]] = {}
    for row in json.loads(REGION_FIXTURES[1].read_text()):
        members.setdefault(row["fields"]["subregion"][0], []).append(row["fields"]["name"])
    return members


def figures(rng: random.Random, scale: int) -> dict:
    hard = {p: rng.randint(1, 9) * scale for p in PlanPhase.values}
    soft = {p: rng.randint(1, 9) * scale for p in PlanPhase.values}
    homes = sum(hard.values()) + sum(soft.values())
    segments = {k: homes // 6 for k in PriceSegment.values}
    segments["onbekend"] = homes - sum(segments.values())
    return {
        "plans": homes // 40 + 1,
        "homes": homes,
        "hard": sum(hard.values()),
        "soft": sum(soft.values()),
        "in_aanbouw": scale * 3,
        "opgeleverd": scale * 2,
        "hard_by_phase": hard,
        "soft_by_phase": soft,
        "segments": segments,
        "soft_affordable": sum(soft.values()) // 2,
        "affordable_soft_share": rng.randint(35, 65),
        "circular": homes // 5,
        "circular_share": rng.randint(10, 35),
        "conceptual": 0,
        "conceptual_share": 0,
        "flexible": 0,
        "flexible_share": 0,
        "target_groups": {},
    }


def make_monitor(user, rng: random.Random, period: Period) -> MonitorImport:
    monitor_import = MonitorImport.objects.create(
        filename="monitor-voorjaar-2021.xlsx",
        content=b"demo",
        sha256="0" * 64,
        layout="plans",
        peildatum=datetime.date(2021, 4, 1),
        period=period,
        state=MonitorImport.State.COMMITTED,
        uploaded_by=user,
        row_count=500,
    )
    indicators = [Indicator(monitor_import=monitor_import, level="regio", figures=figures(rng, 1000))]
    call_command("loaddata", *REGION_FIXTURES, verbosity=0)
    subregions = {s.name: s for s in Subregion.objects.all()}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    for name, members in region().items():
        indicators.append(
            Indicator(
                monitor_import=monitor_import,
                level="subregio",
                subregion=subregions[name],
                figures=figures(rng, 300),
            )
        )
        indicators += [
            Indicator(
                monitor_import=monitor_import,
                level="gemeente",
                municipality=municipalities[member],
                figures=figures(rng, 50),
            )
            for member in members
        ]
    Indicator.objects.bulk_create(indicators)
    for code_, name, value in [
        ("affordable-share", "Betaalbaar aandeel", 50),
        ("circular-share", "Circulair", 25),
    ]:
        Target.objects.get_or_create(
            code=code_,
            defaults={"name": name, "value": value, "unit": "%", "source": "Woondeal", "confidence": "H"},
        )
    return monitor_import


def make_report_world(
    *, user, seed: int = 8, year: int = 2021, half: int = 1, monitor: bool = True, numbers: int = 69
) -> Period:
    """Everything a complete report of ``year``-h``half`` needs; returns the period (open, factsheets final)."""
    rng = random.Random(seed)
    Deal.objects.get_or_create(
        name="Woondeal regio Arnhem-Nijmegen", defaults={"region": "regio Arnhem-Nijmegen"}
    )
    pillars = [
        Pillar.objects.get_or_create(number=n, defaults={"name": name})[0]
        for n, name in enumerate(PILLARS, start=1)
    ]
    previous = Period.objects.get_or_create(year=year - 1 if half == 1 else year, half=2 if half == 1 else 1)[
        0
    ]
    period = Period.objects.get_or_create(year=year, half=half)[0]
    Period.objects.filter(pk=previous.pk).update(state=Period.State.CLOSED)  # reported on already
    existing = set(Agreement.objects.values_list("number", flat=True))
    agreements = []
    for pillar, (first, last) in zip(pillars, PILLAR_RANGES, strict=True):
        for number in range(first, min(last, numbers) + 1):
            if number not in existing:
                title = f"Afspraak {number}: versnellen en borgen in pijler {pillar.number}"
                agreements.append(Agreement(number=number, pillar=pillar, title=title))
    Agreement.objects.bulk_create(agreements)
    agreements = list(Agreement.objects.order_by("number"))
    colours = TrafficLight.values
    statuses = []
    for agreement in agreements:
        before = rng.choice(colours)
        now = rng.choice(colours)
        statuses.append(
            AgreementStatus(agreement=agreement, period=previous, colour=before, progress=PROGRESS)
        )
        statuses.append(
            AgreementStatus(
                agreement=agreement,
                period=period,
                colour=now,
                phase=rng.choice(Phase.values),
                progress=PROGRESS,
                needs_attention=rng.random() < 0.1,
                colour_change_reason="Vertraging in de procedure." if now != before else "",
            )
        )
    AgreementStatus.objects.bulk_create(statuses, ignore_conflicts=True)
    Factsheet.objects.bulk_create(
        (
            Factsheet(
                pillar=pillar,
                period=period,
                state=Factsheet.State.FINAL,
                summary=FACTSHEET_TEXT,
                partners="Gemeenten Arnhem en Nijmegen, provincie Gelderland, woningcorporaties, NEPROM.",
                output=FACTSHEET_TEXT,
                outcome=FACTSHEET_TEXT,
                next_actions=FACTSHEET_TEXT,
            )
            for pillar in pillars
        ),
        ignore_conflicts=True,
    )
    # As the workflow leaves them: final factsheets lock their pillars' statuses (agreements' StatusLock).
    StatusLock.objects.bulk_create(
        (StatusLock(pillar=pillar, period=period, reason="Factsheet definitief") for pillar in pillars),
        ignore_conflicts=True,
    )
    ProgressReport.objects.get_or_create(period=period)
    if monitor:
        make_monitor(user, rng, period)
    return period


def core_team_user(username: str) -> User:
    """A member of the Ambtelijk Kernteam for the scenarios (the tests use their factories instead)."""
    user = User.objects.create_user(username=username, email=f"{username}@example.org")
    Membership.objects.create(user=user, role=Role.KERNTEAM)
    return user
