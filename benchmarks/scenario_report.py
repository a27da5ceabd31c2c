"""The half-yearly progress report rendered end to end, against WeasyPrint rendering the same final HTML alone.

Data: a period with demo-like data (69 agreements with statuses in two half years, six final factsheets, a
committed monitor import with indicators for the region, 3 subregions and 18 municipalities). End to end =
queries + the dashboard's plotly charts exported to SVG through kaleido/chromium (one browser session) + template +
WeasyPrint. Baseline = ``render_pdf`` of the final HTML only. Timings are the best of two runs; peak memory
is the traced Python peak of one extra end-to-end run (chromium's own memory is not included).
"""

import io
import time

from django.test.utils import override_settings

from benchmarks.harness import peak_memory

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def _timed(func):
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def run() -> list[dict]:
    import pypdf

    from benchmarks.report_world import core_team_user, make_report_world
    from reports.pdf import render_pdf
    from reports.progress.output import compile_report, report_html, report_pdf

    with override_settings(STORAGES=STORAGES):
        period = make_report_world(user=core_team_user("benchmark-kernteam"))

        def end_to_end():
            data = compile_report(period)
            assert not data.dashboard.export_error, data.dashboard.export_error
            return report_pdf(data), report_html(data), data

        full, baseline = [], []
        for _ in range(2):
            seconds, (pdf, html, data) = _timed(end_to_end)
            full.append(seconds)
            baseline.append(_timed(lambda: render_pdf(html, title=data.title))[0])  # noqa: B023 - used at once
        with peak_memory() as peak:
            end_to_end()
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    images = sum(1 for chart in data.dashboard.charts if chart.image)
    return [
        {
            "name": f"voortgangsrapportage PDF ({pages} p., {images} grafieken)",
            "value": round(min(full), 3),
            "unit": "s",
            "baseline": round(min(baseline), 3),
            "peak_mb": round(peak.mb, 1),
        }
    ]
