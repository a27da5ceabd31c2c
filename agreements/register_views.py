"""The agreement register in Excel: upload → preview of every change and error → confirm; and export.

A checked file with changes waits as a ``RegisterUpload`` row (any app server can confirm it); confirming
reads and checks it again, so nothing is written that the preview did not show."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render

from .exports import spreadsheet_response
from .forms import RegisterUploadForm
from .register import HEADERS, register_rows
from .services import cancel_register_upload, confirm_register_upload, stage_register_upload
from .uploads import UploadRefused


def _require_register_manager(request) -> None:
    if not request.user.may_manage_register():
        raise PermissionDenied("Alleen het Ambtelijk Kernteam beheert het afsprakenregister.")


def _upload_id(request) -> int | None:
    value = request.POST.get("upload", "")
    return int(value) if value.isdigit() else None


def register_import(request):
    _require_register_manager(request)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "confirm":
        return _confirm(request)
    if action == "cancel":
        cancel_register_upload(upload_id=_upload_id(request), user=request.user)
        messages.info(request, "Het inlezen is afgebroken; er is niets gewijzigd.")
        return redirect("agreements:register_import")
    form = RegisterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            plan, staged = stage_register_upload(
                content=upload.read(), filename=upload.name, user=request.user
            )
        except UploadRefused as refusal:
            form.add_error("file", refusal.message)
        else:
            context = {"plan": plan, "upload_id": staged.pk if staged else None}
            return render(request, "agreements/register_preview.html", context)
    status = 400 if form.errors else 200
    return render(
        request, "agreements/register_import.html", {"form": form, "headers": HEADERS}, status=status
    )


def _confirm(request):
    upload_id = _upload_id(request)
    try:
        plan, touched = confirm_register_upload(upload_id=upload_id, user=request.user)
    except UploadRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("agreements:register_import")
    if touched is None:
        messages.error(request, "Het register is intussen gewijzigd. Controleer de wijzigingen opnieuw.")
        context = {"plan": plan, "upload_id": None if plan.errors else upload_id}
        return render(request, "agreements/register_preview.html", context, status=409)
    messages.success(request, f"Het register is bijgewerkt: {len(touched)} afspraken opgeslagen.")
    return redirect("agreements:list")


def register_export(request):
    _require_register_manager(request)
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    return spreadsheet_response(
        "afsprakenregister", HEADERS, register_rows(), fmt=fmt, sheet_title="Register"
    )
