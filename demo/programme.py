"""Demo data for the programme's means and places.

Facts from the Uitvoeringsplan (2020): the werkbudget of € 1 mln from provincie and Rijk and its four purposes
(3.2.3); the core team's formation of 4 fte in 2021 (1 secretaris from the werkbudget, 0,5 Arnhem, 0,5 Nijmegen,
1 regio, 0,5 provincie, 0,5 BZK), evaluated end 2021 (3.2.2); the kinds of flexibele schil (3.3.1); the rounds of
five locations in 2021 (2.2.3); the business cases for Stationsgebied/Binnenstad and Kanaalzone (pillar 5) and
the Arnhem-Oost programme (pillar 4) due in the first quarter of 2021. Everything else (the split over the lines,
commitments, spending, who fills which position, requests, rounds, elaborations, milestone dates) is invented
and flagged ``is_illustrative``.
"""

from accounts.models import User
from agreements.models import Organisation, Period

from .programme_means import ensure_budget, ensure_commitments, ensure_formation, ensure_requests
from .programme_places import ensure_developments, ensure_location_programme


def ensure_programme(*, users: dict[str, User]) -> None:
    organisations = {o.name: o for o in Organisation.objects.all()}
    periods = {p.code: p for p in Period.objects.filter(year=2021)}
    lines = ensure_budget(organisations)
    ensure_commitments(lines, periods, by=users["kernteam"])
    ensure_formation(organisations, periods, lines)
    ensure_requests(organisations, lines, users)
    ensure_location_programme(organisations, periods, by=users["kernteam"])
    ensure_developments()
