"""Plotly figures → SVG for the PDF, with kaleido 1.x driving Debian's chromium: one browser session per report.

MathJax is off (kaleido would otherwise fetch it from a CDN); plotly.js comes from the installed plotly package.
The session opens in a background thread as soon as the report starts compiling, so starting the browser
overlaps with the database work. When no browser is available or the export fails, nothing crashes: ``export``
returns the reason, each chart keeps an empty ``image`` and the report prints the chart's table instead.
"""

import asyncio
import base64
import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

CHART_WIDTH, CHART_HEIGHT = 720, 380
EXPORT_TIMEOUT = 60


def svg_options(figure) -> dict:
    """Print width for every chart; the height the chart asks for (tall bar charts grow with their rows)."""
    height = getattr(getattr(figure, "layout", None), "height", None) or CHART_HEIGHT
    return {"format": "svg", "width": CHART_WIDTH, "height": height}


def _svg_data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


class ChartSession:
    """``with ChartSession() as session: ...; reason = session.export(charts)``: one browser for all charts."""

    def __init__(self):
        self.browser = settings.CHROMIUM_PATH
        self.problem = ""
        self._figures: Future = Future()
        self._done: Future = Future()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "ChartSession":
        if not self.browser or not Path(self.browser).is_file():
            self.problem = f"geen browser gevonden op {self.browser or '(niet ingesteld)'}"
        else:
            self._thread = threading.Thread(target=self._run, name="kaleido", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._thread is not None:
            if not self._figures.done():
                self._figures.set_result([])  # nothing to draw: close the browser
            self._thread.join(timeout=EXPORT_TIMEOUT)

    def _run(self) -> None:
        try:
            self._done.set_result(asyncio.run(self._session()))
        except Exception as error:  # noqa: BLE001 - handed to ``export``, which degrades to tables
            self._done.set_exception(error)

    async def _session(self) -> list[bytes]:
        from kaleido import Kaleido

        async with Kaleido(n=1, mathjax=False, path=self.browser, timeout=EXPORT_TIMEOUT) as kaleido:
            figures = await asyncio.wrap_future(self._figures)
            return [await kaleido.calc_fig(figure, opts=svg_options(figure)) for figure in figures]

    def export(self, charts: Sequence) -> str:
        """Fill ``chart.image`` for every chart with a figure; return "" or a Dutch reason why that failed."""
        todo = [chart for chart in charts if chart.figure is not None]
        if not todo:
            return ""
        if not self.problem:
            self._figures.set_result([chart.figure for chart in todo])
            try:
                images = self._done.result(timeout=EXPORT_TIMEOUT * 2)
            except Exception as error:  # noqa: BLE001 - any export failure degrades to tables, never a crash
                self.problem = f"{type(error).__name__}: {error}"
            else:
                for chart, svg in zip(todo, images, strict=True):
                    chart.image = _svg_data_uri(svg)
                return ""
        reason = f"Grafieken konden niet worden gemaakt: {self.problem}."
        logger.warning(reason)
        return reason


def export_charts(charts: Sequence) -> str:
    """Export ``charts`` in one browser session of their own; see ``ChartSession.export``."""
    with ChartSession() as session:
        return session.export(charts)
