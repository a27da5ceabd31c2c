"""In development (DEBUG on) a page that does not exist shows the Dutch 404 page, not Django's English one."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_missing_page_is_dutch_with_debug_on(client, settings, partner):
    settings.DEBUG = True
    client.force_login(partner)
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html and "Using the URLconf" not in html


def test_a_404_inside_a_view_keeps_the_debug_page_for_the_developer(client, settings, kernteam):
    settings.DEBUG = True
    client.force_login(kernteam)
    response = client.get("/afspraken/999/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" not in response.content.decode()


def test_without_debug_every_404_is_dutch(client, partner):
    client.force_login(partner)
    assert "Pagina niet gevonden" in client.get("/bestaat-niet/").content.decode()
