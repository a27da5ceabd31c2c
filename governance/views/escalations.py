"""Escalations: the core team asks the board to act, and puts the question on the next DO or BO agenda."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.access import core_team_required
from accounts.forms_flow import attempt
from agreements.models import Period

from .. import services
from ..forms import EscalationForm, PutOnAgendaForm, WithdrawForm
from ..models import Escalation, Meeting
from .access import in_scope
from .overview import escalations_for_overview


def escalation_list(request):
    escalations = (
        Escalation.objects.for_user(request.user)
        .select_related("agreement", "tempotafel", "pillar", "period")
        .prefetch_related("agenda_items__meeting__body")
    )
    return render(
        request,
        "governance/escalation_list.html",
        {"escalations": escalations, "open": escalations_for_overview(request.user)},
    )


def escalation_detail(request, pk):
    escalation = in_scope(
        Escalation, request, pk, "agreement", "tempotafel", "pillar", "period", "opened_by", "withdrawn_by"
    )
    items = escalation.agenda_items.select_related("meeting__body").prefetch_related(
        "decisions__follow_ups__owner"
    )
    context = {"escalation": escalation, "items": items, "may_prepare": request.user.is_kernteam}
    return render(request, "governance/escalation_detail.html", context)


@require_http_methods(["GET", "POST"])
@core_team_required
def escalation_create(request):
    period = Period.objects.current()
    if period is None:
        messages.error(request, "Er is geen open periode; een escalatie hoort bij een halfjaar.")
        return redirect("governance:index")
    agreements = services.escalatable_agreements(period).only("id", "number", "title")
    initial = {"agreement": request.GET.get("afspraak")}
    form = EscalationForm(request.POST or None, agreements=agreements, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        escalation = attempt(
            form, services.open_escalation, by=request.user, period=period, **form.cleaned_data
        )
        if escalation:
            messages.success(request, "De escalatie is geopend. Zet haar op de agenda van het DO of BO.")
            return redirect(escalation)
    return render(request, "governance/escalation_form.html", {"form": form, "period": period})


@require_http_methods(["GET", "POST"])
@core_team_required
def escalation_schedule(request, pk):
    """Put the escalation on a coming DO or BO meeting (the first one is proposed)."""
    escalation = in_scope(Escalation, request, pk, "agreement", "tempotafel", "pillar", "period")
    meetings = (
        Meeting.objects.deciding().upcoming().filter(minutes_adopted_at__isnull=True).select_related("body")
    )
    form = PutOnAgendaForm(request.POST or None, meetings=meetings)
    if request.method == "POST" and form.is_valid():
        item = attempt(
            form, services.put_on_agenda, escalation=escalation, by=request.user, **form.cleaned_data
        )
        if item:
            messages.success(request, f"De escalatie staat op de agenda van {item.meeting.display_title}.")
            return redirect(item.meeting)
    return render(request, "governance/escalation_schedule.html", {"form": form, "escalation": escalation})


@require_http_methods(["GET", "POST"])
@core_team_required
def escalation_withdraw(request, pk):
    """First a confirmation page (what will happen, and the reason); the withdrawal only on its POST."""
    escalation = in_scope(Escalation, request, pk, "agreement", "tempotafel", "pillar", "period")
    form = WithdrawForm(request.POST or None, initial={"expected_version": escalation.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if attempt(form, services.withdraw_escalation, escalation=escalation, by=request.user, **data):
            messages.success(
                request, "De escalatie is ingetrokken en van de agenda gehaald; de reden is bewaard."
            )
            return redirect(escalation)
    leaving = escalation.agenda_items.filter(
        meeting__minutes_adopted_at__isnull=True, decisions__isnull=True
    ).select_related("meeting__body")
    context = {"escalation": escalation, "form": form, "leaving": leaving}
    return render(request, "governance/escalation_withdraw.html", context)
