"""The audit trail of security events: one ``record`` function, fed by Django's and django-axes' signals
(logins, failed logins, lockouts, logouts), by the 403 handler (permission refusals) and by the
``audited_download`` decorator on views that hand out personal data."""

import functools

from axes.helpers import get_client_ip_address
from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .models import SecurityEvent

Kind, Result = SecurityEvent.Kind, SecurityEvent.Result


def record(
    request, kind: str, result: str, *, user=None, username: str = "", detail: str = ""
) -> SecurityEvent:
    """Write one event: the user (or the name they typed), the client's IP address, the path, the result."""
    if user is None and request is not None and getattr(request, "user", None) is not None:
        user = request.user if request.user.is_authenticated else None
    return SecurityEvent.objects.create(
        kind=kind,
        result=result,
        user=user,
        username=(username or (user.get_username() if user else ""))[:150],
        ip_address=get_client_ip_address(request) if request is not None else None,
        path=request.path[:300] if request is not None else "",
        detail=detail[:300],
    )


@receiver(user_logged_in, dispatch_uid="audit_login")
def _logged_in(sender, request, user, **kwargs):
    record(request, Kind.LOGIN, Result.SUCCESS, user=user)


@receiver(user_logged_out, dispatch_uid="audit_logout")
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(request, Kind.LOGOUT, Result.SUCCESS, user=user)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    locked = getattr(request, "axes_locked_out", False)
    detail = (
        "geweigerd: account of IP-adres is geblokkeerd" if locked else "onjuiste gebruikersnaam of wachtwoord"
    )
    record(
        request, Kind.LOGIN_FAILED, Result.FAILURE, username=credentials.get("username", ""), detail=detail
    )


@receiver(user_locked_out, dispatch_uid="audit_lockout")
def _locked_out(sender, request, username, ip_address, **kwargs):
    record(request, Kind.LOCKOUT, Result.REFUSED, username=username or "", detail=f"IP-adres {ip_address}")


def audited_download(description: str):
    """View decorator: a successful response (a file with personal data) is written to the audit trail."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                record(request, Kind.EXPORT, Result.SUCCESS, detail=description)
            return response

        return wrapper

    return decorate
