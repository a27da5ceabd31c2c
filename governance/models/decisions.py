"""Escalations of what is stuck, the decisions the board takes on them, and the follow-up of each decision."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

from accounts.access import is_core_team
from agreements.fields import MEDIUM_TEXT, LimitedTextField
from agreements.models import Agreement, Organisation, Period, Pillar
from agreements.records import KeptQuerySet, KeptRecord
from agreements.versioning import Versioned, VersionedQuerySet
from tempotafels.action_items import OWNER_MISSING, ActionItem, ActionItemQuerySet  # noqa: F401 (re-exported)
from tempotafels.models import Tempotafel

from .bodies import Body
from .meetings import ADOPTED_KEPT, AgendaItem, Meeting

RESPONSIBLE_NOT_A_ROLE = (
    "Kies als verantwoordelijke een overleg of een organisatie: de voortgangsrapportage is openbaar en noemt "
    "geen personen."
)


def responsible_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Who can be responsible for a decision: a body (a role in the cycle) or an organisation, never a person."""
    bodies = [(name, name) for name in Body.objects.order_by("order", "name").values_list("name", flat=True)]
    organisations = [
        (name, name) for name in Organisation.objects.order_by("name").values_list("name", flat=True)
    ]
    return [("Overleggen", bodies), ("Organisaties", organisations)]


class EscalationQuerySet(VersionedQuerySet):
    def for_user(self, user) -> "EscalationQuerySet":
        """The core team sees every escalation; others those on an agenda item they may read."""
        if is_core_team(user):
            return self.all()
        items = AgendaItem.objects.for_user(user).filter(escalation=OuterRef("pk"))
        return self.filter(Exists(items))

    def open(self) -> "EscalationQuerySet":
        return self.filter(state__in=[Escalation.State.OPEN, Escalation.State.SCHEDULED])


class Escalation(Versioned):
    """What is stuck and what is asked of the board, opened by the core team from a red or flagged agreement,
    a Tempotafel or a pillar's factsheet."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        SCHEDULED = "scheduled", "Geagendeerd"
        DECIDED = "decided", "Besloten"
        WITHDRAWN = "withdrawn", "Ingetrokken"

    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="escalations", verbose_name="periode"
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="escalations",
        verbose_name="afspraak",
    )
    tempotafel = models.ForeignKey(
        Tempotafel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="escalations",
        verbose_name="tempotafel",
    )
    pillar = models.ForeignKey(
        Pillar,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="escalations",
        verbose_name="factsheet van pijler",
    )
    stuck = LimitedTextField("wat loopt vast", max_length=MEDIUM_TEXT)
    request = LimitedTextField("wat wordt gevraagd van het bestuur", max_length=MEDIUM_TEXT)
    needed_by = models.DateField("besluit nodig uiterlijk op", null=True, blank=True)
    state = models.CharField("status", max_length=20, choices=State.choices, default=State.OPEN)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="geopend door"
    )
    opened_at = models.DateTimeField("geopend op", auto_now_add=True)
    withdrawn_reason = LimitedTextField("reden van intrekken", max_length=2000, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="ingetrokken door",
    )
    withdrawn_at = models.DateTimeField("ingetrokken op", null=True, blank=True)
    is_illustrative = models.BooleanField(
        "illustratief", default=False, help_text="Demo-gegevens: verzonnen om de werking te tonen."
    )

    objects = EscalationQuerySet.as_manager()

    class Meta:
        verbose_name = "escalatie"
        verbose_name_plural = "escalaties"
        ordering = ["-opened_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(agreement__isnull=False) & Q(tempotafel__isnull=True) & Q(pillar__isnull=True))
                | (Q(agreement__isnull=True) & Q(tempotafel__isnull=False) & Q(pillar__isnull=True))
                | (Q(agreement__isnull=True) & Q(tempotafel__isnull=True) & Q(pillar__isnull=False)),
                name="escalation_has_one_source",
                violation_error_message="Een escalatie gaat over precies één afspraak, tempotafel of factsheet.",
            ),
            models.CheckConstraint(condition=~Q(stuck="") & ~Q(request=""), name="escalation_has_texts"),
            models.CheckConstraint(
                condition=(Q(state="withdrawn") & Q(withdrawn_at__isnull=False) & ~Q(withdrawn_reason=""))
                | (~Q(state="withdrawn") & Q(withdrawn_at__isnull=True)),
                name="escalation_withdrawn_with_reason",
                violation_error_message="Een ingetrokken escalatie heeft een reden en een datum van intrekken.",
            ),
        ]

    def __str__(self) -> str:
        return f"Escalatie {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("governance:escalation_detail", args=[self.pk])

    @property
    def subject(self) -> str:
        if self.agreement_id:
            return f"afspraak {self.agreement.number}: {self.agreement.title}"
        if self.tempotafel_id:
            return f"tempotafel {self.tempotafel.name}"
        return f"factsheet pijler {self.pillar.number} ({self.period.label})"

    @property
    def is_open(self) -> bool:
        return self.state in (self.State.OPEN, self.State.SCHEDULED)


class DecisionQuerySet(KeptQuerySet):
    def kept(self) -> "DecisionQuerySet":
        return self.filter(agenda_item__meeting__minutes_adopted_at__isnull=False)

    def for_user(self, user) -> "DecisionQuerySet":
        """A decision is visible exactly where its agenda item is."""
        if is_core_team(user):
            return self.all()
        return self.filter(agenda_item__in=AgendaItem.objects.for_user(user))

    def taken_between(self, start, end) -> "DecisionQuerySet":
        """Decisions of meetings held on or after ``start`` and before ``end`` (datetimes)."""
        return self.filter(
            agenda_item__meeting__starts_at__gte=start, agenda_item__meeting__starts_at__lt=end
        )

    def of_deciding_bodies(self) -> "DecisionQuerySet":
        """Decisions of the Directeurenoverleg and the Bestuurlijk Overleg."""
        return self.filter(agenda_item__meeting__body__kind__in=["bo", "do"])


class Decision(KeptRecord):
    """One decision (besluit) on an agenda item. Once the meeting's minutes are adopted it never changes; a
    correction is a new decision that refers to this one."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.PROTECT, related_name="decisions", verbose_name="agendapunt"
    )
    text = LimitedTextField("besluit", max_length=MEDIUM_TEXT)
    responsible = models.CharField(
        "verantwoordelijk",
        max_length=200,
        blank=True,
        help_text="Een overleg of een organisatie, nooit een persoonsnaam (de voortgangsrapportage is openbaar).",
    )
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name="corrigeert besluit",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="vastgelegd door"
    )
    recorded_at = models.DateTimeField("vastgelegd op", auto_now_add=True)
    is_illustrative = models.BooleanField(
        "illustratief", default=False, help_text="Demo-gegevens: verzonnen om de werking te tonen."
    )

    objects = DecisionQuerySet.as_manager()
    deletion_refusal = ADOPTED_KEPT

    class Meta:
        verbose_name = "besluit"
        verbose_name_plural = "besluiten"
        ordering = ["agenda_item__meeting__starts_at", "agenda_item__number", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="decision_has_text"),
        ]

    def __str__(self) -> str:
        return f"Besluit {self.agenda_item.number}: {self.text[:60]}"

    def save(self, *args, **kwargs):
        """Adopted minutes are frozen: saving a decision of an adopted meeting is refused."""
        if Meeting.objects.filter(items__pk=self.agenda_item_id, minutes_adopted_at__isnull=False).exists():
            raise ValidationError(
                "De besluitenlijst van deze vergadering is vastgesteld en verandert niet meer."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.agenda_item.meeting.ensure_open()
        return super().delete(*args, **kwargs)

    def clean(self):
        names = {name for _, group in responsible_choices() for name, _ in group}
        if self.responsible and self.responsible not in names:
            raise ValidationError({"responsible": RESPONSIBLE_NOT_A_ROLE})


class FollowUpQuerySet(ActionItemQuerySet):
    def for_user(self, user) -> "FollowUpQuerySet":
        """Visible where its decision is, and always to its owner."""
        if is_core_team(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(Q(decision__in=Decision.objects.for_user(user)) | Q(owner=user))

    def editable_by(self, user) -> "FollowUpQuerySet":
        """The owner ticks their own action off; the core team any."""
        if is_core_team(user):
            return self.all()
        return self.filter(owner=user) if getattr(user, "is_authenticated", False) else self.none()


class FollowUp(ActionItem):
    """A follow-up action of a decision (``ActionItem``: who does what by when, and whether it is done)."""

    decision = models.ForeignKey(
        Decision, on_delete=models.PROTECT, related_name="follow_ups", verbose_name="besluit"
    )
    is_illustrative = models.BooleanField(
        "illustratief", default=False, help_text="Demo-gegevens: verzonnen om de werking te tonen."
    )

    objects = FollowUpQuerySet.as_manager()

    class Meta(ActionItem.Meta):
        verbose_name = "opvolgactie"
        verbose_name_plural = "opvolgacties"
        constraints = [
            *ActionItem.Meta.constraints,
            models.CheckConstraint(condition=~Q(description=""), name="followup_has_description"),
        ]
