"""The agreement register in Excel: upload → preview of every change and error → confirm; and export.

The uploaded bytes wait in a private temporary file named by a random token kept in the user's session;
confirming reads and checks them again, so nothing is written that the preview did not show."""

import hashlib
import secrets
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render

from .exports import spreadsheet_response
from .forms import RegisterUploadForm
from .register import HEADERS, RegisterFileError, read_register, register_rows
from .services import apply_register_plan

SESSION_KEY = "register_import"


def _require_register_manager(request) -> None:
    if not request.user.may_manage_register():
        raise PermissionDenied("Alleen het Ambtelijk Kernteam beheert het afsprakenregister.")


def _upload_dir() -> Path:
    path = Path(tempfile.gettempdir()) / "woondeal-register-uploads"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _remove_abandoned_uploads() -> None:
    """Previews nobody confirmed or cancelled: their session has expired, so their file can go."""
    cutoff = time.time() - settings.SESSION_COOKIE_AGE
    for path in _upload_dir().iterdir():
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _stash(request, data: bytes, fingerprint: str) -> None:
    _discard(request)
    _remove_abandoned_uploads()
    token = secrets.token_hex(16)
    (_upload_dir() / token).write_bytes(data)
    sha256 = hashlib.sha256(data).hexdigest()
    request.session[SESSION_KEY] = {"token": token, "sha256": sha256, "fingerprint": fingerprint}


def _stashed(request) -> tuple[bytes | None, dict]:
    pending = request.session.get(SESSION_KEY) or {}
    path = _upload_dir() / pending.get("token", "-")
    if not pending or not path.is_file():
        return None, pending
    data = path.read_bytes()
    return (data if hashlib.sha256(data).hexdigest() == pending["sha256"] else None), pending


def _discard(request) -> None:
    pending = request.session.pop(SESSION_KEY, None)
    if pending:
        (_upload_dir() / pending["token"]).unlink(missing_ok=True)


def register_import(request):
    _require_register_manager(request)
    if request.method == "POST" and request.POST.get("action") == "confirm":
        return _confirm(request)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        _discard(request)
        messages.info(request, "Het inlezen is afgebroken; er is niets gewijzigd.")
        return redirect("agreements:register_import")
    form = RegisterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        try:
            plan = read_register(data)
        except RegisterFileError as error:
            form.add_error("file", str(error))
        else:
            if not plan.errors and plan.changes:
                _stash(request, data, plan.fingerprint)
            return render(request, "agreements/register_preview.html", {"plan": plan})
    status = 400 if form.errors else 200
    return render(
        request, "agreements/register_import.html", {"form": form, "headers": HEADERS}, status=status
    )


def _confirm(request):
    data, pending = _stashed(request)
    if data is None:
        messages.error(request, "Er staat geen gecontroleerd bestand klaar; upload het bestand opnieuw.")
        return redirect("agreements:register_import")
    try:
        plan = read_register(data)
    except RegisterFileError as error:
        _discard(request)
        messages.error(request, str(error))
        return redirect("agreements:register_import")
    if plan.errors or plan.fingerprint != pending["fingerprint"]:
        if plan.errors:
            _discard(request)
        else:
            _stash(request, data, plan.fingerprint)
        messages.error(request, "Het register is intussen gewijzigd. Controleer de wijzigingen opnieuw.")
        return render(request, "agreements/register_preview.html", {"plan": plan}, status=409)
    touched = apply_register_plan(plan=plan, user=request.user)
    _discard(request)
    messages.success(request, f"Het register is bijgewerkt: {len(touched)} afspraken opgeslagen.")
    return redirect("agreements:list")


def register_export(request):
    _require_register_manager(request)
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    return spreadsheet_response(
        "afsprakenregister", HEADERS, register_rows(), fmt=fmt, sheet_title="Register"
    )
