from django.urls import path

from . import views, views_imports

app_name = "monitor"
urlpatterns = [
    path("locaties/", views.location_list, name="locations"),
    path("imports/", views_imports.import_list, name="imports"),
    path("imports/uploaden/", views_imports.import_upload, name="import_upload"),
    path("imports/sjabloon.xlsx", views_imports.import_template, name="import_template"),
    path("imports/<int:pk>/", views_imports.import_preview, name="import_preview"),
    path("imports/<int:pk>/bevestigen/", views_imports.import_commit, name="import_commit"),
    path("imports/<int:pk>/terugzetten/", views_imports.import_restore, name="import_restore"),
]
