"""The seed's rules for a tafel's tempomakers: a duo or trio, exactly one ambtelijk tempomaker who sits in
the Ambtelijk Kernteam. Refused with a Dutch message in the form and the service; two ambtelijk ones are
refused by the database itself."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import TempomakerKind
from tempotafels import services
from tempotafels.models import Appointment, Tempomaker, Tempotafel
from tests.factories import OrganisationFactory, TempomakerFactory, UserFactory

pytestmark = pytest.mark.django_db
A, P, M = TempomakerKind.AMBTELIJK, TempomakerKind.PRIVAAT, TempomakerKind.MAATSCHAPPELIJK


def team_post(rows):
    data = {
        "team-TOTAL_FORMS": str(len(rows)),
        "team-INITIAL_FORMS": "0",
        "team-MIN_NUM_FORMS": "0",
        "team-MAX_NUM_FORMS": "3",
    }
    for i, (user, kind, org) in enumerate(rows):
        data |= {
            f"team-{i}-user": user.pk if user else "",
            f"team-{i}-kind": kind,
            f"team-{i}-organisation": org.pk if org else "",
        }
    return data


def test_the_core_team_starts_a_tafel_with_a_trio(client, kernteam, privaat, pillar, neprom, regio):
    societal = UserFactory(username="talis")
    talis = OrganisationFactory(name="Talis")
    client.force_login(kernteam)
    data = {
        "name": "Flexwonen voor bijzondere doelgroepen",
        "guiding_question": "Hoe en waar kan flexwonen bijdragen aan de huisvesting voor bijzondere doelgroepen?",
        "started_on": "2020-10-01",
        "pillars": [pillar.pk],
        **team_post([(kernteam, A, regio), (privaat, P, neprom), (societal, M, talis)]),
    }
    response = client.post(reverse("tempotafels:create"), data)
    tafel = Tempotafel.objects.get(name="Flexwonen voor bijzondere doelgroepen")
    assert response.status_code == 302 and response.url == tafel.get_absolute_url()
    assert sorted(tafel.tempomakers.values_list("kind", flat=True)) == sorted([A, P, M])
    assert tafel.history.first().history_user == kernteam


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("one", "Een tempotafel heeft minstens 2 tempomakers."),
        ("no_ambtelijk", "Een tempotafel heeft precies één ambtelijk tempomaker."),
        ("two_ambtelijk", "Een tempotafel heeft precies één ambtelijk tempomaker."),
        ("ambtelijk_outsider", "De ambtelijk tempomaker moet lid zijn van het Ambtelijk Kernteam."),
    ],
)
def test_a_tafel_is_not_started_with_a_wrong_team(
    client, kernteam, privaat, pillar, neprom, regio, rows, message
):
    colleague = UserFactory(username="kernteam2", kernteam=True)
    teams = {
        "one": [(kernteam, A, regio)],
        "no_ambtelijk": [(privaat, P, neprom), (colleague, P, regio)],
        "two_ambtelijk": [(kernteam, A, regio), (colleague, A, regio), (privaat, P, neprom)],
        "ambtelijk_outsider": [(privaat, A, neprom), (kernteam, P, regio)],
    }
    client.force_login(kernteam)
    data = {
        "name": "Nieuwe tafel",
        "guiding_question": "Hoe?",
        "started_on": "2021-01-04",
        "pillars": [pillar.pk],
    }
    response = client.post(reverse("tempotafels:create"), data | team_post(teams[rows]))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Tempotafel.objects.filter(name="Nieuwe tafel").exists()


def test_a_fourth_tempomaker_is_refused_in_the_form(client, kernteam, tafel, neprom):
    extra = [(UserFactory(), P, neprom), (UserFactory(), M, neprom)]
    current = [(t.user, t.kind, t.organisation) for t in tafel.tempomakers.all()]
    client.force_login(kernteam)
    response = client.post(reverse("tempotafels:team", args=[tafel.pk]), team_post(current + extra))
    assert response.status_code == 200
    assert "Een tempotafel heeft hoogstens 3 tempomakers." in response.content.decode()
    assert tafel.tempomakers.count() == 2


def test_a_fourth_tempomaker_is_refused_by_the_service_and_the_model(kernteam, tafel, neprom):
    team = [Appointment(t.user, t.kind, t.organisation) for t in tafel.tempomakers.all()]
    team += [Appointment(UserFactory(), P, neprom), Appointment(UserFactory(), M, neprom)]
    with pytest.raises(ValidationError, match="hoogstens 3 tempomakers"):
        services.appoint_tempomakers(tafel=tafel, by=kernteam, team=team)
    TempomakerFactory(tempotafel=tafel, kind=M, organisation=neprom)
    fourth = Tempomaker(tempotafel=tafel, user=UserFactory(), kind=P, organisation=neprom)
    with pytest.raises(ValidationError, match="hoogstens 3 tempomakers"):
        fourth.full_clean()


def test_the_database_refuses_a_second_ambtelijk_tempomaker(tafel, regio):
    colleague = UserFactory(username="kernteam2", kernteam=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Tempomaker.objects.create(tempotafel=tafel, user=colleague, kind=A, organisation=regio)


def test_an_ambtelijk_tempomaker_outside_the_core_team_is_refused(kernteam, tafel, privaat, neprom, regio):
    outsider = UserFactory(username="ambtenaar")
    team = [Appointment(outsider, A, regio), Appointment(privaat, P, neprom)]
    with pytest.raises(ValidationError, match="lid zijn van het Ambtelijk Kernteam"):
        services.appoint_tempomakers(tafel=tafel, by=kernteam, team=team)
    assert set(tafel.tempomakers.values_list("user__username", flat=True)) == {"kernteam", "privaat"}


def test_the_core_team_replaces_the_private_tempomaker(client, kernteam, tafel, privaat, regio):
    portaal = OrganisationFactory(name="Portaal")
    newcomer = UserFactory(username="fleur")
    client.force_login(kernteam)
    response = client.post(
        reverse("tempotafels:team", args=[tafel.pk]),
        team_post([(kernteam, A, regio), (newcomer, M, portaal), (None, "", None)]),
    )
    assert response.status_code == 302
    assert set(tafel.tempomakers.values_list("user__username", flat=True)) == {"kernteam", "fleur"}


def test_a_half_filled_row_names_what_is_missing(client, kernteam, tafel, privaat, regio):
    client.force_login(kernteam)
    response = client.post(
        reverse("tempotafels:team", args=[tafel.pk]), team_post([(kernteam, A, regio), (privaat, P, None)])
    )
    assert "Vul persoon, soort en organisatie alle drie in" in response.content.decode()


def test_only_the_core_team_starts_a_tafel_in_the_service(privaat, pillar, kernteam, neprom, regio):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.start_tempotafel(
            by=privaat,
            name="X",
            guiding_question="Hoe?",
            started_on=datetime.date(2021, 1, 1),
            pillars=[pillar],
            team=[Appointment(kernteam, A, regio), Appointment(privaat, P, neprom)],
        )


def test_the_core_team_changes_the_tafels_links(client, kernteam, tafel, pillar):
    from tests.factories import AgreementFactory

    agreement = AgreementFactory(number=23, pillar=pillar)
    client.force_login(kernteam)
    form = client.get(reverse("tempotafels:team", args=[tafel.pk])).content.decode()
    assert 'name="team-INITIAL_FORMS" value="2"' in form
    response = client.post(
        reverse("tempotafels:update", args=[tafel.pk]),
        {
            "expected_version": 1,
            "name": "Circulair en biobased bouwen",
            "guiding_question": tafel.guiding_question,
            "started_on": "2020-10-01",
            "pillars": [pillar.pk],
            "agreements": [agreement.pk],
        },
    )
    assert response.status_code == 302
    tafel.refresh_from_db()
    assert tafel.name == "Circulair en biobased bouwen" and list(tafel.agreements.all()) == [agreement]


def test_the_admin_keeps_the_team_rule(client, beheerder, tafel):
    tempomakers = list(tafel.tempomakers.all())
    data = {
        "name": tafel.name,
        "guiding_question": tafel.guiding_question,
        "started_on": "2020-10-01",
        "pillars": [p.pk for p in tafel.pillars.all()],
        "version": 1,
        "tempomakers-TOTAL_FORMS": "2",
        "tempomakers-INITIAL_FORMS": "2",
        "tempomakers-MIN_NUM_FORMS": "0",
        "tempomakers-MAX_NUM_FORMS": "3",
    }
    for i, t in enumerate(tempomakers):
        data |= {
            f"tempomakers-{i}-id": t.pk,
            f"tempomakers-{i}-tempotafel": tafel.pk,
            f"tempomakers-{i}-user": t.user_id,
            f"tempomakers-{i}-kind": t.kind,
            f"tempomakers-{i}-organisation": t.organisation_id,
        }
    data["tempomakers-1-DELETE"] = "on"
    client.force_login(beheerder)
    response = client.post(reverse("admin:tempotafels_tempotafel_change", args=[tafel.pk]), data)
    assert response.status_code == 200
    assert "Een tempotafel heeft minstens 2 tempomakers." in response.content.decode()
    assert tafel.tempomakers.count() == 2
