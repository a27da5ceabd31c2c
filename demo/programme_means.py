"""Demo data for the programme's means: the werkbudget, its commitments and spending, the core team's formation and
the requests for the flexibele schil (see ``demo/programme.py`` for what is fact and what is invented)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from accounts.models import User
from programme.models import (
    BudgetLine,
    CapacityPosition,
    CapacityRequest,
    Commitment,
    Formation,
    Spending,
    WorkBudget,
)
from tempotafels.models import Tempotafel

from .base import upsert

D = Decimal
LINES = [  # name, amount (the split is illustrative; the total and the purposes are the seed's)
    ("Secretariaat Ambtelijk Kernteam en Bestuurlijk Overleg", D("350000.00")),
    ("Ondersteuning en procesbegeleiding van de tafels", D("350000.00")),
    ("Monitoring", D("200000.00")),
    ("Communicatie", D("100000.00")),
]
COMMITMENTS = [  # line index, supplier, purpose, amount, date, tempotafel name or ""
    (
        0,
        "Secretaris / procescoördinator (inhuur)",
        "1 fte secretaris en procescoördinator, 2021",
        "118000.00",
        datetime.date(2021, 1, 4),
        "",
    ),
    (
        1,
        "Procesbureau (illustratief)",
        "Procesbegeleiding Tempotafels 2021",
        "60000.00",
        datetime.date(2021, 2, 1),
        "",
    ),
    (
        2,
        "Onderzoeksbureau (illustratief)",
        "Uitbreiding regionale woningmarktmonitor voor de Woondeal",
        "45000.00",
        datetime.date(2021, 3, 15),
        "",
    ),
    (
        3,
        "Communicatiebureau (illustratief)",
        "Nieuwsbrief en webpagina voortgang Woondeal",
        "24500.00",
        datetime.date(2021, 4, 1),
        "",
    ),
]
POSITIONS = [  # organisation, role, fte, state per half year (h1, h2), paid from line 0?
    ("Regio Arnhem Nijmegen", "Secretaris / procescoördinator", "1.00", ("extern", "ingevuld"), True),
    ("Gemeente Arnhem", "Lid kernteam", "0.50", ("ingevuld", "ingevuld"), False),
    ("Gemeente Nijmegen", "Lid kernteam", "0.50", ("ingevuld", "ingevuld"), False),
    ("Regio Arnhem Nijmegen", "Lid kernteam", "1.00", ("ingevuld", "ingevuld"), False),
    ("Provincie Gelderland", "Lid kernteam", "0.50", ("ingevuld", "ingevuld"), False),
    ("Ministerie van BZK", "Lid kernteam", "0.50", ("vacature", "ingevuld"), False),
]


def ensure_budget(organisations) -> list[BudgetLine]:
    budget = upsert(
        WorkBudget,
        lookup={"name": "Werkbudget Woondeal"},
        values={
            "amount": D("1000000.00"),
            "description": "Door provincie en Rijk beschikbaar gesteld voor de inrichting van de "
            "Versnellingstafel en de uitvoering van de Woondeal (Uitvoeringsplan 3.2.3).",
        },
    )
    funders = [organisations["Provincie Gelderland"], organisations["Ministerie van BZK"]]
    budget.funders.set(funders)
    lines = []
    for position, (name, amount) in enumerate(LINES, start=1):
        line = upsert(
            BudgetLine,
            lookup={"budget": budget, "name": name},
            values={"amount": amount, "position": position, "is_illustrative": True},
        )
        line.funders.set(funders)
        lines.append(line)
    return lines


def ensure_commitments(lines, periods, *, by: User) -> None:
    made = []
    for index, supplier, purpose, amount, date, _tafel in COMMITMENTS:
        made.append(
            upsert(
                Commitment,
                lookup={"budget_line": lines[index], "supplier": supplier, "corrects": None},
                values={
                    "purpose": purpose,
                    "amount": D(amount),
                    "committed_on": date,
                    "created_by": by,
                    "is_illustrative": True,
                },
            )
        )
    tafel = Tempotafel.objects.order_by("pk").first()
    if tafel and made[1].tempotafel_id != tafel.pk:
        made[1].tempotafel = tafel
        made[1].save(update_fields=["tempotafel"])
    upsert(
        Commitment,
        lookup={"corrects": made[1]},
        values={
            "budget_line": lines[1],
            "supplier": made[1].supplier,
            "purpose": f"Correctie: {made[1].purpose}",
            "amount": D("-7500.00"),
            "committed_on": datetime.date(2021, 6, 15),
            "created_by": by,
            "correction_reason": "Twee sessies minder nodig dan geraamd (illustratief).",
            "is_illustrative": True,
        },
    )
    spent = {"2021-h1": ("59000.00", "20000.00", "15000.00", "6000.00"), "2021-h2": ("30000.00", "12000.00")}
    for code, amounts in spent.items():
        for commitment, amount in zip(made, amounts, strict=False):
            upsert(
                Spending,
                lookup={"commitment": commitment, "period": periods[code]},
                values={"amount": D(amount), "created_by": by, "is_illustrative": True},
            )


def ensure_formation(organisations, periods, lines) -> None:
    formation = upsert(
        Formation,
        lookup={"name": "Ambtelijk Kernteam Woondeal 2021"},
        values={
            "planned_fte": D("4.00"),
            "evaluation_on": datetime.date(2021, 12, 31),
            "note": "Samenstelling volgens het Uitvoeringsplan (3.2.2); de benodigde inzet wordt na een jaar "
            "geëvalueerd.",
        },
    )
    for name, role, fte, states, from_budget in POSITIONS:
        for code, state in zip(("2021-h1", "2021-h2"), states, strict=True):
            upsert(
                CapacityPosition,
                lookup={
                    "formation": formation,
                    "period": periods[code],
                    "organisation": organisations[name],
                    "role": role,
                },
                values={
                    "fte": D(fte),
                    "state": state,
                    "funded_by": lines[0] if from_budget else None,
                    "is_illustrative": True,
                },
            )


REQUESTS = [  # organisation, requester, kind, project, need, start, end, cost, state, reason, line index
    (
        "Gemeente Lingewaard",
        "partner",
        "versnellingskamer",
        "Versnellingskamer Flexwonen",
        "Een Versnellingskamer om flexwonen snel van de grond te krijgen (de eerste in de regio).",
        datetime.date(2021, 1, 15),
        datetime.date(2021, 3, 31),
        "0.00",
        "afgerond",
        "Regeling van het Rijk.",
        None,
    ),
    (
        "Gemeente Overbetuwe",
        "kernteam2",
        "flexpool",
        "De Pas Elst: planjurist",
        "Een planjurist voor drie maanden om zienswijzen op het bestemmingsplan af te handelen.",
        datetime.date(2021, 9, 1),
        datetime.date(2021, 11, 30),
        "24000.00",
        "lopend",
        "Past binnen de flexpool.",
        1,
    ),
    (
        "Gemeente Wijchen",
        "partner",
        "flexpool",
        "Wijchen-West: projectleider",
        "Een projectleider woningbouw voor een half jaar om de planvoorbereiding te versnellen.",
        datetime.date(2021, 10, 1),
        datetime.date(2022, 3, 31),
        "36000.00",
        "aangevraagd",
        "",
        None,
    ),
    (
        "Gemeente Rheden",
        "kernteam3",
        "juridisch",
        "Rijnstate-terrein Velp: stikstof",
        "Juridisch advies over de passende beoordeling voor stikstof.",
        datetime.date(2021, 6, 1),
        datetime.date(2021, 8, 31),
        "15000.00",
        "afgewezen",
        "Valt onder de Juridische Expert Pool van het Rijk; daar aanvragen, geen kosten voor het werkbudget.",
        None,
    ),
]


def ensure_requests(organisations, lines, users) -> None:
    decider = users["kernteam"]
    for name, requester, kind, project, need, start, end, cost, state, reason, line in REQUESTS:
        commitment = None
        if line is not None:
            commitment = upsert(
                Commitment,
                lookup={
                    "budget_line": lines[line],
                    "purpose": f"Flexibele schil: {project}",
                    "corrects": None,
                },
                values={
                    "supplier": name,
                    "amount": D(cost),
                    "committed_on": start,
                    "created_by": decider,
                    "is_illustrative": True,
                },
            )
        decided = state != "aangevraagd"
        upsert(
            CapacityRequest,
            lookup={"organisation": organisations[name], "project": project},
            values={
                "requested_by": users.get(requester, decider),
                "kind": kind,
                "need": need,
                "starts_on": start,
                "ends_on": end,
                "estimated_cost": D(cost),
                "state": state,
                "decision_reason": reason,
                "decided_by": decider if decided else None,
                "commitment": commitment,
                "decided_at": _decision_time(start) if decided else None,
                "is_illustrative": True,
            },
            history_user=users.get(requester, decider),
        )


def _decision_time(start: datetime.date) -> datetime.datetime:
    """Two weeks before the work starts, at ten in the morning (Dutch time)."""
    moment = datetime.datetime.combine(start - datetime.timedelta(days=14), datetime.time(10))
    return timezone.make_aware(moment)
