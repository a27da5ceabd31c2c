from django.apps import AppConfig


class TempotafelsConfig(AppConfig):
    name = "tempotafels"
    verbose_name = "Tempotafels"
