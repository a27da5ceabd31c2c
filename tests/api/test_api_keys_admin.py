"""Functioneel beheer issues, replaces and revokes API keys in the admin; a key is shown once, stored hashed."""

import re

import pytest

from api.models import ApiToken, hash_key

pytestmark = pytest.mark.django_db


def test_issuing_shows_the_key_once_and_stores_only_its_hash(client, beheerder, bestuur):
    client.force_login(beheerder)
    page = client.post("/beheer/api/apitoken/add/", {"user": bestuur.pk, "name": "regiomonitor"})
    assert page.status_code == 200
    key = re.search(r"<code>([A-Za-z0-9_-]{40,})</code>", page.content.decode())[1]
    token = ApiToken.objects.get()
    assert token.key_hash == hash_key(key) and token.created_by == beheerder and token.prefix == key[:8]
    assert key not in client.get(f"/beheer/api/apitoken/{token.pk}/change/").content.decode()
    used = client.__class__(headers={"authorization": f"Bearer {key}"}).get("/api/v1/tempotafels")
    assert used.status_code == 200


def test_replacing_revokes_the_old_key_and_revoking_ends_it(client, beheerder, bestuur):
    old, old_key = ApiToken.issue(user=bestuur, name="regiomonitor")
    client.force_login(beheerder)
    page = client.post(
        "/beheer/api/apitoken/", {"action": "replace", "_selected_action": [old.pk]}
    ).content.decode()
    new_key = re.search(r"<code>([A-Za-z0-9_-]{40,})</code>", page)[1]
    old.refresh_from_db()
    assert old.revoked_at is not None and new_key != old_key
    caller = client.__class__(headers={"authorization": f"Bearer {new_key}"})
    assert caller.get("/api/v1/tempotafels").status_code == 200
    new = ApiToken.objects.get(key_hash=hash_key(new_key))
    client.post("/beheer/api/apitoken/", {"action": "revoke", "_selected_action": [new.pk]})
    assert caller.get("/api/v1/tempotafels").status_code == 401


def test_only_functioneel_beheer_reaches_the_keys(client, kernteam):
    client.force_login(kernteam)
    assert client.get("/beheer/api/apitoken/").status_code == 302  # to the admin's login: not staff
