"""The core team edits an agenda item in the browser until the minutes are adopted. Two people editing at once:
the second save is refused in Dutch, their typed text stays in the form beside the saved version, and a second
save after comparing goes through. Nothing is silently overwritten."""

import pytest
from django.urls import reverse

from governance import services
from governance.models import AgendaItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(kernteam, bo_meeting):
    return services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Woonbehoefte", description="Oud")


def form(item, **changes):
    return {"title": item.title, "description": item.description, "expected_version": item.version, **changes}


def test_the_core_team_edits_an_item(client, kernteam, item):
    client.force_login(kernteam)
    url = reverse("governance:agenda_item_update", args=[item.pk])
    assert 'value="Woonbehoefte"' in client.get(url).content.decode()
    response = client.post(url, form(item, title="Woonbehoefte ouderen", is_shared="on"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.is_shared, item.version) == ("Woonbehoefte ouderen", True, 2)


def test_a_concurrent_edit_is_refused_and_the_typed_text_is_kept(client, kernteam, item):
    seen = form(item)
    services.update_agenda_item(
        item=item,
        by=kernteam,
        expected_version=item.version,
        title="Titel van collega",
        description="Van de ander",
    )
    client.force_login(kernteam)
    url = reverse("governance:agenda_item_update", args=[item.pk])
    response = client.post(url, {**seen, "description": "Mijn zorgvuldig getypte tekst"})
    body = response.content.decode()
    assert response.status_code == 409
    assert "Iemand anders heeft dit agendapunt opgeslagen" in body and "niet</strong> opgeslagen" in body
    assert "Mijn zorgvuldig getypte tekst" in body  # still in the form
    assert "Van de ander" in body and "Titel van collega" in body  # the saved version beside it
    item.refresh_from_db()
    assert item.description == "Van de ander"

    again = client.post(
        url, {**seen, "description": "Mijn zorgvuldig getypte tekst", "expected_version": item.version}
    )
    assert again.status_code == 302
    item.refresh_from_db()
    assert item.description == "Mijn zorgvuldig getypte tekst"


def test_an_empty_title_gets_a_dutch_message_and_writes_nothing(client, kernteam, item):
    client.force_login(kernteam)
    response = client.post(reverse("governance:agenda_item_update", args=[item.pk]), form(item, title=""))
    assert "Vul het onderwerp van het agendapunt in." in response.content.decode()
    assert AgendaItem.objects.get().title == "Woonbehoefte"


def test_only_the_core_team_and_only_before_adoption(client, kernteam, wethouder, bo_meeting, item):
    url = reverse("governance:agenda_item_update", args=[item.pk])
    client.force_login(wethouder)
    assert client.get(url).status_code == 403
    assert client.post(url, form(item, title="Anders")).status_code == 403
    services.record_decision(agenda_item=item, by=kernteam, text="Besloten.")
    bo_meeting.refresh_from_db()
    services.adopt_minutes(meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version)
    client.force_login(kernteam)
    response = client.post(url, form(item, title="Anders"), follow=True)
    assert "is vastgesteld en verandert niet meer" in response.content.decode()
    assert AgendaItem.objects.get().title == "Woonbehoefte"
