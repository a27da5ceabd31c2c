"""Demo data for the location programme: the rounds, the elaborations (agreeing with the demo monitor) and the
seed's developments with their milestones (see ``demo/programme.py`` for what is fact and what is invented)."""

import datetime
from decimal import Decimal

from accounts.models import User
from agreements.models import Agreement, Pillar
from monitor.models import Indicator, Location, Municipality
from programme.divergence import affordable_homes, plan_level_source
from programme.models import (
    Development,
    DiscussionRound,
    LocationElaboration,
    Milestone,
)

from .base import upsert

D = Decimal


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


def ensure_location_programme(organisations, periods, *, by: User) -> None:
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


def ensure_developments() -> None:
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
