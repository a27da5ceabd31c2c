"""Publishing the report: once, frozen, byte-identical downloads, verifiable with ``verify_publications``."""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from agreements.models import Agreement, AgreementStatus, Period
from benchmarks.report_world import make_report_world
from reports.models import Factsheet, ProgressReport
from reports.progress.publication import publish_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(kernteam):
    return make_report_world(user=kernteam, monitor=False, numbers=12)


@pytest.fixture
def published(period, kernteam):
    report = ProgressReport.objects.get(period=period)
    report.main_results = "Meer woningen op de versnellingslocaties."
    report.save()
    return publish_report(report=report, user=kernteam)


def test_publishing_stores_the_pdf_and_snapshot_with_their_hashes_and_closes_the_period(published):
    assert bytes(published.pdf).startswith(b"%PDF")
    assert published.pdf_sha256 == hashlib.sha256(bytes(published.pdf)).hexdigest()
    assert published.snapshot["summary"][0]["text"] == "Meer woningen op de versnellingslocaties."
    assert len(published.snapshot["agreements"]) == 12
    assert Period.objects.get(pk=published.period_id).state == Period.State.CLOSED
    call_command("verify_publications")


def test_the_download_is_byte_identical_before_and_after_editing_agreements(client, bestuur, published):
    client.force_login(bestuur)
    url = reverse("reports:pdf", args=[published.period.code])
    before = client.get(url)
    assert before["Content-Type"] == "application/pdf"
    Agreement.objects.filter(number=1).update(title="Een heel andere titel")
    AgreementStatus.objects.filter(agreement__number=2).update(colour="rood", progress="Later gewijzigd")
    after = client.get(url)
    assert before.content == after.content == bytes(published.pdf)


def test_the_published_page_shows_the_frozen_changes(client, bestuur, published):
    Agreement.objects.filter(number=1).update(title="Een heel andere titel")
    client.force_login(bestuur)
    page = client.get(reverse("reports:detail", args=[published.period.code])).content.decode()
    assert "Afspraak 1: versnellen" in page
    assert "Een heel andere titel" not in page


def test_flipping_one_byte_makes_verify_publications_fail_and_name_it(published):
    pdf = bytearray(published.pdf)
    pdf[len(pdf) // 2] ^= 0x01
    ProgressReport.objects.filter(pk=published.pk).update(pdf=bytes(pdf))
    with pytest.raises(CommandError, match=r"2021-h1: PDF wijkt af"):
        call_command("verify_publications")


def test_a_changed_snapshot_is_named_too(published):
    snapshot = dict(published.snapshot, title="Vervalst")
    ProgressReport.objects.filter(pk=published.pk).update(snapshot=snapshot)
    with pytest.raises(CommandError, match=r"2021-h1: momentopname wijkt af"):
        call_command("verify_publications")


def test_publishing_twice_is_refused(published, kernteam, client):
    with pytest.raises(ValidationError, match="al gepubliceerd"):
        publish_report(report=published, user=kernteam)
    client.force_login(kernteam)
    response = client.post(
        reverse("reports:publish", args=[published.period.code]), {"confirmed": "ja"}, follow=True
    )
    assert "al gepubliceerd" in response.content.decode()
    assert ProgressReport.objects.get(pk=published.pk).pdf_sha256 == published.pdf_sha256


def test_a_published_report_refuses_every_change(published, kernteam, client):
    published.main_results = "Achteraf herschreven"
    with pytest.raises(ValidationError):
        published.save()
    with pytest.raises(ValidationError):
        published.delete()
    client.force_login(kernteam)
    url = reverse("reports:edit", args=[published.period.code])
    assert client.get(url).status_code == 403
    assert client.post(url, {"main_results": "x", "version": published.version}).status_code == 403
    assert (
        ProgressReport.objects.get(pk=published.pk).main_results
        == "Meer woningen op de versnellingslocaties."
    )


def test_the_admin_shows_a_published_report_read_only(published, beheerder, client):
    client.force_login(beheerder)
    url = reverse("admin:reports_progressreport_change", args=[published.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"main_results": "x"}).status_code == 403


def test_publishing_waits_for_all_six_factsheets_to_be_final(period, kernteam, client):
    Factsheet.objects.filter(period=period, pillar__number=4).update(state=Factsheet.State.APPROVED)
    report = ProgressReport.objects.get(period=period)
    with pytest.raises(ValidationError, match="pijler 4"):
        publish_report(report=report, user=kernteam)
    client.force_login(kernteam)
    page = client.get(reverse("reports:detail", args=[period.code])).content.decode()
    assert "Nog niet alle factsheets zijn definitief: pijler 4." in page
    assert not ProgressReport.objects.get(pk=report.pk).is_published
    assert Period.objects.get(pk=period.pk).is_open


def test_the_core_team_writes_the_management_summary(period, kernteam, client):
    report = ProgressReport.objects.get(period=period)
    client.force_login(kernteam)
    url = reverse("reports:edit", args=[period.code])
    AgreementStatus.objects.filter(period=period, agreement__number=3).update(colour="rood")
    page = client.get(url).content.decode()
    assert "Kleurwijzigingen sinds de vorige rapportage" in page
    assert "- Afspraak 3 (Afspraak 3: versnellen" in page  # the attention part starts as a draft list
    data = {
        "main_results": "Resultaat",
        "acceleration": "Versneld",
        "added_value": "Meerwaarde",
        "attention": "Afspraak 3",
        "next_half_year": "Doorgaan",
        "version": report.version,
    }
    assert client.post(url, data).status_code == 302
    report.refresh_from_db()
    assert (report.main_results, report.version) == ("Resultaat", 2)
    stale = client.post(url, data)  # same version again: someone else saved in between
    assert "Iemand anders heeft de samenvatting intussen gewijzigd" in stale.content.decode()
