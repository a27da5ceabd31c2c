"""Invented demo facts are visibly marked wherever they appear: a banner on every page while demo data is
loaded, "illustratief" beside every illustrative agreement (list, page, overview, status form, export), and a
real register import clears the mark."""

import pytest
from django.urls import reverse

from agreements.exports import xlsx_bytes
from agreements.models import Agreement, Deal
from agreements.register import HEADERS
from tests.agreements.factories import AgreementStatusFactory, periods
from tests.agreements.register_files import confirm, row, upload
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db
MARK = '<span class="tag-illustrative"'


@pytest.fixture
def demo(pillar):
    Deal.objects.create(name="Woondeal regio Demo", region="regio Demo", demo_data=True)
    invented = AgreementFactory(
        number=3, pillar=pillar, title="Versnellen door gebiedsteams", is_illustrative=True
    )
    AgreementFactory(number=6, pillar=pillar, title="Regionaal monitoringssysteem")
    (period,) = periods(1)
    AgreementStatusFactory(agreement=invented, period=period, colour="groen", needs_attention=True)
    return invented


def test_every_page_shows_the_demo_banner_while_demo_data_is_loaded(client, kernteam, demo):
    client.force_login(kernteam)
    for url in (reverse("agreements:list"), reverse("monitor:dashboard"), reverse("home")):
        assert "Demo-omgeving." in client.get(url).content.decode(), url
    Deal.objects.update(demo_data=False)
    assert "Demo-omgeving." not in client.get(reverse("agreements:list")).content.decode()


def test_an_illustrative_agreement_is_marked_on_every_page(client, kernteam, demo):
    client.force_login(kernteam)
    pages = [
        reverse("agreements:list"),
        reverse("agreements:detail", args=[3]),
        reverse("agreements:status_edit", args=[3]),
        reverse("agreements:overview"),  # listed there as flagged for the board's attention
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert MARK in html, url
    real = client.get(reverse("agreements:detail", args=[6])).content.decode()
    assert "<h1>Afspraak 6: Regionaal monitoringssysteem</h1>" in real
    export = client.get(reverse("agreements:export"), {"format": "csv"}).content.decode("utf-8-sig")
    lines = {line.split(";")[0]: line for line in export.splitlines()}
    assert lines["3"].endswith(";ja (demo-onderwerp)") and lines["6"].endswith(";nee")


def test_a_real_register_import_clears_the_illustrative_mark(client, kernteam, demo, pillar):
    client.force_login(kernteam)
    response = upload(
        client,
        xlsx_bytes(
            HEADERS,
            [row(number=3, pillar=pillar.number, title="Versnellen", trekker="", betrokken_organisaties="")],
        ),
    )
    changes = response.context["plan"].changes[0].changes
    assert ("Illustratief", "ja", "nee (uit het register)") in {(c.label, c.old, c.new) for c in changes}
    confirm(client, response)
    assert Agreement.objects.get(number=3).is_illustrative is False
