"""The region's geography: subregions, municipalities (by CBS code) and the housing locations in them."""

from django.db import models

from agreements.fields import MEDIUM_TEXT, LimitedTextField
from agreements.models import Agreement


class NaturalKeyManager(models.Manager):
    natural_key_field = "name"

    def get_by_natural_key(self, key):
        return self.get(**{self.natural_key_field: key})


class Subregion(models.Model):
    name = models.CharField("naam", max_length=100, unique=True)
    slug = models.SlugField("slug", unique=True)

    objects = NaturalKeyManager()

    class Meta:
        verbose_name = "subregio"
        verbose_name_plural = "subregio's"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.name,)


class MunicipalityManager(NaturalKeyManager):
    natural_key_field = "cbs_code"


class Municipality(models.Model):
    cbs_code = models.CharField(
        "CBS-code", max_length=6, unique=True, help_text="GM gevolgd door vier cijfers."
    )
    name = models.CharField("naam", max_length=100, unique=True)
    province = models.CharField("provincie", max_length=50)
    subregion = models.ForeignKey(
        Subregion, on_delete=models.PROTECT, related_name="municipalities", verbose_name="subregio"
    )
    latitude = models.DecimalField("breedtegraad", max_digits=8, decimal_places=5)
    longitude = models.DecimalField("lengtegraad", max_digits=8, decimal_places=5)
    housing_stock = models.PositiveIntegerField("woningvoorraad 31-12-2020", null=True, blank=True)
    boundary = models.JSONField(
        "grens",
        null=True,
        blank=True,
        help_text="Gegeneraliseerde gemeentegrens als GeoJSON-geometrie (Polygon of MultiPolygon, WGS84), "
        "voor de kaart zonder achtergrondtegels. Bron: CBS, Kadaster.",
    )

    objects = MunicipalityManager()

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(cbs_code__regex=r"^GM[0-9]{4}$"), name="municipality_cbs_code_format"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.cbs_code,)


class Location(models.Model):
    class Kind(models.TextChoices):
        VERSNELLING = "versnelling", "Versnellingslocatie"
        GROOTSCHALIG = "grootschalig", "Grootschalige woningbouwlocatie"
        FLEXWONEN = "flexwonen", "Flexwonen-locatie"
        OVERIG = "overig", "Overige locatie"

    name = models.CharField("naam", max_length=150)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="locations", verbose_name="gemeente"
    )
    kind = models.CharField("soort", max_length=20, choices=Kind.choices, default=Kind.VERSNELLING)
    latitude = models.DecimalField("breedtegraad", max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField("lengtegraad", max_digits=8, decimal_places=5, null=True, blank=True)
    planned_homes = models.PositiveIntegerField("geplande woningen", default=0)
    affordable_homes = models.PositiveIntegerField("betaalbare woningen", default=0)
    circular_homes = models.PositiveIntegerField("circulair gebouwde woningen", default=0)
    conceptual_homes = models.PositiveIntegerField("conceptueel gebouwde woningen", default=0)
    flexible_homes = models.PositiveIntegerField("flexwoningen", default=0)
    target_groups = models.CharField("doelgroepen", max_length=250, blank=True)
    opportunities = LimitedTextField("kansen", max_length=MEDIUM_TEXT, blank=True)
    bottlenecks = LimitedTextField("knelpunten", max_length=MEDIUM_TEXT, blank=True)
    agreements = models.ManyToManyField(
        Agreement, blank=True, related_name="locations", verbose_name="afspraken"
    )
    is_illustrative = models.BooleanField(
        "illustratief",
        default=False,
        help_text="Demo-gegevens: soort, aantallen of teksten zijn (deels) verzonnen.",
    )

    class Meta:
        verbose_name = "locatie"
        verbose_name_plural = "locaties"
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name"], name="location_unique_name_per_municipality"
            ),
            models.CheckConstraint(
                condition=models.Q(affordable_homes__lte=models.F("planned_homes")),
                name="location_affordable_within_planned",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.municipality.name})"
