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
            queryset=lambda request: (
                Tempotafel.objects.for_user(request.user).order_by("name")
                if request
                else Tempotafel.objects.none()
            ),
            field_name="tempotafels",
            empty_label="Alle Tempotafels",
        )
        add_filter("tempotafel", tafels, after="organisation")
