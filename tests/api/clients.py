"""API clients: anonymous, or with the Bearer key of a user."""

from django.test import Client

from api.models import ApiToken


def key_for(user) -> str:
    return ApiToken.issue(user=user, name="test")[1]


def api_client(user=None) -> Client:
    """A client that calls the API with ``user``'s key (anonymous without a user)."""
    if user is None:
        return Client()
    return Client(headers={"authorization": f"Bearer {key_for(user)}"})
