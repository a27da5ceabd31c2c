"""Members read their bodies' meetings and decisions; NIER members and invitees only shared agenda items;
private tempomakers nothing unless invited; only the core team prepares and records."""

import datetime

import pytest
from django.urls import reverse

from accounts.models import Role
from governance import services
from governance.models import Decision, FollowUp, Meeting
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(kernteam, bo_meeting):
    secret = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Grondposities (vertrouwelijk)")
    shared = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Inbreng NIER", is_shared=True)
    services.record_decision(agenda_item=secret, by=kernteam, text="Vertrouwelijk besluit")
    services.record_decision(agenda_item=shared, by=kernteam, text="Gedeeld besluit")
    return secret, shared


def page(client, user, url):
    client.force_login(user)
    return client.get(url)


def test_anonymous_goes_to_the_login_page(client, bo_meeting):
    response = client.get(reverse("governance:meeting_detail", args=[bo_meeting.pk]))
    assert response.status_code == 302 and "/inloggen/" in response.url


def test_a_board_member_reads_their_bodys_meeting_with_every_decision(client, wethouder, bo_meeting, agenda):
    body = page(client, wethouder, bo_meeting.get_absolute_url()).content.decode()
    assert "Vertrouwelijk besluit" in body and "Gedeeld besluit" in body


def test_a_director_does_not_read_the_bo_meeting(client, directeur, bo_meeting, agenda):
    assert page(client, directeur, bo_meeting.get_absolute_url()).status_code == 404
    assert not Decision.objects.for_user(directeur).exists()


def test_a_nier_member_reads_only_the_shared_item(client, nier_lid, bo_meeting, agenda):
    body = page(client, nier_lid, bo_meeting.get_absolute_url()).content.decode()
    assert "Gedeeld besluit" in body and "Vertrouwelijk" not in body
    assert list(Decision.objects.for_user(nier_lid).values_list("text", flat=True)) == ["Gedeeld besluit"]


def test_a_private_tempomaker_sees_nothing_until_invited(client, pillar, bo_meeting, agenda, kernteam):
    privaat = UserFactory(username="privaat", role=Role.TEMPOMAKER, pillar=pillar)
    assert page(client, privaat, bo_meeting.get_absolute_url()).status_code == 404
    assert not Meeting.objects.for_user(privaat).exists()
    services.update_meeting(
        meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version, invitees=[privaat]
    )
    body = page(client, privaat, bo_meeting.get_absolute_url()).content.decode()
    assert "Gedeeld besluit" in body and "Vertrouwelijk" not in body


def test_an_owner_sees_their_follow_up_even_without_a_seat(kernteam, pillar, bo_meeting, agenda):
    owner = UserFactory(username="eigenaar", role=Role.TEMPOMAKER, pillar=pillar)
    decision = Decision.objects.get(text="Vertrouwelijk besluit")
    services.add_follow_up(
        decision=decision, by=kernteam, description="Uitzoeken", owner=owner, due_on=datetime.date(2030, 1, 1)
    )
    assert list(FollowUp.objects.for_user(owner).values_list("description", flat=True)) == ["Uitzoeken"]
    assert not Decision.objects.for_user(owner).exists()


@pytest.mark.parametrize("name", ["meeting_update", "agenda_item_create", "attendance", "document_add"])
def test_only_the_core_team_prepares_a_meeting(client, wethouder, kernteam, bo_meeting, name):
    url = reverse(f"governance:{name}", args=[bo_meeting.pk])
    assert page(client, wethouder, url).status_code == 403
    assert page(client, kernteam, url).status_code == 200


def test_only_the_core_team_opens_escalations_and_records_decisions(client, wethouder, kernteam, agenda):
    secret, _ = agenda
    assert page(client, wethouder, reverse("governance:escalation_create")).status_code == 403
    assert page(client, wethouder, reverse("governance:decision_create", args=[secret.pk])).status_code == 403
    assert page(client, kernteam, reverse("governance:decision_create", args=[secret.pk])).status_code == 200


def test_adopted_minutes_never_change_and_a_correction_is_a_new_decision(
    kernteam, bodies, bo_meeting, agenda
):
    from tests.governance.meetings import meeting_of

    services.adopt_minutes(meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version)
    old = Decision.objects.get(text="Vertrouwelijk besluit")
    old.text = "Stilletjes aangepast"
    with pytest.raises(Exception, match="vastgesteld"):
        old.save()
    with pytest.raises(Exception, match="vastgesteld"):
        services.record_decision(agenda_item=old.agenda_item, by=kernteam, text="Nog een besluit")
    later = meeting_of(bodies["bo"], 120)
    item = services.add_agenda_item(meeting=later, by=kernteam, title="Correctie besluitenlijst")
    correction = services.record_decision(agenda_item=item, by=kernteam, text="Lees: provincie", corrects=old)
    assert list(old.corrections.all()) == [correction]
    assert Decision.objects.get(pk=old.pk).text == "Vertrouwelijk besluit"
