"""The werkbudget (seed 3.2.3): € 1 mln from provincie and Rijk, split into budget lines; commitments
(verplichtingen) on a line and the spending (bestedingen) on a commitment per half year."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import DecimalField, Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from agreements.fields import LimitedTextField
from agreements.models import Agreement, Organisation, Period
from agreements.records import KeptQuerySet, KeptRecord
from tempotafels.models import Tempotafel

ZERO = Decimal("0.00")
MONEY = {"max_digits": 12, "decimal_places": 2}
TEXT_MAX = 2000
ILLUSTRATIVE_HELP = "Demo-gegevens: verzonnen om de werking te tonen, geen echte gegevens."


def money_field(label: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(label, **MONEY, **kwargs)


class WorkBudget(models.Model):
    name = models.CharField("naam", max_length=150, unique=True)
    amount = money_field("beschikbaar bedrag", validators=[MinValueValidator(0)])
    funders = models.ManyToManyField(
        Organisation, related_name="work_budgets", verbose_name="financiers", blank=True
    )
    description = LimitedTextField("toelichting", max_length=TEXT_MAX, blank=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    class Meta:
        verbose_name = "werkbudget"
        verbose_name_plural = "werkbudgetten"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="workbudget_amount_not_negative")
        ]

    def __str__(self) -> str:
        return self.name


class BudgetLineQuerySet(KeptQuerySet):
    def kept(self) -> "BudgetLineQuerySet":
        """A line with commitments carries the programme's money history."""
        return self.filter(Exists(Commitment.objects.filter(budget_line=OuterRef("pk"))))

    def with_totals(self) -> "BudgetLineQuerySet":
        """``committed`` (sum of commitments, corrections included) and ``spent`` (sum of their spending),
        in two subqueries: a fixed number of queries whatever the number of lines and records."""
        output = DecimalField(**MONEY)
        commitments = (
            Commitment.objects.filter(budget_line=OuterRef("pk"))
            .order_by()
            .values("budget_line")
            .annotate(total=Sum("amount"))
            .values("total")
        )
        spendings = (
            Spending.objects.filter(commitment__budget_line=OuterRef("pk"))
            .order_by()
            .values("commitment__budget_line")
            .annotate(total=Sum("amount"))
            .values("total")
        )
        return self.annotate(
            committed=Coalesce(Subquery(commitments, output_field=output), ZERO, output_field=output),
            spent=Coalesce(Subquery(spendings, output_field=output), ZERO, output_field=output),
        ).prefetch_related("funders")


class BudgetLine(KeptRecord):
    budget = models.ForeignKey(
        WorkBudget, on_delete=models.PROTECT, related_name="lines", verbose_name="werkbudget"
    )
    name = models.CharField("budgetregel", max_length=150)
    amount = money_field("budget", validators=[MinValueValidator(0)])
    funders = models.ManyToManyField(
        Organisation, related_name="budget_lines", verbose_name="financiers", blank=True
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    objects = BudgetLineQuerySet.as_manager()
    deletion_refusal = "Een budgetregel met verplichtingen blijft bewaard."

    class Meta:
        verbose_name = "budgetregel"
        verbose_name_plural = "budgetregels"
        ordering = ["budget", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "name"], name="budgetline_unique_name"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="budgetline_amount_not_negative"),
        ]

    def __str__(self) -> str:
        return self.name

    # Figures; ``committed`` and ``spent`` come from ``with_totals()``.
    @property
    def available(self) -> Decimal:
        """What is still free to commit: budget minus commitments (negative when over-committed)."""
        return self.amount - self.committed

    @property
    def unspent(self) -> Decimal:
        return self.amount - self.spent

    @property
    def over_committed(self) -> Decimal:
        return max(ZERO, self.committed - self.amount)


class MoneyRecord(KeptRecord):
    """A money record is never negative, unless it corrects an earlier one and says why. It is never deleted
    (every row is kept): a correction is a new record."""

    correction_reason = LimitedTextField("reden van de correctie", max_length=TEXT_MAX, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="vastgelegd door"
    )
    created_at = models.DateTimeField("vastgelegd op", auto_now_add=True)
    is_illustrative = models.BooleanField("illustratief", default=False, help_text=ILLUSTRATIVE_HELP)

    objects = KeptQuerySet.as_manager()
    deletion_refusal = "Een geldboeking wordt nooit verwijderd: leg een correctie vast."

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.amount is not None and self.amount < 0 and not self.correction_reason.strip():
            raise ValidationError(
                {
                    "correction_reason": "Een negatief bedrag is alleen toegestaan als correctie, met een reden."
                }
            )


class Commitment(MoneyRecord):
    budget_line = models.ForeignKey(
        BudgetLine, on_delete=models.PROTECT, related_name="commitments", verbose_name="budgetregel"
    )
    supplier = models.CharField("leverancier of persoon", max_length=200)
    purpose = models.CharField("doel", max_length=300)
    amount = money_field("bedrag")
    committed_on = models.DateField("datum verplichting")
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name="afspraak",
    )
    tempotafel = models.ForeignKey(
        Tempotafel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name="tempotafel",
    )
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name="correctie op",
    )

    class Meta:
        verbose_name = "verplichting"
        verbose_name_plural = "verplichtingen"
        ordering = ["budget_line", "committed_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0) | (Q(corrects__isnull=False) & ~Q(correction_reason="")),
                name="commitment_negative_only_as_correction",
            )
        ]

    def __str__(self) -> str:
        return f"{self.supplier}: {self.purpose}"

    def clean(self):
        super().clean()
        if self.amount is not None and self.amount < 0 and self.corrects_id is None:
            raise ValidationError({"amount": "Een negatief bedrag corrigeert een eerdere verplichting."})
        if self.corrects_id and self.corrects.budget_line_id != self.budget_line_id:
            raise ValidationError("Een correctie staat op dezelfde budgetregel als de verplichting zelf.")


class Spending(MoneyRecord):
    commitment = models.ForeignKey(
        Commitment, on_delete=models.PROTECT, related_name="spendings", verbose_name="verplichting"
    )
    period = models.ForeignKey(
        Period, on_delete=models.PROTECT, related_name="spendings", verbose_name="halfjaar"
    )
    amount = money_field("besteed bedrag")

    class Meta:
        verbose_name = "besteding"
        verbose_name_plural = "bestedingen"
        ordering = ["commitment", "period", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0) | ~Q(correction_reason=""),
                name="spending_negative_only_with_reason",
            )
        ]

    def __str__(self) -> str:
        return f"{self.commitment} ({self.period})"
