"""Demo data for the programme's means and places.

Facts from the Uitvoeringsplan (2020): the werkbudget of € 1 mln from provincie and Rijk and its four purposes
(3.2.3); the core team's formation of 4 fte in 2021 (1 secretaris from the werkbudget, 0,5 Arnhem, 0,5 Nijmegen,
1 regio, 0,5 provincie, 0,5 BZK), evaluated end 2021 (3.2.2); the kinds of flexibele schil (3.3.1); the rounds of
five locations in 2021 (2.2.3); the business cases for Stationsgebied/Binnenstad and Kanaalzone (pillar 5) and
the Arnhem-Oost programme (pillar 4) due in the first quarter of 2021. Everything else (the split over the lines,
commitments, spending, who fills which position, requests, rounds, elaborations, milestone dates) is invented
and flagged ``is_illustrative``.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from accounts.models import User
from agreements.models import Agreement, Organisation, Period, Pillar
from monitor.models import Indicator, Location, Municipality
from programme.divergence import affordable_homes, plan_level_source
from programme.models import (
    BudgetLine,
    CapacityPosition,
    CapacityRequest,
    Commitment,
    Development,
    DiscussionRound,
    Formation,
    LocationElaboration,
    Milestone,
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


def ensure_programme(*, users: dict[str, User]) -> None:
    organisations = {o.name: o for o in Organisation.objects.all()}
    periods = {p.code: p for p in Period.objects.filter(year=2021)}
    lines = _ensure_budget(organisations)
    _ensure_commitments(lines, periods, by=users["kernteam"])
    _ensure_formation(organisations, periods, lines)
    _ensure_requests(organisations, lines, users)
    _ensure_location_programme(organisations, periods, by=users["kernteam"])
    _ensure_developments()


def _ensure_budget(organisations) -> list[BudgetLine]:
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


def _ensure_commitments(lines, periods, *, by: User) -> None:
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


def _ensure_formation(organisations, periods, lines) -> None:
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


def _ensure_requests(organisations, lines, users) -> None:
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


ROUNDS = [  # number, date, location names (only existing ones are linked)
    (
        1,
        datetime.date(2021, 2, 18),
        ["Centrum-Oost", "Waalsprong (Nijmegen-Noord)", "Schuytgraaf", "De Pas Elst", "Wijchen-West"],
    ),
    (
        2,
        datetime.date(2021, 4, 22),
        [
            "Kronenburg",
            "Winkelsteeg station Goffert",
            "Lingezicht Elst",
            "Huurlingsedam",
            "Driegaarden Huissen",
        ],
    ),
    (
        3,
        datetime.date(2021, 9, 16),
        [
            "Vredenburg",
            "Stadsblokken-Meinerswijk",
            "Kraanvogelgebied",
            "Op Zuid Zetten",
            "Rijnstate-terrein Velp",
        ],
    ),
]
ELABORATIONS = [  # location, period, conceptual, investment, who invests, bottleneck, % above the monitor
    (
        "Centrum-Oost",
        "2021-h1",
        200,
        "45000000.00",
        "Gemeente Arnhem, Rijk (woningbouwimpuls)",
        "Hoge grondkosten en geluidhinder van het spoor.",
        0,
    ),
    (
        "Centrum-Oost",
        "2021-h2",
        200,
        "48000000.00",
        "Gemeente Arnhem, Rijk (woningbouwimpuls)",
        "De ambitie ligt een vijfde boven de plannen in de monitor: een tweede fase is in voorbereiding en nog "
        "niet als plan opgenomen.",
        20,
    ),
    (
        "Waalsprong (Nijmegen-Noord)",
        "2021-h1",
        600,
        "30000000.00",
        "Gemeente Nijmegen",
        "Voorzieningen en bereikbaarheid moeten de groei bijhouden.",
        0,
    ),
    ("Schuytgraaf", "2021-h1", 400, None, "", "Netcongestie vertraagt de aansluiting.", 0),
    (
        "De Pas Elst",
        "2021-h1",
        70,
        "2500000.00",
        "Gemeente Overbetuwe en ontwikkelaar",
        "Stijgende bouwkosten zetten de betaalbaarheid onder druk.",
        0,
    ),
    (
        "Wijchen-West",
        "2021-h1",
        100,
        "4000000.00",
        "Gemeente Wijchen",
        "Ontsluiting via de bestaande wegen is krap.",
        0,
    ),
]


def _ambition(
    location: Location, figures: dict | None, conceptual: int, above_percent: int
) -> dict[str, int]:
    """The ambition agrees with the demo monitor (so the demo agrees with itself), except where the row says
    by how much it lies above the monitor, with the reason in its bottleneck; a location without plans in the
    monitor takes the location register's numbers (its verdict then reads "onbekend")."""
    if figures:
        homes, affordable, circular = (
            figures["homes"],
            affordable_homes(figures) or 0,
            figures.get("circular") or 0,
        )
    else:
        homes, affordable, circular = (
            location.planned_homes,
            location.affordable_homes,
            location.circular_homes,
        )
    homes = homes * (100 + above_percent) // 100
    return {
        "homes": homes,
        "affordable_homes": min(affordable, homes),
        "circular_homes": min(circular, homes),
        "conceptual_homes": min(conceptual, homes),
    }


def _monitor_figures() -> dict[int, dict]:
    """The demo monitor's figures per location (the current plan-level source), for locations with plans."""
    source = plan_level_source()
    if source is None:
        return {}
    rows = Indicator.objects.filter(monitor_import=source, level=Indicator.Level.LOCATIE)
    return {
        row.location_id: row.figures
        for row in rows.only("location_id", "figures")
        if row.figures.get("plans")
    }


def _ensure_location_programme(organisations, periods, *, by: User) -> None:
    locations = {location.name: location for location in Location.objects.all()}
    parties = [
        organisations[n] for n in ("Provincie Gelderland", "Regio Arnhem Nijmegen", "NEPROM", "Vivare")
    ]
    for number, held_on, names in ROUNDS:
        found = [locations[name] for name in names if name in locations]
        discussion = upsert(
            DiscussionRound, lookup={"number": number}, values={"held_on": held_on, "is_illustrative": True}
        )
        discussion.locations.set(found)
        municipal = {organisations.get(f"Gemeente {loc.municipality.name}") for loc in found} - {None}
        discussion.parties.set([*parties, *municipal])
    monitor = _monitor_figures()
    for name, code, conceptual, investment, paid_by, bottleneck, above in ELABORATIONS:
        if name not in locations:
            continue
        location = locations[name]
        elaboration = upsert(
            LocationElaboration,
            lookup={"location": location, "period": periods[code]},
            values={
                **_ambition(location, monitor.get(location.pk), conceptual, above),
                "investment_needed": investment and D(investment),
                "investment_by": paid_by,
                "bottlenecks": bottleneck,
                "opportunities": location.opportunities,
                "is_illustrative": True,
            },
            history_user=by,
        )
        elaboration.parties.set(parties[:2])


DEVELOPMENTS = [  # name, cbs code, pillar, instrument, agreement, location names, milestones
    (
        "Stationsgebied en Binnenstad Nijmegen",
        "GM0268",
        5,
        "business_case",
        44,
        ["Stationsgebied"],
        [
            ("Business case gereed", datetime.date(2021, 3, 31), datetime.date(2021, 4, 20), "gereed"),
            ("Gebiedsafspraak Rijk, provincie en gemeente", datetime.date(2021, 9, 30), None, "vertraagd"),
            ("Start bouw eerste fase", datetime.date(2022, 6, 30), None, "gepland"),
        ],
    ),
    (
        "Kanaalzone Nijmegen",
        "GM0268",
        5,
        "business_case",
        None,
        ["Kanaalzone", "Kanaalknoop Noord en Zuid"],
        [
            ("Business case gereed", datetime.date(2021, 3, 31), datetime.date(2021, 3, 25), "gereed"),
            ("Gebiedsafspraak Rijk, provincie en gemeente", datetime.date(2021, 12, 15), None, "gepland"),
        ],
    ),
    (
        "Stedelijke vernieuwing Arnhem-Oost",
        "GM0202",
        4,
        "programma",
        33,
        [],
        [
            (
                "Programma stedelijke vernieuwing vastgesteld",
                datetime.date(2021, 3, 31),
                datetime.date(2021, 3, 31),
                "gereed",
            ),
            ("Eerste voortgangsrapportage vijf wijken", datetime.date(2021, 11, 30), None, "gepland"),
        ],
    ),
]


def _ensure_developments() -> None:
    municipalities = {m.cbs_code: m for m in Municipality.objects.all()}
    pillars = {p.number: p for p in Pillar.objects.all()}
    agreements = {a.number: a for a in Agreement.objects.filter(number__in=[33, 44])}
    locations = {location.name: location for location in Location.objects.all()}
    for name, cbs_code, pillar, instrument, agreement, location_names, milestones in DEVELOPMENTS:
        development = upsert(
            Development,
            lookup={"name": name},
            values={
                "municipality": municipalities[cbs_code],
                "pillar": pillars[pillar],
                "instrument": instrument,
                "agreement": agreements.get(agreement),
                "is_illustrative": False,
            },
        )
        development.locations.set([locations[n] for n in location_names if n in locations])
        for title, due_on, done_on, state in milestones:
            upsert(
                Milestone,
                lookup={"development": development, "title": title},
                values={"due_on": due_on, "done_on": done_on, "state": state, "is_illustrative": True},
            )
