from django.urls import path

from . import register_views, views

app_name = "agreements"
urlpatterns = [
    path("", views.agreement_list, name="list"),
    path("export/", views.agreement_export, name="export"),
    path("overzicht/", views.period_overview, name="overview"),
    path("register/inlezen/", register_views.register_import, name="register_import"),
    path("register/inlezen/<uuid:pk>/", register_views.register_preview, name="register_preview"),
    path("register/export/", register_views.register_export, name="register_export"),
    path("<int:number>/", views.agreement_detail, name="detail"),
    path("<int:number>/status/", views.status_edit, name="status_edit"),
]
