"""Filters for the agreement list. The queryset carries ``with_latest_status(period)`` (the light of each
agreement in the chosen period, carried over where not assessed) and ``with_status(period)`` (the
assessment in that half year itself) annotations."""

import django_filters
from django.db.models import Q

from .lights import NOT_ASSESSED, TrafficLight
from .models import Agreement, Organisation, Phase, Pillar

LIGHT_CHOICES = [
    *((light.value, light.short_label) for light in TrafficLight),
    ("rood_of_geel", "Rood of geel"),
    ("geen", NOT_ASSESSED),
]
YES_NO = [("ja", "Ja"), ("nee", "Nee")]


class AgreementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Zoeken op nummer of titel", method="filter_search")
    pillar = django_filters.ModelChoiceFilter(
        label="Pijler", queryset=Pillar.objects.all(), empty_label="Alle pijlers"
    )
    light = django_filters.ChoiceFilter(
        label="Stoplicht", choices=LIGHT_CHOICES, method="filter_light", empty_label="Alle stoplichten"
    )
    phase = django_filters.ChoiceFilter(
        label="Fase", field_name="latest_phase", choices=Phase.choices, empty_label="Alle fasen"
    )
    scale = django_filters.ChoiceFilter(
        label="Schaalniveau", choices=Agreement.Scale.choices, empty_label="Alle schaalniveaus"
    )
    organisation = django_filters.ModelChoiceFilter(
        label="Organisatie (trekker of betrokken)",
        queryset=Organisation.objects.all(),
        method="filter_organisation",
        empty_label="Alle organisaties",
    )
    attention = django_filters.ChoiceFilter(
        label="Aandacht nodig van Bestuurlijk Overleg / NIER",
        choices=YES_NO,
        method="filter_attention",
        empty_label="Alle",
    )
    assessed = django_filters.ChoiceFilter(
        label="Beoordeeld in het gekozen halfjaar",
        choices=YES_NO,
        method="filter_assessed",
        empty_label="Alle",
    )

    class Meta:
        model = Agreement
        fields = []

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if value.isdigit():
            return queryset.filter(Q(number=int(value)) | Q(title__icontains=value))
        return queryset.filter(title__icontains=value)

    def filter_light(self, queryset, name, value):
        if value == "geen":
            return queryset.filter(latest_colour__isnull=True)
        if value == "rood_of_geel":
            return queryset.filter(latest_colour__in=[TrafficLight.ROOD, TrafficLight.GEEL])
        return queryset.filter(latest_colour=value)

    def filter_organisation(self, queryset, name, value):
        involved = Agreement.organisations.through.objects.filter(organisation=value).values("agreement_id")
        return queryset.filter(Q(lead_organisation=value) | Q(pk__in=involved))

    def filter_attention(self, queryset, name, value):
        return queryset.filter(latest_needs_attention=(value == "ja"))

    def filter_assessed(self, queryset, name, value):
        return queryset.filter(current_colour__isnull=(value == "nee"))


def add_filter(name: str, added: django_filters.Filter, *, after: str) -> None:
    """A higher app adds a filter on its own relation to agreements (tempotafels adds "Tempotafel") in its
    ``AppConfig.ready()``, so that agreements never imports it; the filter is shown after ``after``."""
    filters = list(AgreementFilter.base_filters.items())
    position = [existing for existing, _ in filters].index(after) + 1
    filters.insert(position, (name, added))
    AgreementFilter.base_filters = dict(filters)
