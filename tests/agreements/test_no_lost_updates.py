"""Two people edit the same status: the second save is refused with both versions shown, nothing overwritten."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from agreements.models import AgreementStatus
from agreements.services import StatusConflict, open_status_edit, save_status
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.status_form import form_data

pytestmark = pytest.mark.django_db
URL = reverse("agreements:status_edit", args=[13])


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_second_of_two_edits_gets_a_conflict_page(kernteam, tempomaker, pillar):
    current = periods(1)[0]
    agreement = agreement_13(pillar)
    AgreementStatusFactory(agreement=agreement, period=current, colour="geel", progress="Start.", version=3)
    first, second = logged_in(kernteam), logged_in(tempomaker)
    assert first.get(URL).context["form"].initial["version"] == 3
    assert second.get(URL).context["form"].initial["version"] == 3
    assert first.post(URL, form_data(version="3", progress="Versie van het kernteam.")).status_code == 302
    response = second.post(URL, form_data(version="3", progress="Versie van de tempomaker."))
    assert response.status_code == 409
    page = response.content.decode()
    assert "Iemand anders heeft deze status intussen gewijzigd" in page
    assert "Versie van de tempomaker." in page and "Versie van het kernteam." in page
    assert escape(str(kernteam)) in page  # as rendered: a name like "van 't Riet" is HTML-escaped
    status = AgreementStatus.objects.get()
    assert (status.progress, status.version, status.updated_by) == ("Versie van het kernteam.", 4, kernteam)
    assert AgreementStatus.history.count() == 2  # the factory's creation and the first save only


def test_two_first_assessments_of_the_same_agreement_conflict_too(kernteam, tempomaker, pillar):
    periods(1)
    agreement_13(pillar)
    first, second = logged_in(kernteam), logged_in(tempomaker)
    assert first.post(URL, form_data(progress="Eerste.")).status_code == 302
    response = second.post(URL, form_data(progress="Tweede."))
    assert response.status_code == 409
    assert AgreementStatus.objects.get().progress == "Eerste."


def test_the_service_refuses_a_stale_version_and_writes_nothing(kernteam, pillar):
    current = periods(1)[0]
    agreement = agreement_13(pillar)
    status = AgreementStatusFactory(agreement=agreement, period=current, colour="groen", version=5)
    values = {**form_data(colour="groen", needs_attention=False), "needs_attention": False}
    edit = open_status_edit(user=kernteam, agreement=agreement, period=current)
    with pytest.raises(StatusConflict) as raised:
        save_status(edit=edit, values=values, expected_version=4)
    assert raised.value.stored.pk == status.pk
    status.refresh_from_db()
    assert status.version == 5 and status.colour == "groen" and status.needs_attention is False
    saved = save_status(edit=edit, values=values, expected_version=5)
    assert saved.version == 6
    assert saved.history.latest().history_user == kernteam
