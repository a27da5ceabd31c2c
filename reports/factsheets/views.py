from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.access import require_core_team
from accounts.forms_flow import safe_next
from accounts.models import User
from agreements.models import Period, Pillar
from caching.pages import cached_page
from jobs.services import job_url, start_job
from reports.models import Factsheet

from . import services
from .completion import completeness, completion_rows
from .forms import FactsheetForm, PeriodDeadlineForm, SubmitForm, TransitionForm
from .jobs import factsheet_pdf_job
from .sheet import TEXT_LABELS, build_factsheet, differences_with_previous

# Factsheets --------------------------------------------------------------------------------------------


def _load_factsheet(request, code: str, number: int, *, may=Factsheet.is_readable_by) -> Factsheet:
    """The factsheet of pillar ``number`` in period ``code`` (unsaved if not started); 404 unless
    ``may(factsheet, user)`` (``Factsheet.is_readable_by`` or ``is_editable_by``)."""
    period = get_object_or_404(Period, code=code)
    pillar = get_object_or_404(Pillar, number=number)
    if not may(Factsheet(pillar=pillar, period=period), request.user):
        raise Http404("Deze factsheet hoort niet bij uw pijler.")
    found = (
        Factsheet.objects.for_user(request.user)
        .select_related("updated_by")
        .filter(pillar=pillar, period=period)
        .first()
    )
    factsheet = found or Factsheet(pillar=pillar, period=period)
    factsheet.pillar, factsheet.period = pillar, period
    return factsheet


def _detail_url(factsheet: Factsheet) -> str:
    return reverse("reports:factsheet_detail", args=[factsheet.period.code, factsheet.pillar.number])


def _status_links(factsheet: Factsheet, user: User) -> bool:
    """Link each agreement to the status editor (agreements app, one source of truth) while the pillar's
    statuses may change: the editor itself refuses otherwise (agreements.services.open_status_edit)."""
    period = factsheet.period
    return (
        factsheet.pillar.is_editable_by(user)
        and period == Period.objects.current()
        and not factsheet.pillar.is_locked_for(period)
    )


def factsheet_detail(request, code, number):
    factsheet = _load_factsheet(request, code, number)
    actions = services.allowed_actions(factsheet, request.user)
    own_work = "approve" in actions and services.is_own_work(factsheet, request.user)
    context = {
        "factsheet": factsheet,
        "sheet": build_factsheet(factsheet),
        "actions": [a for a in actions if not (own_work and a == "approve")],
        "own_work": own_work,
        "may_edit": factsheet.is_editable and factsheet.is_editable_by(request.user),
        "status_links": _status_links(factsheet, request.user),
        "transitions": factsheet.transitions.select_related("by") if factsheet.is_started else [],
        "previous": differences_with_previous(factsheet),
    }
    return render(request, "reports/factsheet_detail.html", context)


def _previous_texts(factsheet: Factsheet) -> dict[str, str]:
    previous_period = factsheet.period.previous()
    previous = Factsheet.objects.filter(pillar=factsheet.pillar, period=previous_period).first()
    return {name: getattr(previous, name) for name in Factsheet.TEXT_FIELDS} if previous else {}


def factsheet_edit(request, code, number):
    factsheet = _load_factsheet(request, code, number, may=Factsheet.is_editable_by)
    if not factsheet.is_editable:
        messages.error(request, f"Deze factsheet kan niet worden bewerkt (status: {factsheet.state_label}).")
        return redirect(_detail_url(factsheet))
    copied = _previous_texts(factsheet) if request.GET.get("kopieer") == "vorig" else {}
    if request.GET.get("kopieer") == "vorig" and not copied:
        messages.warning(request, "Er is geen factsheet van het vorige halfjaar om uit te kopiëren.")
    refill = request.POST.get("opnieuw_invullen") == "ja"  # from the conflict page: show, do not save
    initial = {"version": factsheet.version if factsheet.is_started else 0, **copied}
    form = FactsheetForm(request.POST or None, instance=factsheet, initial=initial)
    if request.method == "POST" and not refill and form.is_valid():
        try:
            _save(form, factsheet, request.user)
        except services.FactsheetConflict:
            return _conflict(request, factsheet, form)
        except services.FactsheetRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, "De factsheet is opgeslagen. Indienen bij de ambassadeur kan hieronder."
            )
            return redirect(_detail_url(factsheet))
    context = {
        "factsheet": factsheet,
        "form": form,
        "sheet": build_factsheet(factsheet),
        "copied": bool(copied),
    }
    context.update(refill=refill, status_links=_status_links(factsheet, request.user))
    return render(request, "reports/factsheet_edit.html", context)


def _save(form: FactsheetForm, factsheet: Factsheet, user: User) -> Factsheet:
    return services.save_factsheet(
        pillar=factsheet.pillar,
        period=factsheet.period,
        user=user,
        texts=form.texts(),
        expected_version=form.cleaned_data["version"],
    )


def _conflict(request, factsheet: Factsheet, form: FactsheetForm):
    """Somebody saved in between: both versions side by side, and the user's own one a click away."""
    stored = Factsheet.objects.select_related("updated_by").get(
        pillar=factsheet.pillar, period=factsheet.period
    )
    mine = form.texts()
    rows = [(TEXT_LABELS[name], mine[name], getattr(stored, name)) for name in Factsheet.TEXT_FIELDS]
    context = {"factsheet": factsheet, "stored": stored, "rows": rows, "mine": mine}
    return render(request, "reports/factsheet_conflict.html", context, status=409)


def factsheet_submit(request, code, number):
    """Before submitting: what the ambassador would receive, and an explicit choice when it is incomplete."""
    factsheet = _load_factsheet(request, code, number, may=Factsheet.is_editable_by)
    if "submit" not in services.allowed_actions(factsheet, request.user):
        messages.error(
            request, f"Deze factsheet kan nu niet worden ingediend (status: {factsheet.state_label})."
        )
        return redirect(_detail_url(factsheet))
    sheet = build_factsheet(factsheet)
    check = completeness(sheet)
    form = SubmitForm(
        request.POST or None, initial={"version": factsheet.version}, incomplete=not check.is_complete
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_factsheet(
                factsheet=factsheet, user=request.user, expected_version=form.cleaned_data["version"]
            )
        except services.FactsheetRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, DONE["submit"])
            return redirect(_detail_url(factsheet))
    context = {"factsheet": factsheet, "sheet": sheet, "check": check, "form": form}
    return render(request, "reports/factsheet_submit.html", context)


@require_POST
def factsheet_pdf(request, code, number):
    """Starts the PDF as a background job and shows its progress; the PDF is downloaded from there."""
    factsheet = _load_factsheet(request, code, number)
    job = start_job(
        task=factsheet_pdf_job,
        owner=request.user,
        kind="factsheet_pdf",
        title=f"PDF van de factsheet pijler {number}, {factsheet.period.label}",
        back_url=_detail_url(factsheet),
        subject=f"factsheet-pdf:{code}:{number}:{request.user.pk}",
        period_id=factsheet.period.pk,
        pillar_id=factsheet.pillar.pk,
    )
    return redirect(job_url(job))


# What happened, and what comes next.
DONE = {
    "submit": "De factsheet is ingediend. De ambassadeur krijgt een e-mail en keurt hem goed of stuurt hem "
    "terug met opmerkingen; u krijgt daarover bericht.",
    "approve": "De factsheet is goedgekeurd. Het kernteam maakt hem definitief; de tempomakers krijgen een e-mail.",
    "return": "De factsheet is teruggestuurd naar de tempomakers. Zij krijgen uw opmerkingen per e-mail, passen "
    "de factsheet aan en dienen hem opnieuw in.",
    "finalise": "De factsheet is definitief en gaat zo mee in de voortgangsrapportage. Zijn alle pijlers "
    "definitief, dan kunt u de rapportage publiceren.",
    "finalise_on_behalf": "De factsheet is namens de pijler definitief gemaakt. De reden staat in het verloop; "
    "de tempomakers krijgen een e-mail.",
    "reopen": "De factsheet is heropend. De tempomakers krijgen een e-mail, kunnen hem weer bijwerken en dienen "
    "hem opnieuw in.",
}


def _run_transition(action: str, factsheet: Factsheet, user: User, data: dict) -> Factsheet:
    common = {"factsheet": factsheet, "user": user, "expected_version": data["version"]}
    if action == "return":
        return services.return_factsheet(**common, comment=data["comment"])
    if action == "reopen":
        return services.reopen_factsheet(**common, reason=data["comment"])
    if action == "finalise_on_behalf":
        return services.finalise_on_behalf(**common, reason=data["comment"])
    step = {
        "submit": services.submit_factsheet,
        "approve": services.approve_factsheet,
        "finalise": services.finalise_factsheet,
    }[action]
    return step(**common)


@require_POST
def factsheet_transition(request, code, number):
    factsheet = _load_factsheet(request, code, number)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Onbekende stap; er is niets veranderd.")
    else:
        action = form.cleaned_data["action"]
        try:
            _run_transition(action, factsheet, request.user, form.cleaned_data)
        except services.FactsheetRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, DONE[action])
    return redirect(safe_next(request) or _detail_url(factsheet))


# Core team: overview, deadline, reminders ---------------------------------------------------------------


@cached_page
def factsheet_overview(request):
    require_core_team(request.user)
    code = request.GET.get("periode")
    period = get_object_or_404(Period, code=code) if code else Period.objects.current()
    context = {
        "period": period,
        "periods": Period.objects.all(),
        "rows": completion_rows(period) if period else [],
        "deadline_form": PeriodDeadlineForm(instance=period) if period and period.is_open else None,
    }
    return render(request, "reports/factsheet_overview.html", context)


def _overview_url(period: Period) -> str:
    return f"{reverse('reports:factsheet_overview')}?periode={period.code}"


@require_POST
def period_deadline(request, code):
    require_core_team(request.user)
    period = get_object_or_404(Period, code=code)
    form = PeriodDeadlineForm(request.POST, instance=period)
    if not period.is_open:
        messages.error(request, f"Het {period.label} is gesloten; de deadline ligt vast.")
    elif form.is_valid():
        form.save()
        messages.success(request, f"De deadline van het {period.label} is opgeslagen.")
    else:
        messages.error(request, "Deadline: vul een geldige datum in (dd-mm-jjjj).")
    return redirect(_overview_url(period))


@require_POST
def factsheet_reminder(request, code, number):
    require_core_team(request.user)
    factsheet = _load_factsheet(request, code, number)
    if not factsheet.period.is_open:
        messages.error(request, f"Het {factsheet.period.label} is gesloten; er valt niets te herinneren.")
    else:
        sent = services.send_factsheet_reminder(factsheet=factsheet)
        messages.success(request, f"Pijler {factsheet.pillar.number}: {sent} herinnering(en) verstuurd.")
    return redirect(_overview_url(factsheet.period))
