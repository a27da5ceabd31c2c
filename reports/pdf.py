"""HTML → PDF with WeasyPrint, locked down: the renderer may read our static files and ``data:`` URIs, nothing else.

Every report (a single factsheet, the half-yearly progress report) goes builder → template → ``render_pdf``.
"""

import faulthandler
import mimetypes
import multiprocessing
import os
import resource
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from agreements.formatting import format_number

from .pdf_tags import add_header_scopes

# Relative URLs in report templates (``{% static %}`` gives ``/static/...``) resolve against this fake origin,
# which the fetcher below maps onto the static folders. It is never contacted.
BASE_URL = "https://static.woondeal.invalid/"


class RefusedResource(ValueError):
    pass


class StaticOnlyFetcher(URLFetcher):
    """Serves static files and ``data:`` URIs; refuses network, ``file://`` and everything else."""

    def __init__(self):
        super().__init__(allowed_protocols={"data", "https"}, allow_redirects=False, timeout=1)
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parts = urlsplit(url)
        static_prefix = settings.STATIC_URL
        if f"{parts.scheme}://{parts.netloc}/" == BASE_URL and parts.path.startswith(static_prefix):
            relative = unquote(parts.path[len(static_prefix) :])
            found = _static_file(relative) if ".." not in relative.split("/") else None
            if found:
                with open(found, "rb") as handle:
                    body = handle.read()
                content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body=body, headers={"Content-Type": content_type})
        self.refused.append(url)
        raise RefusedResource(f"Bron geweigerd door de PDF-renderer: {url}")


def _static_file(relative: str) -> str | None:
    """A file from the static folders, or, in production, from STATIC_ROOT (hashed names after collectstatic)."""
    found = finders.find(relative)
    if found:
        return found
    try:
        collected = staticfiles_storage.path(relative)
    except NotImplementedError:
        return None
    return collected if os.path.isfile(collected) else None


class PdfRenderRefused(ValidationError):
    """The render took too long or too much memory and was stopped; the message says which, in Dutch."""


TIMED_OUT, OUT_OF_MEMORY = object(), object()  # why the child gave no PDF
AFTER = (
    "Maak de lange teksten korter of probeer het later opnieuw; neem contact op met functioneel beheer als dit "
    "blijft gebeuren."
)


def render_pdf(html: str, *, title: str = "") -> bytes:
    """Render report HTML to a tagged (PDF/UA-1) PDF in a child process with a time and memory limit
    (``PDF_RENDER_SECONDS``, ``PDF_RENDER_MAX_MB``), so that no text can hold a web worker for minutes.
    Raises ``PdfRenderRefused`` with a Dutch message when a limit is hit."""
    seconds = settings.PDF_RENDER_SECONDS
    receiver, sender = multiprocessing.Pipe(duplex=False)
    # fork: the child inherits the loaded settings and libraries; it touches no database and leaves with
    # os._exit, so the parent's connections are untouched.
    child = multiprocessing.get_context("fork").Process(
        target=_render_in_child, args=(sender, html, title, settings.PDF_RENDER_MAX_MB), daemon=True
    )
    child.start()
    sender.close()
    try:
        outcome = receiver.recv() if receiver.poll(seconds) else TIMED_OUT
    except EOFError:  # the child ended without an answer: it hit its memory limit
        outcome = OUT_OF_MEMORY
    finally:
        receiver.close()
        child.kill()
        child.join()
    if outcome is TIMED_OUT:
        raise PdfRenderRefused(
            f"Het maken van de PDF is na {number_format(seconds)} seconden afgebroken. {AFTER}"
        )
    if outcome is OUT_OF_MEMORY:
        limit = format_number(settings.PDF_RENDER_MAX_MB)
        raise PdfRenderRefused(
            f"Het maken van de PDF is afgebroken: er was meer dan {limit} MB geheugen nodig. {AFTER}"
        )
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _render_in_child(sender, html: str, title: str, max_mb: int) -> None:
    """Runs in the child: address space limited to what the process already maps plus ``max_mb``. Native code
    may crash at that limit rather than raise; the parent then sees no answer and refuses."""
    faulthandler.disable()  # a crash at the limit is expected here, not a traceback worth printing
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    limit = mapped + max_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        sender.send(_render(html, title))
    except MemoryError:
        pass  # no answer: the parent reports the refusal
    except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
        sender.send(error)
    finally:
        sender.close()


def render_document(html: str):
    """Lay out report HTML with WeasyPrint (static files and ``data:`` URIs only): a ``weasyprint.Document``
    whose pages and layout boxes can be inspected before it is written."""
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()).render()


def document_pdf(document, *, title: str = "") -> bytes:
    """A laid-out document as a tagged (PDF/UA-1) PDF; every table header cell gets its ``/Scope``."""
    if title:
        document.metadata.title = title
    return add_header_scopes(document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True))


def _render(html: str, title: str) -> bytes:
    """The render itself, in the child. The HTML's ``lang`` and ``<title>`` become its metadata; every table
    header cell gets its ``/Scope`` (``pdf_tags``)."""
    return document_pdf(render_document(html), title=title)
