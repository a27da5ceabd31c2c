"""How far the factsheets of a period are, and whose turn it is: the core team's overview and the start pages."""

from dataclasses import dataclass

from django.db.models import Count, Q

from accounts.models import Role
from agreements.models import Period, Pillar
from reports.models import Factsheet

from .sheet import TEXT_LABELS, FactsheetData, FactsheetLine


@dataclass(frozen=True)
class CompletionRow:
    pillar: Pillar
    factsheet: Factsheet  # unsaved when the pillar has not started
    agreement_count: int
    assessed_count: int
    for_tempomaker: bool = False
    for_ambassador: bool = False

    @property
    def texts_filled(self) -> int:
        return self.factsheet.filled_count

    @property
    def texts_total(self) -> int:
        return len(Factsheet.TEXT_FIELDS)

    @property
    def awaits_approval(self) -> bool:
        return self.factsheet.is_started and self.factsheet.state == Factsheet.State.SUBMITTED

    @property
    def is_todo(self) -> bool:
        return self.factsheet.state in (Factsheet.State.CONCEPT, Factsheet.State.RETURNED)

    @property
    def turn_role(self) -> str:
        """Whose turn it is: the tempomakers until submitted, then the ambassador, then the core team."""
        return TURN[self.factsheet.state][0]

    @property
    def turn_label(self) -> str:
        return TURN[self.factsheet.state][1]


State = Factsheet.State
TURN = {
    State.CONCEPT: (Role.TEMPOMAKER, "de tempomakers: invullen en indienen"),
    State.RETURNED: (Role.TEMPOMAKER, "de tempomakers: aanpassen en opnieuw indienen"),
    State.SUBMITTED: (Role.AMBASSADEUR, "de ambassadeur: goedkeuren of terugsturen"),
    State.APPROVED: (Role.KERNTEAM, "het kernteam: definitief maken"),
    State.FINAL: ("", "niemand meer: de factsheet is definitief"),
}


def completion_rows(period: Period, *, pillar_ids=None) -> list[CompletionRow]:
    """One row per pillar (or per pillar in ``pillar_ids``): two queries, whatever the data."""
    pillars = Pillar.objects.annotate(
        agreement_count=Count("agreements", distinct=True),
        assessed_count=Count(
            "agreements__statuses", filter=Q(agreements__statuses__period=period), distinct=True
        ),
    )
    factsheets = Factsheet.objects.filter(period=period).select_related("updated_by")
    if pillar_ids is not None:
        pillars = pillars.filter(pk__in=pillar_ids)
        factsheets = factsheets.filter(pillar_id__in=pillar_ids)
    by_pillar = {f.pillar_id: f for f in factsheets}
    rows = []
    for pillar in pillars:
        factsheet = by_pillar.get(pillar.pk) or Factsheet(pillar=pillar, period=period)
        factsheet.pillar, factsheet.period = pillar, period
        rows.append(CompletionRow(pillar, factsheet, pillar.agreement_count, pillar.assessed_count))
    return rows


# Before submitting: what the ambassador would receive ------------------------------------------------


@dataclass(frozen=True)
class TextState:
    label: str
    filled: bool
    required: bool


@dataclass(frozen=True)
class Completeness:
    """A factsheet's completeness, shown before it is submitted: texts filled, lights set, agreements
    still without a light (lines of the factsheet builder)."""

    texts: tuple[TextState, ...]
    unassessed: tuple[FactsheetLine, ...]
    agreement_count: int

    @property
    def lights_set(self) -> int:
        return self.agreement_count - len(self.unassessed)

    @property
    def texts_filled(self) -> int:
        return sum(1 for text in self.texts if text.filled)

    @property
    def missing_required(self) -> list[str]:
        return [text.label for text in self.texts if text.required and not text.filled]

    @property
    def is_complete(self) -> bool:
        return not self.unassessed and all(text.filled for text in self.texts)


REQUIRED_TEXTS = ("summary",)  # submit_factsheet refuses without it


def completeness(sheet: FactsheetData) -> Completeness:
    texts = tuple(
        TextState(TEXT_LABELS[name], bool(getattr(sheet, name).strip()), name in REQUIRED_TEXTS)
        for name in Factsheet.TEXT_FIELDS
    )
    unassessed = tuple(line for line in sheet.agreements if not line.assessed)
    return Completeness(texts, unassessed, len(sheet.agreements))
