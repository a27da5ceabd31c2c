from django.urls import path

from .decision_list import views as decision_list_views
from .factsheets import views as factsheet_views
from .progress import views as progress_views

app_name = "reports"
factsheet = "factsheets/<str:code>/pijler-<int:number>/"
urlpatterns = [
    path("", progress_views.report_list, name="list"),
    path("factsheets/", factsheet_views.factsheet_overview, name="factsheet_overview"),
    path("besluitenlijsten/<int:pk>.pdf", decision_list_views.decision_list_pdf, name="decision_list_pdf"),
    path("besluitenlijsten/<int:pk>.xlsx", decision_list_views.decision_list_xlsx, name="decision_list_xlsx"),
    path("factsheets/<str:code>/deadline/", factsheet_views.period_deadline, name="period_deadline"),
    path(factsheet, factsheet_views.factsheet_detail, name="factsheet_detail"),
    path(f"{factsheet}bewerken/", factsheet_views.factsheet_edit, name="factsheet_edit"),
    path(f"{factsheet}pdf/", factsheet_views.factsheet_pdf, name="factsheet_pdf"),
    path(f"{factsheet}stap/", factsheet_views.factsheet_transition, name="factsheet_transition"),
    path(f"{factsheet}indienen/", factsheet_views.factsheet_submit, name="factsheet_submit"),
    path(f"{factsheet}herinnering/", factsheet_views.factsheet_reminder, name="factsheet_reminder"),
    path("<str:code>/", progress_views.report_detail, name="detail"),
    path("<str:code>/bewerken/", progress_views.report_edit, name="edit"),
    path("<str:code>/voorbeeld/", progress_views.report_preview, name="preview"),
    path("<str:code>/voorbeeld.pdf", progress_views.report_preview_pdf, name="preview_pdf"),
    path("<str:code>/publiceren/", progress_views.report_publish, name="publish"),
    path("<str:code>/publiceren/bevestigen/", progress_views.report_publish_confirm, name="publish_confirm"),
    path("<str:code>/rapportage.pdf", progress_views.report_download, name="pdf"),
    path("<str:code>/bijlage.xlsx", progress_views.report_annex, name="annex"),
]
