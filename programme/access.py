"""Who may do what with the programme's means (one place; the menu only mirrors it).

Budget, capacity and the flexibele schil's decisions are the core team's work; the Directeurenoverleg, which
discusses capacity and means, reads them (role ``bestuur``). Everyone with a role in the deal reads the
location programme, except a private or societal tempomaker who sees only their own tafel.
"""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied

from accounts.models import Role


def manages_programme(user) -> bool:
    return getattr(user, "is_kernteam", False)


def reads_means(user) -> bool:
    return manages_programme(user) or (user.is_active and Role.BESTUUR in user.roles)


def reads_location_programme(user) -> bool:
    if not user.is_authenticated or user.sees_only_own_tempotafels:
        return False
    return user.is_active and (bool(user.roles) or user.is_staff)


def may_request_capacity(user) -> bool:
    """A municipality or partner asks for capacity: anyone with a role in the deal."""
    return user.is_authenticated and user.is_active and bool(user.roles)


def allowed(rule: Callable) -> Callable:
    """View decorator: the request's user must satisfy ``rule`` (403 otherwise)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not rule(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
