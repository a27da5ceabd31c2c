"""The API follows the NL API Design Rules: an OpenAPI 3 document that validates and that every response
matches, the version in the path and a header, no trailing slash, pages, problem+json errors, rate limits."""

import itertools
import json

import jsonschema
import pytest
from django.core.management import call_command
from django.test import Client

from tests.api.clients import api_client

pytestmark = pytest.mark.django_db

# (address, its path in the OpenAPI document)
ENDPOINTS = [
    ("/api/v1/pillars", "/pillars"),
    ("/api/v1/pillars/1", "/pillars/{number}"),
    ("/api/v1/agreements", "/agreements"),
    ("/api/v1/agreements/1", "/agreements/{number}"),
    ("/api/v1/periods", "/periods"),
    ("/api/v1/periods/2021-h1", "/periods/{code}"),
    ("/api/v1/periods/2021-h1/statuses", "/periods/{code}/statuses"),
    ("/api/v1/periods/2021-h2/statuses", "/periods/{code}/statuses"),
    ("/api/v1/periods/2021-h1/indicators", "/periods/{code}/indicators"),
    ("/api/v1/periods/2021-h2/indicators", "/periods/{code}/indicators"),
    ("/api/v1/reports", "/reports"),
    ("/api/v1/reports/2021-h1", "/reports/{code}"),
    ("/api/v1/tempotafels", "/tempotafels"),
    ("/api/v1/tempotafels/{tafel}", "/tempotafels/{id}"),
    ("/api/v1/bestaat-niet", None),
]


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_openapi_document_validates_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "openapi.yaml"))


def test_the_document_follows_the_design_rules(document, client):
    assert document["openapi"].startswith("3.")
    assert document["servers"][0]["url"].endswith("/api/v1")
    assert {"name", "email", "url"} <= set(document["info"]["contact"])
    for path, item in document["paths"].items():
        assert not path.endswith("/"), path
        assert all(part == part.lower() for part in path.split("/") if not part.startswith("{")), path
        for operation in item.values():
            assert "API-Version" in operation["responses"]["200"]["headers"], path
            for code in ("401", "404", "429"):
                assert "application/problem+json" in operation["responses"][code]["content"], (path, code)
            for parameter in operation.get("parameters", []):
                assert "_" not in parameter["name"], (path, parameter["name"])  # camelCase query keys
    assert client.get("/api/v1/schema").json() == document


def _validate(document, url, path, response):
    status = str(response.status_code)
    media = response["Content-Type"].split(";")[0]
    assert media in ("application/json", "application/problem+json"), (url, status, media)
    if path is None:  # an address that does not exist: the generic problem
        schema = document["components"]["schemas"]["Problem"]
    else:
        schema = document["paths"][path]["get"]["responses"][status]["content"][media]["schema"]
    jsonschema.Draft202012Validator({**schema, "components": document["components"]}).validate(
        response.json()
    )


def test_every_response_matches_the_document_for_every_kind_of_caller(
    document, users, tafels, open_period, settings
):
    callers = {"anoniem": Client(), **{name: api_client(user) for name, user in users.items()}}
    statuses = set()
    for (name, caller), public in itertools.product(callers.items(), (True, False)):
        settings.PUBLIC_SITE = public
        for url, path in ENDPOINTS:
            response = caller.get(url.format(tafel=tafels["own"].pk))
            statuses.add(response.status_code)
            if response.status_code == 200:
                assert response["API-Version"] == "1.0.0", url
            try:
                _validate(document, url, path, response)
            except jsonschema.ValidationError as error:
                pytest.fail(f"{name} {url} {response.status_code}: {error.message}")
    assert {200, 401, 403, 404} <= statuses


def test_errors_are_problem_json_in_dutch(client, public_site, published):
    cases = {
        "/api/v1/agreements/999": 404,
        "/api/v1/agreements/": 404,  # no trailing slash: that address does not exist
        "/api/v1/niets": 404,
        "/api/v1/tempotafels": 401,
    }
    for url, status in cases.items():
        response = client.get(url)
        assert response.status_code == status, url
        assert response["Content-Type"] == "application/problem+json", url
        body = response.json()
        assert body["status"] == status and body["instance"] == url and body["title"], url
    refused = client.post("/api/v1/agreements", data="{}", content_type="application/json")
    assert refused.status_code == 405 and refused.json()["detail"] == "Deze API is alleen-lezen: gebruik GET."


def test_lists_come_in_pages_of_page_size(client, public_site, published):
    first = client.get("/api/v1/agreements?pageSize=5").json()
    assert first["count"] == 12 and len(first["results"]) == 5
    assert [a["number"] for a in first["results"]] == [1, 2, 3, 4, 5]
    second = client.get(first["next"]).json()
    assert [a["number"] for a in second["results"]] == [6, 7, 8, 9, 10]
    last = client.get("/api/v1/agreements?pageSize=5&page=3").json()
    assert last["next"] is None and len(last["results"]) == 2
    beyond = client.get("/api/v1/agreements?pageSize=5&page=4")
    assert beyond.status_code == 404 and beyond["Content-Type"] == "application/problem+json"
    assert len(client.get("/api/v1/periods/2021-h1/statuses?pageSize=200").json()["results"]) == 12


def test_rate_limits_per_address_and_per_key_answer_429_in_dutch(public_site, published, users, settings):
    settings.API_RATE_ANONYMOUS = "3/minute"
    settings.API_RATE_KEY = "2/minute"
    anonymous = Client()
    assert [anonymous.get("/api/v1/pillars").status_code for _ in range(3)] == [200, 200, 200]
    refused = anonymous.get("/api/v1/pillars")
    assert refused.status_code == 429 and refused["Content-Type"] == "application/problem+json"
    assert refused.json()["detail"].startswith("Te veel verzoeken. Probeer het over ")
    assert int(refused["Retry-After"]) > 0
    keyed, other = api_client(users["bestuur"]), api_client(users["partner"])
    assert [keyed.get("/api/v1/pillars").status_code for _ in range(3)] == [200, 200, 429]
    assert other.get("/api/v1/pillars").status_code == 200  # another key has its own budget


def test_the_readable_documentation_lists_every_operation(client):
    page = client.get("/api/v1/docs").content.decode()
    for path in ("/agreements", "/periods/{code}/statuses", "/tempotafels"):
        assert f"GET {path}" in page
    assert json.loads(client.get("/api/v1/openapi.json").content)["info"]["version"] == "1.0.0"
