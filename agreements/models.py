"""The deal: pillars, agreements, organisations, status per agreement per half year (the half year: half_years.py)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from .fields import LONG_TEXT, MEDIUM_TEXT, PROGRESS_TEXT, SHORT_TEXT, LimitedTextField
from .half_years import PERIOD_STAYS_CLOSED, Period, PeriodQuerySet  # noqa: F401 (re-exported)
from .lights import Light, LightCounts, TrafficLight
from .locks import StatusLock, StatusLockQuerySet  # noqa: F401 (re-exported)
from .records import KeptQuerySet, KeptRecord
from .versioning import Versioned, VersionedQuerySet


class DealQuerySet(models.QuerySet):
    def get_by_natural_key(self, name):
        return self.get(name=name)

    def current(self) -> "Deal | None":
        """The deal this installation monitors (reference data: one row)."""
        return self.order_by("pk").first()


class Deal(models.Model):
    """The woondeal itself: its name, region and board, as reference data, so no code or template names them."""

    name = models.CharField("naam", max_length=150, unique=True, help_text="Bijv. Woondeal regio X.")
    region = models.CharField("regio", max_length=100, help_text="Zoals in een zin: bijv. regio X.")
    board = models.CharField(
        "bestuurlijk overleg",
        max_length=100,
        default="Bestuurlijk Overleg",
        help_text="Naam van het bestuur.",
    )
    signed_on = models.DateField("ondertekend op", null=True, blank=True)
    demo_data = models.BooleanField(
        "demodata geladen",
        default=False,
        help_text="Gezet door seed_demo_data: elke pagina toont dan dat verzonnen gegevens zijn geladen.",
    )

    objects = DealQuerySet.as_manager()

    class Meta:
        verbose_name = "woondeal"
        verbose_name_plural = "woondeals"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.name,)


def edits_pillar(user, pillar_id: int) -> bool:
    """The rule behind a pillar's statuses and its factsheet: the core team edits every pillar, a tempomaker
    their own pillar(s)."""
    return user.is_authenticated and (user.is_kernteam or pillar_id in user.tempomaker_pillar_ids)


class PillarQuerySet(models.QuerySet):
    def get_by_natural_key(self, number):
        return self.get(number=number)

    def editable_by(self, user) -> "PillarQuerySet":
        """The pillars whose statuses and factsheet ``user`` may edit (see ``edits_pillar``)."""
        if not user.is_authenticated:
            return self.none()
        return self if user.is_kernteam else self.filter(pk__in=user.tempomaker_pillar_ids)


class Pillar(models.Model):
    number = models.PositiveSmallIntegerField("nummer", unique=True)
    name = models.CharField("naam", max_length=100, unique=True)
    description = LimitedTextField("omschrijving", max_length=MEDIUM_TEXT, blank=True)

    objects = PillarQuerySet.as_manager()

    class Meta:
        verbose_name = "pijler"
        verbose_name_plural = "pijlers"
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1), name="pillar_number_positive"),
        ]

    def __str__(self) -> str:
        return f"Pijler {self.number}: {self.name}"

    def is_editable_by(self, user) -> bool:
        """``user`` may edit the statuses of this pillar's agreements and its factsheet (not whether the
        period or an approved factsheet still allows it: ``agreements.services.status_lock``)."""
        return edits_pillar(user, self.pk)

    def natural_key(self):
        return (self.number,)

    def is_locked_for(self, period) -> bool:
        """Whether the pillar's statuses in ``period`` are settled (``StatusLock``, set by the factsheet
        workflow when the ambassador approves, lifted when the core team reopens)."""
        return self.status_locks.filter(period=period).exists()


class OrganisationManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class Organisation(models.Model):
    class Kind(models.TextChoices):
        RIJK = "rijk", "Rijk"
        PROVINCIE = "provincie", "Provincie"
        REGIO = "regio", "Regio"
        GEMEENTE = "gemeente", "Gemeente"
        CORPORATIE = "corporatie", "Woningcorporatie"
        MARKT = "markt", "Marktpartij of brancheorganisatie"
        MAATSCHAPPELIJK = "maatschappelijk", "Maatschappelijke organisatie"
        KENNIS = "kennis", "Kennisinstelling"
        OVERIG = "overig", "Overig"

    name = models.CharField("naam", max_length=200, unique=True)
    short_name = models.CharField("korte naam", max_length=50, blank=True)
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    is_signatory = models.BooleanField("ondertekenaar", default=False)
    is_supporter = models.BooleanField("steunverklaarder", default=False)

    objects = OrganisationManager()

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name

    def natural_key(self):
        return (self.name,)


class AgreementQuerySet(models.QuerySet):
    def for_pillar(self, pillar):
        return self.filter(pillar=pillar)

    def status_editable_by(self, user) -> "AgreementQuerySet":
        """The agreements whose status ``user`` may edit: those of their editable pillars. (The register
        itself, the agreements' own data, is the core team's.)"""
        return self.filter(pillar__in=Pillar.objects.editable_by(user))

    def with_status(self, period: "Period | None", *, prefix: str = "current") -> "AgreementQuerySet":
        """Annotate ``<prefix>_colour``, ``_phase``, ``_needs_attention`` from the status in ``period``
        (one LEFT JOIN; ``None`` values mean "nog niet beoordeeld")."""
        relation = f"{prefix}_status"
        period_id = period.pk if period is not None else None
        return self.annotate(
            **{
                relation: models.FilteredRelation(
                    "statuses", condition=models.Q(statuses__period_id=period_id)
                )
            }
        ).annotate(
            **{
                f"{prefix}_colour": models.F(f"{relation}__colour"),
                f"{prefix}_phase": models.F(f"{relation}__phase"),
                f"{prefix}_needs_attention": models.F(f"{relation}__needs_attention"),
            }
        )

    def with_latest_status(self, period: "Period | None") -> "AgreementQuerySet":
        """The light of each agreement in ``period`` (see ``agreements.lights``): annotate ``latest_colour``,
        ``latest_phase``, ``latest_needs_attention``, ``latest_period`` (code), ``latest_colour_rank`` and
        ``light_period`` from the most recent status up to and including ``period``. Read it as
        ``agreement.light``."""
        statuses = AgreementStatus.objects.filter(agreement=models.OuterRef("pk"))
        if period is not None:
            statuses = statuses.filter(
                models.Q(period__year__lt=period.year)
                | models.Q(period__year=period.year, period__half__lte=period.half)
            )
        latest = statuses.order_by("-period__year", "-period__half")
        fields = {
            "colour": "colour",
            "phase": "phase",
            "needs_attention": "needs_attention",
            "period": "period__code",
        }
        return self.annotate(
            **{f"latest_{name}": models.Subquery(latest.values(field)[:1]) for name, field in fields.items()},
            light_period=models.Value(period.code if period is not None else ""),
        ).annotate(
            latest_colour_rank=models.Case(
                *(models.When(latest_colour=c, then=i) for i, c in enumerate(TrafficLight, 1)),
                default=0,
                output_field=models.IntegerField(),
            )
        )

    def lights(self, period: "Period | None") -> dict[int, Light]:
        """Agreement id → its light in ``period`` (one query), for builders that also need an earlier period."""
        rows = self.with_latest_status(period).order_by().values_list("pk", "latest_colour", "latest_period")
        code = period.code if period is not None else ""
        return {pk: Light(colour or "", assessed_in or "", code) for pk, colour, assessed_in in rows}

    def light_counts(self, period: "Period | None") -> dict[int, LightCounts]:
        """Pillar id → how many agreements have each light in ``period``: the one count that the dashboard,
        the period overview, factsheets and the report show (one query)."""
        rows = (
            self.with_latest_status(period)
            .order_by()
            .values_list("pillar_id", "latest_colour", "latest_period")
        )
        code = period.code if period is not None else ""
        counts: dict[int, LightCounts] = {}
        for pillar_id, colour, assessed_in in rows:
            counts.setdefault(pillar_id, LightCounts()).add(Light(colour or "", assessed_in or "", code))
        return counts


class Agreement(models.Model):
    class Scale(models.TextChoices):
        LOKAAL = "lokaal", "Lokaal"
        SUBREGIONAAL = "subregionaal", "Subregionaal"
        REGIONAAL = "regionaal", "Regionaal"

    class Kind(models.TextChoices):
        BOUWPRODUCTIE = "bouwproductie", "Bouwproductie"
        KENNIS = "kennis", "Kennis en expertise"
        SAMENWERKING = "samenwerking", "Samenwerking"
        FINANCIERING = "financiering", "Financiering"
        BELEID = "beleid", "Beleid"
        MONITORING = "monitoring", "Monitoring"

    class LandsIn(models.TextChoices):
        WOONDEAL_TAFEL = "woondeal_tafel", "Woondeal-tafel"
        LOKAAL_UITVOERINGSPLAN = "lokaal_uitvoeringsplan", "Lokaal uitvoeringsplan"
        VERSTEDELIJKINGSSTRATEGIE = "verstedelijkingsstrategie", "Verstedelijkingsstrategie"
        INVESTERINGSAGENDA = "investeringsagenda", "Regionale Investeringsagenda"
        PRESTATIEAFSPRAKEN = "prestatieafspraken", "Prestatieafspraken"
        RIJKSBELEID = "rijksbeleid", "Rijksbeleid"

    number = models.PositiveSmallIntegerField("nummer", unique=True)
    pillar = models.ForeignKey(
        Pillar, on_delete=models.PROTECT, related_name="agreements", verbose_name="pijler"
    )
    title = models.CharField("titel", max_length=250)
    text = LimitedTextField("tekst van de afspraak", max_length=LONG_TEXT, blank=True)
    scale = models.CharField("schaalniveau", max_length=20, choices=Scale.choices, default=Scale.REGIONAAL)
    kind = models.CharField("soort afspraak", max_length=20, choices=Kind.choices, default=Kind.SAMENWERKING)
    horizon = models.CharField("termijn", max_length=50, blank=True, help_text="Jaar of datum, bijv. 2025.")
    lands_in = models.CharField("waar de afspraak landt", max_length=30, choices=LandsIn.choices, blank=True)
    lead_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_agreements",
        verbose_name="trekker",
    )
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="agreements", verbose_name="betrokken organisaties"
    )
    is_illustrative = models.BooleanField(
        "illustratief onderwerp",
        default=False,
        help_text="Demo-gegevens: onderwerp verzonnen omdat de officiële tekst niet beschikbaar is.",
    )

    history = HistoricalRecords()
    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = "afspraak"
        verbose_name_plural = "afspraken"
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1), name="agreement_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def is_status_editable_by(self, user) -> bool:
        return edits_pillar(user, self.pillar_id)

    @property
    def light(self) -> Light:
        """The light in the period the queryset asked about (``with_latest_status``)."""
        return Light(self.latest_colour or "", self.latest_period or "", self.light_period)


class Phase(models.TextChoices):
    NIET_GESTART = "niet_gestart", "Nog niet gestart"
    IN_UITVOERING = "in_uitvoering", "In uitvoering"
    AFGEROND = "afgerond", "Afgerond"
    GEBORGD = "geborgd", "Geborgd"


class AgreementStatusQuerySet(KeptQuerySet, VersionedQuerySet):
    def kept(self):
        """A status of a closed period is part of a published report."""
        return self.filter(period__state=Period.State.CLOSED)

    def for_period(self, period):
        return self.filter(period=period)

    def needing_attention(self):
        return self.filter(models.Q(needs_attention=True) | models.Q(colour=TrafficLight.ROOD))


class AgreementStatus(KeptRecord, Versioned):
    """The assessment of one agreement in one half year. A missing row means "nog niet beoordeeld"."""

    # What the status editor writes, in the order of the form.
    EDITED_FIELDS = (
        "colour",
        "phase",
        "progress",
        "output",
        "outcome",
        "next_actions",
        "needs_attention",
        "colour_change_reason",
    )

    agreement = models.ForeignKey(
        Agreement, on_delete=models.PROTECT, related_name="statuses", verbose_name="afspraak"
    )
    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="statuses", verbose_name="periode"
    )
    colour = models.CharField("stoplicht", max_length=10, choices=TrafficLight.choices)
    phase = models.CharField("fase", max_length=20, choices=Phase.choices, default=Phase.IN_UITVOERING)
    progress = LimitedTextField("voortgang", max_length=PROGRESS_TEXT, blank=True)
    output = LimitedTextField("output (kwalitatief)", max_length=MEDIUM_TEXT, blank=True)
    outcome = LimitedTextField("outcome (meetbaar)", max_length=MEDIUM_TEXT, blank=True)
    next_actions = LimitedTextField("acties komend halfjaar", max_length=MEDIUM_TEXT, blank=True)
    needs_attention = models.BooleanField("aandacht nodig van het Bestuurlijk Overleg / NIER", default=False)
    colour_change_reason = LimitedTextField("reden kleurwijziging", max_length=SHORT_TEXT, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gewijzigd door",
    )
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    history = HistoricalRecords()
    objects = AgreementStatusQuerySet.as_manager()

    class Meta:
        verbose_name = "status van een afspraak"
        verbose_name_plural = "statussen van afspraken"
        ordering = ["period__year", "period__half", "agreement__number"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "period"], name="status_unique_per_agreement_period"
            ),
            models.CheckConstraint(
                condition=models.Q(colour__in=TrafficLight.values), name="status_colour_valid"
            ),
        ]

    deletion_refusal = "Een status van een gesloten periode hoort bij een gepubliceerde rapportage."

    def __str__(self) -> str:
        return f"Afspraak {self.agreement.number}, {self.period}: {self.colour}"

    def clean(self):
        if self.period_id and not self.period.is_open:
            raise ValidationError("Deze periode is gesloten; de status kan niet meer worden gewijzigd.")


class RegisterUpload(models.Model):
    """A checked register file waiting for the core team's confirmation (upload → preview → confirm).

    Staged in the database, not on one server's disk, so any app server can confirm it. ``fingerprint``
    identifies the changes the preview showed; the row goes when the upload is confirmed or cancelled, or
    when its uploader stages another one, and after a day when abandoned."""

    filename = models.CharField("bestandsnaam", max_length=255)
    content = models.BinaryField("bestand")
    sha256 = models.CharField("SHA-256", max_length=64)
    fingerprint = models.CharField("vingerafdruk van de wijzigingen", max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="geüpload door"
    )
    uploaded_at = models.DateTimeField("geüpload op", auto_now_add=True)

    class Meta:
        verbose_name = "registerbestand ter bevestiging"
        verbose_name_plural = "registerbestanden ter bevestiging"
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.uploaded_at:%d-%m-%Y %H:%M})"
