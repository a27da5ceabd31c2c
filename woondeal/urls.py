from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from portal import views as portal_views

urlpatterns = [
    path("", portal_views.home, name="home"),
    path("", include("portal.urls")),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(template_name="accounts/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("afspraken/", include("agreements.urls")),
    path("monitor/", include("monitor.urls")),
    path("tempotafels/", include("tempotafels.urls")),
    path("bestuur/", include("governance.urls")),
    path("programma/", include("programme.urls")),
    path("rapportages/", include("reports.urls")),
    path("taken/", include("jobs.urls")),
    path("beheer/", admin.site.urls),
    path("openbaar/", include("public.urls")),
    path("api/v1/", include("api.urls")),
]

handler403 = "accounts.views.permission_denied"
handler404 = "accounts.views.page_not_found"
handler500 = "accounts.views.server_error"

admin.site.site_header = "Woondeal Monitor: functioneel beheer"
admin.site.site_title = "Woondeal Monitor"
admin.site.index_title = "Referentiegegevens, gebruikers en rollen"
