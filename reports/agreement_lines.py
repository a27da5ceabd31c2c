"""One agreement as a line in a factsheet or in the progress report: its light in the half year (assessed or
carried over, labelled so) beside its light in the previous one. The factsheet's line adds whether it was
assessed in this half year; the report's adds the pillar and the colour change with its reason."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from agreements.lights import KEYS, LABELS, NONE, Light
from agreements.models import Agreement, AgreementStatus


@dataclass(frozen=True)
class ColourCount:
    colour: str  # groen / geel / rood, or "none" for "nog niet beoordeeld" (``agreements.lights.NONE``)
    label: str
    count: int


def count_colours(lines: Iterable["AgreementLine"]) -> tuple[ColourCount, ...]:
    """How many of ``lines`` have each light, in the order of every count (groen, geel, rood, nog niet
    beoordeeld): the count of the factsheet, the report and its briefing."""
    counted = Counter(line.colour or NONE for line in lines)
    return tuple(ColourCount(key, LABELS[key], counted[key]) for key in KEYS)


@dataclass(frozen=True, kw_only=True)
class AgreementLine:
    number: int
    title: str
    colour: str  # groen / geel / rood, or "" when not yet assessed
    colour_label: str
    phase_label: str
    progress: str
    needs_attention: bool
    previous_colour: str
    previous_colour_label: str
    light_note: str = ""  # "overgenomen uit …" when the light was carried over from an earlier half year
    is_illustrative: bool = False

    @classmethod
    def of(
        cls, agreement: Agreement, *, status: AgreementStatus | None, light: Light, previous: Light, **extra
    ) -> Self:
        """The line of ``agreement`` from its status in the half year (``None``: none yet), its light there
        and its light in the previous half year; ``extra`` fills the subclass's own fields."""
        return cls(
            number=agreement.number,
            title=agreement.title,
            colour=light.colour,
            colour_label=light.label,
            phase_label=status.get_phase_display() if status else "",
            progress=status.progress if status else "",
            needs_attention=bool(status and status.needs_attention),
            previous_colour=previous.colour,
            previous_colour_label=previous.label,
            light_note=light.note,
            is_illustrative=agreement.is_illustrative,
            **extra,
        )
