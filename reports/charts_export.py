"""Plotly figures → SVG for the PDF, with kaleido 1.x driving Debian's chromium: one browser session per report.

MathJax is off (kaleido would otherwise fetch it from a CDN); plotly.js comes from the installed plotly package.
When no browser is available or the export fails, nothing crashes: ``export_charts`` returns the reason, each
chart keeps an empty ``image`` and the report prints the chart's table with a notice in its place.
"""

import asyncio
import base64
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

CHART_WIDTH, CHART_HEIGHT = 720, 380
EXPORT_TIMEOUT = 60


def _svg_data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


async def _export(figures: Sequence, browser: str) -> list[bytes]:
    from kaleido import Kaleido

    opts = {"format": "svg", "width": CHART_WIDTH, "height": CHART_HEIGHT}
    async with Kaleido(n=1, mathjax=False, path=browser, timeout=EXPORT_TIMEOUT) as kaleido:
        return [await kaleido.calc_fig(figure, opts=opts) for figure in figures]


def _run(coroutine):
    """Run ``coroutine`` to completion, also when the calling thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    outcome = {}

    def target():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def export_charts(charts: Sequence) -> str:
    """Fill ``chart.image`` for every chart with a figure; return "" or a Dutch reason why it was not possible."""
    todo = [chart for chart in charts if chart.figure is not None]
    if not todo:
        return ""
    browser = settings.CHROMIUM_PATH
    if not browser or not Path(browser).is_file():
        reason = (
            f"Grafieken konden niet worden gemaakt: geen browser gevonden op {browser or '(niet ingesteld)'}."
        )
        logger.warning(reason)
        return reason
    try:
        images = _run(_export([chart.figure for chart in todo], browser))
    except Exception as error:  # noqa: BLE001 - any export failure degrades to tables, never a crash
        reason = f"Grafieken konden niet worden gemaakt ({type(error).__name__}: {error})."
        logger.warning(reason)
        return reason
    for chart, svg in zip(todo, images, strict=True):
        chart.image = _svg_data_uri(svg)
    return ""
