"""The deal's targets for a scope, read from the Target rows (never from code)."""

from __future__ import annotations

from agreements.formatting import format_number
from monitor.models import Target

from .figures import NEED_YEARS_TO_2030, PHASES_TO_2030, REALISED_FROM_YEAR, Level
from .sources import why_unknown
from .types import TargetRow


def _target_label(target: Target) -> str:
    value = format_number(float(target.value))
    if target.value_max is not None:
        value = f"{value}–{format_number(float(target.value_max))}"
    return f"{value} {target.unit}".strip()


def _share_row(
    target: Target | None, label: str, value: float | None, note: str, unknown: str = ""
) -> TargetRow | None:
    if target is None:
        return None
    goal = float(target.value)
    return TargetRow(
        unknown=unknown if value is None else "",
        code=target.code,
        label=label,
        value=value,
        unit="%",
        target_label=f"≥ {_target_label(target)}",
        progress=None if value is None or not goal else round(100 * value / goal, 1),
        met=None if value is None else value >= goal,
        note=note,
    )


def build_targets(*, level: str, figures: dict, realised: int | None, targets: dict[str, Target]) -> list:
    rows = []
    if level == Level.REGIO:
        rows.append(_realised_row(targets.get("homes-2025"), realised))
        rows.append(_capacity_row(targets.get("plan-stock-2030"), targets.get("need-per-year"), figures))
    rows.append(
        _share_row(
            targets.get("affordable-share"),
            "Aandeel betaalbaar in de zachte plancapaciteit",
            figures["affordable_soft_share"],
            "Sociale huur, middenhuur en betaalbare koop in plannen die nog niet hard zijn.",
            why_unknown(figures, "affordable_soft_share"),
        )
    )
    rows.append(
        _share_row(
            targets.get("circular-share"),
            "Aandeel circulair gebouwde woningen",
            figures["circular_share"],
            "Circulair gebouwde woningen als deel van alle woningen in de plannen.",
            why_unknown(figures, "circular_share"),
        )
    )
    return [row for row in rows if row is not None]


def _realised_row(homes: Target | None, realised: int | None) -> TargetRow | None:
    """The region's homes completed since the deal, against its target for 2025."""
    if homes is None:
        return None
    goal = float(homes.value)
    return TargetRow(
        code=homes.code,
        label=f"Gerealiseerde woningen {REALISED_FROM_YEAR}–{homes.horizon_year or ''}".rstrip("–"),
        value=realised,
        unit="woningen",
        target_label=_target_label(homes),
        progress=None if realised is None or not goal else round(100 * realised / goal, 1),
        met=None if realised is None else realised >= goal,
    )


def _capacity_row(stock: Target | None, need: Target | None, figures: dict) -> TargetRow | None:
    """The region's plan capacity until 2030 as a share of the highest need in those years."""
    if stock is None or need is None:
        return None
    label = "Plancapaciteit tot 2030 ten opzichte van de behoefte"
    if figures["hard_by_phase"] is None:
        return _share_row(stock, label, None, "", why_unknown(figures, "hard_by_phase"))
    capacity = sum(figures["hard_by_phase"][p] + figures["soft_by_phase"][p] for p in PHASES_TO_2030)
    need_high = float(need.value_max or need.value) * NEED_YEARS_TO_2030
    need_low = float(need.value) * NEED_YEARS_TO_2030
    ratio = round(100 * capacity / need_high, 1) if need_high else None
    note = (
        f"Plancapaciteit tot 2030 (hard en zacht, fasen 2020–2029 en zonder fasering): "
        f"{format_number(capacity)} woningen, tegenover een behoefte van {format_number(need_low)}–"
        f"{format_number(need_high)} woningen ({NEED_YEARS_TO_2030} jaar × {_target_label(need)}). "
        f"Het percentage is berekend op de hoogste behoefte."
    )
    return _share_row(stock, label, ratio, note)
