"""Session rules that hold for every request: an idle timeout, and a second factor for those who need one."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

IDLE_COOKIE = "woondeal_active"


class SessionIdleTimeoutMiddleware:
    """Ends a session that has had no request for ``SESSION_IDLE_TIMEOUT_MINUTES``. Each response renews a
    signed, timestamped cookie (signed with SECRET_KEY, so every app server reads it; no database write per
    request); a cookie older than the timeout, or one that was tampered with, ends the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and IDLE_COOKIE in request.COOKIES and not self._recent(request):
            logout(request)
            messages.info(request, "U bent uitgelogd omdat u een tijd niets heeft gedaan. Log opnieuw in.")
            response = redirect(f"{reverse('login')}?next={request.path}")
            response.delete_cookie(IDLE_COOKIE)
            return response
        response = self.get_response(request)
        if request.user.is_authenticated:
            response.set_signed_cookie(
                IDLE_COOKIE,
                "actief",
                salt=IDLE_COOKIE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def _recent(self, request) -> bool:
        """The cookie's signed timestamp is within the timeout. (A login sets a fresh one with its response.)"""
        seconds = settings.SESSION_IDLE_TIMEOUT_MINUTES * 60
        return (
            request.get_signed_cookie(IDLE_COOKIE, default=None, salt=IDLE_COOKIE, max_age=seconds)
            is not None
        )


class TwoFactorRequiredMiddleware:
    """With ``TWO_FACTOR_REQUIRED``, a user who needs a second factor (``User.needs_two_factor``) reaches only
    the login, logout and two-factor pages until this session is verified with a code: without a device they
    are sent to set one up, with a device back to the login."""

    OPEN_PREFIXES = ("/static/", "/.well-known/", "/toegankelijkheid/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            settings.TWO_FACTOR_REQUIRED
            and user.is_authenticated
            and user.needs_two_factor
            and not user.is_verified()
            and not self._is_open(request.path)
        ):
            if user_has_device(user):
                logout(request)
                return redirect(f"{reverse('login')}?next={request.path}")
            return redirect("two_factor:setup")
        return self.get_response(request)

    def _is_open(self, path: str) -> bool:
        own = [reverse(name) for name in ("login", "logout", "two_factor:setup", "two_factor:qr")]
        own += [reverse("two_factor:setup_complete"), reverse("two_factor:backup_tokens")]
        return path in own or path.startswith(self.OPEN_PREFIXES)
