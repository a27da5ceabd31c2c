"""The agreement page shows the timeline of traffic lights and who changed which field, when, old → new."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Organisation
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.status_form import form_data

pytestmark = pytest.mark.django_db


def test_status_and_agreement_changes_appear_with_user_and_old_and_new_values(client, kernteam, other_pillar):
    closed, current = periods(2)
    agreement = agreement_13(other_pillar)
    AgreementStatusFactory(agreement=agreement, period=closed, colour="groen")
    client.force_login(kernteam)
    url = reverse("agreements:status_edit", args=[13])
    client.post(url, form_data(colour="geel", colour_change_reason="Bouwkosten gestegen."))
    client.post(url, form_data(colour="rood", colour_change_reason="Stikstof.", version="1"))
    portaal = Organisation.objects.create(name="Portaal", kind="corporatie")
    agreement = Agreement.objects.get(number=13)
    agreement.lead_organisation, agreement.title = portaal, "Middenhuur versnellen"
    agreement._history_user = kernteam
    agreement.save()

    response = client.get(reverse("agreements:detail", args=[13]))
    log = response.context["change_log"]
    assert [(e.subject, e.action, e.who) for e in log[:3]] == [
        ("Afspraak", "gewijzigd", str(kernteam)),
        ("Status 2e halfjaar 2021", "gewijzigd", str(kernteam)),
        ("Status 2e halfjaar 2021", "aangemaakt", str(kernteam)),
    ]
    assert {(c.label, c.old, c.new) for c in log[0].changes} == {
        ("titel", "Betaalbare huur in de middenhuur", "Middenhuur versnellen"),
        ("trekker", "—", "Portaal"),
    }
    assert {(c.label, c.old, c.new) for c in log[1].changes} == {
        ("stoplicht", "Geel: aandacht / vertraging", "Rood: knelpunt, bestuurlijke aandacht nodig"),
        ("reden kleurwijziging", "Bouwkosten gestegen.", "Stikstof."),
    }
    page = response.content.decode()
    assert "Wijzigingsgeschiedenis" in page and "Stikstof." in page
    timeline = response.context["timeline"]
    assert [(p.code, s.colour if s else None) for p, s in timeline] == [
        ("2021-h2", "rood"),
        ("2021-h1", "groen"),
    ]
