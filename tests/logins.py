"""The login form's fields: step one of the two-factor login (django-two-factor-auth's wizard)."""


def password_step(username: str, password: str) -> dict[str, str]:
    return {"login_view-current_step": "auth", "auth-username": username, "auth-password": password}


def code_step(code: str, step: str = "token") -> dict[str, str]:
    """Step two: the code from the authenticator app (``token``) or a recovery code (``backup``)."""
    return {"login_view-current_step": step, f"{step}-otp_token": code}


def login_request():
    """``client.login(request=login_request(), ...)``: django-axes checks every login against its request."""
    from django.test import RequestFactory

    return RequestFactory().post("/inloggen/")


def verified_login(client, user) -> None:
    """``client.force_login(user)`` with a verified second factor in the session, as after a real two-factor
    login: for servers started with production settings, where the core team must use two-factor login."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="authenticator-app")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
