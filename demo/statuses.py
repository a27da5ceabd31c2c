"""A plausible, deterministic traffic-light history for 2020-h2, 2021-h1 and 2021-h2.

The texts of the known agreements in 2020-h2 follow the Uitvoeringsplan's highlights; all other texts are
illustrative. 2021-h2 is the open period and only partly assessed (a missing row shows as grey)."""

import random
from typing import NamedTuple

from accounts.models import User
from agreements.models import Agreement, AgreementStatus, Period, Phase, TrafficLight
from monitor.models import AgreementTarget, Target
from monitor.verdicts import Verdict, verdicts_for

from .base import upsert
from .register_data import pillar_of
from .status_texts import (
    CHANGE_REASONS,
    KNOWN_PROGRESS,
    NEXT_ACTIONS,
    NOT_STARTED,
    OUTCOMES,
    OUTPUTS,
    PROGRESS,
)

PERIOD_CODES = ("2020-h2", "2021-h1", "2021-h2")
OPEN_PERIOD_ASSESSED_SHARE = 0.75
GROEN, GEEL, ROOD = TrafficLight.GROEN, TrafficLight.GEEL, TrafficLight.ROOD
MONITOR_REASON = "Het stoplicht volgt de monitor"

# Known agreements: (colour, phase) per period, following the Uitvoeringsplan (2020).
KNOWN_COURSE = {
    6: [(GROEN, Phase.AFGEROND), (GROEN, Phase.GEBORGD), (GROEN, Phase.GEBORGD)],
    8: [(GROEN, Phase.IN_UITVOERING), (GEEL, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING)],
    32: [(GROEN, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING), (GROEN, Phase.AFGEROND)],
    33: [(GEEL, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING)],
    44: [(GROEN, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING)],
    47: [(GEEL, Phase.IN_UITVOERING), (GEEL, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING)],
    59: [(GEEL, Phase.IN_UITVOERING), (GEEL, Phase.IN_UITVOERING), (GROEN, Phase.IN_UITVOERING)],
    62: [(ROOD, Phase.IN_UITVOERING), (ROOD, Phase.IN_UITVOERING), (GEEL, Phase.IN_UITVOERING)],
    63: [(GROEN, Phase.AFGEROND), (GROEN, Phase.GEBORGD), (GROEN, Phase.GEBORGD)],
}
# Agreements the monitor measures (the deal's targets, seed and facts file): their demo lights follow the demo
# monitor, or say why they differ.
MONITORED = {1: "homes-2025", 3: "plan-stock-2030", 13: "affordable-share", 21: "circular-share"}
# The core-team member who keeps the statuses of each pillar.
KEEPER_BY_PILLAR = {
    1: "kernteam",
    2: "kernteam2",
    3: "kernteam3",
    4: "kernteam4",
    5: "kernteam",
    6: "kernteam4",
}


class StatusPlan(NamedTuple):
    number: int
    period_code: str
    colour: str
    phase: str
    progress: str
    output: str
    outcome: str
    next_actions: str
    needs_attention: bool
    colour_change_reason: str


def _next_course(rng: random.Random, previous: tuple[str, str] | None) -> tuple[str, str]:
    colour = rng.choices([GROEN, GEEL, ROOD], weights=[60, 32, 8])[0]
    if previous is None:
        return colour, rng.choices([Phase.NIET_GESTART, Phase.IN_UITVOERING], weights=[25, 75])[0]
    old_colour, old_phase = previous
    if rng.random() < 0.7:
        colour = old_colour
    step = rng.random()
    phase = {
        Phase.NIET_GESTART: Phase.IN_UITVOERING if step < 0.7 else Phase.NIET_GESTART,
        Phase.IN_UITVOERING: Phase.AFGEROND if step < 0.1 else Phase.IN_UITVOERING,
        Phase.AFGEROND: Phase.GEBORGD if step < 0.5 else Phase.AFGEROND,
        Phase.GEBORGD: Phase.GEBORGD,
    }[old_phase]
    return (GROEN if phase in (Phase.AFGEROND, Phase.GEBORGD) else colour), phase


def _texts(rng: random.Random, number: int, code: str, course: tuple[str, str]) -> tuple[str, str, str, str]:
    colour, phase = course
    progress, output = rng.choice(PROGRESS[colour]), rng.choice(OUTPUTS)
    outcome = rng.choice(OUTCOMES).format(n=rng.randint(2, 40) * 10)
    if phase == Phase.NIET_GESTART:
        progress, output, outcome = NOT_STARTED, "", ""
    if code == PERIOD_CODES[0] and number in KNOWN_PROGRESS:
        progress = KNOWN_PROGRESS[number]
    return progress, output, outcome, rng.choice(NEXT_ACTIONS)


def plan_statuses(numbers: list[int]) -> list[StatusPlan]:
    """The whole history, computed from random.Random(2021) alone, so every run gives the same rows."""
    rng = random.Random(2021)
    previous: dict[int, tuple[str, str]] = {}
    plans = []
    for index, code in enumerate(PERIOD_CODES):
        is_open = code == PERIOD_CODES[-1]
        for number in numbers:
            assessed = rng.random() < OPEN_PERIOD_ASSESSED_SHARE or not is_open
            colour, phase = _next_course(rng, previous.get(number))
            if number in KNOWN_COURSE:
                colour, phase = KNOWN_COURSE[number][index]
            texts = _texts(rng, number, code, (colour, phase))
            attention = colour == ROOD or (colour == GEEL and rng.random() < 0.1)
            old_colour = previous.get(number, (colour, phase))[0]
            reason = CHANGE_REASONS.get((old_colour, colour), "")
            if assessed:
                plans.append(StatusPlan(number, code, colour, phase, *texts, attention, reason))
                previous[number] = (colour, phase)
    return plans


def ensure_monitor_links(*, agreements: dict[int, Agreement]) -> dict[int, Verdict]:
    """Link the measurable agreements to their target; returns the demo monitor's verdict per number."""
    targets = {t.code: t for t in Target.objects.filter(code__in=MONITORED.values())}
    for number, code in MONITORED.items():
        if number in agreements and code in targets:
            upsert(
                AgreementTarget, lookup={"agreement": agreements[number]}, values={"target": targets[code]}
            )
    verdicts = verdicts_for([agreements[n].pk for n in MONITORED if n in agreements])
    return {
        agreement.number: verdicts[agreement.pk]
        for agreement in agreements.values()
        if agreement.pk in verdicts
    }


def follow_the_monitor(plan: StatusPlan, verdict: Verdict | None) -> StatusPlan:
    """A demo light that would contradict the demo monitor becomes yellow, with the monitor's verdict as reason."""
    if verdict is None or not verdict.disagrees_with(plan.colour):
        return plan
    reason = f"{MONITOR_REASON} ({verdict.text})."
    return plan._replace(
        colour=GEEL, progress=f"{plan.progress} {reason}".strip(), colour_change_reason=reason
    )


def with_change_reasons(plans: list[StatusPlan]) -> list[StatusPlan]:
    """A reason only where the colour differs from the agreement's previous light (after following the monitor);
    the monitor's verdict is the reason when it made the difference."""
    previous: dict[int, str] = {}
    result = []
    for plan in plans:
        old_colour = previous.setdefault(plan.number, plan.colour)
        reason = ""
        if old_colour != plan.colour:
            followed = plan.colour_change_reason.startswith(MONITOR_REASON)
            reason = plan.colour_change_reason if followed else CHANGE_REASONS[(old_colour, plan.colour)]
        result.append(plan._replace(colour_change_reason=reason))
        previous[plan.number] = plan.colour
    return result


def ensure_statuses(*, agreements: dict[int, Agreement], users: dict[str, User]) -> int:
    """Write the planned statuses directly (closed periods included: the seed may)."""
    periods = {p.code: p for p in Period.objects.filter(code__in=PERIOD_CODES)}
    verdicts = ensure_monitor_links(agreements=agreements)
    plans = with_change_reasons(
        [follow_the_monitor(plan, verdicts.get(plan.number)) for plan in plan_statuses(sorted(agreements))]
    )
    for plan in plans:
        agreement = agreements[plan.number]
        keeper = users[KEEPER_BY_PILLAR[pillar_of(plan.number)]]
        values = plan._asdict()
        for key in ("number", "period_code"):
            values.pop(key)
        upsert(
            AgreementStatus,
            lookup={"agreement": agreement, "period": periods[plan.period_code]},
            values={**values, "updated_by": keeper},
            history_user=keeper,
            validate=False,
        )
    return len(plans)
