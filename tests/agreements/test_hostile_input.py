"""HTML and script in agreement and status texts are shown as text, on every agreement page."""

import pytest
from django.urls import reverse

from agreements.exports import xlsx_bytes
from agreements.register import HEADERS
from tests.agreements.factories import AgreementStatusFactory, periods
from tests.agreements.register_files import row, upload
from tests.agreements.status_form import form_data
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def assert_escaped(response):
    page = response.content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page


def test_hostile_texts_render_as_text(client, kernteam, other_pillar):
    previous, current = periods(2)
    agreement = AgreementFactory(number=13, pillar=other_pillar, title=PAYLOAD, text=PAYLOAD)
    AgreementStatusFactory(agreement=agreement, period=previous, colour="groen", progress=PAYLOAD)
    client.force_login(kernteam)
    edit = reverse("agreements:status_edit", args=[13])
    hostile = form_data(colour="rood", colour_change_reason=PAYLOAD, progress=PAYLOAD, needs_attention="on")
    assert client.post(edit, hostile).status_code == 302
    for url in [
        reverse("agreements:list"),
        reverse("agreements:detail", args=[13]),
        edit,
        reverse("agreements:overview"),
    ]:
        assert_escaped(client.get(url))
    assert_escaped(client.post(edit, hostile))  # the conflict page (stale version 0)


def test_hostile_register_cells_render_as_text_in_the_preview(client, kernteam, pillar):
    client.force_login(kernteam)
    assert_escaped(upload(client, xlsx_bytes(HEADERS, [row(title=PAYLOAD, trekker=PAYLOAD)])))
