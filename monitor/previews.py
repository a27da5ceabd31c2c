"""The preview of a monitor import, made on the worker and shown from the database.

Reading a large file (up to ``UPLOAD_MAX_ROWS`` rows), comparing it with the current import and working out
the consequences takes longer than a request may wait. So a background job renders the preview's content
and keeps it with the job (``Job.result``), its CSRF token as a slot that the page fills for each request
(``caching.pages``), together with the *basis* it was made on: the import's state, which imports are
current, and the reference data the file was matched against. The page shows a stored preview only while
its basis holds; otherwise it has a new one made (``jobs.preview_monitor_import_job``).
"""

import hashlib

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from agreements.uploads import UploadRefused
from caching.pages import with_token_slots
from jobs.models import Job

from . import services
from .consequences import consequences_of
from .importing.matching import LocationMatcher, MunicipalityMatcher
from .models import MonitorImport

PREVIEW_KINDS = ("monitor_upload", "monitor_preview")
PROBLEMS_SHOWN = 1000


def preview_basis(monitor_import: MonitorImport) -> str:
    current = MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED).order_by("pk")
    reference = MunicipalityMatcher().fingerprint + LocationMatcher().fingerprint
    text = f"{monitor_import.state}:{list(current.values_list('pk', flat=True))}:{reference}"
    return hashlib.sha256(text.encode()).hexdigest()


def stored_preview(monitor_import: MonitorImport) -> str | None:
    """The kept preview content of ``monitor_import`` that still holds, or None."""
    job = (
        Job.objects.filter(kind__in=PREVIEW_KINDS, state=Job.State.DONE)
        .filter(result__import_id=monitor_import.pk, result__basis=preview_basis(monitor_import))
        .only("result")
        .order_by("-finished_at")
        .first()
    )
    return job.result["html"] if job else None


def render_preview(monitor_import: MonitorImport) -> dict:
    """The preview's content (HTML) and basis, for ``Job.result``. Runs on the worker; writes nothing."""
    basis = preview_basis(monitor_import)
    content = MonitorImport.objects.values_list("content", flat=True).get(pk=monitor_import.pk)
    try:
        context = _context(monitor_import, bytes(content))
    except UploadRefused as exc:  # reference data changed since the upload, or limits were lowered
        context = {"monitor_import": monitor_import, "refused": exc.message}
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string("monitor/_import_preview.html", {**context, "csrf_token": "slot"})
    return {"import_id": monitor_import.pk, "basis": basis, "html": with_token_slots(html)}


def _context(monitor_import: MonitorImport, content: bytes) -> dict:
    preview = services.preview_monitor_import(content=content, exclude=monitor_import)
    problems = preview.parsed.errors + preview.parsed.warnings
    pending = monitor_import.state == MonitorImport.State.PREVIEW and preview.parsed.is_valid
    return {
        "monitor_import": monitor_import,
        "preview": preview,
        "consequences": consequences_of(preview.parsed, monitor_import=monitor_import) if pending else [],
        "problems": problems[:PROBLEMS_SHOWN],
        "problems_hidden": max(0, len(problems) - PROBLEMS_SHOWN),
    }
