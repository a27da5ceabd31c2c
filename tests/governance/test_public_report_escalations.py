"""The progress report is public: its board briefing shows an escalation's own texts (what is stuck, what is
asked) only when a meeting shares the escalation's agenda item; other open escalations are counted, and the
agreement's row says that a confidential question lies before the board."""

import pytest
from django.template.loader import render_to_string

from agreements.models import TrafficLight
from governance import services
from reports.models import ProgressReport
from reports.progress.briefing import CONFIDENTIAL_ASKED, build_briefing
from reports.progress.report import build_progress_report
from tests.factories import AgreementFactory, AgreementStatusFactory

pytestmark = pytest.mark.django_db


def briefing(period):
    report = ProgressReport(period=period)
    lines = build_progress_report(period, report).agreements
    return build_briefing(period=period, report=report, lines=lines, region=None)


def test_only_shared_escalations_show_their_texts(kernteam, period, pillar, red_agreement, bo_meeting):
    other = AgreementFactory(number=18, pillar=pillar, title="Grond voor flexwonen")
    AgreementStatusFactory(agreement=other, period=period, colour=TrafficLight.ROOD, progress="Vertraagd.")
    shared = services.open_escalation(
        by=kernteam,
        period=period,
        stuck="Openbaar knelpunt",
        request="Openbare vraag",
        agreement=red_agreement,
    )
    services.put_on_agenda(escalation=shared, meeting=bo_meeting, by=kernteam, is_shared=True)
    services.open_escalation(
        by=kernteam, period=period, stuck="Geheim knelpunt", request="Geheime vraag", agreement=other
    )

    b = briefing(period)
    assert [d.request for d in b.decisions] == ["Openbare vraag"] and b.decisions_confidential == 1
    rows = {row.number: row for row in b.attention}
    assert (rows[17].why, rows[17].asked) == ("Openbaar knelpunt", "Openbare vraag")
    assert (rows[18].why, rows[18].asked) == ("Vertraagd.", CONFIDENTIAL_ASKED)

    cover = render_to_string("reports/_briefing_cover.html", {"report": {"briefing": b}})
    assert "Openbare vraag" in cover and "Geheim" not in cover
    assert "Daarnaast ligt 1 vertrouwelijke vraag aan het bestuur voor" in cover
