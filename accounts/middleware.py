"""Session rules that hold for every request: an idle timeout, and a second factor for those who need one."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

LAST_SEEN = "last_seen"


class SessionIdleTimeoutMiddleware:
    """Ends a session that has had no request for ``SESSION_IDLE_TIMEOUT_MINUTES``. The moment of the last
    request lives in the session itself (the database), so every app server applies the same rule."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now, last_seen = int(time.time()), request.session.get(LAST_SEEN)
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_TIMEOUT_MINUTES * 60:
                logout(request)
                messages.info(
                    request, "U bent uitgelogd omdat u een tijd niets heeft gedaan. Log opnieuw in."
                )
                return redirect(f"{reverse('login')}?next={request.path}")
            if last_seen is None or now - last_seen >= 60:  # one session write a minute, not every request
                request.session[LAST_SEEN] = now
        return self.get_response(request)


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
