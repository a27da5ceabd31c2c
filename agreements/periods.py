"""The period a page shows: the user's choice (``?periode=2021-h1``) or the default for their role."""

from django.shortcuts import get_object_or_404

from .models import Period


def chosen_period(request) -> Period | None:
    """``?periode=<code>`` (404 for an unknown code), otherwise ``Period.objects.shown_to(user)``."""
    code = request.GET.get("periode")
    if code:
        return get_object_or_404(Period, code=code)
    return Period.objects.shown_to(request.user)


def period_choice(request) -> dict:
    """Context for ``agreements/_period_selector.html``: the chosen period and every period to choose from."""
    return {"period": chosen_period(request), "periods": list(Period.objects.order_by("-year", "-half"))}
