"""Demo meetings and actions for the four Tempotafels that started in 2020 (the tafels themselves, with their
tempomakers and approach, come from ``demo/tafels.py``). Illustrative content (L).

Idempotent: rows are found by tafel and title/description and never changed once they exist. Past meetings
have fixed dates; upcoming meetings and open actions are placed relative to the day of the first run, so a
fresh installation always shows an agenda, open actions and exactly one overdue action.
"""

import datetime
import random
from typing import NamedTuple

from django.utils import timezone

from tempotafels.models import Action, Meeting, Tempotafel

VERSNELLING = "Continuïteit en versnelling van de woningbouw"
CONCEPTUEEL = "Conceptueel bouwen voor betaalbare huisvesting"
CIRCULAIR = "Circulair bouwen"
FLEXWONEN = "Flexwonen voor bijzondere doelgroepen"
K = Meeting.Kind


class MeetingData(NamedTuple):
    tafel: str
    kind: str
    title: str
    when: datetime.date | int  # a date, or days after the first run
    hours: tuple[int, int]
    place: str
    notes: str
    decisions: str
    guests: str = ""


class ActionData(NamedTuple):
    tafel: str
    meeting: str
    description: str
    due: datetime.date | int  # a date, or days after the first run
    done: bool
    owner_name: str = ""  # empty: a tempomaker of the tafel


ONLINE = "https://teams.example.org/woondeal/"
MEETINGS = [
    MeetingData(
        VERSNELLING,
        K.TAFEL,
        "Knelpunten op de eerste vijf versnellingslocaties",
        datetime.date(2020, 11, 12),
        (14, 16),
        "Stadhuis Arnhem",
        "Per locatie zijn de knelpunten benoemd: stikstof, netcongestie en capaciteit bij de gemeenten.",
        "De tafel vraagt het Expertteam Woningbouw voor Wijchen-West en de Kanaalzone.",
        "Anne de Vries (gemeente Wijchen)\nKoen Bakker (ontwikkelaar)",
    ),
    MeetingData(
        VERSNELLING,
        K.VERSNELLINGSTAFEL,
        "Versnellingstafel: de eerste resultaten van alle tempotafels",
        datetime.date(2021, 2, 4),
        (9, 13),
        "",
        "Halve dag online met alle vier de tafels: plenaire opening, vier deelsessies en een gezamenlijke afsluiting.",
        "Elke tafel levert vóór 1 maart haar aanpak op de vijf W's aan voor de Regionale Agenda.",
    ),
    MeetingData(
        VERSNELLING,
        K.TAFEL,
        "Tweede ronde locatiegesprekken",
        14,
        (10, 12),
        "Stadhuis Nijmegen, zaal 3",
        "",
        "",
    ),
    MeetingData(
        CONCEPTUEEL,
        K.TAFEL,
        "Vraagbundeling van de corporaties",
        datetime.date(2020, 11, 26),
        (13, 15),
        "Kantoor Portaal, Nijmegen",
        "De corporaties brengen samen 600 woningen in voor conceptuele bouw tot 2024.",
        "Een werkgroep maakt een catalogus van woonconcepten.",
    ),
    MeetingData(
        CONCEPTUEEL,
        K.TUSSENSPRINT,
        "Tussensprint: eerste woonconcepten in beeld",
        datetime.date(2021, 3, 18),
        (16, 17),
        "",
        "Korte plenaire sessie: drie bouwers lieten hun concept zien; vragen over grondprijzen en seriegrootte.",
        "Geen besluiten; de vragen gaan naar het Kernteam.",
    ),
    MeetingData(
        CONCEPTUEEL,
        K.TUSSENSPRINT,
        "Tussensprint: aanbesteding conceptuele woningen",
        30,
        (16, 17),
        "",
        "",
        "",
    ),
    MeetingData(
        CIRCULAIR,
        K.TAFEL,
        "Eén meetmethode voor circulair bouwen",
        datetime.date(2020, 12, 10),
        (10, 12),
        "Provinciehuis Arnhem",
        "Drie meetmethoden vergeleken; de MPG-score en het aandeel biobased materiaal zijn het best te monitoren.",
        "De provincie werkt de meetmethode uit voor de regionale monitor.",
    ),
    MeetingData(
        CIRCULAIR, K.TAFEL, "Pilotlocaties circulair bouwen", 10, (14, 16), "Provinciehuis Arnhem", "", ""
    ),
    MeetingData(
        FLEXWONEN,
        K.TAFEL,
        "Start van de tafel flexwonen",
        datetime.date(2020, 10, 29),
        (13, 15),
        "",
        "Doelgroepen en locaties in kaart: spoedzoekers, dakloze mensen, statushouders en arbeidsmigranten.",
        "Winkelsteeg wordt de eerste locatie voor 500 tijdelijke woningen.",
    ),
    MeetingData(
        FLEXWONEN,
        K.TAFEL,
        "Locaties voor tijdelijke woningen",
        datetime.date(2021, 1, 21),
        (13, 15),
        "Stadhuis Arnhem",
        "Presikhaaf en het Merwedeterrein zijn geschikt; Lingewaard onderzoekt een locatie.",
        "De tafel vraagt de impuls uit de Stimuleringsaanpak Flexwonen aan.",
    ),
]
ACTIONS = [
    ActionData(
        VERSNELLING,
        "Knelpunten op de eerste vijf versnellingslocaties",
        "Knelpuntenanalyse Kanaalzone delen met de tafel",
        datetime.date(2020, 12, 1),
        True,
    ),
    ActionData(
        VERSNELLING,
        "Knelpunten op de eerste vijf versnellingslocaties",
        "Expertteam Woningbouw aanvragen voor Wijchen-West",
        21,
        False,
        "Anne de Vries (gemeente Wijchen)",
    ),
    ActionData(
        VERSNELLING,
        "Versnellingstafel: de eerste resultaten van alle tempotafels",
        "Planning van de tweede ronde locatiegesprekken rondsturen",
        -7,
        False,
    ),
    ActionData(
        CONCEPTUEEL,
        "Vraagbundeling van de corporaties",
        "Catalogus van woonconcepten afronden",
        datetime.date(2021, 2, 15),
        True,
    ),
    ActionData(
        CONCEPTUEEL,
        "Tussensprint: eerste woonconcepten in beeld",
        "Gezamenlijke aanbesteding voorbereiden",
        45,
        False,
    ),
    ActionData(
        CIRCULAIR,
        "Eén meetmethode voor circulair bouwen",
        "Meetmethode voorleggen aan het Ambtelijk Kernteam",
        datetime.date(2021, 1, 20),
        True,
    ),
    ActionData(
        CIRCULAIR,
        "Eén meetmethode voor circulair bouwen",
        "Pilotlocaties in Arnhem en Rheden voordragen",
        30,
        False,
    ),
    ActionData(
        FLEXWONEN,
        "Start van de tafel flexwonen",
        "Procesregisseur huisvesting arbeidsmigranten aanstellen",
        datetime.date(2020, 10, 1),
        True,
    ),
    ActionData(
        FLEXWONEN,
        "Locaties voor tijdelijke woningen",
        "Aanvraag Stimuleringsaanpak Flexwonen indienen",
        14,
        False,
    ),
]


# One demo timeline, whatever the real date: inside the open period 2021-h2, just after the governance demo's last
# meeting (the BO of 16 December 2021, demo/governance.py), before the 2021-h2 factsheets are due.
DEMO_TODAY = datetime.date(2021, 12, 20)


def _day(value: datetime.date | int, today: datetime.date) -> datetime.date:
    return value if isinstance(value, datetime.date) else today + datetime.timedelta(days=value)


def _ensure_meeting(data: MeetingData, tafel: Tempotafel, today: datetime.date) -> Meeting:
    existing = tafel.meetings.filter(title=data.title).first()
    if existing:
        return existing
    day = _day(data.when, today)
    tz = timezone.get_current_timezone()
    team = list(tafel.tempomakers.select_related("user", "organisation"))
    meeting = Meeting(
        tempotafel=tafel,
        kind=data.kind,
        title=data.title,
        notes=data.notes,
        decisions=data.decisions,
        starts_at=datetime.datetime(day.year, day.month, day.day, data.hours[0], tzinfo=tz),
        ends_at=datetime.datetime(day.year, day.month, day.day, data.hours[1], tzinfo=tz),
        place=data.place,
        online_url="" if data.place else f"{ONLINE}{tafel.pk}-{len(data.title)}",
        guest_names=data.guests,
        created_by=team[0].user if team else None,
    )
    meeting.full_clean()
    meeting.save()
    meeting.participants.set([t.user for t in team])
    meeting.organisations.set({t.organisation for t in team})
    return meeting


def _ensure_action(data: ActionData, tafel: Tempotafel, meeting: Meeting, today: datetime.date, rng) -> None:
    if tafel.actions.filter(description=data.description).exists():
        return
    team = [t.user for t in tafel.tempomakers.select_related("user")]
    due = _day(data.due, today)
    done_at = datetime.datetime(due.year, due.month, due.day, 17, tzinfo=datetime.UTC) if data.done else None
    action = Action(
        tempotafel=tafel,
        meeting=meeting,
        description=data.description,
        due_on=due,
        done=data.done,
        done_at=done_at,
        owner=None if data.owner_name or not team else rng.choice(team),
        owner_name=data.owner_name,
    )
    action.full_clean()
    action.save()


def ensure_tafel_activity(*, today: datetime.date | None = None, seed: int = 2020) -> dict[str, int]:
    """Meetings and actions for the four tafels that exist by name; returns how many rows there are."""
    today = today or DEMO_TODAY  # one demo timeline: the open half year is 2021-h2
    rng = random.Random(seed)
    tafels = {
        t.name: t
        for t in Tempotafel.objects.active().filter(name__in=[VERSNELLING, CONCEPTUEEL, CIRCULAIR, FLEXWONEN])
    }
    meetings = {}
    for data in MEETINGS:
        if data.tafel in tafels:
            meetings[data.title] = _ensure_meeting(data, tafels[data.tafel], today)
    for data in ACTIONS:
        if data.tafel in tafels:
            _ensure_action(data, tafels[data.tafel], meetings[data.meeting], today, rng)
    return {"bijeenkomsten": Meeting.objects.count(), "acties": Action.objects.count()}
