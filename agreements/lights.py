"""The traffic light: one type with its label and colour, and one answer to "the light of agreement X in period P".

The light of an agreement in a period is its assessment in that period or, when it was not assessed there, the
most recent earlier assessment, carried over and labelled so ("overgenomen uit 2e halfjaar 2020"). An
agreement never assessed up to the period is "nog niet beoordeeld". ``AgreementQuerySet.with_latest_status``
annotates it (one subquery), ``Agreement.light`` reads it, ``AgreementQuerySet.light_counts`` counts it per
pillar; lists, filters, the dashboard, the period overview, factsheets, the report and exports all use these.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db import models
from django.utils.html import format_html
from django.utils.safestring import SafeString

NOT_ASSESSED = "Nog niet beoordeeld"
NONE = "none"  # the key of "nog niet beoordeeld" in counts, CSS classes and chart colours


class TrafficLight(models.TextChoices):
    GROEN = "groen", "Groen: op koers"
    GEEL = "geel", "Geel: aandacht / vertraging"
    ROOD = "rood", "Rood: knelpunt, bestuurlijke aandacht nodig"

    @property
    def short_label(self) -> str:
        return self.label.split(":")[0]

    @property
    def hex(self) -> str:
        return HEX[self.value]


HEX = {"groen": "#1e7b34", "geel": "#f5c518", "rood": "#c0262d", NONE: "#8a8a8a"}
KEYS = [*TrafficLight.values, NONE]  # the order of every count: groen, geel, rood, nog niet beoordeeld
SHORT_LABELS = {**{light.value: light.short_label for light in TrafficLight}, NONE: NOT_ASSESSED}
LABELS = {**dict(TrafficLight.choices), NONE: NOT_ASSESSED}


def period_label(code: str) -> str:
    """``2021-h2`` → ``2e halfjaar 2021``."""
    year, half = code.split("-h")
    return f"{half}e halfjaar {year}"


@dataclass(frozen=True)
class Light:
    """The light of one agreement in one period."""

    colour: str = ""  # groen / geel / rood; "" when never assessed up to the period
    assessed_in: str = ""  # code of the period of the assessment
    period: str = ""  # code of the period asked about ("" = the assessment itself, nothing carried)

    @property
    def key(self) -> str:
        return self.colour or NONE

    @property
    def carried_over(self) -> bool:
        return bool(self.colour and self.period and self.assessed_in != self.period)

    @property
    def label(self) -> str:
        return LABELS[self.key]

    @property
    def short_label(self) -> str:
        return SHORT_LABELS[self.key]

    @property
    def hex(self) -> str:
        return HEX[self.key]

    @property
    def note(self) -> str:
        return f"overgenomen uit {period_label(self.assessed_in)}" if self.carried_over else ""

    @property
    def text(self) -> str:
        """The label with its note, for exports and plain text: "Geel: … (overgenomen uit …)"."""
        return f"{self.label} ({self.note})" if self.note else self.label


def as_light(value) -> Light:
    """A ``Light`` from a light, a status (anything with ``colour``), a colour string or None."""
    if isinstance(value, Light):
        return value
    if value is None or isinstance(value, str):
        return Light(colour=value or "")
    return Light(colour=getattr(value, "colour", "") or "")


def light_html(value, *, short: bool = False, note: str = "") -> SafeString:
    """The light as colour plus text (never colour alone), with its note when carried over (``note`` gives
    the note of a light that a builder stored as plain data)."""
    light = as_light(value)
    html = format_html(
        '<span class="light light-{}"><span class="light-dot" aria-hidden="true"></span>{}</span>',
        light.key,
        light.short_label if short else light.label,
    )
    if note or light.note:
        html += format_html(' <span class="muted light-note">({})</span>', note or light.note)
    return html


@dataclass
class LightCounts:
    """How many agreements have each light in one period; ``carried_over`` of the coloured ones were
    assessed in an earlier period."""

    counts: Counter = field(default_factory=Counter)
    carried_over: int = 0

    def add(self, light: Light) -> None:
        self.counts[light.key] += 1
        self.carried_over += light.carried_over

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def cells(self) -> list[int]:
        return [self.counts[key] for key in KEYS]

    def __getitem__(self, key: str) -> int:
        return self.counts[key]
