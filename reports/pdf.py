"""HTML → PDF with WeasyPrint, locked down: the renderer may read our static files and ``data:`` URIs, nothing else.

Every report (a single factsheet, the half-yearly progress report) goes builder → template → ``render_pdf``.
"""

import mimetypes
import os
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

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


def render_document(html: str):
    """Lay out report HTML with WeasyPrint (static files and ``data:`` URIs only): a ``weasyprint.Document``
    whose pages and layout boxes can be inspected before it is written."""
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()).render()


def document_pdf(document, *, title: str = "") -> bytes:
    """A laid-out document as a tagged (PDF/UA-1) PDF; every table header cell gets its ``/Scope``."""
    if title:
        document.metadata.title = title
    return add_header_scopes(document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True))


def render_pdf(html: str, *, title: str = "") -> bytes:
    """Render report HTML to a tagged (PDF/UA-1) PDF. The HTML's ``lang`` and ``<title>`` become its metadata;
    every table header cell gets its ``/Scope`` (``pdf_tags``)."""
    return document_pdf(render_document(html), title=title)
