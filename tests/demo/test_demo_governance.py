"""The demo's governance: the bodies with illustrative members, the 2021 DO and BO meetings, escalations of red
agreements with decisions and follow-up in different states, and the 2021-h1 report that uses them."""

import pytest

from accounts.models import User
from agreements.models import AgreementStatus, Period, TrafficLight
from governance.models import Body, BodyMember, Decision, Escalation, FollowUp, Meeting
from reports.progress.report import build_progress_report

pytestmark = pytest.mark.django_db


def test_the_demo_walks_the_cycle_of_2021(seeded):
    assert set(Body.objects.values_list("kind", flat=True)) == {"bo", "do", "kernteam", "nier"}
    named = BodyMember.objects.filter(user__isnull=True)
    assert named.exists() and all(m.is_illustrative and "illustratief" in m.name for m in named)
    assert BodyMember.objects.filter(user__username="bestuur", body__kind="bo").exists()
    for kind in ("bo", "do"):
        days = Meeting.objects.filter(body__kind=kind, starts_at__year=2021).dates("starts_at", "month")
        assert [d.month for d in days] == [3, 6, 9, 12]

    escalated = Escalation.objects.exclude(agreement=None)
    assert escalated.count() >= 2
    for escalation in escalated:
        status = AgreementStatus.objects.get(agreement=escalation.agreement, period=escalation.period)
        assert status.colour == TrafficLight.ROOD
    assert Decision.objects.filter(agenda_item__escalation__in=escalated).count() >= 2
    assert {f.state_label for f in FollowUp.objects.all()} == {"Gedaan", "Te laat"}
    assert Decision.objects.exclude(corrects=None).exists()
    for model in (Meeting, Escalation, Decision, FollowUp):  # invented facts say so
        assert model.objects.exists() and not model.objects.filter(is_illustrative=False).exists(), model

    report = build_progress_report(Period.objects.get(code="2021-h1"))
    texts = [d.text for d in report.decisions.decisions]
    assert any("stikstofruimte" in text for text in texts)
    assert {f.state for d in report.decisions.decisions for f in d.follow_ups} == {"Gedaan", "Te laat"}
    assert Escalation.objects.open().filter(period__code="2021-h1").exists(), (
        "the h1 summary has an open question"
    )


def test_pages_mark_the_demo_meetings_as_illustrative(seeded, client):
    meeting = Meeting.objects.filter(body__kind="bo", minutes_adopted_at__isnull=False).first()
    client.force_login(User.objects.get(username="kernteam"))
    body = client.get(meeting.get_absolute_url()).content.decode()
    heading = body[body.index("<h1>") : body.index("</h1>")]
    assert "tag-illustrative" in heading
    assert body.count('class="tag-illustrative"') > 1  # the decisions too
