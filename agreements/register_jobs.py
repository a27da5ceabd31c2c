"""The register import's slow steps on the worker: checking an uploaded file (reading and comparing up to
``UPLOAD_MAX_ROWS`` rows takes longer than a request may wait) and writing the confirmed changes.

Checking keeps the file in the database (``RegisterUpload``) and the plan it found with the job, for the
preview page (``register_views.register_preview``). Confirming reads the file again and writes every change in
one transaction (``services.confirm_register_upload``): a failure or a dying worker writes nothing.
"""

from django.urls import reverse

from jobs.running import JobError, job_task

from .register import plan_as_json
from .services import cancel_register_upload, confirm_register_upload, stage_register_upload
from .uploads import UploadRefused

CHECK_KIND = "register_check"
CHANGED_MEANWHILE = (
    "Het register is intussen gewijzigd; er is niets opgeslagen. Upload het bestand opnieuw: u ziet dan de "
    "wijzigingen ten opzichte van het register zoals het nu is."
)


@job_task
def check_register_upload_job(job, *, filename: str) -> None:
    job.progress("Bestand lezen en elke rij controleren", 10)
    try:
        plan, staged = stage_register_upload(content=job.upload(), filename=filename, user=job.job.owner)
    except UploadRefused as refusal:
        raise JobError(refusal.message) from refusal
    if plan.errors:
        message = f"Het bestand is gecontroleerd: {len(plan.errors)} fout(en), er wordt niets ingelezen."
    else:
        message = f"Het bestand is gecontroleerd: {len(plan.changes)} afspraak/afspraken met wijzigingen."
    job.finish(
        result_url=reverse("agreements:register_preview", args=[job.job.pk]),
        message=message,
        result={"plan": plan_as_json(plan), "upload_id": staged.pk if staged else None},
    )


@job_task
def confirm_register_upload_job(job, *, upload_id: int | None) -> None:
    job.progress("Bestand opnieuw lezen en de wijzigingen opslaan", 10)
    user = job.job.owner
    try:
        _, touched = confirm_register_upload(upload_id=upload_id, user=user)
    except UploadRefused as refusal:
        raise JobError(refusal.message) from refusal
    if touched is None:  # the register moved on since the preview: show the new changes before writing them
        cancel_register_upload(upload_id=upload_id, user=user)
        raise JobError(CHANGED_MEANWHILE)
    job.finish(
        result_url=reverse("agreements:list"),
        message=f"Het register is bijgewerkt: {len(touched)} afspraken opgeslagen.",
    )
