"""The progress report's outputs: compiled data with chart images, its HTML (preview and PDF) and its PDF."""

from contextlib import nullcontext

from django.template.loader import render_to_string

from agreements.models import Period
from programme.overview import means_annex
from reports.charts_export import ChartSession
from reports.models import ProgressReport
from reports.pdf import render_pdf

from .briefing import build_briefing
from .report import ReportData, build_progress_report


def compile_report(
    period: Period, report: ProgressReport | None = None, *, charts: bool = True, final: bool = False
) -> ReportData:
    """The report's data with its board briefing and every dashboard chart exported to SVG (one browser
    session for all of them). ``final``: the version being published now ("definitief", dated today)."""
    if report is None:
        report = ProgressReport.objects.filter(period=period).first() or ProgressReport(period=period)
    with ChartSession() if charts else nullcontext() as session:  # the browser starts while data is read
        data = build_progress_report(period, report)
        data.briefing = build_briefing(
            period=period, report=report, lines=data.agreements, region=data.dashboard.region, final=final
        )
        if session is not None:
            data.dashboard.export_error = session.export(data.dashboard.charts)
    return data


def report_html(data: ReportData, *, preview: bool = False, public: bool = False) -> str:
    """``public``: the version for everyone (the public site): without the names of who edited what and
    without the escalations' texts on the cover."""
    context = {"report": data, "preview": preview, "public": public, "means": means_annex(data.period_code)}
    return render_to_string("reports/progressreport_pdf.html", context)


def report_pdf(data: ReportData, *, public: bool = False) -> bytes:
    return render_pdf(report_html(data, public=public), title=data.title)
