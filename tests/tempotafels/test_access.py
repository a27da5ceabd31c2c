"""Who may open which Tempotafel page: the core team everything, a tafel's tempomakers their own tafel,
everyone else reads; a private tempomaker without another role finds other tafels' pages missing (404)."""

import pytest
from django.urls import reverse

from accounts.models import Membership, Role

pytestmark = pytest.mark.django_db

READERS = ["ambassadeur", "bestuur", "partner", "beheerder", "tempomaker"]


def read_urls(tafel, meeting):
    return [
        reverse("tempotafels:detail", args=[tafel.pk]),
        reverse("tempotafels:history", args=[tafel.pk]),
        reverse("tempotafels:calendar", args=[tafel.pk]),
        reverse("tempotafels:action_export", args=[tafel.pk]),
        reverse("tempotafels:meeting_detail", args=[meeting.pk]),
    ]


def edit_urls(tafel, meeting, action):
    return [
        reverse("tempotafels:approach", args=[tafel.pk]),
        reverse("tempotafels:meeting_create", args=[tafel.pk]),
        reverse("tempotafels:action_create", args=[tafel.pk]),
        reverse("tempotafels:meeting_update", args=[meeting.pk]),
        reverse("tempotafels:action_update", args=[action.pk]),
    ]


def manage_urls(tafel):
    return [
        reverse("tempotafels:update", args=[tafel.pk]),
        reverse("tempotafels:team", args=[tafel.pk]),
        reverse("tempotafels:end", args=[tafel.pk]),
    ]


GLOBAL_URLS = [reverse("tempotafels:list"), reverse("tempotafels:agenda")]


@pytest.fixture
def pages(tafel, meeting, action):
    return {
        "read": read_urls(tafel, meeting),
        "edit": edit_urls(tafel, meeting, action),
        "manage": [*manage_urls(tafel), reverse("tempotafels:create")],
        "done": reverse("tempotafels:action_done", args=[action.pk]),
    }


def statuses(client, urls):
    return {url: client.get(url).status_code for url in urls}


def test_anonymous_visitors_are_sent_to_login(client, pages):
    urls = [*GLOBAL_URLS, *pages["read"], *pages["edit"], *pages["manage"]]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login")), url
    assert client.post(pages["done"]).status_code == 302


def test_the_core_team_opens_every_page(client, kernteam, pages, action):
    client.force_login(kernteam)
    urls = [*GLOBAL_URLS, *pages["read"], *pages["edit"], *pages["manage"]]
    assert set(statuses(client, urls).values()) == {200}
    response = client.post(pages["done"], {"expected_version": action.version, "done": "on"})
    assert response.status_code == 302


def test_the_tafels_own_tempomaker_works_in_it_but_does_not_manage_it(client, privaat, pages, action):
    client.force_login(privaat)
    assert set(statuses(client, [*GLOBAL_URLS, *pages["read"], *pages["edit"]]).values()) == {200}
    assert set(statuses(client, pages["manage"]).values()) == {403}
    client.post(pages["done"], {"expected_version": action.version, "done": "on"})
    action.refresh_from_db()
    assert action.done


@pytest.mark.parametrize("role", READERS)
def test_everyone_else_reads_but_cannot_change(client, request, role, pages, action):
    client.force_login(request.getfixturevalue(role))
    assert set(statuses(client, [*GLOBAL_URLS, *pages["read"]]).values()) == {200}
    assert set(statuses(client, [*pages["edit"], *pages["manage"]]).values()) == {403}
    assert client.post(pages["done"], {"expected_version": action.version, "done": "on"}).status_code == 403
    action.refresh_from_db()
    assert not action.done


def test_a_private_tempomaker_finds_other_tafels_missing(client, privaat, tafel, other_tafel):
    from tests.tempotafels.factories import ActionFactory, MeetingFactory

    meeting = MeetingFactory(tempotafel=other_tafel)
    action = ActionFactory(tempotafel=other_tafel, meeting=meeting)
    client.force_login(privaat)
    urls = [
        *read_urls(other_tafel, meeting),
        *edit_urls(other_tafel, meeting, action),
        *manage_urls(other_tafel),
    ]
    assert set(statuses(client, urls).values()) == {404}
    assert (
        client.post(reverse("tempotafels:action_done", args=[action.pk]), {"expected_version": 1}).status_code
        == 404
    )

    overview = client.get(reverse("tempotafels:list")).content.decode()
    assert "Circulair bouwen" in overview and "Conceptueel bouwen" not in overview
    assert "Afspraken zonder actieve tempotafel" not in overview
    agenda = client.get(reverse("tempotafels:agenda")).content.decode()
    assert "Conceptueel bouwen" not in agenda
    home = client.get(reverse("home")).content.decode()
    assert "Circulair bouwen" in home and "Conceptueel bouwen" not in home


def test_a_private_tempomaker_with_another_role_reads_every_tafel(client, privaat, tafel, other_tafel):
    Membership.objects.create(user=privaat, role=Role.PARTNER)
    client.force_login(privaat)
    assert client.get(reverse("tempotafels:detail", args=[other_tafel.pk])).status_code == 200
    assert client.get(reverse("tempotafels:approach", args=[other_tafel.pk])).status_code == 403


def test_the_ambtelijk_tempomaker_of_another_tafel_reads_and_as_core_team_edits(client, other_tafel, tafel):
    colleague = other_tafel.tempomakers.get(kind="ambtelijk").user
    client.force_login(colleague)
    assert client.get(reverse("tempotafels:approach", args=[tafel.pk])).status_code == 200


def test_the_menu_leads_to_the_overview_and_the_overview_to_the_agenda(client, privaat, tafel):
    client.force_login(privaat)
    html = client.get(reverse("home")).content.decode()
    assert reverse("tempotafels:list") in html
    assert reverse("tempotafels:agenda") in client.get(reverse("tempotafels:list")).content.decode()
