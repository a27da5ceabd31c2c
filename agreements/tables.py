"""The agreement list as a sortable django-tables2 table (rows carry ``with_status(period)`` annotations)."""

import django_tables2 as tables
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from .models import Phase, TrafficLight


def traffic_light_html(colour: str | None) -> str:
    """The traffic light as colour plus text (never colour alone), from the shared partial."""
    status = {"colour": colour, "get_colour_display": TrafficLight(colour).label} if colour else None
    return render_to_string("agreements/_traffic_light.html", {"status": status})


class AgreementTable(tables.Table):
    number = tables.Column("Nr.", attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    title = tables.Column("Afspraak")
    pillar = tables.Column("Pijler", accessor="pillar__number", order_by=("pillar__number", "number"))
    current_colour = tables.Column("Stoplicht", empty_values=(), order_by=("current_colour_rank", "number"))
    current_phase = tables.Column("Fase", default="—")
    current_needs_attention = tables.Column("Aandacht nodig", default="—", orderable=False)
    lead_organisation = tables.Column("Trekker", default="—", order_by=("lead_organisation__name",))

    class Meta:
        template_name = "agreements/_table.html"
        attrs = {"class": "table"}
        order_by = "number"
        empty_text = "Geen afspraken gevonden met deze filters."

    def render_title(self, record, value):
        return format_html('<a href="{}">{}</a>', reverse("agreements:detail", args=[record.number]), value)

    def render_current_colour(self, value):
        return traffic_light_html(value)

    def value_current_colour(self, value):
        return TrafficLight(value).label if value else "Nog niet beoordeeld"

    def render_current_phase(self, value):
        return Phase(value).label

    def render_current_needs_attention(self, value):
        return "Ja" if value else "Nee"

    def render_lead_organisation(self, value):
        return str(value)
