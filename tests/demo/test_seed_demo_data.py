"""`seed_demo_data` gives a fresh installation a plausible Woondeal, and can be run again safely."""

from io import StringIO

from django.apps import apps
from django.core.management import call_command
from simple_history.models import HistoricalChanges

from accounts.models import Role, TempomakerKind, User
from agreements.models import Agreement, AgreementStatus, Period, TrafficLight
from monitor.models import Location
from tempotafels.models import Tempotafel
from tests.logins import login_request

ROLE_USERNAMES = ["kernteam", "tempomaker", "ambassadeur", "bestuur", "partner", "beheer"]
OTHER_USERNAMES = [
    *(f"kernteam{n}" for n in (2, 3, 4)),
    *(f"tempomaker{n}" for n in (1, 2, 4, 5, 6)),
    *(f"ambassadeur{n}" for n in (1, 2, 4, 5, 6)),
]
KNOWN_NUMBERS = {6, 8, 32, 33, 44, 47, 59, 62, 63}


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def is_history(label: str) -> bool:
    return issubclass(apps.get_model(label), HistoricalChanges)


def test_seeding_twice_gives_the_same_row_counts(seeded):
    first = row_counts()
    call_command("seed_demo_data", stdout=StringIO())
    second = row_counts()
    assert {k: v for k, v in second.items() if not is_history(k)} == {
        k: v for k, v in first.items() if not is_history(k)
    }
    assert second == first, "a second run should not add history rows either"


def test_summary_is_printed_in_dutch(seeded):
    assert "69 afspraken" in seeded
    assert "4 tempotafels" in seeded


def test_69_agreements_in_six_pillars_with_known_subjects_marked(seeded):
    assert list(Agreement.objects.values_list("number", flat=True)) == list(range(1, 70))
    assert Agreement.objects.get(number=44).pillar.number == 5
    assert Agreement.objects.get(number=63).pillar.number == 6
    real = set(Agreement.objects.filter(is_illustrative=False).values_list("number", flat=True))
    assert real == KNOWN_NUMBERS
    assert not Agreement.objects.filter(lead_organisation__isnull=True).exists()
    assert all(1 <= a.organisations.count() <= 3 for a in Agreement.objects.prefetch_related("organisations"))


def test_locations_are_linked_to_their_agreements(seeded):
    stationsgebied = Location.objects.get(name="Stationsgebied", municipality__name="Nijmegen")
    assert (stationsgebied.planned_homes, stationsgebied.affordable_homes) == (670, 419)
    assert stationsgebied.agreements.filter(number=44).exists()
    # the seed: the woningbouwimpuls (47) is for station Goffert, the 500 temporary homes come under Flexwonen (8)
    winkelsteeg_47 = Agreement.objects.get(number=47).locations.filter(name__startswith="Winkelsteeg")
    assert list(winkelsteeg_47.values_list("name", flat=True)) == ["Winkelsteeg station Goffert"]
    temporary = Agreement.objects.get(number=8).locations.get()
    assert (temporary.name, temporary.flexible_homes) == ("Winkelsteeg NDW21 (tijdelijke woningen)", 500)
    assert set(Agreement.objects.get(number=32).locations.values_list("name", flat=True)) == {
        "Kronenburg",
        "Vredenburg",
    }


def test_four_tafels_each_with_one_ambtelijk_tempomaker_from_the_kernteam(seeded):
    tafels = Tempotafel.objects.prefetch_related("tempomakers__user")
    assert tafels.count() == 4
    for tafel in tafels:
        tempomakers = list(tafel.tempomakers.all())
        assert 2 <= len(tempomakers) <= 3
        ambtelijk = [t for t in tempomakers if t.kind == TempomakerKind.AMBTELIJK]
        assert len(ambtelijk) == 1
        assert ambtelijk[0].user.is_kernteam
        assert tafel.pillars.exists() and tafel.agreements.exists() and tafel.approach_waar


def test_status_history_is_plausible(seeded):
    for code in ("2020-h2", "2021-h1"):
        assert AgreementStatus.objects.filter(period__code=code).count() == 69
    current = AgreementStatus.objects.filter(period=Period.objects.current())
    assert 0 < current.count() < 69, "the open period is only partly assessed"
    assert AgreementStatus.objects.filter(colour=TrafficLight.ROOD).exists()
    assert AgreementStatus.objects.filter(needs_attention=True).exists()
    assert all(s.updated_by.is_kernteam for s in AgreementStatus.objects.select_related("updated_by"))
    for status in AgreementStatus.objects.exclude(period__code="2020-h2").select_related("period"):
        previous = AgreementStatus.objects.get(agreement=status.agreement_id, period=status.period.previous())
        assert (status.colour != previous.colour) == bool(status.colour_change_reason)


def test_every_demo_role_can_log_in(seeded, client):
    for username in ROLE_USERNAMES + OTHER_USERNAMES:
        assert client.login(request=login_request(), username=username, password="woondeal-demo-2021"), (
            username
        )
    assert User.objects.get(username="beheer").is_superuser
    assert Role.KERNTEAM in User.objects.get(username="kernteam").roles
    ambassador = User.objects.get(username="ambassadeur").memberships.get()
    assert (ambassador.role, ambassador.pillar.number) == (Role.AMBASSADEUR, 3)
    tempomaker = User.objects.get(username="tempomaker").memberships.get()
    assert (tempomaker.pillar.number, tempomaker.tempomaker_kind) == (3, TempomakerKind.PRIVAAT)
