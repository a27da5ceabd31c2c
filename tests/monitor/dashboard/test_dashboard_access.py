"""Everyone logged in reads the dashboard; only the core team records yearly completions."""

import pytest

from monitor.models import MonitorSettings, YearlyCompletion

pytestmark = pytest.mark.django_db


def dashboard_urls(known):
    return [
        "/monitor/dashboard/",
        "/monitor/dashboard/subregio/nijmegen-en-omgeving/",
        "/monitor/dashboard/gemeente/GM0268/",
        f"/monitor/dashboard/locatie/{known['station'].pk}/",
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(client, known_monitor):
    for url in [*dashboard_urls(known_monitor), "/monitor/dashboard/opleveringen/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/inloggen/"), url


@pytest.mark.parametrize("role", ["kernteam", "tempomaker", "ambassadeur", "bestuur", "partner"])
def test_every_role_reads_every_dashboard_page(client, known_monitor, role, request):
    client.force_login(request.getfixturevalue(role))
    for url in dashboard_urls(known_monitor):
        assert client.get(url).status_code == 200, url


def test_unknown_scopes_are_not_found(client, known_monitor, partner):
    client.force_login(partner)
    for url in [
        "/monitor/dashboard/subregio/nergens/",
        "/monitor/dashboard/gemeente/GM9999/",
        "/monitor/dashboard/locatie/999999/",
    ]:
        assert client.get(url).status_code == 404, url


def test_the_menu_has_a_dashboard_item(client, known_monitor, partner):
    client.force_login(partner)
    html = client.get("/monitor/dashboard/gemeente/GM0268/").content.decode()
    assert '<a href="/monitor/dashboard/" aria-current="page">Dashboard</a>' in html


@pytest.mark.parametrize("role", ["tempomaker", "ambassadeur", "bestuur", "partner"])
def test_only_the_core_team_records_completions(client, known_monitor, role, request):
    client.force_login(request.getfixturevalue(role))
    assert client.get("/monitor/dashboard/opleveringen/").status_code == 403
    response = client.post(
        "/monitor/dashboard/opleveringen/", {"year": 2021, "realised_source": "plans", "GM0268": 5}
    )
    assert response.status_code == 403
    assert YearlyCompletion.objects.get(municipality__cbs_code="GM0268", year=2020).homes == 472
    assert MonitorSettings.get_solo().realised_source == MonitorSettings.RealisedSource.COMPLETIONS
    assert "Opleveringen per gemeente vastleggen" not in client.get("/monitor/dashboard/").content.decode()


def test_the_core_team_records_completions_and_chooses_the_source(client, known_monitor, kernteam):
    client.force_login(kernteam)
    form = client.get("/monitor/dashboard/opleveringen/?jaar=2021")
    assert form.status_code == 200
    assert 'name="GM0202" value="500"' in form.content.decode()
    response = client.post(
        "/monitor/dashboard/opleveringen/?jaar=2021",
        {"year": 2021, "realised_source": "plans", "GM0202": "", "GM0268": "640", "GM0296": "12"},
    )
    assert response.status_code == 302 and response.url.endswith("?jaar=2021")
    recorded = dict(YearlyCompletion.objects.filter(year=2021).values_list("municipality__cbs_code", "homes"))
    assert recorded == {"GM0268": 640, "GM0296": 12}  # the empty Arnhem field removed its figure
    assert MonitorSettings.get_solo().realised_source == MonitorSettings.RealisedSource.PLANS


def test_bad_completions_are_refused_with_a_dutch_message(client, known_monitor, kernteam):
    client.force_login(kernteam)
    response = client.post(
        "/monitor/dashboard/opleveringen/", {"year": 2021, "realised_source": "plans", "GM0268": "-3"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nijmegen (GM0268)" in html and "minstens 0" in html
    assert not YearlyCompletion.objects.filter(year=2021, municipality__cbs_code="GM0268").exists()
    assert MonitorSettings.get_solo().realised_source == MonitorSettings.RealisedSource.COMPLETIONS
