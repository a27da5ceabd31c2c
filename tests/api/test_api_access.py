"""Who reads what through the API: public data without a key only with the public site on, everything else
with a key and exactly as the pages allow (a matrix over every endpoint and role)."""

import pytest
from django.test import Client

from api.models import ApiToken, ApiTokenUse, hash_key
from tests.api.clients import api_client

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/api/v1/pillars",
    "/api/v1/pillars/1",
    "/api/v1/agreements",
    "/api/v1/agreements/1",
    "/api/v1/periods",
    "/api/v1/periods/2021-h1",
    "/api/v1/periods/2021-h1/statuses",
    "/api/v1/periods/2021-h1/indicators",
    "/api/v1/reports",
    "/api/v1/reports/2021-h1",
]
WITH_KEY_ONLY = [
    "/api/v1/tempotafels",
    "/api/v1/periods/2021-h2",
    "/api/v1/periods/2021-h2/statuses",
    "/api/v1/periods/2021-h2/indicators",
]


def test_without_a_key_published_data_is_open_only_while_the_public_site_is_on(
    client, published, open_period, settings
):
    settings.PUBLIC_SITE = False
    for url in PUBLIC + WITH_KEY_ONLY:
        response = client.get(url)
        assert response.status_code == 401, url
        assert response["Content-Type"] == "application/problem+json", url
        assert response["WWW-Authenticate"] == "Bearer"
    settings.PUBLIC_SITE = True
    for url in PUBLIC:
        assert client.get(url).status_code == 200, url
    assert client.get("/api/v1/tempotafels").status_code == 401
    for url in WITH_KEY_ONLY[1:]:  # the open half year is not public: it does not exist for the public
        assert client.get(url).status_code == 404, url
    codes = [p["code"] for p in client.get("/api/v1/periods").json()["results"]]
    assert codes == ["2021-h1"]


def test_statuses_of_a_published_half_year_come_from_its_snapshot(client, public_site, published):
    from agreements.models import AgreementStatus

    AgreementStatus.objects.filter(period=published.period, agreement__number=1).update(
        progress="Later gewijzigd"
    )
    rows = client.get("/api/v1/periods/2021-h1/statuses").json()["results"]
    first = next(row for row in rows if row["agreement"] == 1)
    assert first["source"] == "gepubliceerd" and first["progress"] != "Later gewijzigd"
    assert first["colour"] == published.snapshot["agreements"][0]["colour"]


def test_a_key_is_stored_hashed_logged_when_used_and_dead_once_revoked(people, public_site, published):
    token, key = ApiToken.issue(user=people["bestuur"], name="regiomonitor")
    assert token.key_hash == hash_key(key) and not ApiToken.objects.filter(key_hash=key).exists()
    caller = Client(headers={"authorization": f"Bearer {key}"})
    assert caller.get("/api/v1/tempotafels").status_code == 200
    use = ApiTokenUse.objects.get(token=token)
    assert (use.method, use.path) == ("GET", "/api/v1/tempotafels")
    token.refresh_from_db()
    assert token.last_used_at is not None
    token.revoke()
    refused = caller.get("/api/v1/tempotafels")
    assert refused.status_code == 401
    assert refused.json()["detail"] == "Deze API-sleutel is onbekend of ingetrokken."
    assert Client(headers={"authorization": "Bearer verzonnen"}).get("/api/v1/pillars").status_code == 401


def _page_status(user, url) -> int:
    client = Client()
    client.force_login(user)
    return client.get(url).status_code


# endpoint -> the page that shows the same data
MATRIX = [
    ("/api/v1/pillars", "/naslag/"),
    ("/api/v1/agreements", "/afspraken/"),
    ("/api/v1/agreements/1", "/afspraken/1/"),
    ("/api/v1/periods", "/afspraken/"),
    ("/api/v1/periods/2021-h2/statuses", "/afspraken/?periode=2021-h2"),
    ("/api/v1/periods/2021-h1/statuses", "/afspraken/?periode=2021-h1"),
    ("/api/v1/periods/2021-h2/indicators", "/monitor/dashboard/"),
    ("/api/v1/reports", "/rapportages/"),
    ("/api/v1/reports/2021-h1", "/rapportages/2021-h1/"),
    ("/api/v1/tempotafels", "/tempotafels/"),
]


def test_with_a_key_every_role_reads_exactly_what_its_pages_show(users, tafels, open_period, settings):
    settings.PUBLIC_SITE = False
    seen = set()
    for name, user in users.items():
        caller = api_client(user)
        for endpoint, page in MATRIX:
            status = caller.get(endpoint).status_code
            assert status == _page_status(user, page), (name, endpoint)
            seen.add(status)
        for tafel in tafels["own"], tafels["other"]:
            api = caller.get(f"/api/v1/tempotafels/{tafel.pk}").status_code
            assert api == _page_status(user, f"/tempotafels/{tafel.pk}/"), (name, tafel.name)
            seen.add(api)
        page = Client()
        page.force_login(user)
        listed = page.get("/tempotafels/")
        if listed.status_code == 200:
            shown = {t.pk for t in listed.context["active"] + listed.context["ended"]}
            given = {t["id"] for t in caller.get("/api/v1/tempotafels").json()["results"]}
            assert given == shown, name
    assert {200, 403, 404} <= seen  # the matrix holds allowed and refused cells


def test_a_private_tempomaker_sees_only_their_own_tafel_and_no_one_gets_its_people(users, tafels):
    rows = api_client(users["privaat"]).get("/api/v1/tempotafels").json()["results"]
    assert [row["name"] for row in rows] == ["Circulair bouwen"]
    assert set(rows[0]) == {
        "id",
        "name",
        "guiding_question",
        "pillars",
        "agreements",
        "started_on",
        "ended_on",
    }
