from django.apps import AppConfig


class TempotafelsConfig(AppConfig):
    name = "tempotafels"
    verbose_name = "Tempotafels"

    def ready(self):
        import django_filters

        from agreements.filters import add_filter

        from .models import Tempotafel

        tafels = django_filters.ModelChoiceFilter(
            label="Tempotafel",
            queryset=lambda request: Tempotafel.objects.order_by("name"),
            field_name="tempotafels",
            empty_label="Alle Tempotafels",
        )
        add_filter("tempotafel", tafels, after="organisation")
