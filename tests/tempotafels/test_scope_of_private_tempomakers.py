"""A private tempomaker sees only what their scope allows (issue 11, defect 7): no names of tafels they may not
open on agreement pages, location dashboards or the agreement list's filter, and no full user list in the
meeting and action forms. The core team keeps seeing everything."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.factories import AgreementFactory, LocationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(tafel, other_tafel, pillar):
    """One agreement and one location that both tafels work on."""
    agreement = AgreementFactory(number=21, pillar=pillar, title="Minimaal 25% circulair")
    location = LocationFactory(name="Waalfront")
    for t in (tafel, other_tafel):
        t.agreements.add(agreement)
        t.locations.add(location)
    return agreement, location


def page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def pages(agreement, location):
    return [
        reverse("agreements:detail", args=[agreement.number]),
        reverse("monitor:location", args=[location.pk]),
        reverse("agreements:list"),
    ]


def test_a_private_tempomaker_sees_only_their_own_tafels_names(client, privaat, shared):
    for url in pages(*shared):
        text = page(client, privaat, url)
        assert "Conceptueel bouwen" not in text, url
    assert "Circulair bouwen" in page(client, privaat, pages(*shared)[0])
    assert "Circulair bouwen" in page(client, privaat, pages(*shared)[1])


def test_the_core_team_sees_every_tafel(client, kernteam, shared):
    for url in pages(*shared):
        assert "Conceptueel bouwen" in page(client, kernteam, url), url


def test_the_list_filter_offers_and_accepts_only_their_own_tafels(
    client, privaat, tafel, other_tafel, shared
):
    client.force_login(privaat)
    response = client.get(reverse("agreements:list"), {"tempotafel": other_tafel.pk})
    form = response.context["filter"].form
    assert list(form.fields["tempotafel"].queryset) == [tafel]
    assert "tempotafel" in form.errors  # another tafel's id is not a valid choice


@pytest.mark.parametrize("url_name", ["tempotafels:meeting_create", "tempotafels:action_create"])
def test_the_forms_offer_a_private_tempomaker_only_the_people_of_their_tafel(
    client, privaat, kernteam, tafel, other_tafel, url_name
):
    UserFactory(username="buitenstaander", first_name="Onbekende", last_name="Buitenstaander")
    text = page(client, privaat, reverse(url_name, args=[tafel.pk]))
    assert "Buitenstaander" not in text
    for member in other_tafel.tempomakers.select_related("user"):
        assert escape(member.user.get_full_name()) not in text  # as rendered: "van 't Riet" is HTML-escaped
    assert escape(kernteam.last_name) in text and escape(privaat.last_name) in text
    assert "Buitenstaander" in page(client, kernteam, reverse(url_name, args=[tafel.pk]))
