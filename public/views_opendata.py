"""Open data downloads per published half year, their description, and the page that lists them."""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from .access import public_view
from .opendata import LICENCE, RESOURCES, data_package, resource_csv, rows_of
from .published import all_published, etag_all, etag_one, report_or_404


@public_view(etag_all)
def open_data(request):
    context = {"reports": all_published(), "resources": RESOURCES.values(), "licence": LICENCE}
    return render(request, "public/open_data.html", context)


@public_view(etag_one)
def open_data_period(request, code):
    report = report_or_404(code)
    package = data_package(report, _base_url(request, code))
    return render(request, "public/open_data_period.html", {"report": report, "package": package})


def _base_url(request, code: str) -> str:
    return request.build_absolute_uri(reverse("public:open_data_period", args=[code]))


def _download(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@public_view(etag_one)
def download(request, code, name, fmt):
    report = report_or_404(code)
    resource = RESOURCES.get(name)
    if resource is None:
        raise Http404("Dit bestand bestaat niet.")
    filename = f"woondeal-{name}-{code}.{fmt}"
    if fmt == "csv":
        content = resource_csv(resource, report)
        return _download(HttpResponse(content, content_type="text/csv; charset=utf-8"), filename)
    data = {
        "periode": code,
        "licentie": LICENCE,
        "beschrijving": _base_url(request, code) + "datapackage.json",
        "gegevens": rows_of(resource, report),
    }
    return _download(JsonResponse(data, json_dumps_params={"ensure_ascii": False}), filename)


@public_view(etag_one)
def snapshot(request, code):
    report = report_or_404(code)
    data = {"periode": code, "licentie": LICENCE, "momentopname": report.data}
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    return _download(response, f"woondeal-momentopname-{code}.json")


@public_view(etag_one)
def package(request, code):
    report = report_or_404(code)
    return JsonResponse(
        data_package(report, _base_url(request, code)), json_dumps_params={"ensure_ascii": False}
    )
