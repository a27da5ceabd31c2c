"""Two colleagues confirm the same monitor import at the same moment: it is committed once, the other gets the
Dutch refusal, never a server error (SQLite and PostgreSQL)."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from monitor import services
from monitor.models import MonitorImport
from tests.concurrency import logged_in, no_server_error, simultaneously
from tests.factories import UserFactory
from tests.monitor.conftest import plan, xlsx

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_simultaneous_commits_of_one_import(region, kernteam):
    pending, _ = services.upload_monitor_import(
        content=xlsx([plan()]),
        filename="plannen.xlsx",
        peildatum=datetime.date(2021, 4, 1),
        uploaded_by=kernteam,
    )
    url = reverse("monitor:import_commit", args=[pending.pk])
    first, second = logged_in(kernteam), logged_in(UserFactory(kernteam=True))
    responses = simultaneously(lambda: first.post(url), lambda: second.post(url))
    no_server_error(responses)
    said = sorted(m.level_tag for r in responses for m in get_messages(r.wsgi_request))
    assert said == ["error", "success"]
    refused = next(r for r in responses if r.url != reverse("monitor:imports"))
    assert "kan niet bevestigd worden" in str(list(get_messages(refused.wsgi_request))[0])
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.COMMITTED
