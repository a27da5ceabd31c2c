"""The monitor import's slow steps as background jobs: reading and checking an upload, making its preview,
and confirming it (reading a large file and writing its plans and indicators takes longer than a request may
wait). ``commit_monitor_import`` writes in one transaction, so a failure or a dying worker leaves the
previous monitor state untouched; an upload is kept (one row) only once it has been read."""

import datetime

from django.urls import reverse
from django.utils import timezone

from agreements.uploads import UploadRefused
from jobs.running import JobError, job_task

from . import services
from .consequences import consequences_of
from .importing import read_monitor_file
from .models import MonitorImport
from .previews import render_preview

CONFIRM_CONSEQUENCES = (
    "Deze import maakt cijfers onbekend of verandert ze met meer dan 10 %. Bekijk de gevolgen in het voorbeeld "
    "en bevestig ze uitdrukkelijk; er is niets opgeslagen."
)


def has_consequences(monitor_import: MonitorImport) -> bool:
    """Whether confirming would make a figure unknown or change it by more than 10 % (then the form must carry
    the second, explicit confirmation)."""
    content = MonitorImport.objects.values_list("content", flat=True).get(pk=monitor_import.pk)
    try:
        parsed = read_monitor_file(bytes(content))
    except UploadRefused:
        return False  # the commit refuses it with its own message
    return parsed.is_valid and bool(consequences_of(parsed, monitor_import=monitor_import))


@job_task
def commit_monitor_import_job(job, *, import_id: int, consequences_confirmed: bool) -> None:
    monitor_import = MonitorImport.objects.defer("content").get(pk=import_id)
    job.progress("Gevolgen voor de cijfers nagaan", 10)
    if not consequences_confirmed and has_consequences(monitor_import):
        raise JobError(CONFIRM_CONSEQUENCES)
    job.progress("Bestand lezen, plannen opslaan en indicatoren berekenen", 30)
    try:
        services.commit_monitor_import(monitor_import=monitor_import, user=job.job.owner)
    except UploadRefused as exc:
        raise JobError(exc.message) from exc
    job.finish(
        result_url=reverse("monitor:imports"),
        message=f"De import van {monitor_import.filename} is bevestigd en is nu de actuele bron van haar soort.",
    )


@job_task
def upload_monitor_import_job(job, *, filename: str, peildatum: str) -> None:
    job.progress("Bestand lezen en elke rij controleren", 10)
    try:
        monitor_import, identical = services.upload_monitor_import(
            content=job.upload(),
            filename=filename,
            peildatum=datetime.date.fromisoformat(peildatum),
            uploaded_by=job.job.owner,
        )
    except UploadRefused as exc:
        raise JobError(exc.message) from exc
    job.progress("Voorbeeld maken: totalen, verschillen en gevolgen voor de cijfers", 60)
    result = render_preview(monitor_import)
    if identical:
        message = (
            f"Dit bestand is al eerder geüpload ({monitor_import.filename}, "
            f"{timezone.localtime(monitor_import.uploaded_at):%d-%m-%Y %H:%M}, status "
            f"{monitor_import.get_state_display().lower()}); er is niets nieuws opgeslagen."
        )
    else:
        message = "Het bestand is gelezen. Bekijk het voorbeeld voordat u de import bevestigt."
    job.finish(
        result_url=reverse("monitor:import_preview", args=[monitor_import.pk]), message=message, result=result
    )


@job_task
def preview_monitor_import_job(job, *, import_id: int) -> None:
    job.progress("Bestand lezen en het voorbeeld maken", 10)
    monitor_import = MonitorImport.objects.select_related("uploaded_by").defer("content").get(pk=import_id)
    job.finish(
        result_url=reverse("monitor:import_preview", args=[import_id]),
        message="Het voorbeeld is klaar.",
        result=render_preview(monitor_import),
    )
