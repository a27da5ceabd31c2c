"""Two steps every app's views take around a form (not permissions: those are ``accounts.access``).

``attempt``: call a service; its refusal (``ValidationError``) becomes a form error, on the field it names where
the form has it, and the result is None, so the page shows the form again with nothing typed lost. The error keeps
its code (a view may ask ``form.has_error(NON_FIELD_ERRORS, "conflict")``).

``safe_next``: the ``next`` address a form or link carries, only when it stays on this site.
"""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.utils.http import url_has_allowed_host_and_scheme


def attempt(form, service: Callable, /, **kwargs):
    try:
        return service(**kwargs)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, messages in error.message_dict.items():
                form.add_error(field if field in form.fields else None, messages)
        else:
            form.add_error(None, error)
        return None


def safe_next(request, fallback: str = "") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else fallback
