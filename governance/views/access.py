"""Preconditions shared by the views: objects through the user's scope (404). The core team's precondition
(403) is ``accounts.access.core_team_required``."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from ..models import AgendaItem, Decision, FollowUp, Meeting


def in_scope(model, request, pk, *related: str):
    return get_object_or_404(model.objects.for_user(request.user).select_related(*related), pk=pk)


def meetings_with_items(user):
    """Meetings with the agenda items, decisions and follow-up this user may read (a fixed number of queries)."""
    follow_ups = FollowUp.objects.for_user(user).select_related("owner")
    decisions = (
        Decision.objects.for_user(user)
        .select_related("corrects__agenda_item__meeting__body")
        .prefetch_related(
            Prefetch("follow_ups", queryset=follow_ups), "corrections__agenda_item__meeting__body"
        )
    )
    items = (
        AgendaItem.objects.for_user(user)
        .select_related(
            "escalation__agreement", "escalation__tempotafel", "escalation__pillar", "escalation__period"
        )
        .prefetch_related(Prefetch("decisions", queryset=decisions))
    )
    return (
        Meeting.objects.for_user(user)
        .select_related("body")
        .prefetch_related(Prefetch("items", queryset=items, to_attr="visible_items"))
    )
