"""The programme's money history stays: a commitment or spending is corrected by a new record, never deleted,
and a budget line with commitments stays (issue 11, defect 4: model and queryset; the admin offers no delete)."""

import pytest
from django.core.exceptions import ValidationError

from programme.models import BudgetLine, Commitment
from tests.programme.factories import BudgetLineFactory, CommitmentFactory

pytestmark = pytest.mark.django_db


def test_a_commitment_and_its_budget_line_are_never_deleted():
    commitment = CommitmentFactory()
    with pytest.raises(ValidationError, match="nooit verwijderd"):
        commitment.delete()
    with pytest.raises(ValidationError, match="nooit verwijderd"):
        Commitment.objects.all().delete()
    with pytest.raises(ValidationError, match="met verplichtingen blijft bewaard"):
        commitment.budget_line.delete()
    with pytest.raises(ValidationError, match="met verplichtingen blijft bewaard"):
        BudgetLine.objects.all().delete()
    assert (Commitment.objects.count(), BudgetLine.objects.count()) == (1, 1)


def test_a_budget_line_without_commitments_may_still_be_removed():
    line = BudgetLineFactory()
    BudgetLine.objects.filter(pk=line.pk).delete()
    assert not BudgetLine.objects.exists()
