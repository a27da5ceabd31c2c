"""A published progress report, as publication leaves it."""

from django.utils import timezone

from reports.models import ProgressReport


def published_report(half_year, **texts) -> ProgressReport:
    """A report as publication leaves it (written with one UPDATE, as ``publish_report`` does)."""
    report = ProgressReport.objects.create(period=half_year, **texts)
    ProgressReport.objects.filter(pk=report.pk).update(
        published_at=timezone.now(), pdf=b"%PDF-1.7 voorbeeld", pdf_sha256="a" * 64
    )
    return ProgressReport.objects.get(pk=report.pk)
