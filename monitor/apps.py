from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "monitor"
    verbose_name = "Woningbouwmonitor"

    def ready(self):
        from agreements.sections import AGREEMENT_PAGE, PERIOD_OVERVIEW, STATUS_FORM

        from .verdict_sections import agreement_section, period_section, status_form_section

        if status_form_section not in STATUS_FORM:
            STATUS_FORM.append(status_form_section)
            AGREEMENT_PAGE.append(agreement_section)
            PERIOD_OVERVIEW.append(period_section)
