"""The agreement list as a sortable django-tables2 table. Rows carry ``with_latest_status(period)``."""

import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html

from .lights import light_html
from .models import Period, Phase
from .templatetags.illustrative import illustrative_html


class AgreementTable(tables.Table):
    number = tables.Column("Nr.", attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    title = tables.Column("Afspraak")
    pillar = tables.Column("Pijler", accessor="pillar__number", order_by=("pillar__number", "number"))
    latest_colour = tables.Column("Stoplicht", empty_values=(), order_by=("latest_colour_rank", "number"))
    latest_phase = tables.Column("Fase", default="—")
    latest_needs_attention = tables.Column("Aandacht nodig", default="—", orderable=False)
    lead_organisation = tables.Column("Trekker", default="—", order_by=("lead_organisation__name",))

    class Meta:
        template_name = "agreements/_table.html"
        attrs = {"class": "table"}
        order_by = "number"
        empty_text = "Geen afspraken gevonden met deze filters."
        default = "—"

    def __init__(self, *args, period: Period | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period_code = period.code if period else None

    def render_title(self, record, value):
        link = format_html('<a href="{}">{}</a>', reverse("agreements:detail", args=[record.number]), value)
        return link + illustrative_html(record)

    def render_latest_colour(self, record, value):
        return light_html(record.light)

    def render_latest_phase(self, value):
        return Phase(value).label

    def render_latest_needs_attention(self, value):
        return "Ja" if value else "Nee"

    def render_lead_organisation(self, value):
        return str(value)

    def plain_rows(self) -> list[list]:
        """The cells of the current page by the render_* methods above, without tables2's per-cell machinery
        (argument introspection per cell made 69 rows cost 5x a plain template loop); see _table.html."""
        empty = self.default
        rows = []
        for row in self.page.object_list if hasattr(self, "page") else self.rows:
            record = row.record
            phase, attention, lead = (
                record.latest_phase,
                record.latest_needs_attention,
                record.lead_organisation,
            )
            rows.append(
                [
                    record.number,
                    self.render_title(record, record.title),
                    record.pillar.number,
                    self.render_latest_colour(record, record.latest_colour),
                    self.render_latest_phase(phase) if phase else empty,
                    self.render_latest_needs_attention(attention) if attention is not None else empty,
                    self.render_lead_organisation(lead) if lead else empty,
                ]
            )
        return rows

    @staticmethod
    def export_row(agreement) -> list:
        phase = agreement.latest_phase
        return [
            agreement.number,
            agreement.pillar.number,
            agreement.title,
            agreement.get_scale_display(),
            agreement.get_kind_display(),
            agreement.horizon,
            str(agreement.lead_organisation or ""),
            agreement.light.label,
            Period.label_for_code(agreement.latest_period) if agreement.latest_period else "",
            Phase(phase).label if phase else "",
            {True: "Ja", False: "Nee"}.get(agreement.latest_needs_attention, ""),
            "ja (demo-onderwerp)" if agreement.is_illustrative else "nee",
        ]
