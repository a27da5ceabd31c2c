"""The location programme (seed 2.2.3): the (20) versnellingslocaties discussed in 2021 in rounds of five, the
elaboration the seed asks per location (kept per half year), and the large-scale developments with their
business case or gebiedsafspraak as a list of milestones. Locations themselves stay in ``monitor``."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from agreements.fields import LimitedTextField
from agreements.models import Agreement, Organisation, Period, Pillar
from agreements.versioning import Versioned
from monitor.models import Location, Municipality

from .budget import ILLUSTRATIVE_HELP, TEXT_MAX, money_field

ROUND_SIZE = 5


class DiscussionRound(models.Model):
    number = models.PositiveSmallIntegerField("ronde", unique=True, validators=[MinValueValidator(1)])
    held_on = models.DateField("datum", null=True, blank=True)
    locations = models.ManyToManyField(
        Location, related_name="discussion_rounds", verbose_name="locaties", blank=True
    )
    parties = models.ManyToManyField(
        Organisation, related_name="discussion_rounds", verbose_name="partijen aan tafel", blank=True
    )
    note = LimitedTextField("toelichting", max_length=TEXT_MAX, blank=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    class Meta:
        verbose_name = "bespreekronde locaties"
        verbose_name_plural = "bespreekrondes locaties"
        ordering = ["number"]

    def __str__(self) -> str:
        return f"Ronde {self.number}"


class LocationElaboration(Versioned):
    """Per location per half year: the ambition (homes, affordable, circular, conceptual), the investments
    needed and who pays, the contributing parties, chances and bottlenecks."""

    location = models.ForeignKey(
        Location, on_delete=models.PROTECT, related_name="elaborations", verbose_name="locatie"
    )
    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="location_elaborations", verbose_name="halfjaar"
    )
    homes = models.PositiveIntegerField("woningen (ambitie)")
    affordable_homes = models.PositiveIntegerField("waarvan betaalbaar", default=0)
    circular_homes = models.PositiveIntegerField("waarvan circulair", default=0)
    conceptual_homes = models.PositiveIntegerField("waarvan conceptueel", default=0)
    investment_needed = money_field(
        "benodigde investering", null=True, blank=True, validators=[MinValueValidator(0)]
    )
    investment_by = models.CharField("wie investeert", max_length=300, blank=True)
    parties = models.ManyToManyField(
        Organisation, related_name="location_elaborations", verbose_name="bijdragende partijen", blank=True
    )
    opportunities = LimitedTextField("kansen", max_length=TEXT_MAX, blank=True)
    bottlenecks = LimitedTextField("knelpunten", max_length=TEXT_MAX, blank=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    history = HistoricalRecords(m2m_fields=[parties])

    class Meta:
        verbose_name = "uitwerking locatie"
        verbose_name_plural = "uitwerkingen locaties"
        ordering = ["location__municipality__name", "location__name", "period__year", "period__half"]
        constraints = [
            models.UniqueConstraint(fields=["location", "period"], name="elaboration_one_per_period"),
            models.CheckConstraint(
                condition=Q(affordable_homes__lte=F("homes"))
                & Q(circular_homes__lte=F("homes"))
                & Q(conceptual_homes__lte=F("homes")),
                name="elaboration_parts_within_homes",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.location} ({self.period})"

    def clean(self):
        super().clean()
        homes = self.homes or 0
        errors = {
            name: f"Meer dan het totaal van {homes} woningen."
            for name in ("affordable_homes", "circular_homes", "conceptual_homes")
            if (getattr(self, name) or 0) > homes
        }
        if errors:
            raise ValidationError(errors)


class Development(models.Model):
    """A large-scale development or programme (Nijmegen Stationsgebied/Binnenstad and Kanaalzone, pillar 5;
    Arnhem-Oost, pillar 4) and the instrument its parties agree on."""

    class Instrument(models.TextChoices):
        BUSINESS_CASE = "business_case", "Business case"
        GEBIEDSAFSPRAAK = "gebiedsafspraak", "Gebiedsafspraak"
        PROGRAMMA = "programma", "Programma stedelijke vernieuwing"

    name = models.CharField("naam", max_length=150, unique=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="developments", verbose_name="gemeente"
    )
    pillar = models.ForeignKey(
        Pillar, on_delete=models.PROTECT, related_name="developments", verbose_name="pijler"
    )
    instrument = models.CharField("instrument", max_length=20, choices=Instrument.choices)
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="developments",
        verbose_name="afspraak",
    )
    locations = models.ManyToManyField(
        Location, related_name="developments", verbose_name="locaties", blank=True
    )
    description = LimitedTextField("toelichting", max_length=TEXT_MAX, blank=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    class Meta:
        verbose_name = "gebiedsontwikkeling"
        verbose_name_plural = "gebiedsontwikkelingen"
        ordering = ["pillar__number", "name"]

    def __str__(self) -> str:
        return self.name


class Milestone(Versioned):
    class State(models.TextChoices):
        GEPLAND = "gepland", "Gepland"
        GEREED = "gereed", "Gereed"
        VERTRAAGD = "vertraagd", "Vertraagd"
        VERVALLEN = "vervallen", "Vervallen"

    development = models.ForeignKey(
        Development, on_delete=models.PROTECT, related_name="milestones", verbose_name="gebiedsontwikkeling"
    )
    title = models.CharField("mijlpaal", max_length=200)
    due_on = models.DateField("gepland op")
    done_on = models.DateField("gereed op", null=True, blank=True)
    state = models.CharField("stand", max_length=10, choices=State.choices, default=State.GEPLAND)
    note = LimitedTextField("toelichting", max_length=TEXT_MAX, blank=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "mijlpaal"
        verbose_name_plural = "mijlpalen"
        ordering = ["development", "due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="gereed") | Q(done_on__isnull=False), name="milestone_done_has_date"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.state == self.State.GEREED and not self.done_on:
            raise ValidationError({"done_on": "Vul in wanneer de mijlpaal gereed was."})

    @property
    def is_overdue(self) -> bool:
        return self.state in (self.State.GEPLAND, self.State.VERTRAAGD) and self.due_on < timezone.localdate()
