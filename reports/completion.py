"""How far the factsheets of a period are: the core team's overview and the start page's "what is due"."""

from dataclasses import dataclass

from django.db.models import Count, Q

from accounts.models import User
from agreements.models import Period, Pillar

from .models import Factsheet


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


def due_for(user: User) -> tuple[Period | None, list[CompletionRow]]:
    """The current period and the factsheets of the user's own pillars (tempomaker or ambassador)."""
    tempomaker, ambassador = user.tempomaker_pillar_ids, user.ambassador_pillar_ids
    if not (tempomaker or ambassador):
        return None, []
    period = Period.objects.current()
    if period is None:
        return None, []
    rows = [
        CompletionRow(
            row.pillar,
            row.factsheet,
            row.agreement_count,
            row.assessed_count,
            for_tempomaker=row.pillar.pk in tempomaker,
            for_ambassador=row.pillar.pk in ambassador,
        )
        for row in completion_rows(period, pillar_ids=tempomaker | ambassador)
    ]
    return period, rows
