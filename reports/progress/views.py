"""Views of the half-yearly progress report: list, page, management summary, preview, publish, downloads."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.access import require_core_team, user_passes
from agreements.exports import spreadsheet_response
from agreements.models import Period
from caching.pages import cached_page
from jobs.services import job_url, start_job
from reports.factsheets.completion import completion_rows
from reports.models import Factsheet, ProgressReport, reads_reports

from .forms import ManagementSummaryForm
from .jobs import publish_report_job, report_preview_pdf_job
from .output import compile_report, report_html
from .publication import publication_check, publication_problems, unpublished_periods
from .report import annex_table, attention_draft, build_changes


def _report(request, code: str, *, with_pdf: bool = False) -> ProgressReport:
    """The report of period ``code`` in the user's scope (``ProgressReport.objects.for_user``): published
    for every reader, unpublished (or not yet saved) for the core team only, else 404. The stored PDF
    (megabytes) is only read when it is to be sent."""
    period = get_object_or_404(Period, code=code)
    reports = ProgressReport.objects.for_user(request.user).filter(period=period)
    report = (reports if with_pdf else reports.without_files()).first()
    if report is None:
        if not request.user.is_kernteam:
            raise Http404
        report = ProgressReport(period=period)
    return report


@user_passes(reads_reports)
@cached_page
def report_list(request):
    reports = ProgressReport.objects.filter(published_at__isnull=False).select_related("period")
    reports = reports.without_files().defer("snapshot")
    periods = unpublished_periods() if request.user.is_kernteam else []
    return render(request, "reports/progressreport_list.html", {"reports": reports, "open_periods": periods})


@user_passes(reads_reports)
@cached_page
def report_detail(request, code):
    report = _report(request, code)
    if report.is_published:
        data, problems = report.snapshot, []
    else:
        data, problems = build_changes(report.period), publication_problems(report)
    context = {"report": report, "data": data, "problems": problems, "missing": _missing(report)}
    return render(request, "reports/progressreport_detail.html", context)


def _missing(report: ProgressReport) -> list:
    """The pillars whose factsheet is not final yet, with whose turn it is (empty once published)."""
    if report.is_published:
        return []
    return [row for row in completion_rows(report.period) if row.factsheet.state != Factsheet.State.FINAL]


@user_passes(reads_reports)
def report_edit(request, code):
    report = _report(request, code)
    require_core_team(request.user)
    if report.is_published:
        raise PermissionDenied("Een gepubliceerde rapportage kan niet meer worden gewijzigd.")
    data = build_changes(report.period)
    initial = {} if report.attention else {"attention": attention_draft(data)}
    form = ManagementSummaryForm(request.POST or None, instance=report, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            form.save()
        except ValidationError as error:  # saved or published by someone else since the form was valid
            form.add_error(None, error)
        else:
            messages.success(request, "De managementsamenvatting is opgeslagen.")
            return redirect("reports:detail", code)
    return render(request, "reports/progressreport_form.html", {"report": report, "form": form, "data": data})


@user_passes(reads_reports)
def report_preview(request, code):
    report = _report(request, code)
    require_core_team(request.user)
    return HttpResponse(report_html(compile_report(report.period, report), preview=True))


@require_POST
@user_passes(reads_reports)
def report_preview_pdf(request, code):
    report = _saved_report(request, code)
    job = start_job(
        task=report_preview_pdf_job,
        owner=request.user,
        kind="report_preview_pdf",
        title=f"Voorbeeld-PDF van de voortgangsrapportage {report.period.label}",
        back_url=reverse("reports:detail", args=[code]),
        subject=f"report-preview:{code}:{request.user.pk}",
        report_id=report.pk,
    )
    return redirect(job_url(job))


@user_passes(reads_reports)
def report_publish_confirm(request, code):
    """Publishing cannot be undone: this page lists what it does and what is still thin before the POST."""
    report = _report(request, code)
    require_core_team(request.user)
    if report.is_published:
        return redirect("reports:detail", code)
    context = {"report": report, "problems": publication_problems(report), "check": publication_check(report)}
    return render(request, "reports/progressreport_publish.html", context)


@require_POST
@user_passes(reads_reports)
def report_publish(request, code):
    """From the confirmation page: checks what can be checked at once, then publishes in the background
    and shows the progress."""
    confirmed = request.POST.get("confirmed") == "ja"  # only from the confirmation page
    report = _saved_report(request, code, save=confirmed)
    if not confirmed:
        return redirect("reports:publish_confirm", code)
    problems = publication_problems(report)
    if not problems:
        job = start_job(
            task=publish_report_job,
            owner=request.user,
            kind="publish_report",
            title=f"Voortgangsrapportage {report.period.label} publiceren",
            back_url=reverse("reports:detail", args=[code]),
            subject=f"publish:{code}",
            report_id=report.pk,
            version=report.version,
        )
        if job.owner_id == request.user.pk:
            return redirect(job_url(job))
        problems = [f"{job.owner} publiceert deze rapportage al; wacht tot dat klaar is."]
    for message in problems:
        messages.error(request, message)
    return redirect("reports:detail", code)


def _saved_report(request, code: str, *, save: bool = True) -> ProgressReport:
    """The report for the core team's work on it, saved first if new (and ``save``)."""
    report = _report(request, code)
    require_core_team(request.user)
    if report.pk is None and save:  # a colleague may be creating the same report at this very moment
        report, _ = ProgressReport.objects.get_or_create(period=report.period)
    return report


@user_passes(reads_reports)
def report_download(request, code):
    report = _report(request, code, with_pdf=True)
    if not report.is_published:
        raise Http404
    return _pdf_response(bytes(report.pdf), f"voortgangsrapportage-{code}.pdf")


@user_passes(reads_reports)
def report_annex(request, code):
    report = _report(request, code)
    headers, rows = annex_table(report.period)
    return spreadsheet_response(f"bijlage-afspraken-{code}", headers, rows, sheet_title="Afspraken")


def _pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
