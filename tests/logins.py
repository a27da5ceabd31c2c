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
