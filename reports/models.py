"""Factsheets per pillar per period and the half-yearly progress report."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from agreements.fields import LONG_TEXT, MEDIUM_TEXT, LimitedTextField
from agreements.models import Period, Pillar, StatusLock, edits_pillar
from agreements.records import KeptQuerySet, KeptRecord
from agreements.versioning import Versioned, VersionedQuerySet


class FactsheetQuerySet(KeptQuerySet, VersionedQuerySet):
    def kept(self):
        """A factsheet with workflow steps, or of a closed period, is history."""
        return self.filter(
            models.Q(period__state=Period.State.CLOSED) | models.Q(transitions__isnull=False)
        ).distinct()

    def for_period(self, period):
        return self.filter(period=period)

    def for_user(self, user):
        """The factsheets this user may read (working documents): all for the core team, else those of the
        pillars where they are tempomaker or ambassador."""
        if not user.is_authenticated:
            return self.none()
        if user.is_kernteam:
            return self
        return self.filter(pillar_id__in=user.tempomaker_pillar_ids | user.ambassador_pillar_ids)

    def editable_by(self, user):
        """The factsheets whose texts ``user`` may write and submit: those of their editable pillars."""
        return self.filter(pillar__in=Pillar.objects.editable_by(user))

    def awaiting_approval(self):
        return self.filter(state=Factsheet.State.SUBMITTED)


class Factsheet(KeptRecord, Versioned):
    """The half-yearly account of one pillar, written by its tempomakers, approved by its ambassador.

    A pillar without a row for a period has "not started"; views work with an unsaved instance then.
    """

    # The texts a tempomaker writes, in the order of the seed (section 4.1).
    TEXT_FIELDS = ("summary", "partners", "output", "outcome", "next_actions")

    class State(models.TextChoices):
        CONCEPT = "concept", "Concept"
        SUBMITTED = "submitted", "Ingediend"
        RETURNED = "returned", "Teruggestuurd"
        APPROVED = "approved", "Goedgekeurd"
        FINAL = "final", "Definitief"

    # While the factsheet is in one of these, its pillar's traffic lights for the period may not change.
    LOCKING_STATES = (State.APPROVED, State.FINAL)

    pillar = models.ForeignKey(
        Pillar, on_delete=models.PROTECT, related_name="factsheets", verbose_name="pijler"
    )
    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="factsheets", verbose_name="periode"
    )
    state = models.CharField("status", max_length=20, choices=State.choices, default=State.CONCEPT)
    summary = LimitedTextField("samenvatting", max_length=MEDIUM_TEXT, blank=True)
    partners = LimitedTextField("betrokken partners", max_length=MEDIUM_TEXT, blank=True)
    output = LimitedTextField("output (kwalitatieve resultaten)", max_length=MEDIUM_TEXT, blank=True)
    outcome = LimitedTextField("outcome (meetbare resultaten)", max_length=MEDIUM_TEXT, blank=True)
    next_actions = LimitedTextField("afspraken en acties komend halfjaar", max_length=MEDIUM_TEXT, blank=True)
    review_comments = LimitedTextField("opmerkingen van de ambassadeur", max_length=MEDIUM_TEXT, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    history = HistoricalRecords()
    objects = FactsheetQuerySet.as_manager()

    class Meta:
        verbose_name = "factsheet"
        verbose_name_plural = "factsheets"
        ordering = ["period__year", "period__half", "pillar__number"]
        constraints = [
            models.UniqueConstraint(fields=["pillar", "period"], name="factsheet_unique_per_pillar_period"),
        ]

    deletion_refusal = (
        "Een factsheet met een workflowgeschiedenis of van een gesloten periode blijft bewaard."
    )

    def __str__(self) -> str:
        return f"Factsheet pijler {self.pillar.number}, {self.period}"

    @property
    def is_started(self) -> bool:
        return self.pk is not None

    @property
    def state_label(self) -> str:
        return self.get_state_display() if self.is_started else "Niet begonnen"

    @property
    def filled_count(self) -> int:
        return sum(1 for name in self.TEXT_FIELDS if getattr(self, name).strip())

    @property
    def is_editable(self) -> bool:
        """Texts change only while the tempomakers hold it (concept or returned) in an open period."""
        return self.period.is_open and self.state in (self.State.CONCEPT, self.State.RETURNED)

    def sync_status_lock(self, *, by) -> None:
        """The pillar's statuses in this period are locked while its factsheet is approved or final, and
        free otherwise. Agreements owns the lock (``StatusLock``); every change of ``state`` calls this."""
        where = {"pillar_id": self.pillar_id, "period_id": self.period_id}
        if self.state in self.LOCKING_STATES:
            StatusLock.objects.lock(**where, by=by, reason=f"Factsheet {self.get_state_display().lower()}")
        else:
            StatusLock.objects.unlock(**where)

    # Who may do what (the workflow's steps ask these: ``reports.factsheets.services.RULES``). They work
    # on an unsaved factsheet too: a pillar's factsheet exists for its people before it is started.

    def is_readable_by(self, user) -> bool:
        """Mirrors ``Factsheet.objects.for_user``."""
        return self.is_editable_by(user) or self.is_approvable_by(user)

    def is_editable_by(self, user) -> bool:
        """The core team and the pillar's tempomakers write and submit it (whether the state still allows
        it is ``is_editable``)."""
        return edits_pillar(user, self.pillar_id)

    def is_approvable_by(self, user) -> bool:
        """The pillar's ambassador approves it or returns it."""
        return user.is_authenticated and user.is_active and self.pillar_id in user.ambassador_pillar_ids

    def last_submitter_id(self) -> int | None:
        if not self.is_started:
            return None
        step = self.transitions.filter(to_state=self.State.SUBMITTED).order_by("-at", "-id").first()
        return step.by_id if step else None


class FactsheetTransition(KeptRecord):
    """One step in a factsheet's workflow: who moved it from which state to which, when, and why. Never
    deleted."""

    factsheet = models.ForeignKey(Factsheet, on_delete=models.PROTECT, related_name="transitions")
    from_state = models.CharField("van", max_length=20, choices=Factsheet.State.choices)
    to_state = models.CharField("naar", max_length=20, choices=Factsheet.State.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="door"
    )
    at = models.DateTimeField("op", auto_now_add=True)
    comment = LimitedTextField("toelichting", max_length=MEDIUM_TEXT, blank=True)

    objects = KeptQuerySet.as_manager()

    class Meta:
        verbose_name = "stap in de factsheet-workflow"
        verbose_name_plural = "stappen in de factsheet-workflow"
        ordering = ["factsheet", "at"]

    def __str__(self) -> str:
        return f"{self.factsheet}: {self.from_state} → {self.to_state}"


def reads_reports(user) -> bool:
    """Published progress reports are for everyone with a role in the deal (board, partners, core team, ...)
    and for functioneel beheer."""
    return user.is_authenticated and user.is_active and (bool(user.roles) or user.is_staff)


class ProgressReportQuerySet(KeptQuerySet, VersionedQuerySet):
    def kept(self):
        return self.filter(published_at__isnull=False)

    def published(self) -> "ProgressReportQuerySet":
        return self.filter(published_at__isnull=False)

    def for_user(self, user) -> "ProgressReportQuerySet":
        """The reports ``user`` may open: none without ``reads_reports``, the published ones for readers, and
        the ones in preparation too for the core team."""
        if not reads_reports(user):
            return self.none()
        return self if user.is_kernteam else self.filter(published_at__isnull=False)

    def without_files(self) -> "ProgressReportQuerySet":
        """Leave the stored PDFs (megabytes each) in the database until one is sent."""
        return self.defer("pdf", "public_pdf")


class ProgressReport(Versioned):
    """The half-yearly progress report for the Bestuurlijk Overleg. Published once, then immutable."""

    period = models.OneToOneField(
        Period, on_delete=models.PROTECT, related_name="report", verbose_name="periode"
    )
    # The management summary's five parts (seed, section 4.1).
    main_results = LimitedTextField("belangrijkste resultaten", max_length=LONG_TEXT, blank=True)
    acceleration = LimitedTextField(
        "wat is gedaan om te versnellen of vertraging te voorkomen", max_length=LONG_TEXT, blank=True
    )
    added_value = LimitedTextField(
        "meerwaarde van de Woondeal-aanpak / Versnellingstafel", max_length=LONG_TEXT, blank=True
    )
    attention = LimitedTextField(
        "afspraken die extra aandacht van het Bestuurlijk Overleg en/of NIER vragen",
        max_length=LONG_TEXT,
        blank=True,
    )
    next_half_year = LimitedTextField(
        "wat de partners het komende halfjaar te doen staat", max_length=LONG_TEXT, blank=True
    )
    published_at = models.DateTimeField("gepubliceerd op", null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    pdf = models.BinaryField("PDF", null=True, blank=True)
    pdf_sha256 = models.CharField("SHA-256 van de PDF", max_length=64, blank=True)
    public_pdf = models.BinaryField(
        "openbare PDF",
        null=True,
        blank=True,
        help_text="Dezelfde rapportage zonder namen en escalatieteksten, voor de openbare site.",
    )
    public_pdf_sha256 = models.CharField("SHA-256 van de openbare PDF", max_length=64, blank=True)
    snapshot = models.JSONField("momentopname van de gegevens", null=True, blank=True)
    snapshot_sha256 = models.CharField("SHA-256 van de momentopname", max_length=64, blank=True)

    objects = ProgressReportQuerySet.as_manager()
    deletion_refusal = "Een gepubliceerde voortgangsrapportage verandert nooit meer."

    class Meta:
        verbose_name = "voortgangsrapportage"
        verbose_name_plural = "voortgangsrapportages"
        ordering = ["-period__year", "-period__half"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(published_at__isnull=True) | ~models.Q(pdf_sha256=""),
                name="report_published_has_pdf",
            ),
        ]

    def __str__(self) -> str:
        return f"Voortgangsrapportage {self.period}"

    def save(self, *args, **kwargs):
        """A published report is frozen: any save is refused (publication itself writes with one UPDATE)."""
        self._refuse_if_published()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._refuse_if_published()
        return super().delete(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def _refuse_if_published(self) -> None:
        if self.pk and ProgressReport.objects.filter(pk=self.pk, published_at__isnull=False).exists():
            raise ValidationError("Een gepubliceerde voortgangsrapportage verandert nooit meer.")
