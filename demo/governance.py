"""The governance cycle of 2021: the bodies' members (the people are illustrative), the quarterly DO and BO
meetings, escalations of red agreements with decisions and follow-up in different states, and a correction.

Fact from the Uitvoeringsplan (2020): the four bodies, their composition by organisation and their rhythm
(quarterly, the DO before the BO; section 3.2). Everything else is invented and flagged ``is_illustrative``: the
named members, the meeting dates and places, the escalations, the decisions and the follow-up actions.

Meetings are written with ``upsert`` (idempotent); a meeting's minutes are adopted only after its decisions
exist, so a second run finds every decision unchanged and saves nothing (adopted decisions refuse any save)."""

import datetime
from zoneinfo import ZoneInfo

from accounts.models import User
from agreements.models import Agreement, AgreementStatus, Organisation, Period, TrafficLight
from governance.models import AgendaItem, Body, BodyMember, Decision, Escalation, FollowUp, Meeting

from .base import upsert

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LID, VOORZITTER, AGENDALID = (
    BodyMember.Function.LID,
    BodyMember.Function.VOORZITTER,
    BodyMember.Function.AGENDALID,
)

# (body, username or illustrative name, organisation, function). Named people are invented (is_illustrative).
MEMBERS = [
    ("bo", "bestuur", "Regio Arnhem Nijmegen", VOORZITTER),
    ("bo", "Wethouder Wonen A. (illustratief)", "Gemeente Arnhem", LID),
    ("bo", "Wethouder Wonen N. (illustratief)", "Gemeente Nijmegen", LID),
    ("bo", "Gedeputeerde Wonen (illustratief)", "Provincie Gelderland", LID),
    ("bo", "Directeur-generaal Wonen (illustratief)", "Ministerie van BZK", LID),
    ("do", "bestuur", "Regio Arnhem Nijmegen", VOORZITTER),
    ("do", "Directeur Ruimte A. (illustratief)", "Gemeente Arnhem", LID),
    ("do", "Directeur Stad N. (illustratief)", "Gemeente Nijmegen", LID),
    ("do", "Programmadirecteur Wonen (illustratief)", "Provincie Gelderland", LID),
    ("do", "Programmamanager Woondeals (illustratief)", "Ministerie van BZK", AGENDALID),
    ("kernteam", "kernteam", "Regio Arnhem Nijmegen", BodyMember.Function.SECRETARIS),
    ("kernteam", "kernteam2", "Gemeente Nijmegen", LID),
    ("kernteam", "kernteam3", "Provincie Gelderland", LID),
    ("kernteam", "kernteam4", "Ministerie van BZK", LID),
    ("nier", "partner", "Bouwend Nederland", LID),
    ("nier", "Ontwikkelaar (illustratief)", "NEPROM", LID),
    ("nier", "Bestuurder corporatie (illustratief)", "Woonkr8", LID),
]
# (body, date, place); 14:00–16:00 local time.
MEETINGS = [
    ("do", datetime.date(2021, 3, 11), "Online"),
    ("bo", datetime.date(2021, 3, 25), "Online"),
    ("do", datetime.date(2021, 6, 10), "Stadhuis Arnhem"),
    ("bo", datetime.date(2021, 6, 24), "Stadhuis Arnhem"),
    ("do", datetime.date(2021, 9, 9), "Stadhuis Nijmegen"),
    ("bo", datetime.date(2021, 9, 23), "Stadhuis Nijmegen"),
    ("do", datetime.date(2021, 12, 2), "Online"),
    ("bo", datetime.date(2021, 12, 16), "Huis der Provincie, Arnhem"),
]
NOT_ADOPTED = {datetime.date(2021, 12, 16)}  # the last BO's besluitenlijst is still a concept


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)


def ensure_members(users: dict[str, User]) -> None:
    bodies = {b.kind: b for b in Body.objects.all()}
    organisations = {o.name: o for o in Organisation.objects.all()}
    for kind, who, organisation, function in MEMBERS:
        user = users.get(who)
        lookup = {"body": bodies[kind], "user": user} if user else {"body": bodies[kind], "name": who}
        values = {
            "organisation": organisations.get(organisation),
            "function": function,
            "is_illustrative": not user,
        }
        upsert(BodyMember, lookup=lookup, values=values)


def ensure_meetings(by: User) -> dict[tuple[str, datetime.date], Meeting]:
    bodies = {b.kind: b for b in Body.objects.all()}
    meetings = {}
    for kind, day, place in MEETINGS:
        values = {"ends_at": _at(day, 16), "place": place, "created_by": by, "is_illustrative": True}
        meeting = upsert(Meeting, lookup={"body": bodies[kind], "starts_at": _at(day, 14)}, values=values)
        meeting.present.set(bodies[kind].members.all())
        meetings[kind, day] = meeting
    return meetings


def _item(meeting: Meeting, number: int, title: str, *, escalation=None, shared=False) -> AgendaItem:
    values = {"title": title, "escalation": escalation, "is_shared": shared}
    return upsert(AgendaItem, lookup={"meeting": meeting, "number": number}, values=values)


def _decision(item: AgendaItem, text: str, responsible: str, by: User, corrects=None) -> Decision:
    values = {"responsible": responsible, "recorded_by": by, "corrects": corrects, "is_illustrative": True}
    return upsert(Decision, lookup={"agenda_item": item, "text": text}, values=values)


def _follow_up(
    decision: Decision, description: str, due_on, *, owner=None, name="", done_on=None
) -> FollowUp:
    done_at = _at(done_on, 12) if done_on else None
    values = {
        "owner": owner,
        "owner_name": name,
        "due_on": due_on,
        "done": bool(done_on),
        "done_at": done_at,
        "is_illustrative": True,
    }
    return upsert(FollowUp, lookup={"decision": decision, "description": description}, values=values)


def _escalation(
    agreement: Agreement, period: Period, opened: datetime.date, state: str, by: User, texts
) -> Escalation:
    stuck, request, needed_by = texts
    values = {
        "stuck": stuck,
        "request": request,
        "needed_by": needed_by,
        "state": state,
        "opened_by": by,
        "is_illustrative": True,
    }
    escalation = upsert(Escalation, lookup={"agreement": agreement, "period": period}, values=values)
    Escalation.objects.filter(pk=escalation.pk).update(opened_at=_at(opened, 9))
    return escalation


def red_agreements(code: str, *, exclude: set[int]) -> list[Agreement]:
    statuses = AgreementStatus.objects.filter(period__code=code, colour=TrafficLight.ROOD).exclude(
        agreement__number__in=exclude
    )
    return [s.agreement for s in statuses.select_related("agreement").order_by("agreement__number")]


def ensure_governance(*, users: dict[str, User]) -> int:
    """Members, meetings, three escalations of red agreements (decided in June; advised on in September and on
    the December BO agenda; still open), decisions with follow-up (done, overdue) and a correction. Returns the
    number of decisions."""
    by = users["kernteam"]
    ensure_members(users)
    m = ensure_meetings(by)
    h1, h2 = Period.objects.get(code="2021-h1"), Period.objects.get(code="2021-h2")
    first = Agreement.objects.get(number=62)
    second, *_ = red_agreements("2021-h1", exclude={62})
    third, *_ = red_agreements("2021-h2", exclude={62, second.number})
    june = _escalation(first, h1, datetime.date(2021, 5, 20), Escalation.State.DECIDED, by, ESCALATION_62)
    december = _escalation(
        second, h1, datetime.date(2021, 6, 15), Escalation.State.SCHEDULED, by, _texts(second)
    )
    _escalation(third, h2, datetime.date(2021, 11, 18), Escalation.State.OPEN, by, _texts(third))
    report = _item(
        m["bo", datetime.date(2021, 3, 25)], 1, "Voortgangsrapportage 2e halfjaar 2020", shared=True
    )
    _decision(report, "Het BO stelt de voortgangsrapportage over het 2e halfjaar 2020 vast.", KERNTEAM, by)
    decided = _june(m, june, first, users)
    _september(m, december, second, decided, users)
    _item(m["bo", datetime.date(2021, 12, 16)], 1, _title(second), escalation=december, shared=True)
    budget = _item(m["bo", datetime.date(2021, 12, 16)], 2, "Werkbudget 2022")
    _decision(budget, "Het BO stemt in met de begroting van het werkbudget 2022.", KERNTEAM, by)
    _adopt(m, by)
    return Decision.objects.count()


def _title(agreement: Agreement) -> str:
    return f"Escalatie afspraak {agreement.number}: {agreement.title}"[:250]


def _june(m, escalation: Escalation, agreement: Agreement, users: dict[str, User]) -> Decision:
    by = users["kernteam"]
    advice = _item(m["do", datetime.date(2021, 6, 10)], 1, _title(agreement), escalation=escalation)
    _decision(
        advice,
        "Het DO adviseert het BO de provincie te vragen een regionale stikstofbank voor woningbouw uit te werken.",
        "Directeurenoverleg",
        by,
    )
    bo = m["bo", datetime.date(2021, 6, 24)]
    item = _item(bo, 1, _title(agreement), escalation=escalation, shared=True)  # NIER at the table: public
    decided = _decision(
        item,
        "Het BO vraagt de provincie de stikstofruimte voor de versnellingslocaties in kaart te brengen en besluit in september over de verdeling.",
        "Provincie Gelderland",
        by,
    )
    _follow_up(
        decided,
        "Stikstofruimte per versnellingslocatie in kaart brengen",
        datetime.date(2021, 9, 1),
        owner=users["kernteam3"],
        done_on=datetime.date(2021, 8, 30),
    )
    _follow_up(
        decided,
        "Voorstel verdeling stikstofruimte voorleggen aan het BO",
        datetime.date(2021, 12, 1),
        owner=users["bestuur"],
    )
    return decided


def _september(
    m, escalation: Escalation, agreement: Agreement, corrected: Decision, users: dict[str, User]
) -> None:
    by = users["kernteam"]
    advice = _item(m["do", datetime.date(2021, 9, 9)], 1, _title(agreement), escalation=escalation)
    decided = _decision(
        advice,
        f"Het DO stelt voor een Tempotafel-sprint in te zetten op afspraak {agreement.number} en legt de capaciteitsvraag in december aan het BO voor.",
        KERNTEAM,
        by,
    )
    _follow_up(
        decided,
        "Sprint voorbereiden met de tempomakers",
        datetime.date(2021, 10, 15),
        owner=by,
        done_on=datetime.date(2021, 10, 12),
    )
    _follow_up(
        decided,
        "Capaciteit flexibele schil aanvragen",
        datetime.date(2021, 11, 15),
        name="Gemeente Nijmegen, afdeling Wonen",
    )
    bo = m["bo", datetime.date(2021, 9, 23)]
    report = _item(bo, 1, "Voortgangsrapportage 1e halfjaar 2021", shared=True)
    _decision(report, "Het BO stelt de voortgangsrapportage over het 1e halfjaar 2021 vast.", KERNTEAM, by)
    correction = _item(bo, 2, "Correctie besluitenlijst 24 juni 2021")
    _decision(
        correction,
        "Lees in het besluit over de stikstofruimte: ‘de provincie en het Rijk samen’ in plaats van ‘de provincie’.",
        KERNTEAM,
        by,
        corrects=corrected,
    )


def _adopt(meetings: dict[tuple[str, datetime.date], Meeting], by: User) -> None:
    for (_, day), meeting in meetings.items():
        if day not in NOT_ADOPTED and meeting.items.exists():
            upsert(
                Meeting,
                lookup={"pk": meeting.pk},
                values={"minutes_adopted_at": _at(day, 17), "minutes_adopted_by": by},
            )


KERNTEAM = "Ambtelijk Kernteam Woondeal"  # responsible: a body or an organisation, never a person
ESCALATION_62 = (
    "Zonder stikstofruimte krijgen drie versnellingslocaties geen omgevingsvergunning; de gemeenten kunnen dit "
    "niet zelf oplossen (illustratief).",
    "Het bestuur wordt gevraagd de provincie en het Rijk te vragen stikstofruimte toe te kennen aan de "
    "versnellingslocaties.",
    datetime.date(2021, 6, 30),
)


def _texts(agreement: Agreement) -> tuple[str, str, datetime.date | None]:
    return (
        f"Afspraak {agreement.number} staat op rood: de betrokken partners hebben onvoldoende capaciteit om de "
        "afgesproken stappen te zetten (illustratief).",
        "Het bestuur wordt gevraagd capaciteit vrij te maken of de planning van de afspraak bij te stellen.",
        None,
    )
