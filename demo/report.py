"""The demo's published half-yearly report: the board account downloads it right after ``make run``.

Publishing renders the charts and the PDF (seconds, with chromium), so ``seed_demo_data`` only does it when
asked (``--publish-report``, which ``make run`` passes); tests seed without it and stay fast.
"""

from agreements.models import Period
from reports.models import ProgressReport
from reports.progress.publication import publish_report

PUBLISHED_PERIOD = "2021-h1"  # closed, every factsheet final (demo/factsheets.py)
SUMMARY = {
    "main_results": "Illustratief (demo): de plancapaciteit is verder gegroeid; de eerste versnellingstafels "
    "hebben knelpunten op locaties losgemaakt.",
    "acceleration": "Illustratief (demo): versnellingstafels per locatie en een gezamenlijke aanpak van "
    "stikstofruimte.",
    "added_value": "Illustratief (demo): partners zoeken elkaar eerder op; de Tempotafels brengen publiek en "
    "privaat aan één tafel.",
    "attention": "Illustratief (demo): de rode en gemarkeerde afspraken in de bijlage vragen aandacht van het "
    "Bestuurlijk Overleg.",
    "next_half_year": "Illustratief (demo): de factsheets van het tweede halfjaar 2021 invullen en de "
    "monitor actualiseren.",
}


def ensure_published_report(*, publisher) -> ProgressReport | None:
    """Publish the demo's 2021-h1 report once (a published report never changes: a second run keeps it)."""
    period = Period.objects.filter(code=PUBLISHED_PERIOD).first()
    if period is None:
        return None
    report, _ = ProgressReport.objects.get_or_create(period=period, defaults=SUMMARY)
    if report.is_published:
        return report
    return publish_report(report=report, user=publisher)
