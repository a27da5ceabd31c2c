from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView
from two_factor import views as two_factor_views

from accounts import views as account_views
from portal import views as portal_views

# Login with an optional (for the core team and functioneel beheer: required) second factor. The views are
# django-two-factor-auth's, under Dutch paths; its URL names (namespace ``two_factor``) are kept, except its
# login: there is one login page, ``login`` (``inloggen/``), and nothing reverses ``two_factor:login``.
two_factor_patterns = [
    path("tweestapsverificatie/", two_factor_views.ProfileView.as_view(), name="profile"),
    path("tweestapsverificatie/instellen/", two_factor_views.SetupView.as_view(), name="setup"),
    path("tweestapsverificatie/qr/", two_factor_views.QRGeneratorView.as_view(), name="qr"),
    path(
        "tweestapsverificatie/ingesteld/", two_factor_views.SetupCompleteView.as_view(), name="setup_complete"
    ),
    path(
        "tweestapsverificatie/herstelcodes/",
        two_factor_views.BackupTokensView.as_view(),
        name="backup_tokens",
    ),
    path("tweestapsverificatie/uitschakelen/", two_factor_views.DisableView.as_view(), name="disable"),
]

urlpatterns = [
    path("", portal_views.home, name="home"),
    path("", include("portal.urls")),
    path("inloggen/", account_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include((two_factor_patterns, "two_factor"))),
    path(".well-known/security.txt", account_views.security_txt, name="security_txt"),
    path("toegankelijkheid/", account_views.accessibility_statement, name="accessibility"),
    path("afspraken/", include("agreements.urls")),
    path("monitor/", include("monitor.urls")),
    path("tempotafels/", include("tempotafels.urls")),
    path("bestuur/", include("governance.urls")),
    path("programma/", include("programme.urls")),
    path("rapportages/", include("reports.urls")),
    path("taken/", include("jobs.urls")),
    # The admin has no login of its own: everyone logs in through the one login with its second factor.
    path("beheer/login/", RedirectView.as_view(pattern_name="login", query_string=True)),
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
