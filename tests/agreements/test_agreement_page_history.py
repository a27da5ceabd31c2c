"""The agreement page shows the half years so far (past and current), not the empty future, with a compact
strip of the lights so far."""

import pytest
from django.urls import reverse

from agreements.models import Period
from tests.factories import AgreementFactory, AgreementStatusFactory, PeriodFactory

pytestmark = pytest.mark.django_db


def test_only_past_and_current_half_years_with_a_strip_of_lights(client, partner, pillar):
    closed = PeriodFactory(year=2021, half=1, state=Period.State.CLOSED)
    current = PeriodFactory(year=2021, half=2)
    for year in range(2022, 2031):
        for half in (1, 2):
            PeriodFactory(year=year, half=half)
    agreement = AgreementFactory(number=21, pillar=pillar)
    AgreementStatusFactory(agreement=agreement, period=closed, colour="rood")
    AgreementStatusFactory(agreement=agreement, period=current, colour="groen")
    client.force_login(partner)
    html = client.get(reverse("agreements:detail", args=[21])).content.decode()
    assert "1e halfjaar 2021" in html and "2e halfjaar 2021" in html
    assert "1e halfjaar 2022" not in html and "2030" not in html
    strip = html[html.index('class="light-strip"') : html.index("</ol>", html.index('class="light-strip"'))]
    assert strip.index("1e halfjaar 2021") < strip.index("2e halfjaar 2021")  # oldest first
    assert "Rood" in strip and "Groen" in strip
