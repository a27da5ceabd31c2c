"""In the admin too: closed periods are read-only and every change is kept with the user."""

import pytest
from django.urls import reverse

from agreements.models import AgreementStatus
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods

pytestmark = pytest.mark.django_db


def admin_form(status, **overrides) -> dict:
    data = {
        "agreement": status.agreement_id,
        "period": status.period_id,
        "colour": status.colour,
        "phase": status.phase,
        "progress": status.progress,
        "output": "",
        "outcome": "",
        "next_actions": "",
        "colour_change_reason": "",
    }
    return data | overrides


def test_a_closed_period_status_cannot_be_changed_or_deleted_in_the_admin(client, beheerder, pillar):
    closed, _ = periods(2)
    status = AgreementStatusFactory(agreement=agreement_13(pillar), period=closed, colour="groen")
    client.force_login(beheerder)
    change = reverse("admin:agreements_agreementstatus_change", args=[status.pk])
    page = client.get(change)
    assert page.status_code == 200 and 'name="colour"' not in page.content.decode()  # shown read-only
    assert client.post(change, admin_form(status, colour="rood")).status_code == 403
    delete = reverse("admin:agreements_agreementstatus_delete", args=[status.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    status.refresh_from_db()
    assert status.colour == "groen"


def test_an_admin_change_is_kept_in_the_history_with_the_user(client, beheerder, pillar):
    current = periods(1)[0]
    status = AgreementStatusFactory(agreement=agreement_13(pillar), period=current, colour="groen")
    client.force_login(beheerder)
    change = reverse("admin:agreements_agreementstatus_change", args=[status.pk])
    data = admin_form(status, colour="geel", colour_change_reason="Vertraging.", seen_version=1)
    response = client.post(change, data)
    assert response.status_code == 302
    status = AgreementStatus.objects.get()
    assert (status.colour, status.version, status.updated_by) == ("geel", 2, beheerder)
    assert status.history.latest().history_user == beheerder
    detail = client.get(reverse("agreements:detail", args=[13]))
    assert detail.context["change_log"][0].who == str(beheerder)


def test_a_stale_admin_form_does_not_overwrite_a_newer_status(client, beheerder, pillar):
    current = periods(1)[0]
    status = AgreementStatusFactory(agreement=agreement_13(pillar), period=current, colour="groen", version=4)
    client.force_login(beheerder)
    change = reverse("admin:agreements_agreementstatus_change", args=[status.pk])
    assert 'name="seen_version" value="4"' in client.get(change).content.decode()
    stale = admin_form(status, colour="geel", colour_change_reason="Oud.", seen_version=3)
    response = client.post(change, stale)
    assert response.status_code == 200
    assert "Iemand anders heeft deze status intussen gewijzigd" in response.content.decode()
    status.refresh_from_db()
    assert (status.colour, status.version) == ("groen", 4)
