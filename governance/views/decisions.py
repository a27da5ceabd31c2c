"""Decisions on agenda items and their follow-up; the owner ticks their own action off."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import core_team_required
from accounts.forms_flow import attempt, safe_next

from .. import services
from ..forms import INCOMPLETE, DecisionForm, DoneForm, FollowUpFields
from ..models import AgendaItem, Decision, FollowUp
from .access import in_scope


def _corrigible(item: AgendaItem):
    """Decisions of other, earlier meetings of the same body (a correction refers to one of them)."""
    return (
        Decision.objects.filter(
            agenda_item__meeting__body_id=item.meeting.body_id,
            agenda_item__meeting__starts_at__lt=item.meeting.starts_at,
        )
        .select_related("agenda_item")
        .order_by("-agenda_item__meeting__starts_at")
    )


@require_http_methods(["GET", "POST"])
@core_team_required
def decision_create(request, pk):
    item = in_scope(AgendaItem, request, pk, "meeting__body", "escalation")
    form = DecisionForm(request.POST or None, corrigible=_corrigible(item))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        follow_up = form.follow_up()
        decision = attempt(
            form,
            services.record_decision,
            agenda_item=item,
            by=request.user,
            text=data["text"],
            responsible=data["responsible"],
            corrects=data["corrects"],
            follow_ups=[follow_up] if follow_up else [],
        )
        if decision:
            messages.success(request, f"Het besluit bij agendapunt {item.number} is vastgelegd.")
            return redirect(item.meeting)
    return render(request, "governance/decision_form.html", {"form": form, "item": item})


@require_http_methods(["GET", "POST"])
@core_team_required
def follow_up_create(request, pk):
    decision = in_scope(Decision, request, pk, "agenda_item__meeting__body")
    form = FollowUpFields(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if attempt(form, services.add_follow_up, decision=decision, by=request.user, **form.follow_up()):
            messages.success(request, "De opvolgactie is toegevoegd.")
            return redirect(decision.agenda_item.meeting)
    return render(request, "governance/followup_form.html", {"form": form, "decision": decision})


@require_POST
def follow_up_done(request, pk):
    """The owner or the core team ticks the action off (or opens it again); others get 404."""
    follow_up = get_object_or_404(FollowUp.objects.editable_by(request.user), pk=pk)
    form = DoneForm(request.POST)
    if not form.is_valid():
        messages.error(request, INCOMPLETE)
    elif attempt(
        form, services.mark_follow_up_done, follow_up=follow_up, by=request.user, **form.cleaned_data
    ):
        done = form.cleaned_data["done"]
        messages.success(request, f"Opvolgactie ‘{follow_up}’ is {'afgevinkt' if done else 'weer open'}.")
    for error in form.non_field_errors():
        messages.error(request, error)
    return redirect(safe_next(request, "/"))
