"""The progress report's annex shows the programme's means: the werkbudget per line (budget, committed, spent,
still free) and the core team's capacity in the report's half year, read back from a real PDF."""

import io
import re
from decimal import Decimal

import pypdf
import pytest

from agreements.models import Organisation
from benchmarks.report_world import make_report_world
from programme.models import CapacityPosition, Formation
from reports.pdf import render_pdf
from reports.progress.output import compile_report, report_html
from tests.factories import UserFactory

from .factories import BudgetLineFactory, CommitmentFactory, WorkBudgetFactory

pytestmark = pytest.mark.django_db


def test_the_report_annex_holds_the_budget_and_the_capacity():
    user = UserFactory(username="kernteam-middelen", kernteam=True)
    period = make_report_world(user=user, numbers=12)
    line = BudgetLineFactory(budget=WorkBudgetFactory(), name="Monitoring", amount=Decimal("200000.00"))
    CommitmentFactory(budget_line=line, amount=Decimal("45000.00"))
    formation = Formation.objects.create(name="Kernteam 2021", planned_fte=Decimal("4.00"))
    regio, _ = Organisation.objects.get_or_create(name="Regio Arnhem Nijmegen", defaults={"kind": "regio"})
    CapacityPosition.objects.create(
        formation=formation, period=period, organisation=regio, role="Lid kernteam", fte=Decimal("1.50")
    )
    html = report_html(compile_report(period, charts=False))
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(html, title="Voortgangsrapportage")))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert "Bijlage: middelen (werkbudget en capaciteit)" in text
    assert re.search(r"Monitoring € 200\.000,00 € 45\.000,00 € 0,00 € 155\.000,00", text), text[-800:]
    assert "beoogd 4 fte, ingevuld 1,5 fte, vacant 0 fte" in text
