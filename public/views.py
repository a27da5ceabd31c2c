"""The public site (``/openbaar/``): published reports, their dashboard and the agreements' published lights.

Every page reads the published snapshots through ``public.published`` (never live data) and is open without
login only while ``PUBLIC_SITE`` is on (``public_view``).
"""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from .access import public_view
from .published import all_published, etag_all, etag_one, public_pdf, report_or_404
from .tables import AREA_COLUMNS, agreement_lights, municipality_rows


@public_view(etag_all)
def index(request):
    reports = all_published()
    return render(
        request, "public/index.html", {"reports": reports, "latest": reports[0] if reports else None}
    )


@public_view(etag_one)
def report(request, code):
    return render(request, "public/report.html", {"report": report_or_404(code)})


@public_view(etag_one)
def report_pdf(request, code):
    pdf = public_pdf(code)
    if pdf is None:
        raise Http404("Van deze rapportage is geen openbare PDF beschikbaar.")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="voortgangsrapportage-{code}-openbaar.pdf"'
    return response


@public_view(etag_all)
def dashboard_latest(request):
    reports = all_published()
    if not reports:
        return render(request, "public/dashboard.html", {"report": None, "reports": reports})
    return _dashboard(request, reports[0], reports)


@public_view(etag_all)
def dashboard(request, code):
    reports = all_published()
    chosen = next((r for r in reports if r.code == code), None)
    if chosen is None:
        raise Http404("Voor deze periode is geen rapportage gepubliceerd.")
    return _dashboard(request, chosen, reports)


def _dashboard(request, report, reports):
    context = {
        "report": report,
        "reports": reports,
        "municipalities": municipality_rows(report),
        "area_columns": [label for _, label in AREA_COLUMNS],
    }
    return render(request, "public/dashboard.html", context)


@public_view(etag_all)
def agreements(request):
    reports = all_published()
    context = {"reports": reports, "rows": agreement_lights(reports)}
    return render(request, "public/agreements.html", context)
