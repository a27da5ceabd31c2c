"""``/api/v1``: plural nouns, no trailing slash (API Design Rules), the OpenAPI document beside them."""

from django.urls import path, re_path
from rest_framework.routers import SimpleRouter

from . import docs, problems, views

router = SimpleRouter(trailing_slash=False)
router.register("pillars", views.PillarViewSet, basename="pillar")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("periods", views.PeriodViewSet, basename="period")
router.register("tempotafels", views.TempotafelViewSet, basename="tempotafel")

app_name = "api"
urlpatterns = [
    path("openapi.json", docs.schema, name="openapi"),
    path("schema", docs.schema, name="schema"),
    path("docs", docs.documentation, name="docs"),
    path("periods/<str:code>/statuses", views.StatusList.as_view(), name="statuses"),
    path("periods/<str:code>/indicators", views.AreaList.as_view(), name="indicators"),
    path("reports", views.ReportList.as_view(), name="reports"),
    path("reports/<str:code>", views.ReportDetail.as_view(), name="report"),
    *router.urls,
    re_path(r"^.*$", problems.not_found),
]
