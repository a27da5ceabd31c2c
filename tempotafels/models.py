"""Tempotafels: public-private working tables with their tempomakers, their approach on the five W's, their
meetings (tafel, Versnellingstafel, Tussensprint) and their action list.

Who sees which tafel is decided in one place: ``Tempotafel.objects.for_user(user)``. Meetings and actions are
always loaded through their tafel's scope. An ended tafel is read-only, with its meetings and actions.
"""

from collections.abc import Iterable
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.models import TempomakerKind, User
from agreements.fields import LONG_TEXT, MEDIUM_TEXT, SHORT_TEXT, LimitedTextField
from agreements.models import Agreement, Organisation, Pillar
from agreements.records import KeptQuerySet, KeptRecord
from agreements.versioning import Versioned, VersionedQuerySet
from monitor.models import Location

from .action_items import OWNER_MISSING, ActionItem, ActionItemQuerySet  # noqa: F401 (OWNER_MISSING re-exported)

MAX_TEMPOMAKERS = 3
MIN_TEMPOMAKERS = 2
ENDS_BEFORE_START = "Het einde van de bijeenkomst moet na het begin liggen."


class Appointment(NamedTuple):
    """One tempomaker to appoint: who, which kind, on behalf of which organisation."""

    user: "settings.AUTH_USER_MODEL"
    kind: str
    organisation: Organisation


def check_team(appointments: Iterable[Appointment]) -> None:
    """The seed's rule for a tafel's tempomakers (section 3.2.4): a duo or trio with exactly one ambtelijk
    tempomaker, who is a member of the Ambtelijk Kernteam, plus private and/or societal ones."""
    team = list(appointments)
    errors = []
    if len(team) < MIN_TEMPOMAKERS:
        errors.append(f"Een tempotafel heeft minstens {MIN_TEMPOMAKERS} tempomakers.")
    if len(team) > MAX_TEMPOMAKERS:
        errors.append(f"Een tempotafel heeft hoogstens {MAX_TEMPOMAKERS} tempomakers.")
    ambtelijk = [a for a in team if a.kind == TempomakerKind.AMBTELIJK]
    if len(ambtelijk) != 1:
        errors.append("Een tempotafel heeft precies één ambtelijk tempomaker.")
    if any(not a.user.is_kernteam for a in ambtelijk):
        errors.append("De ambtelijk tempomaker moet lid zijn van het Ambtelijk Kernteam.")
    if len({a.user.pk for a in team}) != len(team):
        errors.append("Iemand staat twee keer in het team; elke tempomaker komt één keer voor.")
    if errors:
        raise ValidationError(errors)


class TempotafelQuerySet(KeptQuerySet, VersionedQuerySet):
    """Every tafel is kept (``kept()`` is every row): a tafel is ended with a reason, never deleted."""

    def active(self):
        return self.filter(ended_on__isnull=True)

    def ended(self):
        return self.filter(ended_on__isnull=False)

    def for_user(self, user) -> "TempotafelQuerySet":
        """The tafels this user may see. A private or societal tempomaker without another role works only in
        their own tafel(s); everyone else reads every tafel."""
        if getattr(user, "sees_only_own_tempotafels", False):
            return self.filter(tempomakers__user=user)
        return self.all()

    def editable_by(self, user) -> "TempotafelQuerySet":
        """The tafels ``user`` may change now (mirrors ``Tempotafel.is_editable_by``): every active tafel for
        the core team, their own active tafels for a tempomaker."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        active = self.active()
        return active if user.is_kernteam else active.filter(tempomakers__user=user).distinct()

    def with_overview(self) -> "TempotafelQuerySet":
        """Annotations for the overview: last and next meeting, open and overdue actions (fixed query count)."""
        now, today = timezone.now(), timezone.localdate()
        meetings = Meeting.objects.filter(tempotafel=OuterRef("pk"))
        actions = Action.objects.filter(tempotafel=OuterRef("pk"), done=False).order_by().values("tempotafel")
        count = Count("pk")
        return self.annotate(
            last_meeting_at=Subquery(
                meetings.filter(starts_at__lte=now).order_by("-starts_at").values("starts_at")[:1]
            ),
            next_meeting_at=Subquery(
                meetings.filter(starts_at__gt=now).order_by("starts_at").values("starts_at")[:1]
            ),
            open_actions=Coalesce(Subquery(actions.annotate(n=count).values("n")), 0),
            overdue_actions=Coalesce(
                Subquery(actions.filter(due_on__lt=today).annotate(n=count).values("n")), 0
            ),
        ).prefetch_related(
            "pillars",
            models.Prefetch(
                "agreements", queryset=Agreement.objects.only("id", "number", "title", "is_illustrative")
            ),
            "tempomakers__user",
            "tempomakers__organisation",
        )


class Tempotafel(KeptRecord, Versioned):
    name = models.CharField("naam", max_length=150, unique=True)
    guiding_question = models.CharField("vraagstelling", max_length=300)
    pillars = models.ManyToManyField(Pillar, related_name="tempotafels", verbose_name="pijlers")
    agreements = models.ManyToManyField(
        Agreement, blank=True, related_name="tempotafels", verbose_name="afspraken"
    )
    locations = models.ManyToManyField(
        Location, blank=True, related_name="tempotafels", verbose_name="locaties"
    )
    started_on = models.DateField("gestart op")
    ended_on = models.DateField("beëindigd op", null=True, blank=True)
    end_reason = LimitedTextField("reden van beëindiging", max_length=SHORT_TEXT, blank=True)
    # The tailored approach on the five W's (seed, section 2.2.1).
    approach_wat = LimitedTextField("wat", max_length=MEDIUM_TEXT, blank=True)
    approach_wie = LimitedTextField("wie", max_length=MEDIUM_TEXT, blank=True)
    approach_wie_doet_wat = LimitedTextField("wie doet wat", max_length=MEDIUM_TEXT, blank=True)
    approach_waarmee = LimitedTextField("waarmee", max_length=MEDIUM_TEXT, blank=True)
    approach_waar = LimitedTextField("waar", max_length=MEDIUM_TEXT, blank=True)

    history = HistoricalRecords()
    objects = TempotafelQuerySet.as_manager()
    deletion_refusal = "Een tempotafel wordt beëindigd (met een reden), niet verwijderd."

    class Meta:
        verbose_name = "tempotafel"
        verbose_name_plural = "tempotafels"
        ordering = ["started_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | ~models.Q(end_reason=""),
                name="tempotafel_end_needs_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=models.F("started_on")),
                name="tempotafel_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tempotafels:detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.ended_on is None

    @property
    def ended_message(self) -> str:
        return (
            f"De tempotafel ‘{self.name}’ is beëindigd op {self.ended_on:%d-%m-%Y} en kan niet meer worden "
            "gewijzigd, ook haar vergaderingen en acties niet."
        )

    def ensure_editable(self) -> None:
        if not self.is_active:
            raise ValidationError(self.ended_message)

    def has_editor(self, user) -> bool:
        """``user`` works on this tafel: the core team, or one of its tempomakers (reads the prefetched team)."""
        if not user.is_authenticated or not user.is_active:
            return False
        return user.is_kernteam or any(t.user_id == user.pk for t in self.tempomakers.all())

    def is_editable_by(self, user) -> bool:
        """``user`` may change the tafel, its approach, meetings and actions now: an editor, while it is active."""
        return self.is_active and self.has_editor(user)

    def people_to_choose(self, user) -> models.QuerySet:
        """The users a form at this tafel offers to ``user`` (meeting participants, action owners). Someone who
        sees only their own tafels sees its team and the people already in its meetings and actions, not the
        whole user list; everyone else chooses from all active users."""
        people = User.objects.filter(is_active=True)
        if not getattr(user, "sees_only_own_tempotafels", False):
            return people
        at_tafel = Q(tempomakers__tempotafel=self) | Q(tafel_meetings__tempotafel=self)
        return people.filter(at_tafel | Q(owned_actions__tempotafel=self)).distinct()


class Tempomaker(models.Model):
    tempotafel = models.ForeignKey(
        Tempotafel, on_delete=models.PROTECT, related_name="tempomakers", verbose_name="tempotafel"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="tempomakers", verbose_name="persoon"
    )
    kind = models.CharField("soort", max_length=20, choices=TempomakerKind.choices)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="tempomakers", verbose_name="organisatie"
    )

    # A team change replaces rows; the history keeps who was tempomaker when.
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tempomaker"
        verbose_name_plural = "tempomakers"
        ordering = ["tempotafel", "kind", "user"]
        constraints = [
            models.UniqueConstraint(fields=["tempotafel", "user"], name="tempomaker_once_per_tafel"),
            models.UniqueConstraint(
                fields=["tempotafel"],
                condition=models.Q(kind="ambtelijk"),
                name="tempomaker_one_ambtelijk_per_tafel",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_kind_display()}, {self.tempotafel})"

    def clean(self):
        if self.kind == TempomakerKind.AMBTELIJK and self.user_id and not self.user.is_kernteam:
            raise ValidationError(
                {"user": "De ambtelijk tempomaker moet lid zijn van het Ambtelijk Kernteam."}
            )
        if self.tempotafel_id:
            self.tempotafel.ensure_editable()
            others = self.tempotafel.tempomakers.exclude(pk=self.pk)
            if others.count() >= MAX_TEMPOMAKERS:
                raise ValidationError(f"Een tempotafel heeft hoogstens {MAX_TEMPOMAKERS} tempomakers.")


class InTafelScope(VersionedQuerySet):
    """Meetings and actions are visible exactly where their tafel is."""

    def for_user(self, user):
        return self.filter(tempotafel__in=Tempotafel.objects.for_user(user))


class MeetingQuerySet(InTafelScope):
    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at")


class Meeting(Versioned):
    class Kind(models.TextChoices):
        TAFEL = "tafel", "Tafelbijeenkomst"
        VERSNELLINGSTAFEL = "versnellingstafel", "Versnellingstafel"
        TUSSENSPRINT = "tussensprint", "Tussensprint"

    tempotafel = models.ForeignKey(
        Tempotafel, on_delete=models.PROTECT, related_name="meetings", verbose_name="tempotafel"
    )
    kind = models.CharField("soort bijeenkomst", max_length=20, choices=Kind.choices, default=Kind.TAFEL)
    title = models.CharField("onderwerp", max_length=200)
    starts_at = models.DateTimeField("begint om")
    ends_at = models.DateTimeField("eindigt om")
    place = models.CharField(
        "plaats", max_length=200, blank=True, help_text="Bijvoorbeeld: Stadhuis Nijmegen, zaal 3."
    )
    online_url = models.URLField("link online vergadering", blank=True)
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="tafel_meetings",
        verbose_name="deelnemers (gebruikers)",
    )
    guest_names = LimitedTextField(
        "overige deelnemers",
        max_length=SHORT_TEXT,
        blank=True,
        help_text="Namen van deelnemers zonder account, één per regel.",
    )
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="tafel_meetings", verbose_name="deelnemende organisaties"
    )
    notes = LimitedTextField("verslag", max_length=LONG_TEXT, blank=True)
    decisions = LimitedTextField("besluiten", max_length=MEDIUM_TEXT, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgelegd door",
    )

    history = HistoricalRecords(m2m_fields=[participants, organisations])
    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "bijeenkomst"
        verbose_name_plural = "bijeenkomsten"
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
                violation_error_message=ENDS_BEFORE_START,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title} ({timezone.localtime(self.starts_at):%d-%m-%Y})"

    def get_absolute_url(self) -> str:
        return reverse("tempotafels:meeting_detail", args=[self.pk])

    @property
    def guest_list(self) -> list[str]:
        return [name.strip() for name in self.guest_names.splitlines() if name.strip()]

    def clean(self):
        if self.tempotafel_id:
            self.tempotafel.ensure_editable()


class ActionQuerySet(ActionItemQuerySet, InTafelScope):
    pass


class Action(ActionItem):
    """An action agreed at the tafel (``ActionItem``: who does what by when), optionally in one meeting."""

    tempotafel = models.ForeignKey(
        Tempotafel, on_delete=models.PROTECT, related_name="actions", verbose_name="tempotafel"
    )
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name="afgesproken in bijeenkomst",
    )

    history = HistoricalRecords()
    objects = ActionQuerySet.as_manager()

    class Meta(ActionItem.Meta):
        verbose_name = "actie"
        verbose_name_plural = "acties"

    def clean(self):
        if self.meeting_id and self.tempotafel_id and self.meeting.tempotafel_id != self.tempotafel_id:
            raise ValidationError({"meeting": "Deze bijeenkomst hoort bij een andere tempotafel."})
        if self.tempotafel_id:
            self.tempotafel.ensure_editable()


def uncovered_agreements():
    """Agreements that no active tafel works on (for the core team's overview)."""
    covered = Tempotafel.agreements.through.objects.filter(
        agreement=OuterRef("pk"), tempotafel__ended_on__isnull=True
    )
    return (
        Agreement.objects.filter(~Exists(covered))
        .select_related("pillar")
        .only("id", "number", "title", "is_illustrative", "pillar__number", "pillar__name")
    )
