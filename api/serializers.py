"""What each resource returns. Model resources list their public fields explicitly; resources read from a
published snapshot (statuses, indicators) are plain serializers of the same shape for live and published data."""

from rest_framework import serializers

from agreements.models import Agreement, Period, Pillar
from tempotafels.models import Tempotafel


class PillarSerializer(serializers.ModelSerializer):
    class Meta:
        model = Pillar
        fields = ["number", "name", "description"]


class AgreementSerializer(serializers.ModelSerializer):
    pillar = serializers.IntegerField(source="pillar.number", help_text="Nummer van de pijler.")
    scale = serializers.CharField(source="get_scale_display", help_text="Schaalniveau.")
    kind = serializers.CharField(source="get_kind_display", help_text="Soort afspraak.")
    lands_in = serializers.CharField(source="get_lands_in_display", help_text="Waar de afspraak landt.")
    lead_organisation = serializers.CharField(
        source="lead_organisation.name", allow_null=True, default=None, help_text="Trekker."
    )

    class Meta:
        model = Agreement
        fields = [
            "number",
            "title",
            "text",
            "pillar",
            "scale",
            "kind",
            "horizon",
            "lands_in",
            "lead_organisation",
            "is_illustrative",
        ]
        extra_kwargs = {
            "is_illustrative": {"help_text": "Demo-gegevens: een verzonnen afspraak, geen feit uit de deal."}
        }


class PeriodSerializer(serializers.ModelSerializer):
    label = serializers.CharField(help_text="Bijvoorbeeld '1e halfjaar 2021'.")
    published = serializers.BooleanField(
        help_text="Is de voortgangsrapportage van dit halfjaar gepubliceerd?"
    )

    class Meta:
        model = Period
        fields = ["code", "label", "year", "half", "state", "published"]


class StatusSerializer(serializers.Serializer):
    """The light of one agreement in one half year."""

    agreement = serializers.IntegerField(help_text="Nummer van de afspraak.")
    title = serializers.CharField()
    pillar = serializers.IntegerField(help_text="Nummer van de pijler.")
    colour = serializers.ChoiceField(
        choices=["groen", "geel", "rood"], allow_null=True, help_text="null: nog niet beoordeeld."
    )
    colour_label = serializers.CharField()
    phase = serializers.CharField(allow_null=True, help_text="De fase in woorden; null: onbekend.")
    needs_attention = serializers.BooleanField(
        help_text="Vraagt aandacht van het Bestuurlijk Overleg / NIER."
    )
    progress = serializers.CharField(allow_blank=True, help_text="De voortgang in woorden.")
    is_illustrative = serializers.BooleanField(
        help_text="Demo-gegevens: een verzonnen afspraak, geen feit uit de deal."
    )
    source = serializers.ChoiceField(
        choices=["gepubliceerd", "actueel"],
        help_text="gepubliceerd: uit de gepubliceerde rapportage; actueel: de stand van nu (alleen met sleutel).",
    )


class IndicatorValueSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    value = serializers.FloatField(allow_null=True, help_text="null: onbekend (nooit 0).")
    unit = serializers.CharField()


class TargetValueSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    value = serializers.FloatField(allow_null=True, help_text="De bereikte waarde; null: onbekend.")
    unit = serializers.CharField()
    target = serializers.CharField(help_text="Het doel zoals de deal het stelt.")
    progress = serializers.FloatField(allow_null=True, help_text="Percentage van het doel; null: onbekend.")
    verdict = serializers.CharField(help_text="doel gehaald, doel nog niet gehaald of onbekend.")


class AreaSerializer(serializers.Serializer):
    """The indicators and targets of one area in one half year."""

    level = serializers.ChoiceField(choices=["regio", "subregio", "gemeente"])
    code = serializers.CharField(help_text="regio, de slug van de subregio of de CBS-code van de gemeente.")
    name = serializers.CharField()
    indicators = IndicatorValueSerializer(many=True)
    targets = TargetValueSerializer(many=True)


class ReportSerializer(serializers.Serializer):
    period = serializers.CharField(help_text="Code van het halfjaar.")
    label = serializers.CharField()
    title = serializers.CharField()
    published_at = serializers.DateTimeField()
    public_pdf_sha256 = serializers.CharField(allow_null=True, help_text="SHA-256 van de openbare PDF.")
    pdf = serializers.URLField(
        allow_null=True, help_text="Download van de openbare PDF; null: niet beschikbaar."
    )
    html = serializers.URLField(allow_null=True, help_text="De rapportage als webpagina op de openbare site.")
    open_data = serializers.URLField(allow_null=True, help_text="De open data van dit halfjaar.")
    demo_data = serializers.BooleanField(
        help_text="Gemaakt uit demogegevens: verzonnen om de werking te tonen; neem niets over als feit."
    )


class TempotafelSerializer(serializers.ModelSerializer):
    pillars = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)
    agreements = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)

    class Meta:
        model = Tempotafel
        fields = ["id", "name", "guiding_question", "pillars", "agreements", "started_on", "ended_on"]
