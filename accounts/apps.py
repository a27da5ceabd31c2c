from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Gebruikers en rollen"

    def ready(self):
        from . import audit  # noqa: F401 - connects the audit trail to the login signals
