"""The public site: open without login only with PUBLIC_SITE on, only published snapshots, no personal data."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from agreements.models import Agreement, AgreementStatus
from tests.public.world import ESCALATION_TEXT, also_published, personal_data

pytestmark = pytest.mark.django_db


def public_urls(code: str) -> list[str]:
    """Every page and download of the public site for the published half year ``code``."""
    urls = [
        reverse("public:index"),
        reverse("public:report", args=[code]),
        reverse("public:report_pdf", args=[code]),
        reverse("public:dashboard_latest"),
        reverse("public:dashboard", args=[code]),
        reverse("public:agreements"),
        reverse("public:open_data"),
        reverse("public:open_data_period", args=[code]),
        reverse("public:package", args=[code]),
        reverse("public:snapshot", args=[code]),
    ]
    for name in ("afspraken", "indicatoren", "doelen"):
        urls += [reverse("public:download", args=[code, name, fmt]) for fmt in ("csv", "json")]
    return urls


def text_of(response) -> str:
    if response["Content-Type"] == "application/pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return response.content.decode("utf-8-sig")


def test_with_the_setting_off_every_public_address_is_not_found(client, published, people, settings):
    settings.PUBLIC_SITE = False
    for url in public_urls(published.period.code):
        assert client.get(url).status_code == 404, url
    client.force_login(people["bestuur"])
    for url in public_urls(published.period.code):
        assert client.get(url).status_code == 404, url


def test_with_the_setting_on_everyone_reads_every_page_and_download_without_login(
    client, public_site, published
):
    for url in public_urls(published.period.code):
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get(reverse("public:report", args=["2021-h1"])).content.decode()
    assert "Meer woningen op de versnellingslocaties." in page
    assert "/toegankelijkheid/" in page and "/.well-known/security.txt" in page


def test_no_name_e_mail_or_escalation_text_on_any_public_page_or_download(
    client, public_site, published, people
):
    forbidden = personal_data() + [ESCALATION_TEXT]
    assert "Bartholomeus Zwijnenburg" in forbidden and "kernteam@example.org" in forbidden
    for url in public_urls(published.period.code):
        text = text_of(client.get(url))
        assert not [word for word in forbidden if word in text], url
    # the board's own PDF does hold them: the public version really leaves them out
    internal = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(bytes(published.pdf))).pages)
    assert "Bartholomeus Zwijnenburg" in internal  # who last edited a factsheet
    assert (
        "Aanpak uitwerken" in internal
    )  # the decision's follow-up, whose owner is a person, is in the report


def test_public_pages_show_the_published_snapshot_not_live_data(client, public_site, published):
    Agreement.objects.filter(number=1).update(title="Een later gewijzigde titel")
    AgreementStatus.objects.filter(agreement__number=1).update(progress="Later bijgewerkt")
    for url in public_urls(published.period.code):
        assert "Een later gewijzigde titel" not in text_of(client.get(url)), url
    page = client.get(reverse("public:agreements")).content.decode()
    assert "Afspraak 1: versnellen en borgen in pijler 1" in page


def test_an_unpublished_half_year_is_not_found(client, public_site, published):
    assert client.get(reverse("public:report", args=["2021-h2"])).status_code == 404
    assert client.get(reverse("public:report", args=["2020-h2"])).status_code == 404
    assert client.get(reverse("public:download", args=["2020-h2", "afspraken", "csv"])).status_code == 404


def test_published_pages_carry_an_etag_and_answer_304_while_nothing_is_published_again(
    client, public_site, published
):
    url = reverse("public:report", args=[published.period.code])
    first = client.get(url)
    assert "public" in first["Cache-Control"] and "max-age=300" in first["Cache-Control"]
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    pdf = client.get(reverse("public:report_pdf", args=[published.period.code]))
    assert client.get(pdf.wsgi_request.path, headers={"if-none-match": pdf["ETag"]}).status_code == 304


def test_the_public_site_is_read_only(client, public_site, published):
    assert client.post(reverse("public:index")).status_code == 405


def test_every_public_page_costs_a_fixed_number_of_queries(client, public_site, published):
    """Counted with one published half year, then with a second one: the counts do not grow with the data."""

    def counts(code):
        found = {}
        for url in public_urls(code):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found[url] = len(queries)
        return found

    first = counts(published.period.code)
    assert set(first.values()) == {2}, first  # the ETag's hashes, then the snapshot(s) or the PDF
    also_published(published, year=2021, half=2)
    assert list(counts("2021-h2").values()) == list(first.values())


def test_the_public_pdf_is_frozen_with_its_hash_and_verified(published):
    from django.core.management import CommandError, call_command

    from reports.models import ProgressReport

    assert bytes(published.public_pdf).startswith(b"%PDF") and published.public_pdf != published.pdf
    call_command("verify_publications")
    pdf = bytearray(published.public_pdf)
    pdf[len(pdf) // 2] ^= 0x01
    ProgressReport.objects.filter(pk=published.pk).update(public_pdf=bytes(pdf))
    with pytest.raises(CommandError, match="openbare PDF"):
        call_command("verify_publications")
