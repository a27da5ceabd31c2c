"""Preconditions shared by the views: scope (404), permission (403) and an active tafel (read-only once ended)."""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect

from accounts.access import is_core_team

from ..models import Tempotafel


def tafel_of(obj) -> Tempotafel:
    return obj if isinstance(obj, Tempotafel) else obj.tempotafel


def in_scope(model, request, pk):
    """Load a tafel, meeting or action through the user's scope: out of scope is 404."""
    queryset = model.objects.for_user(request.user)
    if model is not Tempotafel:
        queryset = queryset.select_related("tempotafel")
    return get_object_or_404(queryset, pk=pk)


def editing(model, *, core_team: bool = False) -> Callable:
    """The view changes ``model`` (a tafel, meeting or action) with primary key ``pk``. The object must be in
    the user's scope (404), the user must be allowed (403), and its tafel still active (else back, with why)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk, **kwargs):
            obj = in_scope(model, request, pk)
            tafel = tafel_of(obj)
            user = request.user
            if not (is_core_team(user) if core_team else tafel.has_editor(user)):
                raise PermissionDenied
            if not tafel.is_active:
                messages.error(request, tafel.ended_message)
                return redirect(tafel)
            return view(request, obj, **kwargs)

        return wrapper

    return decorator
