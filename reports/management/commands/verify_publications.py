"""``manage.py verify_publications``: every published PDF and snapshot against its stored SHA-256."""

from django.core.management.base import BaseCommand, CommandError

from reports.models import ProgressReport
from reports.progress.publication import verify_publication


class Command(BaseCommand):
    help = "Controleert elke gepubliceerde PDF en momentopname tegen haar SHA-256."

    def handle(self, *args, **options):
        failures = []
        reports = ProgressReport.objects.filter(published_at__isnull=False).select_related("period")
        for report in reports.iterator(chunk_size=10):
            for part in verify_publication(report):
                failures.append(f"{report.period.code}: {part} wijkt af van de opgeslagen SHA-256")
        if failures:
            raise CommandError("; ".join(failures))
        self.stdout.write(f"Alle {reports.count()} gepubliceerde rapportages zijn ongewijzigd.")
