"""Plausibility bounds for numbers of homes (issue 11, defect 6): a number nobody can trust is an error, a large
but possible one is a warning that the preview shows.

Calibrated on the real files in ``data/``: the largest single plan in the EIB's national list of 4,348 plans is
Almere Pampus (25,000 homes), the largest municipal plan capacity in the provincial file is Amsterdam's
(225,635), and in this region capacity is at most 20 % of a municipality's housing stock (Nijmegen).
"""

from collections import defaultdict
from collections.abc import Iterable

from agreements.formatting import format_number

from .matching import MunicipalityMatcher
from .parsed import PlanRow
from .problems import ERROR, WARNING, Problem

PLAN_HOMES_LARGE = 5_000  # warning: a large plan, or a total typed into one plan's row
PLAN_HOMES_MAX = 50_000  # error: twice the largest plan in the country
MUNICIPALITY_HOMES_MAX = 500_000  # error: more than the whole housing stock of Amsterdam
MUNICIPALITY_STOCK_SHARE_LARGE = 0.5  # warning: capacity of half the municipality's housing stock


def plan_homes_problem(homes: int) -> tuple[str, str] | None:
    """(severity, Dutch message) for one plan's homes, or None when plausible."""
    if homes > PLAN_HOMES_MAX:
        return ERROR, (
            f"{format_number(homes)} woningen in één plan is niet geloofwaardig "
            f"(de grens is {format_number(PLAN_HOMES_MAX)}; het grootste plan van Nederland telt er 25.000). "
            "Controleer het getal."
        )
    if homes > PLAN_HOMES_LARGE:
        return WARNING, (
            f"Groot plan: {format_number(homes)} woningen. "
            "Controleer of dit één plan is en geen totaal van meerdere."
        )
    return None


def municipality_problems(
    plans: Iterable[PlanRow], *, municipalities: MunicipalityMatcher, sheet: str, column: str
) -> list[Problem]:
    """One problem per municipality whose plans add up to an implausible number of homes."""
    totals: dict[int, int] = defaultdict(int)
    for plan in plans:
        totals[plan.municipality_id] += plan.homes
    problems = []
    for pk, total in totals.items():
        municipality = municipalities.by_id[pk]
        stock = municipality.housing_stock
        if total > MUNICIPALITY_HOMES_MAX:
            message = (
                f"{municipality.name}: de plannen tellen samen {format_number(total)} woningen, meer dan de "
                f"grens van {format_number(MUNICIPALITY_HOMES_MAX)} per gemeente. Controleer de aantallen."
            )
            problems.append(Problem(ERROR, sheet, None, column, "woningen", message))
        elif stock and total > stock * MUNICIPALITY_STOCK_SHARE_LARGE:
            message = (
                f"{municipality.name}: de plannen tellen samen {format_number(total)} woningen, "
                f"{round(100 * total / stock)} % van de woningvoorraad ({format_number(stock)}). "
                "Controleer of dat klopt."
            )
            problems.append(Problem(WARNING, sheet, None, column, "woningen", message))
    return problems
