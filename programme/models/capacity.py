"""Capacity: the core team's formation per half year (seed 3.2.1/3.2.2) and the requests for the flexibele schil
(seed 3.3.1), whose granted costs become commitments on a budget line."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.urls import reverse
from simple_history.models import HistoricalRecords

from agreements.fields import LimitedTextField
from agreements.models import Organisation, Period
from agreements.versioning import Versioned, VersionedQuerySet
from monitor.models import Location

from .budget import ILLUSTRATIVE_HELP, TEXT_MAX, BudgetLine, Commitment, money_field


class Formation(models.Model):
    """The intended strength of the core team (4 fte in 2021) and when it is evaluated (end 2021)."""

    name = models.CharField("naam", max_length=150, unique=True)
    planned_fte = models.DecimalField(
        "beoogde formatie (fte)", max_digits=5, decimal_places=2, validators=[MinValueValidator(0)]
    )
    evaluation_on = models.DateField("evaluatiemoment", null=True, blank=True)
    note = LimitedTextField("toelichting", max_length=TEXT_MAX, blank=True)

    class Meta:
        verbose_name = "formatie kernteam"
        verbose_name_plural = "formaties kernteam"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CapacityPositionQuerySet(models.QuerySet):
    def totals(self) -> dict[str, Decimal]:
        """fte per state in one query: ``{"ingevuld": 3.5, "vacature": 0.5, ...}``."""
        rows = self.order_by().values("state").annotate(fte=Sum("fte"))
        return {row["state"]: row["fte"] for row in rows}


class CapacityPosition(models.Model):
    class State(models.TextChoices):
        INGEVULD = "ingevuld", "Ingevuld"
        EXTERN = "extern", "Tijdelijk extern ingevuld"
        VACATURE = "vacature", "Vacature"

    formation = models.ForeignKey(
        Formation, on_delete=models.PROTECT, related_name="positions", verbose_name="formatie"
    )
    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="capacity_positions", verbose_name="halfjaar"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="capacity_positions", verbose_name="organisatie"
    )
    role = models.CharField("functie", max_length=150)
    fte = models.DecimalField(
        "fte", max_digits=4, decimal_places=2, validators=[MinValueValidator(0), MaxValueValidator(5)]
    )
    state = models.CharField("invulling", max_length=10, choices=State.choices, default=State.INGEVULD)
    funded_by = models.ForeignKey(
        BudgetLine,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="positions",
        verbose_name="betaald uit budgetregel",
    )
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    objects = CapacityPositionQuerySet.as_manager()

    class Meta:
        verbose_name = "positie in het kernteam"
        verbose_name_plural = "posities in het kernteam"
        ordering = ["formation", "period", "organisation__name", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["formation", "period", "organisation", "role"], name="capacityposition_unique"
            ),
            models.CheckConstraint(condition=Q(fte__gte=0), name="capacityposition_fte_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.role} ({self.organisation}, {self.fte} fte)"


class CapacityRequestQuerySet(VersionedQuerySet):
    def for_user(self, user) -> "CapacityRequestQuerySet":
        """The core team sees every request; anyone else only the requests they made."""
        if not user.is_authenticated:
            return self.none()
        if user.is_kernteam:
            return self.all()
        return self.filter(requested_by=user)

    def open(self) -> "CapacityRequestQuerySet":
        return self.filter(state__in=CapacityRequest.OPEN_STATES)


class CapacityRequest(Versioned):
    """A request for extra capacity from the flexibele schil: aangevraagd → toegekend (with a budget line and
    a commitment for its cost) or afgewezen (with a reason) → lopend → afgerond."""

    class Kind(models.TextChoices):
        FLEXPOOL = "flexpool", "Flexpool / vliegende brigade"
        VERSNELLINGSKAMER = "versnellingskamer", "Versnellingskamer"
        JURIDISCH = "juridisch", "Juridische Expert Pool"
        INHUUR = "inhuur", "Provinciale regeling inhuur"
        OVERIG = "overig", "Overig"

    class State(models.TextChoices):
        AANGEVRAAGD = "aangevraagd", "Aangevraagd"
        TOEGEKEND = "toegekend", "Toegekend"
        AFGEWEZEN = "afgewezen", "Afgewezen"
        LOPEND = "lopend", "Lopend"
        AFGEROND = "afgerond", "Afgerond"

    OPEN_STATES = (State.AANGEVRAAGD, State.TOEGEKEND, State.LOPEND)

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="capacity_requests", verbose_name="aanvrager"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="capacity_requests",
        verbose_name="ingediend door",
    )
    requested_at = models.DateTimeField("ingediend op", auto_now_add=True)
    kind = models.CharField("soort inzet", max_length=20, choices=Kind.choices)
    project = models.CharField("project of locatie", max_length=200)
    location = models.ForeignKey(
        Location,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="capacity_requests",
        verbose_name="Woondeal-locatie",
    )
    need = LimitedTextField("benodigde expertise", max_length=TEXT_MAX)
    starts_on = models.DateField("vanaf")
    ends_on = models.DateField("tot en met")
    estimated_cost = money_field("geraamde kosten", validators=[MinValueValidator(0)])
    state = models.CharField("status", max_length=12, choices=State.choices, default=State.AANGEVRAAGD)
    decision_reason = LimitedTextField("toelichting bij het besluit", max_length=TEXT_MAX, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="besloten door",
    )
    decided_at = models.DateTimeField("besloten op", null=True, blank=True)
    commitment = models.OneToOneField(
        Commitment,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="capacity_request",
        verbose_name="verplichting",
    )
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    history = HistoricalRecords()
    objects = CapacityRequestQuerySet.as_manager()

    class Meta:
        verbose_name = "aanvraag flexibele schil"
        verbose_name_plural = "aanvragen flexibele schil"
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="capacityrequest_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(estimated_cost__gte=0), name="capacityrequest_cost_not_negative"
            ),
            models.CheckConstraint(
                condition=~Q(state="afgewezen") | ~Q(decision_reason=""),
                name="capacityrequest_rejection_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.project} ({self.organisation})"

    def get_absolute_url(self) -> str:
        return reverse("programme:request_detail", args=[self.pk])

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "De einddatum ligt vóór de begindatum."})

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES
