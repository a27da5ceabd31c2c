"""The core team loads the agreement register from Excel: preview of every change and error, then confirm."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.exports import xlsx_bytes
from agreements.models import Agreement, Organisation, RegisterUpload
from agreements.register import HEADERS
from jobs.models import Job
from tests.agreements.register_files import URL, confirm, row, upload
from tests.factories import AgreementFactory, UserFactory
from tests.hostile_workbooks import lying_zip_bomb, with_entity_attack, zip_of
from tests.jobs.follow import started_job

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(pillar, other_pillar):
    portaal = Organisation.objects.create(name="Portaal", short_name="Portaal", kind="corporatie")
    arnhem = Organisation.objects.create(name="Gemeente Arnhem", kind="gemeente")
    first = AgreementFactory(
        number=1,
        pillar=other_pillar,
        title="Middenhuur",
        text="Regels\nover huur\r\nmet - streepjes",
        scale="lokaal",
        kind="beleid",
        horizon="2025",
        lands_in="prestatieafspraken",
        lead_organisation=portaal,
    )
    first.organisations.set([portaal, arnhem])
    AgreementFactory(number=2, pillar=pillar, title="-1 is geen formule maar tekst", text="=SOM(A1)")
    return {"portaal": portaal, "arnhem": arnhem}


def test_an_exported_register_imports_without_changes(client, kernteam, register):
    client.force_login(kernteam)
    exported = client.get(reverse("agreements:register_export"))
    assert exported["Content-Disposition"] == 'attachment; filename="afsprakenregister.xlsx"'
    response = upload(client, exported.content)
    plan = response.context["plan"]
    assert (plan.changes, plan.errors, plan.unchanged) == ([], [], 2)
    assert "Wijzigingen opslaan" not in response.content.decode()


def test_the_preview_lists_every_change_and_nothing_is_written_until_confirmed(client, kernteam, register):
    client.force_login(kernteam)
    headers_in_other_case = [" Nummer", "PIJLER", *HEADERS[2:8], "Trekker ", "Betrokken organisaties"]
    data = xlsx_bytes(headers_in_other_case, [row(number=1, pillar=2, title="Middenhuur versneld"), row()])
    response = upload(client, data)
    plan = response.context["plan"]
    assert plan.errors == []
    changed, new = plan.changes
    assert (changed.number, changed.is_new, new.number, new.is_new) == (1, False, 3, True)
    assert ("titel", "Middenhuur", "Middenhuur versneld") in {
        (c.label, c.old, c.new) for c in changed.changes
    }
    assert ("soort", "Beleid", "Bouwproductie") in {(c.label, c.old, c.new) for c in changed.changes}
    assert "Nieuw: afspraak 3: Circulair bouwen" in response.content.decode()
    assert Agreement.objects.count() == 2 and Agreement.objects.get(number=1).title == "Middenhuur"

    preview = response
    response = confirm(client, preview)
    assert response.status_code == 302
    new_agreement = Agreement.objects.get(number=3)
    assert new_agreement.lead_organisation == register["portaal"]
    assert set(new_agreement.organisations.all()) == {register["portaal"], register["arnhem"]}
    assert new_agreement.horizon == "2026" and new_agreement.kind == "bouwproductie"
    assert Agreement.objects.get(number=1).history.latest().history_user == kernteam
    assert confirm(client, preview).status_code == 302  # nothing pending any more
    assert Agreement.history.count() == 2 + 2 and not RegisterUpload.objects.exists()


def test_row_errors_name_row_and_column_and_block_the_import(client, kernteam, register):
    client.force_login(kernteam)
    rows = [
        row(number="abc"),
        row(number=4, pillar=9, schaalniveau="wereldwijd", trekker="Onbekend BV"),
        row(number=5, title="", betrokken_organisaties="Portaal; Nergens"),
        row(number=5, title="Dubbel"),
    ]
    response = upload(client, xlsx_bytes(HEADERS, rows))
    errors = {(e.row, e.column) for e in response.context["plan"].errors}
    assert errors == {
        (2, "nummer"),
        (3, "pijler"),
        (3, "schaalniveau"),
        (3, "trekker"),
        (4, "titel"),
        (4, "betrokken_organisaties"),
    }
    page = response.content.decode()
    assert "Onbekende organisatie &#x27;Nergens&#x27;." in page and "Wijzigingen opslaan" not in page
    assert response.context["upload_id"] is None and not RegisterUpload.objects.exists()
    assert confirm(client, response).status_code == 302
    assert Agreement.objects.count() == 2


def test_a_duplicate_number_in_the_file_is_an_error(client, kernteam, register):
    client.force_login(kernteam)
    response = upload(client, xlsx_bytes(HEADERS, [row(), row(title="Nogmaals")]))
    [error] = response.context["plan"].errors
    assert (error.row, error.column, error.message) == (3, "nummer", "Nummer 3 staat ook al in rij 2.")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"nummer;titel\n1;Middenhuur\n", "Dit is geen Excel-bestand (.xlsx)."),
        (b"PK\x03\x04 kapot", "Het bestand is beschadigd of geen geldige Excel-werkmap"),
        (zip_of({"document.txt": b"geen werkmap"}), "Dit is geen Excel-bestand (.xlsx)."),
        # The same upload checks as the monitor import (agreements/uploads.py):
        (lying_zip_bomb(), "uitgepakt te groot"),
        (with_entity_attack("xl/sharedStrings.xml"), "XML-documenttypedefinitie"),
        (xlsx_bytes(["nummer", "titel"], [[1, "x"]]), "Deze kolommen ontbreken: pijler, tekst, schaalniveau"),
        (xlsx_bytes(HEADERS, []), "Het bestand bevat geen afspraken."),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    client, kernteam, register, data, message, settings
):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 10 * 1024 * 1024  # the zip bomb inflates to 12 MB
    client.force_login(kernteam)
    response = client.post(URL, {"file": SimpleUploadedFile("register.xlsx", data), "action": "preview"})
    if response.status_code == 302:  # refused while checking on the worker: told on the job's page
        job = started_job(response)
        assert job.state == Job.State.FAILED and message in job.error
        response = client.get(response["Location"])
    else:  # refused by the upload form itself
        assert response.status_code == 400
    assert message in response.content.decode()
    assert Agreement.objects.count() == 2 and not RegisterUpload.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, kernteam, register, settings):
    settings.UPLOAD_MAX_BYTES = 2048
    client.force_login(kernteam)
    response = upload(client, xlsx_bytes(HEADERS, [row(tekst="x" * 5000)]))
    assert response.status_code == 400
    assert "Het bestand is te groot" in response.content.decode()
    assert not Agreement.objects.filter(number=3).exists()


def test_a_register_changed_after_the_preview_is_not_overwritten(client, kernteam, register):
    client.force_login(kernteam)
    preview = upload(client, xlsx_bytes(HEADERS, [row(number=1, pillar=2, title="Nieuwe titel")]))
    Agreement.objects.filter(number=1).update(title="Intussen door een collega gewijzigd")
    job = started_job(confirm(client, preview))
    assert job.state == Job.State.FAILED and "Het register is intussen gewijzigd" in job.error
    assert Agreement.objects.get(number=1).title == "Intussen door een collega gewijzigd"
    assert not RegisterUpload.objects.exists()  # confirming again would write changes nobody has seen
    again = upload(client, xlsx_bytes(HEADERS, [row(number=1, pillar=2, title="Nieuwe titel")]))
    assert "Intussen door een collega gewijzigd" in again.content.decode()  # the new preview shows it
    assert started_job(confirm(client, again)).state == Job.State.DONE
    assert Agreement.objects.get(number=1).title == "Nieuwe titel"


def test_checking_and_confirming_run_in_the_background_with_progress(client, kernteam, register):
    client.force_login(kernteam)
    response = client.post(
        URL, {"file": SimpleUploadedFile("register.xlsx", xlsx_bytes(HEADERS, [row()])), "action": "preview"}
    )
    check = started_job(response)
    assert check.state == Job.State.DONE and check.upload is None  # the upload is not kept with the job
    assert check.stage == "Het bestand is gecontroleerd: 1 afspraak/afspraken met wijzigingen."
    status = client.get(reverse("jobs:status", args=[check.pk])).json()
    assert status["percent"] == 100 and status["result_url"] == check.result_url
    preview = client.get(check.result_url)
    assert "Nieuw: afspraak 3: Circulair bouwen" in preview.content.decode()
    confirmed = started_job(confirm(client, preview))
    assert confirmed.state == Job.State.DONE and confirmed.result_url == reverse("agreements:list")
    assert confirmed.stage == "Het register is bijgewerkt: 1 afspraken opgeslagen."
    colleague = type(client)()
    colleague.force_login(UserFactory(username="collega", kernteam=True))
    assert colleague.get(check.result_url).status_code == 404  # a preview is its uploader's


def test_the_checked_file_waits_in_the_database_so_another_server_can_confirm_it(
    client, kernteam, register, django_user_model
):
    """No server's disk or process memory holds the upload: a second client (another app server, another
    session) confirms it by its id alone, and nobody else's id works."""
    client.force_login(kernteam)
    preview = upload(client, xlsx_bytes(HEADERS, [row()]))
    staged = RegisterUpload.objects.get()
    assert staged.uploaded_by == kernteam and bytes(staged.content)[:2] == b"PK"
    colleague = django_user_model.objects.create_user(username="collega", password="x")
    other = type(client)()
    other.force_login(kernteam)
    stranger_id = RegisterUpload.objects.create(
        filename="ander.xlsx", content=b"PK", sha256="0" * 64, fingerprint="", uploaded_by=colleague
    ).pk
    refused = other.post(URL, {"action": "confirm", "upload": stranger_id}, follow=True)
    assert "Er staat geen gecontroleerd bestand klaar" in refused.content.decode()
    assert not Agreement.objects.filter(number=3).exists()
    assert other.post(URL, {"action": "confirm", "upload": preview.context["upload_id"]}).status_code == 302
    assert Agreement.objects.get(number=3).title == "Circulair bouwen"


def test_a_cancelled_or_abandoned_upload_is_removed(client, kernteam, register, django_user_model):
    someone = django_user_model.objects.create_user(username="vertrokken", password="x")
    abandoned = RegisterUpload.objects.create(
        filename="oud.xlsx", content=b"PK", sha256="0" * 64, fingerprint="", uploaded_by=someone
    )
    RegisterUpload.objects.filter(pk=abandoned.pk).update(
        uploaded_at=abandoned.uploaded_at - datetime.timedelta(days=2)
    )
    client.force_login(kernteam)
    preview = upload(client, xlsx_bytes(HEADERS, [row()]))
    assert list(RegisterUpload.objects.values_list("uploaded_by", flat=True)) == [kernteam.pk]
    client.post(URL, {"action": "cancel", "upload": preview.context["upload_id"]})
    assert not RegisterUpload.objects.exists() and not Agreement.objects.filter(number=3).exists()


def test_a_register_preview_is_for_the_core_team_only(client, kernteam, bestuur, register):
    client.force_login(kernteam)
    response = client.post(
        URL, {"file": SimpleUploadedFile("register.xlsx", xlsx_bytes(HEADERS, [row()])), "action": "preview"}
    )
    preview_url = started_job(response).result_url
    client.logout()
    assert client.get(preview_url)["Location"].startswith(reverse("login"))
    client.force_login(bestuur)
    assert client.get(preview_url).status_code == 403
