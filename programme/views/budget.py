"""The werkbudget: the overview (with the core team's capacity beside it), its Excel download, and recording
commitments, corrections and spending."""

from collections.abc import Callable

from django.contrib import messages
from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import core_team_required, role_required
from accounts.forms_flow import attempt
from agreements.models import Period

from .. import services
from ..access import MEANS_READERS
from ..forms import CommitmentForm, CorrectionForm, SpendingForm
from ..models import BudgetLine, Commitment, Spending
from ..overview import HEADERS, build_budget_overview, build_capacity_overview, over_commitment_warning
from .downloads import xlsx_response

COMMITMENTS = Commitment.objects.select_related("budget_line", "agreement", "tempotafel", "created_by")


@role_required(*MEANS_READERS)
def overview(request):
    periods = list(Period.objects.all())
    period = next((p for p in periods if p.code == request.GET.get("periode")), None)
    period = period or Period.objects.current() or (periods[-1] if periods else None)
    budget = build_budget_overview()
    context = {
        "budget": budget,
        "chart": budget.chart(),
        "capacity": build_capacity_overview(period),
        "periods": periods,
        "commitments": Commitment.objects.select_related("budget_line", "agreement", "tempotafel")
        .prefetch_related("corrections")
        .filter(corrects__isnull=True),
        "may_manage": request.user.is_kernteam,
    }
    return render(request, "programme/overview.html", context)


@role_required(*MEANS_READERS)
def export(request):
    """The budget per line and every commitment, as numbers Excel can add up (formula-safe text)."""
    budget = build_budget_overview()
    commitments = Commitment.objects.select_related("budget_line", "corrects").order_by("committed_on", "pk")
    sheets = [
        ("Werkbudget", HEADERS, budget.rows()),
        (
            "Verplichtingen",
            ["Datum", "Budgetregel", "Leverancier of persoon", "Doel", "Bedrag", "Correctie op", "Reden"],
            [
                [
                    c.committed_on,
                    c.budget_line.name,
                    c.supplier,
                    c.purpose,
                    c.amount,
                    str(c.corrects) if c.corrects_id else "",
                    c.correction_reason,
                ]
                for c in commitments
            ],
        ),
    ]
    return xlsx_response("werkbudget", sheets)


@require_http_methods(["GET", "POST"])
@core_team_required
def commitment_create(request):
    form = CommitmentForm(request.POST or None, initial={"budget_line": request.GET.get("regel")})
    if request.method == "POST" and form.is_valid():
        commitment = attempt(form, services.record_commitment, by=request.user, **form.cleaned_data)
        if commitment:
            _report_line(request, commitment.budget_line, f"De verplichting ‘{commitment}’ is vastgelegd.")
            return redirect(reverse("programme:overview") + "#verplichtingen")
    return render(request, "programme/commitment_form.html", {"form": form})


@role_required(*MEANS_READERS)
def commitment_detail(request, pk):
    return _commitment_page(request, get_object_or_404(COMMITMENTS, pk=pk))


@require_POST
@core_team_required
def commitment_correct(request, pk):
    def done(commitment: Commitment, correction: Commitment) -> None:
        _report_line(request, commitment.budget_line, "De correctie is vastgelegd.")

    return _record_on_commitment(request, pk, CorrectionForm, services.correct_commitment, done)


@require_POST
@core_team_required
def spending_create(request, pk):
    def done(commitment: Commitment, spending: Spending) -> None:
        messages.success(request, f"De besteding in het {spending.period.label} is vastgelegd.")

    return _record_on_commitment(request, pk, SpendingForm, services.record_spending, done)


def _record_on_commitment(request, pk: int, form_class: type[Form], service: Callable, done: Callable):
    """A correction or a spending on commitment ``pk``: the form's fields are the service's arguments. Saved:
    ``done`` says so and the commitment's page follows; refused: the page again with the form's errors."""
    commitment = get_object_or_404(COMMITMENTS, pk=pk)
    form = form_class(request.POST)
    if form.is_valid():
        recorded = attempt(form, service, by=request.user, commitment=commitment, **form.cleaned_data)
        if recorded:
            done(commitment, recorded)
            return redirect("programme:commitment_detail", pk=pk)
    form_name = "correction_form" if form_class is CorrectionForm else "spending_form"
    return _commitment_page(request, commitment, status=400, **{form_name: form})


def _commitment_page(request, commitment: Commitment, *, status: int = 200, **forms) -> HttpResponse:
    context = {
        "commitment": commitment,
        "corrections": commitment.corrections.select_related("created_by"),
        "spendings": commitment.spendings.select_related("period", "created_by"),
        "correction_form": CorrectionForm(),
        "spending_form": SpendingForm(),
        "may_manage": request.user.is_kernteam,
        **forms,
    }
    return render(request, "programme/commitment_detail.html", context, status=status)


def _report_line(request, line: BudgetLine, done: str) -> None:
    """Say what happened, and warn when the line's commitments now exceed its budget."""
    messages.success(request, done)
    line = BudgetLine.objects.with_totals().get(pk=line.pk)
    if warning := over_commitment_warning(line):
        messages.warning(request, f"Let op: {line.name}. {warning}.")
