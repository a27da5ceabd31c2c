"""Constants and helpers for the figures of the Indicator contract (see monitor.models.Indicator)."""

from monitor.models import Indicator, MonitorImport, PlanPhase, PriceSegment

Level = Indicator.Level
STATUSES = [("hard", "Hard"), ("soft", "Zacht"), ("in_aanbouw", "In aanbouw"), ("opgeleverd", "Opgeleverd")]
PHASES = list(PlanPhase.values)
PHASES_TO_2030 = [p for p in PHASES if p != PlanPhase.FROM_2030]
SEGMENTS = [*PriceSegment.choices, ("onbekend", "Segment onbekend")]  # the rest of a plan's homes
AFFORDABLE_SEGMENTS = PriceSegment.affordable()
GOALS = [
    ("affordable", "Betaalbaar"),
    ("circular", "Circulair"),
    ("conceptual", "Conceptueel"),
    ("flexible", "Flexwonen"),
    ("target_groups", "Doelgroepen"),
]
REALISED_FROM_YEAR = 2020
NEED_YEARS_TO_2030 = 10  # the phases 2020-2024 and 2025-2029
SUPERSEDED_OR_CURRENT = [MonitorImport.State.COMMITTED, MonitorImport.State.SUPERSEDED]


def empty_figures() -> dict:
    return {
        "plans": 0,
        "homes": 0,
        **{key: 0 for key, _ in STATUSES},
        "hard_by_phase": dict.fromkeys(PHASES, 0),
        "soft_by_phase": dict.fromkeys(PHASES, 0),
        "segments": {key: 0 for key, _ in SEGMENTS},
        "soft_affordable": 0,
        "affordable_soft_share": None,
        "circular": 0,
        "conceptual": 0,
        "flexible": 0,
        "circular_share": None,
        "conceptual_share": None,
        "flexible_share": None,
        "target_groups": {},
    }


def complete_figures(figures: dict | None) -> dict:
    """The stored figures with every documented key present (older or partial rows read as zero)."""
    result = empty_figures()
    for key, value in (figures or {}).items():
        result[key] = {**result[key], **value} if isinstance(result.get(key), dict) else value
    return result
