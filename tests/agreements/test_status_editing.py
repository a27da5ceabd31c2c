"""Editing the status of an agreement for the open half year: copy forward, reasons, rights, locks."""

import pytest
from django.urls import reverse

from agreements.models import AgreementStatus, StatusLock, TrafficLight
from reports.factsheets.services import approve_factsheet
from reports.models import Factsheet
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.status_form import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(other_pillar):
    """Agreement 13 in pillar 2, rated geel in the closed 2021-h2, and the open 2022-h1."""
    closed, current = periods(3)[1:]
    agreement = agreement_13(other_pillar)
    AgreementStatusFactory(
        agreement=agreement, period=closed, colour=TrafficLight.GEEL, progress="Vorig halfjaar: plan klaar."
    )
    return agreement, closed, current


def edit_url(number=13, **query):
    url = reverse("agreements:status_edit", args=[number])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_a_new_status_form_starts_from_the_previous_half_year(client, kernteam, setting):
    client.force_login(kernteam)
    response = client.get(edit_url())
    form = response.context["form"]
    assert form.initial["colour"] == "geel"
    assert form.initial["progress"] == "Vorig halfjaar: plan klaar."
    assert form.initial["version"] == 0
    assert "begint met de waarden van 2e halfjaar 2021" in response.content.decode()


def test_changing_the_colour_needs_a_reason(client, kernteam, setting):
    agreement, _, current = setting
    client.force_login(kernteam)
    response = client.post(edit_url(), form_data(colour="rood"))
    assert response.status_code == 200
    assert "Geef een reden voor de kleurwijziging (van geel naar rood)." in response.content.decode()
    assert not AgreementStatus.objects.filter(period=current).exists()
    response = client.post(edit_url(), form_data(colour="rood", colour_change_reason="Vergunning vertraagd."))
    assert response.status_code == 302
    status = AgreementStatus.objects.get(agreement=agreement, period=current)
    assert (status.colour, status.colour_change_reason, status.version) == (
        "rood",
        "Vergunning vertraagd.",
        1,
    )
    assert status.updated_by == kernteam


def test_keeping_the_colour_needs_no_reason_and_saving_again_raises_the_version(client, tempomaker, pillar):
    current = periods(1)[0]
    agreement = agreement_13(pillar)
    client.force_login(tempomaker)
    assert client.post(edit_url(), form_data()).status_code == 302
    assert client.post(edit_url(), form_data(version="1", progress="Verder gekomen.")).status_code == 302
    status = AgreementStatus.objects.get(agreement=agreement, period=current)
    assert (status.version, status.progress) == (2, "Verder gekomen.")
    # Changing the stored colour needs a reason too, even without a previous half year.
    response = client.post(edit_url(), form_data(version="2", colour="groen"))
    assert "Geef een reden voor de kleurwijziging (van geel naar groen)." in response.content.decode()


def test_each_save_is_kept_in_the_history_with_the_user(client, kernteam, setting):
    agreement, _, current = setting
    client.force_login(kernteam)
    client.post(edit_url(), form_data())
    client.post(edit_url(), form_data(version="1", phase="afgerond"))
    records = list(AgreementStatus.history.filter(period=current).order_by("history_date"))
    assert [r.history_user for r in records] == [kernteam, kernteam]
    assert [r.history_type for r in records] == ["+", "~"]
    delta = records[1].diff_against(records[0])
    assert {c.field: (c.old, c.new) for c in delta.changes if c.field != "version"} == {
        "phase": ("in_uitvoering", "afgerond")
    }


def test_a_safe_next_is_followed_and_an_outside_one_is_ignored(client, kernteam, setting):
    client.force_login(kernteam)
    response = client.post(edit_url(), {**form_data(), "next": "/rapportages/factsheet/2/"})
    assert response["Location"] == "/rapportages/factsheet/2/"
    response = client.post(edit_url(), {**form_data(version="1"), "next": "https://evil.example/"})
    assert response["Location"] == reverse("agreements:detail", args=[13])
    response = client.get(edit_url(next="//evil.example/"))
    assert 'value="//evil.example/"' not in response.content.decode()


def test_closed_periods_cannot_be_edited(client, kernteam, other_pillar):
    agreement_13(other_pillar)
    periods(2, open_last=False)
    client.force_login(kernteam)
    response = client.get(edit_url())
    assert response.status_code == 403
    assert "geen open periode" in response.content.decode()
    assert client.post(edit_url(), form_data()).status_code == 403
    assert not AgreementStatus.objects.exists()


def test_an_approved_factsheet_locks_the_pillars_statuses(client, tempomaker, ambassadeur, pillar):
    current = periods(1)[0]
    agreement_13(pillar)
    submitted = Factsheet.objects.create(pillar=pillar, period=current, state=Factsheet.State.SUBMITTED)
    approve_factsheet(factsheet=submitted, user=ambassadeur)
    client.force_login(tempomaker)
    response = client.get(edit_url())
    assert response.status_code == 403
    assert "De factsheet van pijler 3 voor 1e halfjaar 2021 is goedgekeurd" in response.content.decode()
    assert client.post(edit_url(), form_data()).status_code == 403
    assert not AgreementStatus.objects.exists()
    detail = client.get(reverse("agreements:detail", args=[13])).content.decode()
    assert "liggen daarmee vast" in detail and "bewerken</a>" not in detail


def test_the_detail_page_offers_editing_only_to_those_who_may(client, tempomaker, other_tempomaker, pillar):
    periods(1)
    agreement_13(pillar)
    client.force_login(tempomaker)
    assert edit_url() in client.get(reverse("agreements:detail", args=[13])).content.decode()
    client.force_login(other_tempomaker)
    assert edit_url() not in client.get(reverse("agreements:detail", args=[13])).content.decode()


def test_the_lock_is_agreements_own_state(client, tempomaker, pillar):
    """The editor asks only agreements: a lock without any factsheet refuses, lifting it frees the editor."""
    current = periods(1)[0]
    agreement_13(pillar)
    StatusLock.objects.lock(
        pillar_id=pillar.pk, period_id=current.pk, by=None, reason="Factsheet goedgekeurd"
    )
    client.force_login(tempomaker)
    assert client.get(edit_url()).status_code == 403
    assert StatusLock.objects.unlock(pillar_id=pillar.pk, period_id=current.pk)
    assert client.get(edit_url()).status_code == 200
