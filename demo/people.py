"""Demo users, one per role, with their role memberships. All names are fictitious."""

from dataclasses import dataclass

from django.contrib.auth.hashers import check_password, make_password

from accounts.models import Membership, Role, TempomakerKind, User
from agreements.models import Organisation, Pillar

from .base import upsert

DEMO_BUILDER = "Bouwbedrijf De Gelderse Poort"  # fictitious private partner for the pillar-3 tempomaker


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    organisation: str
    role: str | None = None
    pillar: int | None = None
    kind: str = ""

    @property
    def email(self) -> str:
        local = f"{self.first_name}.{self.last_name}".lower().replace(" ", "")
        return f"{local}@example.org"


AMBTELIJK, PRIVAAT, MAATSCHAPPELIJK = TempomakerKind.values

DEMO_USERS: list[DemoUser] = [
    DemoUser("kernteam", "Marieke", "van den Berg", "Regio Arnhem Nijmegen", Role.KERNTEAM),
    DemoUser("kernteam2", "Jeroen", "Peters", "Gemeente Nijmegen", Role.KERNTEAM),
    DemoUser("kernteam3", "Sanne", "Hendriks", "Provincie Gelderland", Role.KERNTEAM),
    DemoUser("kernteam4", "Bas", "Willems", "Ministerie van BZK", Role.KERNTEAM),
    DemoUser("tempomaker1", "Ruud", "Janssen", "NEPROM", Role.TEMPOMAKER, 1, PRIVAAT),
    DemoUser("tempomaker2", "Fleur", "de Wit", "Portaal", Role.TEMPOMAKER, 2, MAATSCHAPPELIJK),
    DemoUser("tempomaker", "Henk", "Gerritsen", DEMO_BUILDER, Role.TEMPOMAKER, 3, PRIVAAT),
    DemoUser("tempomaker4", "Esther", "Arts", "Volkshuisvesting Arnhem", Role.TEMPOMAKER, 4, MAATSCHAPPELIJK),
    DemoUser("tempomaker5", "Mark", "Verbeek", "IVBN", Role.TEMPOMAKER, 5, PRIVAAT),
    DemoUser("tempomaker6", "Anouk", "Kuipers", "Talis", Role.TEMPOMAKER, 6, MAATSCHAPPELIJK),
    DemoUser("ambassadeur1", "Wim", "Derksen", "Gemeente Arnhem", Role.AMBASSADEUR, 1),
    DemoUser("ambassadeur2", "Ingrid", "Bosch", "Gemeente Nijmegen", Role.AMBASSADEUR, 2),
    DemoUser("ambassadeur", "Karin", "Hermsen", "Provincie Gelderland", Role.AMBASSADEUR, 3),
    DemoUser("ambassadeur4", "Pieter", "Lamers", "Gemeente Arnhem", Role.AMBASSADEUR, 4),
    DemoUser("ambassadeur5", "Joost", "van Dijk", "Gemeente Nijmegen", Role.AMBASSADEUR, 5),
    DemoUser("ambassadeur6", "Linda", "Smeets", "Regio Arnhem Nijmegen", Role.AMBASSADEUR, 6),
    DemoUser("bestuur", "Gerard", "Wijnen", "Regio Arnhem Nijmegen", Role.BESTUUR),
    DemoUser("partner", "Nicole", "Evers", "Bouwend Nederland", Role.PARTNER),
    DemoUser("beheer", "Tom", "Claassen", "Regio Arnhem Nijmegen"),
]
ADMINISTRATOR = "beheer"


def ensure_demo_organisations() -> None:
    """Demo-only partners that are not reference data."""
    upsert(Organisation, lookup={"name": DEMO_BUILDER}, values={"kind": Organisation.Kind.MARKT})


def _password_hash(password: str) -> str:
    """One hash for all demo users, computed only when the password changed (hashing is slow)."""
    first = User.objects.filter(username=DEMO_USERS[0].username).first()
    if first is not None and check_password(password, first.password):
        return first.password
    return make_password(password)


def ensure_users(*, password: str) -> dict[str, User]:
    encoded = _password_hash(password)
    users = {}
    for demo in DEMO_USERS:
        is_admin = demo.username == ADMINISTRATOR
        values = {
            "first_name": demo.first_name,
            "last_name": demo.last_name,
            "email": demo.email,
            "organisation_name": demo.organisation,
            "is_active": True,
            "is_staff": is_admin,
            "is_superuser": is_admin,
        }
        user = upsert(User, lookup={"username": demo.username}, values=values, validate=False)
        if user.password != encoded:
            user.password = encoded
            user.save(update_fields=["password"])
        users[demo.username] = user
    return users


def ensure_memberships(*, users: dict[str, User]) -> None:
    pillars = {p.number: p for p in Pillar.objects.all()}
    for demo in DEMO_USERS:
        if demo.role is None:
            continue
        upsert(
            Membership,
            lookup={"user": users[demo.username], "role": demo.role, "pillar": pillars.get(demo.pillar)},
            values={"tempomaker_kind": demo.kind},
        )
