import datetime

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from two_factor.views import LoginView as TwoFactorLoginView

from accounts.audit import record
from accounts.models import SecurityEvent


class LoginView(TwoFactorLoginView):
    """Username and password, then (when the user has set one up) the code from their authenticator app or
    one of their recovery codes. django-axes counts the failed passwords."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True


@login_not_required
@requires_csrf_token
def permission_denied(request, exception=None):
    """Every refusal is a security event in the audit trail."""
    record(
        request,
        SecurityEvent.Kind.PERMISSION_DENIED,
        SecurityEvent.Result.REFUSED,
        detail=str(exception or ""),
    )
    return render(request, "403.html", status=403)


@login_not_required
@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@login_not_required
@requires_csrf_token
def server_error(request):
    return render(request, "500.html", status=500)


@login_not_required
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: where to report a vulnerability. Contact and expiry come from settings (``SECURITY_*``)."""
    expires = settings.SECURITY_TXT_EXPIRES or timezone.now() + datetime.timedelta(days=180)
    context = {
        "contact": settings.SECURITY_CONTACT,
        "expires": expires.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "canonical": request.build_absolute_uri(request.path),
        "policy": settings.SECURITY_POLICY_URL,
    }
    return render(request, "accounts/security.txt", context, content_type="text/plain; charset=utf-8")


@login_not_required
def accessibility_statement(request):
    """The toegankelijkheidsverklaring (Besluit digitale toegankelijkheid overheid), readable without login."""
    context = {
        "contact": settings.ACCESSIBILITY_CONTACT,
        "statement_date": settings.ACCESSIBILITY_STATEMENT_DATE,
    }
    return render(request, "accounts/accessibility.html", context)
