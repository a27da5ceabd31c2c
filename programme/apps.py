from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "programme"
    verbose_name = "Programma: middelen en locatieprogramma"

    def ready(self):
        from monitor.sections import LOCATION_DASHBOARD

        from .sections import location_dashboard_section

        LOCATION_DASHBOARD.append(location_dashboard_section)
