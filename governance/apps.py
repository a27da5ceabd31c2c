from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Bestuurlijke cyclus"

    def ready(self):
        from agreements.sections import AGREEMENT_PAGE, PERIOD_OVERVIEW

        from .sections import agreement_section, period_section

        if agreement_section not in AGREEMENT_PAGE:
            AGREEMENT_PAGE.append(agreement_section)
            PERIOD_OVERVIEW.append(period_section)
