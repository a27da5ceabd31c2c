from django.urls import path

from . import views, views_dashboard, views_imports

app_name = "monitor"
urlpatterns = [
    path("locaties/", views.location_list, name="locations"),
    path("imports/", views_imports.import_list, name="imports"),
    path("imports/uploaden/", views_imports.import_upload, name="import_upload"),
    path("imports/sjabloon.xlsx", views_imports.import_template, name="import_template"),
    path("imports/<int:pk>/", views_imports.import_preview, name="import_preview"),
    path("imports/<int:pk>/bevestigen/", views_imports.import_commit, name="import_commit"),
    path("imports/<int:pk>/terugzetten/", views_imports.import_restore, name="import_restore"),
    path("dashboard/", views_dashboard.dashboard, name="dashboard"),
    path("dashboard/subregio/<slug:slug>/", views_dashboard.subregion_dashboard, name="subregion"),
    path("dashboard/gemeente/<str:cbs_code>/", views_dashboard.municipality_dashboard, name="municipality"),
    path("dashboard/locatie/<int:pk>/", views_dashboard.location_dashboard, name="location"),
    path("dashboard/opleveringen/", views_dashboard.completions, name="completions"),
]
