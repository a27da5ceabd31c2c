"""The four Tempotafels that started in 2020 (Uitvoeringsplan, section 2.2.2), with their tempomakers.

Guiding questions are the seed's; start dates, links and the five-W approach are illustrative (L)."""

import datetime
from typing import NamedTuple

from accounts.models import TempomakerKind, User
from agreements.models import Agreement, Organisation, Pillar
from monitor.models import Location
from tempotafels.models import Tempomaker, Tempotafel

from .base import upsert


class TafelData(NamedTuple):
    name: str
    guiding_question: str
    started_on: datetime.date
    pillars: tuple[int, ...]
    agreements: tuple[int, ...]
    locations: tuple[str, ...]
    tempomakers: tuple[tuple[str, str, str], ...]  # username, kind, organisation
    approach: tuple[str, str, str, str, str]  # wat, wie, wie doet wat, waarmee, waar


AMBTELIJK, PRIVAAT, MAATSCHAPPELIJK = TempomakerKind.values

TAFELS: list[TafelData] = [
    TafelData(
        "Continuïteit en versnelling van de woningbouw",
        "Hoe en waar realiseren we de benodigde continuïteit en versnelling in de woningbouw?",
        datetime.date(2020, 9, 1),
        (1, 5),
        (1, 2, 3, 5, 7, 10, 50),
        (
            "Centrum-Oost",
            "Waalsprong (Nijmegen-Noord)",
            "Schuytgraaf",
            "Wijchen-West",
            "Kanaalzone",
        ),
        (
            ("kernteam", AMBTELIJK, "Regio Arnhem Nijmegen"),
            ("tempomaker1", PRIVAAT, "NEPROM"),
            ("tempomaker5", PRIVAAT, "IVBN"),
        ),
        (
            "20.000 woningen tot 2025: per versnellingslocatie knelpunten benoemen en wegnemen, vijf locaties per keer.",
            "Gemeenten met versnellingslocaties, ontwikkelaars, beleggers, corporaties, provincie en Rijk.",
            "De gemeente is trekker per locatie; de tempomakers organiseren de locatiegesprekken; het Rijk zet het Expertteam Woningbouw in.",
            "Versnellingskamers, de flexibele schil van de regio en de regionale woningmarktmonitor.",
            "De versnellingslocaties in de hele regio, te beginnen met Arnhem, Nijmegen en Wijchen.",
        ),
    ),
    TafelData(
        "Conceptueel bouwen voor betaalbare huisvesting",
        "Hoe en waar kan conceptueel bouwen bijdragen aan betaalbare huisvesting?",
        datetime.date(2020, 9, 1),
        (2, 1),
        (13, 14, 18, 19),
        ("De Pas Elst", "Lingezicht Elst", "Vredenburg", "Winkelsteeg station Goffert"),
        (
            ("kernteam2", AMBTELIJK, "Gemeente Nijmegen"),
            ("tempomaker2", MAATSCHAPPELIJK, "Portaal"),
            ("tempomaker", PRIVAAT, "Bouwbedrijf De Gelderse Poort"),
        ),
        (
            "Sneller en goedkoper betaalbare woningen bouwen met seriematige, conceptuele woningen.",
            "Corporaties, bouwers met woonconcepten, gemeenten met geschikte locaties.",
            "Corporaties bundelen hun vraag; bouwers leveren concepten; gemeenten brengen locaties in.",
            "Een regionale catalogus van woonconcepten en een gezamenlijke aanbesteding.",
            "Kleinere uitleg- en inbreidingslocaties in de subregio's, zoals De Pas en Lingezicht in Elst.",
        ),
    ),
    TafelData(
        "Circulair bouwen",
        "Hoe en waar kan circulair bouwen bijdragen aan verduurzaming van de woningbouw?",
        datetime.date(2020, 10, 1),
        (3,),
        (21, 22, 23, 27),
        ("Stadsblokken-Meinerswijk", "Rijnstate-terrein Velp", "Spoorzone Arnhem-Oost / Rijnpark"),
        (
            ("kernteam3", AMBTELIJK, "Provincie Gelderland"),
            ("tempomaker", PRIVAAT, "Bouwbedrijf De Gelderse Poort"),
        ),
        (
            "Minimaal 25% circulair in nieuwe plannen, met één meetmethode voor de hele regio.",
            "Provincie, gemeenten, bouwers, ontwikkelaars en kennisinstellingen.",
            "De provincie trekt de meetmethode; bouwers brengen pilots in; gemeenten nemen eisen op in tenders.",
            "Kennisprogramma circulair bouwen, tenderbeleid en de regionale bouwhub.",
            "Pilotlocaties in Arnhem en Rheden; daarna alle nieuwe plannen in de regio.",
        ),
    ),
    TafelData(
        "Flexwonen voor bijzondere doelgroepen",
        "Hoe en waar kan flexwonen bijdragen aan de huisvesting voor bijzondere doelgroepen?",
        datetime.date(2020, 10, 1),
        (6, 1),
        (8, 54, 55, 58, 59),
        ("Winkelsteeg NDW21 (tijdelijke woningen)",),
        (
            ("kernteam4", AMBTELIJK, "Ministerie van BZK"),
            ("tempomaker6", MAATSCHAPPELIJK, "Talis"),
            ("tempomaker4", MAATSCHAPPELIJK, "Volkshuisvesting Arnhem"),
        ),
        (
            "Snel tijdelijke en flexibele woningen voor spoedzoekers, dakloze mensen, statushouders en arbeidsmigranten.",
            "Gemeenten, corporaties, zorg- en welzijnsorganisaties, provincie en Rijk.",
            "Corporaties bouwen en verhuren; gemeenten regelen vergunningen en begeleiding; het Rijk financiert de impuls.",
            "De Stimuleringsaanpak Flexwonen, versnellingskamers flexwonen en de impuls van circa € 5 miljoen.",
            "Winkelsteeg in Nijmegen, Presikhaaf en het Merwedeterrein in Arnhem, en Lingewaard.",
        ),
    ),
]


def _ensure_tempomakers(*, tafel: Tempotafel, data: TafelData, users: dict[str, User]) -> None:
    organisations = {
        o.name: o for o in Organisation.objects.filter(name__in=[t[2] for t in data.tempomakers])
    }
    for username, kind, organisation in data.tempomakers:
        upsert(
            Tempomaker,
            lookup={"tempotafel": tafel, "user": users[username]},
            values={"kind": kind, "organisation": organisations[organisation]},
        )


def ensure_tafels(
    *, users: dict[str, User], agreements: dict[int, Agreement], locations: dict[str, Location]
) -> list[Tempotafel]:
    pillars = {p.number: p for p in Pillar.objects.all()}
    tafels = []
    for data in TAFELS:
        wat, wie, wie_doet_wat, waarmee, waar = data.approach
        values = {
            "guiding_question": data.guiding_question,
            "started_on": data.started_on,
            "approach_wat": wat,
            "approach_wie": wie,
            "approach_wie_doet_wat": wie_doet_wat,
            "approach_waarmee": waarmee,
            "approach_waar": waar,
        }
        tafel = upsert(Tempotafel, lookup={"name": data.name}, values=values, history_user=users["kernteam"])
        tafel.pillars.set([pillars[n] for n in data.pillars])
        tafel.agreements.set([agreements[n] for n in data.agreements])
        tafel.locations.set([locations[name] for name in data.locations])
        _ensure_tempomakers(tafel=tafel, data=data, users=users)
        tafels.append(tafel)
    return tafels
