"""The progress report's long work as background jobs: publishing and the PDF preview.

Each view only starts the job (``jobs.services.start_job``) and sends the user to its progress page; the
worker renders here. Publishing writes in one transaction at the end (``publish_report``), the preview writes
nothing but the job's own file, so a job that fails or whose worker dies leaves nothing half-written.
"""

from django.core.exceptions import ValidationError
from django.urls import reverse

from jobs.running import job_task
from reports.models import ProgressReport

from .output import compile_report, report_pdf
from .publication import publish_report


@job_task
def publish_report_job(job, *, report_id: int, version: int) -> None:
    report = ProgressReport.objects.select_related("period").without_files().get(pk=report_id)
    if report.version != version:
        raise ValidationError(
            "De rapportage is gewijzigd nadat u op Publiceren klikte; bekijk haar opnieuw en publiceer dan."
        )
    publish_report(report=report, user=job.job.owner, progress=job.progress)
    job.finish(
        result_url=reverse("reports:detail", args=[report.period.code]),
        message=f"De voortgangsrapportage {report.period.label} is gepubliceerd.",
    )


@job_task
def report_preview_pdf_job(job, *, report_id: int) -> None:
    report = ProgressReport.objects.select_related("period").without_files().get(pk=report_id)
    job.progress("Gegevens verzamelen en grafieken maken", 10)
    data = compile_report(report.period, report)
    job.progress("PDF opmaken", 50)
    pdf = report_pdf(data)
    job.finish(file=pdf, file_name=f"voorbeeld-voortgangsrapportage-{report.period.code}.pdf")
