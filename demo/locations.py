"""Demo housing locations from the facts file. Homes are M/H where known; coordinates, the contributions to
circular, conceptual and flexible building, opportunities and bottlenecks are plausible placeholders (L), so
every demo location is flagged illustrative. Only Centrum-Oost and the Waalsprong are publicly confirmed
versnellingslocaties; the seed's 2020 large-scale developments are Stationsgebied and Kanaalzone. Every other
place is an "overige locatie" (Spoorzone Arnhem-Oost / Rijnpark is a Woondeal 2.0 location of 2023)."""

from decimal import Decimal
from typing import NamedTuple

from agreements.models import Agreement
from monitor.models import Location, Municipality

from .base import upsert


class LocationData(NamedTuple):
    name: str
    cbs_code: str
    kind: str
    lat: str
    lon: str
    homes: tuple[int, int, int, int, int]  # planned, affordable, circular, conceptual, flexible
    target_groups: str
    opportunities: str
    bottlenecks: str
    agreements: tuple[int, ...] = ()


V, G, F, OV = (
    Location.Kind.VERSNELLING,
    Location.Kind.GROOTSCHALIG,
    Location.Kind.FLEXWONEN,
    Location.Kind.OVERIG,
)
ARNHEM, NIJMEGEN, WIJCHEN, OVERBETUWE = "GM0202", "GM0268", "GM0296", "GM1734"

_ = LocationData
# A table: one row per line.
# fmt: off
LOCATIONS: list[LocationData] = [
    _("Centrum-Oost", ARNHEM, V, "51.98600", "5.91900", (1500, 750, 300, 200, 0), "starters, jongeren", "Binnenstedelijke transformatie dicht bij het centraal station.", "Hoge grondkosten en geluidhinder van het spoor.", (51,)),
    _("Kronenburg", ARNHEM, OV, "51.96500", "5.86500", (1100, 450, 200, 150, 0), "gezinnen, senioren", "Ontwikkelperspectief samen met het atelier Rijksbouwmeester.", "Verdichting rond het winkelcentrum vraagt afstemming met eigenaren.", (32,)),
    _("Vredenburg", ARNHEM, OV, "51.96900", "5.87200", (120, 60, 20, 40, 0), "senioren", "Kleinschalige verdichting met conceptuele woningen.", "Parkeernormen beperken het aantal woningen.", (32,)),
    _("Spoorzone Arnhem-Oost / Rijnpark", ARNHEM, OV, "51.98300", "5.93500", (7000, 3500, 1750, 700, 0), "starters, gezinnen, senioren", "Grootschalige locatie van Woondeal 2.0 (2023), niet van de deal van 2020; in 2020 is Arnhem-Oost een programma voor stedelijke vernieuwing (pijler 4).", "Stikstof, bodemsanering en bereikbaarheid vragen grote investeringen.", ()),
    _("Schuytgraaf", ARNHEM, OV, "51.95500", "5.86000", (1600, 560, 160, 400, 0), "gezinnen", "Uitleglocatie met een bestemmingsplan dat grotendeels hard is.", "Netcongestie vertraagt de aansluiting van nieuwe woningen.", ()),
    _("Stadsblokken-Meinerswijk", ARNHEM, OV, "51.97500", "5.89500", (400, 120, 100, 0, 0), "stedelingen", "Wonen aan de Rijn in een groene uiterwaard.", "Hoogwaterveiligheid en natuurregels beperken de bouwmogelijkheden.", ()),
    _("Stationsgebied", NIJMEGEN, G, "51.84300", "5.85300", (670, 419, 100, 0, 0), "starters, studenten, senioren", "Multimodale hub met woningbouwimpuls en cofinanciering van provincie en Rijk.", "Complexe bouwlogistiek naast het in gebruik zijnde station.", (42, 44)),
    _("Waalsprong (Nijmegen-Noord)", NIJMEGEN, V, "51.86800", "5.86000", (12000, 4800, 1200, 1800, 0), "gezinnen, starters", "Eindbeeld van circa 12.000 woningen met ruimte voor versnelling.", "Voorzieningen en bereikbaarheid moeten de groei bijhouden.", (50,)),
    _("Winkelsteeg NDW21 (tijdelijke woningen)", NIJMEGEN, F, "51.82900", "5.87800", (500, 500, 0, 500, 500), "spoedzoekers, dakloze mensen, statushouders", "Snel 500 tijdelijke woningen met de impuls flexwonen van het Rijk.", "Tijdelijke vergunning en begeleiding van kwetsbare bewoners.", (8,)),
    _("Winkelsteeg station Goffert", NIJMEGEN, OV, "51.82600", "5.88000", (987, 400, 150, 100, 0), "starters, jongeren", "Transformatie van een bedrijventerrein bij het nieuwe station Goffert.", "Verplaatsing van bedrijven en milieucontouren.", (47,)),
    _("Kanaalzone", NIJMEGEN, G, "51.84000", "5.80000", (4000, 1600, 600, 400, 0), "gezinnen, starters", "Grootschalige herontwikkeling met woningen en werken; Kanaalknoop Noord en Zuid zijn er delen van.", "Milieuzonering van bedrijven langs het Maas-Waalkanaal.", (43,)),
    _("Wijchen-West", WIJCHEN, OV, "51.80600", "5.70800", (550, 220, 55, 100, 0), "gezinnen, senioren", "Uitbreidingswijk met een sterke vraag uit de eigen gemeente.", "Ontsluiting via de bestaande wegen is krap.", ()),
    _("Huurlingsedam", WIJCHEN, OV, "51.80000", "5.74500", (350, 140, 35, 0, 0), "gezinnen", "Aansluiting op de bestaande wijk en het station.", "Afstemming met de aanleg van groen en water.", ()),
    _("Kraanvogelgebied", WIJCHEN, OV, "51.81200", "5.72200", (250, 100, 25, 50, 0), "starters", "Inbreiding dicht bij het centrum.", "Grondposities bij verschillende eigenaren.", ()),
    _("Tussen Kasteel en Wijchens Meer", WIJCHEN, OV, "51.80500", "5.72800", (150, 45, 15, 0, 0), "senioren", "Woningen in een aantrekkelijk groen milieu.", "Cultuurhistorie vraagt zorgvuldige inpassing.", ()),
    _("De Pas Elst", OVERBETUWE, OV, "51.91900", "5.83500", (350, 140, 35, 70, 0), "starters, gezinnen", "30% sociale huur in een nieuwe wijk bij Elst.", "Stijgende bouwkosten zetten de betaalbaarheid onder druk.", ()),
    _("Lingezicht Elst", OVERBETUWE, OV, "51.91300", "5.85500", (395, 160, 40, 80, 0), "gezinnen", "Uitleglocatie aan de rand van Elst.", "Aanbesteding van de bouw loopt vertraging op.", ()),
    _("Op Zuid Zetten", OVERBETUWE, OV, "51.92500", "5.71500", (80, 30, 10, 20, 0), "starters, senioren", "Kleinschalige ontwikkeling in Zetten voor de eigen inwoners.", "Kleine omvang maakt de exploitatie kwetsbaar.", ()),
    _("Driegaarden Huissen", "GM1705", OV, "51.93500", "5.94000", (110, 45, 10, 30, 0), "starters, senioren", "Woningen voor eigen inwoners van Huissen.", "Beperkte ambtelijke capaciteit voor de procedures.", ()),
    _("Rijnstate-terrein Velp", "GM0275", OV, "51.99500", "5.97500", (786, 315, 120, 0, 0), "senioren, gezinnen", "Herontwikkeling van het voormalige ziekenhuisterrein.", "Stikstofdepositie op de Veluwe vraagt een passende beoordeling.", ()),
]
# fmt: on


def ensure_locations(*, agreements: dict[int, Agreement]) -> dict[str, Location]:
    municipalities = {m.cbs_code: m for m in Municipality.objects.all()}
    locations = {}
    for data in LOCATIONS:
        planned, affordable, circular, conceptual, flexible = data.homes
        values = {
            "kind": data.kind,
            "latitude": Decimal(data.lat),
            "longitude": Decimal(data.lon),
            "planned_homes": planned,
            "affordable_homes": affordable,
            "circular_homes": circular,
            "conceptual_homes": conceptual,
            "flexible_homes": flexible,
            "target_groups": data.target_groups,
            "opportunities": data.opportunities,
            "bottlenecks": data.bottlenecks,
            "is_illustrative": True,
        }
        lookup = {"name": data.name, "municipality": municipalities[data.cbs_code]}
        location = upsert(Location, lookup=lookup, values=values)
        location.agreements.set([agreements[number] for number in data.agreements])
        locations[data.name] = location
    return locations
