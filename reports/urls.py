from django.urls import path

from . import views

app_name = "reports"
factsheet = "factsheets/<str:code>/pijler-<int:number>/"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("factsheets/", views.factsheet_overview, name="factsheet_overview"),
    path("factsheets/<str:code>/deadline/", views.period_deadline, name="period_deadline"),
    path(factsheet, views.factsheet_detail, name="factsheet_detail"),
    path(f"{factsheet}bewerken/", views.factsheet_edit, name="factsheet_edit"),
    path(f"{factsheet}pdf/", views.factsheet_pdf, name="factsheet_pdf"),
    path(f"{factsheet}stap/", views.factsheet_transition, name="factsheet_transition"),
    path(f"{factsheet}herinnering/", views.factsheet_reminder, name="factsheet_reminder"),
]
