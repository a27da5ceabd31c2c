"""Meetings of a body: agenda items, documents, attendance; the minutes are the decisions (``decisions.py``)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from accounts.access import is_core_team
from agreements.fields import MEDIUM_TEXT, SHORT_TEXT, LimitedTextField
from agreements.models import Period, Pillar
from agreements.records import KeptQuerySet, KeptRecord
from agreements.versioning import Versioned, VersionedQuerySet

from .bodies import Body, BodyMember

ENDS_BEFORE_START = "Het einde van de vergadering moet na het begin liggen."
ADOPTED = "De besluitenlijst van deze vergadering is vastgesteld en verandert niet meer."
ADOPTED_KEPT = (
    "Dit hoort bij een vergadering met een vastgestelde besluitenlijst en kan niet worden verwijderd."
)


def _is_nier_member(user) -> Exists:
    return Exists(BodyMember.objects.filter(user=user, body__kind=Body.Kind.NIER))


def _is_body_member(user, body_path: str) -> Exists:
    return Exists(BodyMember.objects.filter(user=user, body=OuterRef(body_path)))


class MeetingQuerySet(KeptQuerySet, VersionedQuerySet):
    def kept(self) -> "MeetingQuerySet":
        """A meeting whose minutes are adopted is history: it stays, with its items, decisions and documents."""
        return self.filter(minutes_adopted_at__isnull=False)

    def for_user(self, user) -> "MeetingQuerySet":
        """Members read their bodies' meetings; NIER members and invitees read meetings that share an agenda
        item with them; anyone else nothing."""
        if is_core_team(user):  # it prepares and records every meeting, so it reads all of them
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        shared = Exists(AgendaItem.objects.filter(meeting=OuterRef("pk"), is_shared=True))
        invited = Exists(Meeting.invitees.through.objects.filter(meeting=OuterRef("pk"), user=user))
        return self.filter(_is_body_member(user, "body") | (shared & (invited | _is_nier_member(user))))

    def with_documents_for(self, user) -> "MeetingQuerySet":
        """Meetings whose documents this user may read: the body's members and the core team."""
        if is_core_team(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(_is_body_member(user, "body"))

    def upcoming(self) -> "MeetingQuerySet":
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at")

    def deciding(self) -> "MeetingQuerySet":
        return self.filter(body__kind__in=[Body.Kind.BO, Body.Kind.DO])


class Meeting(KeptRecord, Versioned):
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings", verbose_name="overleg")
    title = models.CharField("titel", max_length=200, blank=True)
    starts_at = models.DateTimeField("begint om")
    ends_at = models.DateTimeField("eindigt om")
    place = models.CharField("plaats", max_length=200, blank=True)
    online_url = models.URLField("link online vergadering", blank=True)
    invitees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="invited_meetings",
        verbose_name="genodigden",
        help_text="Bijvoorbeeld NIER-leden of tempomakers die voor een agendapunt aanschuiven.",
    )
    present = models.ManyToManyField(
        BodyMember, blank=True, related_name="attended_meetings", verbose_name="aanwezige leden"
    )
    other_attendees = LimitedTextField(
        "overige aanwezigen", max_length=SHORT_TEXT, blank=True, help_text="Eén per regel."
    )
    minutes_adopted_at = models.DateTimeField("besluitenlijst vastgesteld op", null=True, blank=True)
    minutes_adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_illustrative = models.BooleanField(
        "illustratief", default=False, help_text="Demo-gegevens: verzonnen om de werking te tonen."
    )

    objects = MeetingQuerySet.as_manager()
    deletion_refusal = ADOPTED_KEPT

    class Meta:
        verbose_name = "vergadering"
        verbose_name_plural = "vergaderingen"
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="governance_meeting_ends_after_start",
                violation_error_message=ENDS_BEFORE_START,
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("governance:meeting_detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        day = timezone.localtime(self.starts_at)
        return self.title or f"{self.body.name} {day.day} {_MONTHS[day.month - 1]} {day.year}"

    @property
    def is_adopted(self) -> bool:
        return self.minutes_adopted_at is not None

    @property
    def attendee_names(self) -> list[str]:
        return [line.strip() for line in self.other_attendees.splitlines() if line.strip()]

    def ensure_open(self) -> None:
        if self.is_adopted:
            raise ValidationError(ADOPTED)


_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


class AgendaItemQuerySet(KeptQuerySet, VersionedQuerySet):
    def kept(self) -> "AgendaItemQuerySet":
        return self.filter(meeting__minutes_adopted_at__isnull=False)

    def for_user(self, user) -> "AgendaItemQuerySet":
        """Members read every item of their bodies' meetings; NIER members and invitees only shared items."""
        if is_core_team(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        invited = Exists(Meeting.invitees.through.objects.filter(meeting=OuterRef("meeting"), user=user))
        guest = Q(is_shared=True) & (invited | _is_nier_member(user))
        return self.filter(_is_body_member(user, "meeting__body") | guest)


class AgendaItem(KeptRecord, Versioned):
    """One point on a meeting's agenda; the core team edits it (version-checked) until the minutes are adopted."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="items", verbose_name="vergadering"
    )
    number = models.PositiveSmallIntegerField("nummer")
    title = models.CharField("onderwerp", max_length=250)
    description = LimitedTextField("toelichting", max_length=MEDIUM_TEXT, blank=True)
    escalation = models.ForeignKey(
        "governance.Escalation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agenda_items",
        verbose_name="escalatie",
    )
    is_shared = models.BooleanField(
        "gedeeld met NIER en genodigden",
        default=False,
        help_text="NIER-leden en genodigden zien alleen gedeelde agendapunten en hun besluiten. Besluiten over "
        "gedeelde agendapunten staan met hun tekst in de voortgangsrapportage, die openbaar wordt; van de andere "
        "noemt de rapportage alleen het aantal.",
    )

    objects = AgendaItemQuerySet.as_manager()
    deletion_refusal = ADOPTED_KEPT

    class Meta:
        verbose_name = "agendapunt"
        verbose_name_plural = "agendapunten"
        ordering = ["meeting", "number"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agendaitem_number_once_per_meeting"),
            models.UniqueConstraint(fields=["meeting", "escalation"], name="agendaitem_escalation_once"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class MeetingDocumentQuerySet(KeptQuerySet):
    def kept(self) -> "MeetingDocumentQuerySet":
        return self.filter(meeting__minutes_adopted_at__isnull=False)


class MeetingDocument(KeptRecord):
    """A document for a meeting: the period's progress report, a pillar's factsheet, or an uploaded file whose
    bytes live in the database (no server's disk), checked like every upload."""

    class Kind(models.TextChoices):
        REPORT = "report", "Voortgangsrapportage"
        FACTSHEET = "factsheet", "Factsheet"
        FILE = "file", "Bestand"

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="documents", verbose_name="vergadering"
    )
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    title = models.CharField("titel", max_length=200)
    period = models.ForeignKey(Period, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    pillar = models.ForeignKey(Pillar, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    file_name = models.CharField("bestandsnaam", max_length=200, blank=True)
    content_type = models.CharField("soort bestand", max_length=100, blank=True)
    content = models.BinaryField("inhoud", null=True, blank=True, editable=False)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    size = models.PositiveIntegerField("grootte (bytes)", default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="toegevoegd door"
    )
    uploaded_at = models.DateTimeField("toegevoegd op", auto_now_add=True)

    objects = MeetingDocumentQuerySet.as_manager()
    deletion_refusal = ADOPTED_KEPT

    class Meta:
        verbose_name = "vergaderstuk"
        verbose_name_plural = "vergaderstukken"
        ordering = ["meeting", "kind", "title"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="file") & Q(content__isnull=False) & ~Q(sha256=""))
                | (Q(kind="report") & Q(period__isnull=False))
                | (Q(kind="factsheet") & Q(period__isnull=False) & Q(pillar__isnull=False)),
                name="meetingdocument_kind_has_its_source",
            ),
        ]

    def __str__(self) -> str:
        return self.title
