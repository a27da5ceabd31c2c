"""Publishing the half-yearly progress report: once, frozen, verifiable.

``publish_report`` stores the PDF bytes, the public PDF (the same report without the names of who edited
what and without the escalations' texts: what the public site offers) and a JSON snapshot of the data with
their SHA-256 and closes the period. Afterwards the report never changes (``ProgressReport.save`` refuses, the views and the admin offer no
edit) and the download serves the stored bytes, never a new rendering. ``verify_publications`` re-hashes them.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from agreements.models import Agreement, AgreementStatus, Period, Pillar
from reports.models import Factsheet, ProgressReport

from .output import compile_report, report_pdf
from .report import SUMMARY_PARTS


def snapshot_bytes(snapshot: dict) -> bytes:
    """Canonical JSON (sorted keys, no spaces): the same bytes however the database stored the object."""
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def unfinished_factsheets(period: Period) -> list[str]:
    """The pillars whose factsheet for ``period`` is not final (missing counts as not final)."""
    final = set(
        Factsheet.objects.filter(period=period, state=Factsheet.State.FINAL).values_list(
            "pillar_id", flat=True
        )
    )
    return [f"pijler {p.number}" for p in Pillar.objects.order_by("number") if p.pk not in final]


def unpublished_periods() -> list[Period]:
    """Half years whose report is still to be published: the current one and any closed one without it."""
    current = Period.objects.current()
    published = ProgressReport.objects.filter(published_at__isnull=False).values("period_id")
    due = Q(state=Period.State.CLOSED) | Q(pk=current.pk if current else None)
    return list(Period.objects.filter(due).exclude(pk__in=published).order_by("-year", "-half"))


def publication_problems(report: ProgressReport) -> list[str]:
    """Why ``report`` cannot be published now, in Dutch; empty when it can. A period the core team closed
    already may still get its report: publishing closes it anyway."""
    if report.is_published:
        return ["Deze rapportage is al gepubliceerd en kan niet opnieuw worden gepubliceerd."]
    problems = []
    unfinished = unfinished_factsheets(report.period)
    if unfinished:
        problems.append("Nog niet alle factsheets zijn definitief: " + ", ".join(unfinished) + ".")
    return problems


@dataclass(frozen=True)
class PublicationCheck:
    """What will be frozen that is still thin: shown on the confirmation page (it does not block)."""

    unassessed: int  # agreements without a traffic light in the period: "nog niet beoordeeld" for good
    empty_summary_parts: list[str]


def publication_check(report: ProgressReport) -> PublicationCheck:
    assessed = AgreementStatus.objects.filter(period=report.period).values("agreement_id")
    unassessed = Agreement.objects.exclude(pk__in=assessed).count()
    empty = [title for key, title in SUMMARY_PARTS if not getattr(report, key).strip()]
    return PublicationCheck(unassessed, empty)


def _no_progress(stage: str, percent: int) -> None:
    pass


def publish_report(*, report: ProgressReport, user, progress: Callable[[str, int], None] = _no_progress):
    """Render, store and freeze ``report``; close its period. Refused (ValidationError) when not publishable.
    ``progress(stage, percent)`` hears how far it is (the background job shows it)."""
    problems = publication_problems(report)
    if problems:
        raise ValidationError(problems)
    progress("Gegevens verzamelen en grafieken maken", 10)
    # the slow part (charts, PDF) outside the transaction; the PDF says "definitief" and today's date
    data = compile_report(report.period, report, final=True)
    progress("PDF opmaken", 50)
    pdf = report_pdf(data)
    public_pdf = report_pdf(data, public=True)
    snapshot = data.to_snapshot()
    progress("Opslaan en de periode sluiten", 90)
    now = timezone.now()
    with transaction.atomic():
        updated = ProgressReport.objects.filter(pk=report.pk, published_at__isnull=True).claim(
            report.version,
            published_at=now,
            published_by=user,
            pdf=pdf,
            pdf_sha256=sha256(pdf),
            public_pdf=public_pdf,
            public_pdf_sha256=sha256(public_pdf),
            snapshot=snapshot,
            snapshot_sha256=sha256(snapshot_bytes(snapshot)),
        )
        if not updated:
            raise ValidationError(
                "De rapportage is intussen gepubliceerd of gewijzigd door iemand anders; open haar opnieuw."
            )
        # readers see the published half year by default (state agreements owns, set here)
        Period.objects.filter(pk=report.period_id).update(state=Period.State.CLOSED, published_at=now)
    return ProgressReport.objects.select_related("period").get(pk=report.pk)


def verify_publication(report: ProgressReport) -> list[str]:
    """What of a published report no longer matches its SHA-256 (empty: intact)."""
    problems = []
    if sha256(bytes(report.pdf or b"")) != report.pdf_sha256:
        problems.append("PDF")
    if report.public_pdf_sha256 and sha256(bytes(report.public_pdf or b"")) != report.public_pdf_sha256:
        problems.append("openbare PDF")
    if sha256(snapshot_bytes(report.snapshot)) != report.snapshot_sha256:
        problems.append("momentopname")
    return problems
