from django.urls import path, register_converter

from . import views, views_opendata


class FormatConverter:
    regex = "csv|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FormatConverter, "fmt")

app_name = "public"
urlpatterns = [
    path("", views.index, name="index"),
    path("rapportages/<str:code>/", views.report, name="report"),
    path("rapportages/<str:code>/pdf", views.report_pdf, name="report_pdf"),
    path("dashboard/", views.dashboard_latest, name="dashboard_latest"),
    path("dashboard/<str:code>/", views.dashboard, name="dashboard"),
    path("afspraken/", views.agreements, name="agreements"),
    path("open-data/", views_opendata.open_data, name="open_data"),
    path("open-data/<str:code>/", views_opendata.open_data_period, name="open_data_period"),
    path("open-data/<str:code>/datapackage.json", views_opendata.package, name="package"),
    path("open-data/<str:code>/momentopname.json", views_opendata.snapshot, name="snapshot"),
    path("open-data/<str:code>/<str:name>.<fmt:fmt>", views_opendata.download, name="download"),
]
