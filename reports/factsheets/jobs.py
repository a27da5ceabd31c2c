"""A factsheet's PDF as a background job: rendering takes longer than a request may wait. It writes nothing but
the job's own file."""

from agreements.models import Period, Pillar
from jobs.running import job_task
from reports.models import Factsheet

from .sheet import build_factsheet, render_factsheet_pdf


@job_task
def factsheet_pdf_job(job, *, period_id: int, pillar_id: int) -> None:
    job.progress("Gegevens verzamelen", 10)
    found = Factsheet.objects.filter(period_id=period_id, pillar_id=pillar_id).first()
    factsheet = found or Factsheet(
        period=Period.objects.get(pk=period_id), pillar=Pillar.objects.get(pk=pillar_id)
    )
    sheet = build_factsheet(factsheet)
    job.progress("PDF opmaken", 40)
    pdf = render_factsheet_pdf(sheet)
    job.finish(file=pdf, file_name=f"factsheet-pijler-{sheet.pillar_number}-{sheet.period_code}.pdf")
