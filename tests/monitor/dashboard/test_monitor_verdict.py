"""Status suggested from the monitor: an agreement linked to a target shows the monitor's verdict beside its
light on the status form and its page; the period overview flags every light that disagrees with it."""

import pytest
from django.urls import reverse

from agreements.models import Agreement
from monitor.models import AgreementTarget, Target

pytestmark = pytest.mark.django_db
VERDICT = "Monitor: 5,1 % van ≥ 130 %, doel nog niet gehaald"  # known_monitor: 2,000 homes to 2030 of 39,000


@pytest.fixture
def linked(known_monitor):
    for number in (44, 13):  # 44 is green, 13 red in 2021-h1
        AgreementTarget.objects.create(
            agreement=Agreement.objects.get(number=number), target=Target.objects.get(code="plan-stock-2030")
        )
    return known_monitor


def test_the_status_form_shows_the_monitors_verdict(client, kernteam, linked):
    client.force_login(kernteam)
    page = client.get(reverse("agreements:status_edit", args=[44])).content.decode()
    assert VERDICT in page
    assert VERDICT in client.get(reverse("agreements:detail", args=[44])).content.decode()
    unlinked = client.get(reverse("agreements:status_edit", args=[47])).content.decode()
    assert "Monitor:" not in unlinked


def test_the_period_overview_flags_a_green_light_below_its_target(client, kernteam, linked):
    client.force_login(kernteam)
    page = client.get(reverse("agreements:overview")).content.decode()
    section = page.split('id="afwijkend-monitor"')[1]
    assert "Stoplicht wijkt af van de monitor (1)</h2>" in page
    assert "Woningbouwimpuls Nijmegen Stationsgebied" in section  # 44: green while the target is not met
    assert "Betaalbare koopwoningen" not in section  # 13: red, as the monitor says
