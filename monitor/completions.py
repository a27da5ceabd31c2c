"""Yearly completions per municipality (CBS figures) and the choice where the dashboard's realised homes come from.

Both are recorded by the core team on one small form; the dashboard reads them (``monitor.dashboard``).
"""

from django.db import transaction
from django.db.models import Count, Sum

from .models import MonitorSettings, Municipality, YearlyCompletion


@transaction.atomic
def record_yearly_completions(
    *, year: int, homes: dict[Municipality, int | None], realised_source: str, source: str = "CBS"
) -> list[YearlyCompletion]:
    """Store the completions of ``year`` (an empty value removes that municipality's figure) and the source."""
    stored = []
    for municipality, value in homes.items():
        if value is None:
            YearlyCompletion.objects.filter(municipality=municipality, year=year).delete()
            continue
        completion, _ = YearlyCompletion.objects.update_or_create(
            municipality=municipality, year=year, defaults={"homes": value, "source": source}
        )
        stored.append(completion)
    settings_row = MonitorSettings.get_solo()
    if settings_row.realised_source != realised_source:
        settings_row.realised_source = realised_source
        settings_row.full_clean()
        settings_row.save(update_fields=["realised_source"])
    return stored


def completion_totals() -> list[dict]:
    """Per year: the homes recorded for the region and for how many municipalities."""
    return list(
        YearlyCompletion.objects.values("year")
        .annotate(homes=Sum("homes"), municipalities=Count("id"))
        .order_by("year")
    )


def completions_of_year(year: int) -> dict[int, int]:
    return dict(YearlyCompletion.objects.filter(year=year).values_list("municipality_id", "homes"))
