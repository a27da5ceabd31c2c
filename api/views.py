"""The read-only API ``/api/v1``: pillars, agreements, periods with their statuses and indicators, published
reports and Tempotafels. Scope comes from the apps (``Tempotafel.objects.for_user``, ``reports.models.reads_reports``)
and from ``public.published`` for what is public; nothing here decides scope on its own."""

from django.contrib.auth.decorators import login_not_required
from django.db.models import Exists, OuterRef
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, viewsets
from rest_framework.exceptions import NotFound

from agreements.models import Agreement, Pillar
from public.published import all_published, published_report
from reports.models import ProgressReport
from tempotafels.models import Tempotafel

from . import serializers
from .access import PublicOrKey, ReportReaders, WithKey, public_site_on, visible_periods
from .data import live_indicators, live_statuses, published_statuses

API_VERSION = "1.0.0"
CODE = OpenApiParameter(
    "code", str, OpenApiParameter.PATH, description="Code van het halfjaar, bijv. 2021-h1."
)


class ApiView:
    """Every API view: open to the login middleware (the API authenticates by key), versioned in a header."""

    @classmethod
    def as_view(cls, *args, **kwargs):
        return login_not_required(super().as_view(*args, **kwargs))

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["API-Version"] = API_VERSION
        return response


class PillarViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """De zes pijlers van de Woondeal."""

    queryset = Pillar.objects.order_by("number")
    serializer_class = serializers.PillarSerializer
    permission_classes = [PublicOrKey]
    lookup_field = "number"


class AgreementViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """De afspraken van de Woondeal (het register)."""

    queryset = Agreement.objects.select_related("pillar", "lead_organisation").order_by("number")
    serializer_class = serializers.AgreementSerializer
    permission_classes = [PublicOrKey]
    lookup_field = "number"


class PeriodViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """De halfjaren: zonder sleutel alleen die met een gepubliceerde rapportage."""

    serializer_class = serializers.PeriodSerializer
    permission_classes = [PublicOrKey]
    lookup_field = "code"

    def get_queryset(self):
        published = ProgressReport.objects.published().filter(period=OuterRef("pk"))
        periods = visible_periods(self.request.user).annotate(published=Exists(published))
        return periods.order_by("-year", "-half")


def _period(request, code: str):
    """The half year ``code`` if this caller may see it, and its published report (None when unpublished)."""
    period = visible_periods(request.user).filter(code=code).first()
    if period is None:
        raise NotFound("Dit halfjaar bestaat niet of is niet voor u zichtbaar.")
    return period, published_report(code)


@extend_schema(parameters=[CODE])
class StatusList(ApiView, generics.ListAPIView):
    """Het stoplicht van elke afspraak in een halfjaar: gepubliceerd, of (met sleutel) de actuele stand."""

    serializer_class = serializers.StatusSerializer
    permission_classes = [PublicOrKey]

    def get_queryset(self):
        period, report = _period(self.request, self.kwargs["code"])
        return published_statuses(report) if report else live_statuses(period)


@extend_schema(parameters=[CODE])
class AreaList(ApiView, generics.ListAPIView):
    """Indicatoren en doelen per gebied (regio, subregio's, gemeenten) in een halfjaar."""

    serializer_class = serializers.AreaSerializer
    permission_classes = [PublicOrKey]

    def get_queryset(self):
        period, report = _period(self.request, self.kwargs["code"])
        return report.data["indicators"] if report else live_indicators()


def _report_row(request, report) -> dict:
    absolute = request.build_absolute_uri
    public = public_site_on()
    pdf = (
        reverse("public:report_pdf", args=[report.code])
        if public
        else reverse("reports:pdf", args=[report.code])
    )
    return {
        "period": report.code,
        "label": report.label,
        "title": report.data["title"],
        "published_at": report.published_at,
        "public_pdf_sha256": report.public_pdf_sha256 or None,
        "pdf": absolute(pdf) if report.has_public_pdf or not public else None,
        "html": absolute(reverse("public:report", args=[report.code])) if public else None,
        "open_data": absolute(reverse("public:open_data_period", args=[report.code])) if public else None,
        "demo_data": report.is_demo,
    }


class ReportList(ApiView, generics.ListAPIView):
    """De gepubliceerde voortgangsrapportages (metadata en downloadlinks)."""

    serializer_class = serializers.ReportSerializer
    permission_classes = [ReportReaders]

    def get_queryset(self):
        return [_report_row(self.request, report) for report in all_published()]


@extend_schema(parameters=[CODE])
class ReportDetail(ApiView, generics.RetrieveAPIView):
    """Eén gepubliceerde voortgangsrapportage."""

    serializer_class = serializers.ReportSerializer
    permission_classes = [ReportReaders]

    def get_object(self):
        report = published_report(self.kwargs["code"])
        if report is None:
            raise NotFound("Voor dit halfjaar is geen rapportage gepubliceerd.")
        return _report_row(self.request, report)


class TempotafelViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """De Tempotafels die de sleutelhouder op de site ziet (alleen openbare velden)."""

    serializer_class = serializers.TempotafelSerializer
    permission_classes = [WithKey]

    def get_queryset(self):
        tafels = Tempotafel.objects.for_user(self.request.user).distinct()
        return tafels.prefetch_related("pillars", "agreements").order_by("name")
