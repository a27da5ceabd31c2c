"""The agreement register in Excel: upload → preview of every change and error → confirm; and export.

Checking a file and writing its changes run as background jobs (``register_jobs``): a register file may hold
up to ``UPLOAD_MAX_ROWS`` rows. The checked file waits as a ``RegisterUpload`` row and its plan with the
job, so any app server shows the preview and confirms it; confirming reads and checks the file again, so
nothing is written that the preview did not show."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accounts.access import core_team_required
from jobs.models import Job
from jobs.services import job_url, start_job

from .exports import spreadsheet_response
from .forms import RegisterUploadForm
from .register import HEADERS, plan_from_json, register_rows
from .register_jobs import CHECK_KIND, check_register_upload_job, confirm_register_upload_job
from .services import cancel_register_upload


def _upload_id(request) -> int | None:
    value = request.POST.get("upload", "")
    return int(value) if value.isdigit() else None


@core_team_required
def register_import(request):
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
        job = start_job(
            task=check_register_upload_job,
            owner=request.user,
            kind=CHECK_KIND,
            title=f"Afsprakenregister {upload.name} controleren",
            back_url=reverse("agreements:register_import"),
            upload=upload.read(),
            filename=upload.name,
        )
        return redirect(job_url(job))
    status = 400 if form.errors else 200
    return render(
        request, "agreements/register_import.html", {"form": form, "headers": HEADERS}, status=status
    )


@core_team_required
def register_preview(request, pk):
    """What the check found (every change and error), with the buttons to confirm or cancel."""
    jobs = Job.objects.for_user(request.user).filter(kind=CHECK_KIND, state=Job.State.DONE)
    job = get_object_or_404(jobs.defer("file", "upload"), pk=pk)
    context = {"plan": plan_from_json(job.result["plan"]), "upload_id": job.result["upload_id"]}
    return render(request, "agreements/register_preview.html", context)


def _confirm(request):
    upload_id = _upload_id(request)
    job = start_job(
        task=confirm_register_upload_job,
        owner=request.user,
        kind="register_confirm",
        title="Afsprakenregister bijwerken",
        back_url=reverse("agreements:register_import"),
        subject=f"register-upload:{upload_id}:{request.user.pk}",
        upload_id=upload_id,
    )
    return redirect(job_url(job))


@core_team_required
def register_export(request):
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    return spreadsheet_response(
        "afsprakenregister", HEADERS, register_rows(), fmt=fmt, sheet_title="Register"
    )
