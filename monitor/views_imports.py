"""Monitor imports: the list (everyone), upload, preview, commit and restore (core team), the template."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from accounts.access import core_team_required
from agreements.uploads import UploadRefused
from caching.pages import cached_page, fill_token_slots
from jobs.services import job_url, start_job

from . import services
from .forms import MonitorUploadForm
from .importing.template import template_bytes
from .jobs import commit_monitor_import_job, preview_monitor_import_job, upload_monitor_import_job
from .models import Location, MonitorImport, Municipality
from .previews import stored_preview

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@cached_page
def import_list(request):
    imports = MonitorImport.objects.select_related("uploaded_by", "period").defer("content")
    return render(
        request,
        "monitor/monitorimport_list.html",
        {"imports": imports, "may_manage": request.user.is_kernteam},
    )


@core_team_required
def import_upload(request):
    """Reading and checking the file runs as a background job (up to ``UPLOAD_MAX_ROWS`` rows); its
    progress page leads to the preview."""
    form = MonitorUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = start_job(
            task=upload_monitor_import_job,
            owner=request.user,
            kind="monitor_upload",
            title=f"Monitorbestand {upload.name} lezen",
            back_url=reverse("monitor:import_upload"),
            upload=upload.read(),
            filename=upload.name,
            peildatum=form.cleaned_data["peildatum"].isoformat(),
        )
        return redirect(job_url(job))
    return render(request, "monitor/monitorimport_upload.html", {"form": form})


@core_team_required
def import_preview(request, pk: int):
    """The preview made on the worker; when there is none for the data as they are now, one is made."""
    monitor_import = get_object_or_404(MonitorImport.objects.defer("content"), pk=pk)
    content = stored_preview(monitor_import)
    if content is None:
        job = start_job(
            task=preview_monitor_import_job,
            owner=request.user,
            kind="monitor_preview",
            title=f"Voorbeeld van {monitor_import.filename} maken",
            back_url=reverse("monitor:imports"),
            subject=f"monitor-preview:{pk}:{request.user.pk}",
            import_id=pk,
        )
        return redirect(job_url(job))
    context = {"monitor_import": monitor_import, "content": mark_safe(fill_token_slots(content, request))}
    return render(request, "monitor/monitorimport_preview.html", context)


@require_POST
@core_team_required
def import_commit(request, pk: int):
    """Confirming runs as a background job (large files take a while); the user follows its progress."""
    monitor_import = get_object_or_404(MonitorImport.objects.defer("content"), pk=pk)
    job = start_job(
        task=commit_monitor_import_job,
        owner=request.user,
        kind="commit_monitor_import",
        title=f"Monitorimport {monitor_import.filename} bevestigen",
        back_url=reverse("monitor:import_preview", args=[pk]),
        subject=f"monitor-import:{pk}",
        import_id=pk,
        consequences_confirmed=bool(request.POST.get("gevolgen_bevestigd")),
    )
    if job.owner_id != request.user.pk:
        messages.error(request, f"{job.owner} bevestigt deze import al; wacht tot dat klaar is.")
        return redirect("monitor:import_preview", pk=pk)
    return redirect(job_url(job))


@require_POST
@core_team_required
def import_restore(request, pk: int):
    monitor_import = get_object_or_404(MonitorImport.objects.defer("content"), pk=pk)
    try:
        services.restore_monitor_import(monitor_import=monitor_import, user=request.user)
    except UploadRefused as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            f"{monitor_import.filename} (peildatum {monitor_import.peildatum:%d-%m-%Y}) is weer de actuele monitorstand.",
        )
    return redirect("monitor:imports")


def import_template(request):
    content = template_bytes(
        municipality_names=list(Municipality.objects.values_list("name", flat=True)),
        location_names=list(Location.objects.values_list("name", flat=True)),
    )
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="sjabloon-monitorimport.xlsx"'
    return response
