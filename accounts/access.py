"""View decorators for who may open a view at all: the one vocabulary of role preconditions.

A refusal raises ``PermissionDenied``; Django hands it to ``handler403`` (``accounts.views.permission_denied``),
which records it in the audit trail and answers 403. What a user may see or change *of an object* is not
decided here but by the owning app's querysets (``Agreement.objects.status_editable_by(user)``,
``Tempotafel.objects.for_user(user)``, ...): out of scope is 404 there.
"""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied

from .models import Role

CORE_TEAM_ONLY = "Alleen voor het Ambtelijk Kernteam."


def user_passes(rule: Callable, message: str = "") -> Callable:
    """View decorator: the request's user must satisfy ``rule(user)``; otherwise 403 (audited)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not rule(request.user):
                raise PermissionDenied(message)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def has_role(user, *roles: str) -> bool:
    """``user`` is active and holds at least one of ``roles`` (no roles given: any role in the deal)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return bool(user.roles & set(roles or Role.values))


def role_required(*roles: str) -> Callable:
    """View decorator: the user holds one of ``roles`` (none given: any role in the deal)."""
    return user_passes(lambda user: has_role(user, *roles))


def is_core_team(user) -> bool:
    return user.is_authenticated and user.is_kernteam


def core_team_required(view: Callable) -> Callable:
    """View decorator: the Ambtelijk Kernteam only; everyone else gets 403."""
    return user_passes(is_core_team, CORE_TEAM_ONLY)(view)


def require_core_team(user, message: str = CORE_TEAM_ONLY) -> None:
    """The same precondition as a statement: in a service (which says in ``message`` what only the core
    team does), or in a view that must first load its object through the user's scope (so that an object
    out of scope is 404 before a wrong role is 403)."""
    if not is_core_team(user):
        raise PermissionDenied(message)
