"""``manage.py render_report 2021-h1 --output rapport.pdf``: the progress report of a period as PDF (not published)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agreements.models import Period
from reports.pdf import PdfRenderRefused
from reports.progress.output import compile_report, report_pdf


class Command(BaseCommand):
    help = "Maakt de voortgangsrapportage van een periode als PDF (zonder te publiceren)."

    def add_arguments(self, parser):
        parser.add_argument("period", help="Periode, bijvoorbeeld 2021-h1.")
        parser.add_argument("--output", required=True, help="Pad van het PDF-bestand.")

    def handle(self, *args, period, output, **options):
        found = Period.objects.filter(code=period).first()
        if found is None:
            raise CommandError(f"Onbekende periode: {period} (gebruik bijvoorbeeld 2021-h1).")
        data = compile_report(found)
        if data.dashboard.export_error:
            self.stderr.write(data.dashboard.export_error + " De rapportage toont de tabellen.")
        try:
            pdf = report_pdf(data)
        except PdfRenderRefused as refused:
            raise CommandError(refused.message) from refused
        Path(output).write_bytes(pdf)
        self.stdout.write(f"{output}: {len(pdf)} bytes.")
