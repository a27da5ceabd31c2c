"""The progress report's outputs: compiled data with chart images, its HTML (preview and PDF) and its PDF."""

from django.template.loader import render_to_string

from agreements.models import Period
from programme.overview import means_annex
from reports.charts_export import ChartSession
from reports.models import ProgressReport
from reports.pdf import render_pdf

from .report import ReportData, build_progress_report


def compile_report(
    period: Period, report: ProgressReport | None = None, *, charts: bool = True
) -> ReportData:
    """The report's data with every dashboard chart exported to SVG (one browser session for all of them)."""
    if not charts:
        return build_progress_report(period, report)
    with ChartSession() as session:  # the browser starts while the data is read
        data = build_progress_report(period, report)
        data.dashboard.export_error = session.export(data.dashboard.charts)
    return data


def report_html(data: ReportData, *, preview: bool = False) -> str:
    context = {"report": data, "preview": preview, "means": means_annex(data.period_code)}
    return render_to_string("reports/progressreport_pdf.html", context)


def report_pdf(data: ReportData) -> bytes:
    return render_pdf(report_html(data), title=data.title)
