"""The housing monitor: targets, imports, housing plans and indicators (the region's geography: geography.py)."""

import operator
from functools import reduce

from django.conf import settings
from django.db import models
from solo.models import SingletonModel

from agreements.models import Agreement, Period
from agreements.records import KeptQuerySet, KeptRecord

from .geography import Location, Municipality, MunicipalityManager, NaturalKeyManager, Subregion  # noqa: F401 (re-exported)


class TargetManager(NaturalKeyManager):
    natural_key_field = "code"


class Target(models.Model):
    """A target of the deal for one indicator, with its source. Dashboards read targets from here, never from code."""

    class Confidence(models.TextChoices):
        HOOG = "H", "Hoog (gelezen in de bron)"
        MIDDEL = "M", "Middel (secundaire bron)"
        LAAG = "L", "Laag (afgeleid, te controleren)"

    code = models.SlugField("code", max_length=50, unique=True)
    name = models.CharField("omschrijving", max_length=200)
    value = models.DecimalField("doelwaarde", max_digits=12, decimal_places=2)
    value_max = models.DecimalField(
        "bovengrens",
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Voor een bandbreedte.",
    )
    unit = models.CharField("eenheid", max_length=20, help_text="Bijv. woningen, %, woningen per jaar.")
    horizon_year = models.PositiveSmallIntegerField("peiljaar", null=True, blank=True)
    source = models.CharField("bron", max_length=300)
    confidence = models.CharField("betrouwbaarheid", max_length=1, choices=Confidence.choices)

    objects = TargetManager()

    class Meta:
        verbose_name = "doel"
        verbose_name_plural = "doelen"
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(value_max__isnull=True) | models.Q(value_max__gte=models.F("value")),
                name="target_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.code,)


class YearlyCompletionManager(models.Manager):
    def get_by_natural_key(self, cbs_code, year):
        return self.get(municipality__cbs_code=cbs_code, year=year)


class YearlyCompletion(models.Model):
    """Homes completed in a municipality in a calendar year, as recorded by the core team (CBS figures)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="completions", verbose_name="gemeente"
    )
    year = models.PositiveSmallIntegerField("jaar")
    homes = models.PositiveIntegerField("opgeleverde woningen")
    source = models.CharField("bron", max_length=200, default="CBS")

    objects = YearlyCompletionManager()

    class Meta:
        verbose_name = "oplevering per jaar"
        verbose_name_plural = "opleveringen per jaar"
        ordering = ["year", "municipality__name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "year"], name="completion_unique_per_year"),
        ]

    def __str__(self) -> str:
        return f"{self.municipality}, {self.year}: {self.homes}"

    def natural_key(self):
        return (self.municipality.cbs_code, self.year)

    natural_key.dependencies = ["monitor.municipality"]


class MonitorSettings(SingletonModel):
    """One row (pk 1, read with ``get_solo()``): choices the core team makes about how the dashboard counts."""

    class RealisedSource(models.TextChoices):
        COMPLETIONS = "completions", "Opleveringen per gemeente (CBS), vastgelegd door het kernteam"
        PLANS = "plans", "Opgeleverde plannen in de monitor"

    realised_source = models.CharField(
        "bron van gerealiseerde woningen",
        max_length=20,
        choices=RealisedSource.choices,
        default=RealisedSource.COMPLETIONS,
    )

    class Meta:
        verbose_name = "instellingen monitor"
        verbose_name_plural = "instellingen monitor"

    def __str__(self) -> str:
        return "Instellingen monitor"


class MonitorImportQuerySet(KeptQuerySet):
    def kept(self):
        """A committed import is the current monitor; a superseded one is its history. A newer import
        supersedes them; nothing deletes them."""
        return self.filter(state__in=[MonitorImport.State.COMMITTED, MonitorImport.State.SUPERSEDED])


class MonitorImport(KeptRecord):
    """One uploaded monitor file. The original bytes are kept; plans belong to the import."""

    class State(models.TextChoices):
        PREVIEW = "preview", "Voorbeeld (nog niet bevestigd)"
        COMMITTED = "committed", "Bevestigd (actueel)"
        REJECTED = "rejected", "Afgewezen"
        SUPERSEDED = "superseded", "Vervangen"

    class Layout(models.TextChoices):
        PLANS = "plans", "Planniveau (sjabloon)"
        PROVINCIAL = "provincial", "Plancapaciteit per gemeente (provinciaal)"

    filename = models.CharField("bestandsnaam", max_length=255)
    content = models.BinaryField("oorspronkelijk bestand")
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    layout = models.CharField("indeling", max_length=20, choices=Layout.choices)
    peildatum = models.DateField("peildatum")
    period = models.ForeignKey(
        Period,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="monitor_imports",
        verbose_name="periode",
    )
    state = models.CharField("status", max_length=20, choices=State.choices, default=State.PREVIEW)
    row_count = models.PositiveIntegerField("aantal rijen", default=0)
    warnings = models.JSONField("waarschuwingen", default=list, blank=True)
    errors = models.JSONField("fouten", default=list, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="geüpload door"
    )
    uploaded_at = models.DateTimeField("geüpload op", auto_now_add=True)
    committed_at = models.DateTimeField("bevestigd op", null=True, blank=True)

    objects = MonitorImportQuerySet.as_manager()
    deletion_refusal = (
        "Een bevestigde of vervangen monitorimport is de geschiedenis van de monitor en kan niet worden "
        "verwijderd; een nieuwe import vervangt hem."
    )

    class Meta:
        verbose_name = "monitorimport"
        verbose_name_plural = "monitorimports"
        ordering = ["-uploaded_at"]
        constraints = [
            # one current import per kind of source: an aggregate and a plan-level import stand side by side
            models.UniqueConstraint(
                fields=["layout"],
                condition=models.Q(state="committed"),
                name="monitorimport_one_current_per_layout",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename} (peildatum {self.peildatum:%d-%m-%Y})"

    @property
    def source_label(self) -> str:
        """How a figure names where it comes from: "plancapaciteit per gemeente (provinciaal), peildatum 1-4-2021"."""
        return f"{self.get_layout_display().lower()}, peildatum {self.peildatum:%-d-%-m-%Y}"


class PlanStatus(models.TextChoices):
    HARD = "hard", "Hard"
    ZACHT = "zacht", "Zacht"
    IN_AANBOUW = "in_aanbouw", "In aanbouw"
    OPGELEVERD = "opgeleverd", "Opgeleverd"


class PlanPhase(models.TextChoices):
    """When a plan's homes come, by its completion year: the one definition behind the import, the indicators
    (a database CASE) and the dashboard."""

    FROM_2020 = "2020-2024", "2020-2024"
    FROM_2025 = "2025-2029", "2025-2029"
    FROM_2030 = "2030+", "2030+"
    UNKNOWN = "onbekend", "onbekend"

    @classmethod
    def for_year(cls, year: int | None) -> "PlanPhase":
        if year is None:
            return cls.UNKNOWN
        return next((phase for phase, last in PHASE_LAST_YEARS if year <= last), cls.FROM_2030)


PHASE_LAST_YEARS = ((PlanPhase.FROM_2020, 2024), (PlanPhase.FROM_2025, 2029))  # later years: FROM_2030


class PriceSegment(models.TextChoices):
    """The price segments of a plan's homes; the value is also the HousingPlan field and the template column."""

    SOCIALE_HUUR = "sociale_huur", "Sociale huur"
    MIDDENHUUR = "middenhuur", "Middenhuur"
    DURE_HUUR = "dure_huur", "Dure huur"
    BETAALBARE_KOOP = "betaalbare_koop", "Betaalbare koop"
    DURE_KOOP = "dure_koop", "Dure koop"

    @classmethod
    def affordable(cls) -> tuple[str, ...]:
        return (cls.SOCIALE_HUUR.value, cls.MIDDENHUUR.value, cls.BETAALBARE_KOOP.value)


class HousingPlan(models.Model):
    monitor_import = models.ForeignKey(
        MonitorImport, on_delete=models.PROTECT, related_name="plans", verbose_name="import"
    )
    plan_id = models.CharField("plan-id", max_length=100)
    name = models.CharField("plannaam", max_length=255)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="plans", verbose_name="gemeente"
    )
    location = models.ForeignKey(
        Location,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plans",
        verbose_name="locatie",
    )
    status = models.CharField("status", max_length=20, choices=PlanStatus.choices)
    status_label = models.CharField("status zoals aangeleverd", max_length=100, blank=True)
    plan_type = models.CharField("plantype", max_length=50, blank=True)
    completion_year = models.PositiveSmallIntegerField("opleverjaar", null=True, blank=True)
    homes = models.PositiveIntegerField("woningen")
    sociale_huur = models.PositiveIntegerField("sociale huur", default=0)
    middenhuur = models.PositiveIntegerField("middenhuur", default=0)
    dure_huur = models.PositiveIntegerField("dure huur", default=0)
    betaalbare_koop = models.PositiveIntegerField("betaalbare koop", default=0)
    dure_koop = models.PositiveIntegerField("dure koop", default=0)
    circular = models.PositiveIntegerField("circulair", default=0)
    conceptual = models.PositiveIntegerField("conceptueel", default=0)
    flexible = models.PositiveIntegerField("flexwonen", default=0)
    target_group = models.CharField("doelgroep", max_length=100, blank=True)

    class Meta:
        verbose_name = "woningbouwplan"
        verbose_name_plural = "woningbouwplannen"
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["monitor_import", "plan_id"], name="plan_unique_id_per_import"),
            models.CheckConstraint(
                condition=models.Q(homes__gte=reduce(operator.add, map(models.F, PriceSegment.values))),
                name="plan_segments_within_homes",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.name}"


class Indicator(models.Model):
    """The figures of one scope (region, subregion, municipality or location) for one committed import.

    Computed once when an import is committed, never per page view. ``figures`` is a plain dict; its keys
    are the contract between the import (which writes them) and the dashboard and reports (which read them):

        plans, homes                              counts over all plans in scope
        hard, soft, in_aanbouw, opgeleverd        homes per status
        hard_by_phase, soft_by_phase              {"2020-2024": n, "2025-2029": n, "2030+": n, "onbekend": n}
        segments                                  {"sociale_huur": n, "middenhuur": n, "dure_huur": n,
                                                   "betaalbare_koop": n, "dure_koop": n, "onbekend": n}
        soft_affordable, affordable_soft_share    affordable homes (sociale huur + middenhuur + betaalbare koop)
                                                  in soft plans, and their share of soft capacity (0-100, or None)
        circular, conceptual, flexible            homes; *_share is the percentage of all homes (or None)
                                                  (every share: one decimal, rounded half up)
        target_groups                             {"studenten": n, ...}

    Notes from the import (issue 4): phases come from the plan's completion year (2020-2024 includes earlier
    years; no year = "onbekend"); a plan whose status is "Onbekend" counts as soft; target-group keys are
    lower case; the provincial layout has no segments, so its homes are all "onbekend" in ``segments`` and
    ``affordable_soft_share`` is None whenever no soft home in scope has a known segment. Every
    import writes one row for the region, every subregion, every municipality and every location (zeros
    where there are no plans); only the scope's own foreign key is set on a row.
    """

    class Level(models.TextChoices):
        REGIO = "regio", "Regio"
        SUBREGIO = "subregio", "Subregio"
        GEMEENTE = "gemeente", "Gemeente"
        LOCATIE = "locatie", "Locatie"

    monitor_import = models.ForeignKey(
        MonitorImport, on_delete=models.PROTECT, related_name="indicators", verbose_name="import"
    )
    level = models.CharField("niveau", max_length=10, choices=Level.choices)
    subregion = models.ForeignKey(
        Subregion, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    location = models.ForeignKey(Location, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    figures = models.JSONField("cijfers", default=dict)

    class Meta:
        verbose_name = "indicator"
        verbose_name_plural = "indicatoren"
        ordering = ["monitor_import", "level"]
        indexes = [models.Index(fields=["monitor_import", "level"], name="indicator_import_level")]

    def __str__(self) -> str:
        scope = self.location or self.municipality or self.subregion or "regio"
        return f"{self.get_level_display()} {scope} ({self.monitor_import_id})"


class AgreementTarget(models.Model):
    """An agreement measured by the monitor: its traffic light is set beside the monitor's verdict on a target."""

    agreement = models.OneToOneField(
        Agreement, on_delete=models.CASCADE, related_name="monitor_target", verbose_name="afspraak"
    )
    target = models.ForeignKey(
        Target, on_delete=models.PROTECT, related_name="agreement_links", verbose_name="doel (indicator)"
    )

    class Meta:
        verbose_name = "afspraak gemeten aan een doel"
        verbose_name_plural = "afspraken gemeten aan een doel"
        ordering = ["agreement__number"]

    def __str__(self) -> str:
        return f"Afspraak {self.agreement.number}: {self.target}"
