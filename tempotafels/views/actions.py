from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from accounts.audit import audited_download
from accounts.forms_flow import attempt, safe_next
from agreements.exports import spreadsheet_response

from .. import services
from ..forms import ActionForm, ActionUpdateForm, DoneForm
from ..models import Action, Tempotafel
from .access import editing, in_scope

EXPORT_HEADERS = ["Actie", "Eigenaar", "Uiterlijk op", "Status", "Gedaan op", "Bijeenkomst"]


def _back(action: Action) -> str:
    return (
        action.meeting.get_absolute_url()
        if action.meeting_id
        else action.tempotafel.get_absolute_url() + "#acties"
    )


@require_http_methods(["GET", "POST"])
@editing(Tempotafel)
def action_create(request, tafel):
    initial = {"meeting": request.GET.get("bijeenkomst")}
    form = ActionForm(request.POST or None, tafel=tafel, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        action = attempt(form, services.add_action, tafel=tafel, by=request.user, **form.cleaned_data)
        if action:
            messages.success(request, f"De actie ‘{action}’ is toegevoegd.")
            return redirect(safe_next(request, _back(action)))  # back where the user came from
    context = {"form": form, "tafel": tafel, "back": safe_next(request, tafel.get_absolute_url() + "#acties")}
    return render(request, "tempotafels/action_form.html", context)


@require_http_methods(["GET", "POST"])
@editing(Action)
def action_update(request, action):
    form = ActionUpdateForm(request.POST or None, instance=action, tafel=action.tempotafel, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data}
        version = data.pop("expected_version")
        if attempt(
            form, services.update_action, action=action, by=request.user, expected_version=version, **data
        ):
            messages.success(request, "De actie is opgeslagen.")
            return redirect(safe_next(request, _back(action)))
    context = {
        "form": form,
        "tafel": action.tempotafel,
        "action": action,
        "back": safe_next(request, _back(action)),
    }
    return render(request, "tempotafels/action_form.html", context)


@require_POST
@editing(Action)
def action_done(request, action):
    form = DoneForm(request.POST)
    if form.is_valid():
        done, version = form.cleaned_data["done"], form.cleaned_data["expected_version"]
        if attempt(
            form,
            services.mark_action_done,
            action=action,
            by=request.user,
            done=done,
            expected_version=version,
        ):
            messages.success(request, f"Actie ‘{action}’ is {'afgevinkt' if done else 'weer open'}.")
    else:
        form.add_error(
            None, "Het formulier is onvolledig verstuurd; laad de pagina opnieuw en probeer het nog eens."
        )
    for error in form.non_field_errors():
        messages.error(request, error)
    return redirect(safe_next(request, _back(action)))


@audited_download("actielijst van een tempotafel (eigenaren)")
def action_export(request, pk):
    """The tafel's action list as an Excel file (cells that look like formulas stay text)."""
    tafel = in_scope(Tempotafel, request, pk)
    actions = tafel.actions.select_related("owner", "meeting")
    rows = [
        [
            a.description,
            a.owner_label,
            a.due_on,
            a.state_label,
            timezone.localtime(a.done_at).replace(tzinfo=None) if a.done_at else None,
            a.meeting.title if a.meeting_id else "",
        ]
        for a in actions
    ]
    return spreadsheet_response(f"acties-{slugify(tafel.name)}", EXPORT_HEADERS, rows, sheet_title="Acties")
