"""Agreements in the browser: list with filters and export, detail with history, status editing, overview."""

from django.contrib import messages
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django_tables2 import RequestConfig

from accounts.access import core_team_required
from accounts.forms_flow import safe_next
from caching.pages import cached_page

from .exports import spreadsheet_response
from .filters import AgreementFilter
from .forms import StatusForm
from .history import change_log
from .models import Agreement, AgreementStatus, Period
from .overview import build_period_overview
from .periods import chosen_period, period_choice
from .sections import AGREEMENT_PAGE, PERIOD_OVERVIEW, STATUS_FORM, render_sections
from .services import StatusConflict, StatusLocked, open_status_edit, save_status, status_lock
from .tables import AgreementTable

EXPORT_HEADERS = ["Nr.", "Pijler", "Titel", "Schaalniveau", "Soort", "Termijn", "Trekker", "Stoplicht"]
EXPORT_HEADERS += ["Beoordeeld in", "Fase", "Aandacht nodig", "Illustratief"]


def _filtered(request) -> tuple[AgreementFilter, Period | None]:
    period = chosen_period(request)
    agreements = (
        Agreement.objects.with_latest_status(period)
        .with_status(period)
        .select_related("pillar", "lead_organisation")
    )
    agreement_filter = AgreementFilter(request.GET or None, queryset=agreements, request=request)
    agreement_filter.form.label_suffix = ""
    return agreement_filter, period


@cached_page
def agreement_list(request):
    agreement_filter, period = _filtered(request)
    table = AgreementTable(agreement_filter.qs, period=period)
    RequestConfig(request, paginate={"per_page": 100}).configure(table)
    query = request.GET.copy()
    for key in ("sort", "page", "format"):
        query.pop(key, None)
    context = {
        "filter": agreement_filter,
        "table": table,
        **period_choice(request),
        "export_query": query.urlencode(),
    }
    return render(request, "agreements/agreement_list.html", context)


def agreement_export(request):
    agreement_filter, _ = _filtered(request)
    rows = (AgreementTable.export_row(a) for a in agreement_filter.qs.order_by("number"))
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    return spreadsheet_response("afspraken", EXPORT_HEADERS, rows, fmt=fmt, sheet_title="Afspraken")


@cached_page
def agreement_detail(request, number):
    agreement = get_object_or_404(
        Agreement.objects.select_related("pillar", "lead_organisation").prefetch_related(
            "organisations", "locations__municipality"
        ),
        number=number,
    )
    statuses = {s.period_id: s for s in agreement.statuses.select_related("updated_by")}
    period = Period.objects.current()
    periods = Period.objects.order_by("-year", "-half")
    if period is not None:  # past and current half years only: the future has no history yet
        periods = periods.filter(
            models.Q(year__lt=period.year) | models.Q(year=period.year, half__lte=period.half)
        )
    timeline = [(p, statuses.get(p.pk)) for p in periods]
    context = {
        "agreement": agreement,
        "tempotafels": agreement.tempotafels.for_user(request.user),  # only tafels this user may open
        "timeline": timeline,
        "strip": timeline[::-1],
        "period": period,
        "current": statuses.get(period.pk) if period else None,
        "may_edit": agreement.is_status_editable_by(request.user),
        "edit_refusal": status_lock(agreement=agreement, period=period),
        "change_log": change_log(agreement),
        "sections": render_sections(AGREEMENT_PAGE, request, agreement=agreement),
    }
    return render(request, "agreements/agreement_detail.html", context)


def _initial(stored: AgreementStatus | None, previous: AgreementStatus | None) -> dict:
    """Copy forward: a new status starts from the previous half year's values (not its reason)."""
    source = stored or previous
    initial = {name: getattr(source, name) for name in AgreementStatus.EDITED_FIELDS} if source else {}
    if stored is None:
        initial["colour_change_reason"] = ""
    initial["version"] = stored.version if stored else 0
    return initial


def status_edit(request, number):
    agreement = get_object_or_404(Agreement.objects.select_related("pillar"), number=number)
    period = Period.objects.current()
    back = safe_next(request, reverse("agreements:detail", args=[number]))
    try:
        edit = open_status_edit(user=request.user, agreement=agreement, period=period)
    except StatusLocked as locked:
        context = {"agreement": agreement, "refusal": str(locked), "back": back}
        return render(request, "agreements/agreementstatus_locked.html", context, status=403)
    stored = AgreementStatus.objects.filter(agreement=agreement, period=period).first()
    previous_period = period.previous()
    previous = agreement.statuses.filter(period=previous_period).first() if previous_period else None
    colours = {
        "previous_colour": getattr(previous, "colour", ""),
        "stored_colour": getattr(stored, "colour", ""),
    }
    refill = request.POST.get("opnieuw_invullen") == "ja"  # from the conflict page: show, do not save
    form = StatusForm(request.POST or None, initial=_initial(stored, previous), **colours)
    if request.method == "POST" and not refill and form.is_valid():
        data = form.cleaned_data
        try:
            save_status(edit=edit, values=data, expected_version=data["version"])
        except StatusConflict as conflict:
            return _conflict(request, agreement, period, form, conflict.stored, back)
        messages.success(request, f"De status van afspraak {number} voor {period.label} is opgeslagen.")
        return redirect(back)
    context = {"agreement": agreement, "period": period, "form": form, "previous": previous, "stored": stored}
    context |= {"previous_period": previous_period, "back": back, "refill": refill}
    context["sections"] = render_sections(STATUS_FORM, request, agreement=agreement, period=period)
    return render(request, "agreements/agreementstatus_form.html", context)


def _shown(field, value) -> str:
    if isinstance(value, bool):
        return "Ja" if value else "Nee"
    return str(dict(getattr(field, "choices", None) or []).get(value, value))


def _conflict(request, agreement, period, form, stored, back):
    """The second of two simultaneous edits: show both versions side by side, overwrite nothing."""
    rows = []
    for name in AgreementStatus.EDITED_FIELDS:
        field = form.fields[name]
        mine, theirs = form.cleaned_data[name], getattr(stored, name, None)
        shown_theirs = "—" if stored is None else _shown(field, theirs)
        rows.append((field.label, _shown(field, mine), shown_theirs, mine != theirs))
    context = {"agreement": agreement, "period": period, "rows": rows, "stored": stored, "back": back}
    context["form"] = form  # the user's own values, for "mijn versie opnieuw invullen"
    return render(request, "agreements/agreementstatus_conflict.html", context, status=409)


@core_team_required
@cached_page
def period_overview(request):
    periods = list(Period.objects.order_by("-year", "-half"))
    code = request.GET.get("periode")
    if code:
        period = next((p for p in periods if p.code == code), None)
        if period is None:
            raise Http404("Onbekende periode.")
    else:
        period = Period.objects.current() or (periods[0] if periods else None)
    overview = build_period_overview(period) if period else None
    is_current = period is not None and period == Period.objects.current()
    context = {"overview": overview, "periods": periods, "period": period, "is_current": is_current}
    context["sections"] = render_sections(PERIOD_OVERVIEW, request, period=period) if period else []
    return render(request, "agreements/period_overview.html", context)
