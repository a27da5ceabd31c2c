"""Adopted minutes are history: the meeting, its agenda items, decisions and documents cannot be deleted, not in
the admin (one by one or in bulk), not through a model, not through a queryset (issue 11, defect 4)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from governance.models import AgendaItem, Decision, Meeting, MeetingDocument
from tests.factories import PeriodFactory

pytestmark = pytest.mark.django_db


def minutes(meeting, kernteam) -> dict:
    item = AgendaItem.objects.create(meeting=meeting, number=1, title="Versnelling Kanaalzone")
    records = {
        "meeting": meeting,
        "item": item,
        "decision": Decision.objects.create(agenda_item=item, text="Akkoord", recorded_by=kernteam),
        "document": MeetingDocument.objects.create(
            meeting=meeting,
            kind=MeetingDocument.Kind.REPORT,
            title="Voortgangsrapportage",
            period=PeriodFactory(),
            uploaded_by=kernteam,
        ),
    }
    return records


def admin_url(obj, action: str) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_{action}", args=[obj.pk])


def test_adopted_minutes_survive_the_admin_the_models_and_the_querysets(
    client, beheerder, kernteam, bo_meeting
):
    records = minutes(bo_meeting, kernteam)
    Meeting.objects.filter(pk=bo_meeting.pk).update(minutes_adopted_at=timezone.now())
    client.force_login(beheerder)
    for obj in records.values():
        obj.refresh_from_db()
        assert client.post(admin_url(obj, "delete"), {"post": "yes"}).status_code == 403
        changelist = client.get(reverse(f"admin:governance_{obj._meta.model_name}_changelist"))
        assert "delete_selected" not in changelist.content.decode()  # no bulk delete that could hit them
        with pytest.raises(ValidationError, match="vastgeste"):
            obj.delete()
        with pytest.raises(ValidationError, match="vastgeste"):
            type(obj).objects.all().delete()
    assert (Meeting.objects.count(), AgendaItem.objects.count(), Decision.objects.count()) == (1, 1, 1)
    assert MeetingDocument.objects.count() == 1


def test_before_adoption_a_document_and_an_empty_meeting_may_still_go(kernteam, bodies, bo_meeting):
    records = minutes(bo_meeting, kernteam)
    records["document"].delete()
    assert not MeetingDocument.objects.exists()
    empty = Meeting.objects.create(
        body=bo_meeting.body, starts_at=bo_meeting.starts_at, ends_at=bo_meeting.ends_at
    )
    empty.delete()
    assert Meeting.objects.count() == 1
