"""Tempotafel forms as people use them: names in Dutch order ("van den Berg" under B), a search box over long
checkbox lists, "Annuleren" on every form, and back where the user was after adding an action."""

import pytest
from django.urls import reverse

from accounts.models import User, dutch_name_key
from tempotafels.forms import MeetingForm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_dutch_surnames_sort_on_their_main_part():
    names = ["Marieke van den Berg", "Fleur de Wit", "Ruud Janssen", "Joost van Dijk", "Anna Aalders"]
    users = [User(username=n, first_name=n.split()[0], last_name=" ".join(n.split()[1:])) for n in names]
    ordered = [f"{u.first_name} {u.last_name}" for u in sorted(users, key=dutch_name_key)]
    assert ordered == [
        "Anna Aalders",
        "Marieke van den Berg",
        "Joost van Dijk",
        "Ruud Janssen",
        "Fleur de Wit",
    ]


def test_the_meeting_form_offers_people_by_surname_with_their_organisation(tafel, kernteam):
    UserFactory(first_name="Marieke", last_name="van den Berg", organisation_name="Regio Arnhem Nijmegen")
    UserFactory(first_name="Karel", last_name="Cornelissen", organisation_name="")
    labels = [label for _, label in MeetingForm(tafel=tafel, user=kernteam).fields["participants"].choices]
    berg = labels.index("Marieke van den Berg (Regio Arnhem Nijmegen)")
    assert berg < labels.index("Karel Cornelissen")
    assert 'class="columns picker"' in str(MeetingForm(tafel=tafel, user=kernteam)["participants"])


@pytest.mark.parametrize(
    "name", ["create", "update", "team", "approach", "end", "meeting_create", "action_create"]
)
def test_every_tempotafel_form_can_be_cancelled(client, kernteam, tafel, name):
    client.force_login(kernteam)
    url = reverse(f"tempotafels:{name}", args=[] if name == "create" else [tafel.pk])
    html = client.get(url).content.decode()
    assert ">Annuleren</a>" in html


def test_after_adding_an_action_the_user_is_back_where_they_were(client, privaat, tafel, meeting):
    client.force_login(privaat)
    detail = client.get(reverse("tempotafels:detail", args=[tafel.pk])).content.decode()
    link = f"{reverse('tempotafels:action_create', args=[tafel.pk])}?next={tafel.get_absolute_url()}%23acties"
    assert link in detail
    data = {"description": "Notitie schrijven", "due_on": "2031-05-01", "owner": privaat.pk}
    response = client.post(f"{reverse('tempotafels:action_create', args=[tafel.pk])}?next=/", data)
    assert response.url == "/"
    data["next"] = "https://elders.example/"
    response = client.post(reverse("tempotafels:action_create", args=[tafel.pk]), data)
    assert response.url == tafel.get_absolute_url() + "#acties"
