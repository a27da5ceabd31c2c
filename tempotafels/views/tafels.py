from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.access import core_team_required
from accounts.forms_flow import attempt
from agreements.models import Agreement
from caching.pages import cached_page

from .. import services
from ..forms import ApproachForm, EndForm, TempotafelForm, TempotafelUpdateForm, team_formset
from ..models import Action, Tempotafel, uncovered_agreements
from .access import editing, in_scope


@cached_page
def tempotafel_list(request):
    """The overview: active and ended tafels, last meeting, open and overdue actions, coverage."""
    tafels = list(Tempotafel.objects.for_user(request.user).with_overview())
    sees_all = not request.user.sees_only_own_tempotafels
    context = {
        "active": [t for t in tafels if t.is_active],
        "ended": [t for t in tafels if not t.is_active],
        "uncovered": list(uncovered_agreements()) if sees_all else None,
        "may_start": request.user.is_kernteam,
    }
    return render(request, "tempotafels/tempotafel_list.html", context)


@cached_page
def tempotafel_detail(request, pk):
    tafel = in_scope(Tempotafel, request, pk)
    tafel = (
        Tempotafel.objects.filter(pk=tafel.pk)
        .prefetch_related(
            "pillars",
            Prefetch(
                "agreements", queryset=Agreement.objects.only("id", "number", "title", "is_illustrative")
            ),
            "locations__municipality",
            "tempomakers__user",
            "tempomakers__organisation",
            "meetings",
            Prefetch("actions", queryset=Action.objects.select_related("owner", "meeting")),
        )
        .get()
    )
    context = {
        "tafel": tafel,
        "may_edit": tafel.is_editable_by(request.user),
        "may_manage": tafel.is_active and request.user.is_kernteam,
    }
    return render(request, "tempotafels/tempotafel_detail.html", context)


def tempotafel_history(request, pk):
    tafel = in_scope(Tempotafel, request, pk)
    records = list(tafel.history.select_related("history_user").order_by("history_date", "history_id"))
    changes = []
    for previous, record in zip([None, *records], records, strict=False):
        changed = (
            set(record.diff_against(previous, excluded_fields=["version"]).changed_fields)
            if previous
            else set()
        )
        fields = [f.verbose_name for f in Tempotafel._meta.concrete_fields if f.name in changed]
        changes.append({"record": record, "fields": fields})
    return render(
        request, "tempotafels/tempotafel_history.html", {"tafel": tafel, "changes": reversed(changes)}
    )


@require_http_methods(["GET", "POST"])
@core_team_required
def tempotafel_create(request):
    form = TempotafelForm(request.POST or None)
    team = team_formset(request.POST or None)
    if request.method == "POST" and form.is_valid() and team.is_valid():
        tafel = attempt(form, services.start_tempotafel, by=request.user, team=team.team, **form.cleaned_data)
        if tafel:
            messages.success(request, f"De tempotafel ‘{tafel}’ is gestart.")
            return redirect(tafel)
    return render(request, "tempotafels/tempotafel_form.html", {"form": form, "team": team})


@require_http_methods(["GET", "POST"])
@editing(Tempotafel, core_team=True)
def tempotafel_update(request, tafel):
    return _edit_tafel(
        request,
        tafel,
        TempotafelUpdateForm,
        services.update_tempotafel,
        template="tempotafels/tempotafel_form.html",
        done="De gegevens van de tempotafel zijn opgeslagen.",
    )


def _edit_tafel(request, tafel: Tempotafel, form_class, service, *, template: str, done: str):
    """Bind ``form_class`` to the tafel; a valid POST goes to ``service`` with the version the form was
    loaded at (a conflict or refusal comes back as a form error)."""
    form = form_class(request.POST or None, instance=tafel)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data}
        version = data.pop("expected_version")
        if attempt(form, service, tafel=tafel, by=request.user, expected_version=version, **data):
            messages.success(request, done)
            return redirect(tafel)
    return render(request, template, {"form": form, "tafel": tafel})


@require_http_methods(["GET", "POST"])
@editing(Tempotafel, core_team=True)
def tempotafel_team(request, tafel):
    team = team_formset(request.POST or None, tafel=tafel)
    if request.method == "POST" and team.is_valid():
        try:
            services.appoint_tempomakers(tafel=tafel, by=request.user, team=team.team)
        except ValidationError as error:
            team._non_form_errors = team.error_class(error.messages, renderer=team.renderer)
        else:
            messages.success(request, "De tempomakers zijn aangesteld.")
            return redirect(tafel)
    return render(request, "tempotafels/tempotafel_team.html", {"team": team, "tafel": tafel})


@require_http_methods(["GET", "POST"])
@editing(Tempotafel)
def tempotafel_approach(request, tafel):
    return _edit_tafel(
        request,
        tafel,
        ApproachForm,
        services.update_approach,
        template="tempotafels/tempotafel_approach.html",
        done="De aanpak is opgeslagen.",
    )


@require_http_methods(["GET", "POST"])
@editing(Tempotafel, core_team=True)
def tempotafel_end(request, tafel):
    form = EndForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if attempt(form, services.end_tempotafel, tafel=tafel, by=request.user, **form.cleaned_data):
            messages.success(
                request, f"De tempotafel ‘{tafel}’ is beëindigd. Zij blijft leesbaar, met haar geschiedenis."
            )
            return redirect(tafel)
    return render(request, "tempotafels/tempotafel_end.html", {"form": form, "tafel": tafel})
