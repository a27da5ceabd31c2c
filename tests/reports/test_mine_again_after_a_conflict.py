"""After a conflict nothing has to be copied by hand: "Mijn versie opnieuw invullen" opens the form with the
user's own values over the version saved in between; only saving that form writes."""

import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from agreements.models import AgreementStatus
from reports.factsheets import services
from reports.models import Factsheet
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods
from tests.agreements.status_form import form_data
from tests.reports.factories import FactsheetFactory
from tests.reports.factsheet_form import TEXTS, edit_url

pytestmark = pytest.mark.django_db


def hidden_fields(html: str) -> dict[str, str]:
    """The POST data of the conflict page's "mijn versie opnieuw invullen" form, as a browser would send it."""
    form = html[
        html.index('name="opnieuw_invullen"') - 400 : html.index("Mijn versie opnieuw invullen</button>")
    ]
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
    return {name: unescape(value) for name, value in fields}


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_factsheet_conflict_offers_the_users_own_texts_again(tempomaker, kernteam, pillar, period):
    factsheet = FactsheetFactory(pillar=pillar, period=period, **TEXTS)
    seen = factsheet.version
    theirs = {**TEXTS, "summary": "Versie van het kernteam."}
    services.save_factsheet(pillar=pillar, period=period, user=kernteam, texts=theirs, expected_version=seen)
    client = logged_in(tempomaker)
    mine = {**TEXTS, "summary": "Versie van de tempomaker & <co>.", "version": seen}
    conflict = client.post(edit_url(period), mine)
    assert conflict.status_code == 409
    page = conflict.content.decode()
    assert "Versie van het kernteam." in page and "Versie van de tempomaker &amp; &lt;co&gt;." in page

    refill = hidden_fields(page)
    assert refill["version"] == str(seen + 1)
    form = client.post(edit_url(period), refill)
    assert form.status_code == 200
    assert "Uw eigen versie staat weer in het formulier" in form.content.decode()
    assert form.context["form"]["summary"].value() == "Versie van de tempomaker & <co>."
    assert Factsheet.objects.get().summary == "Versie van het kernteam."  # showing saved nothing

    data = {name: form.context["form"][name].value() for name in [*Factsheet.TEXT_FIELDS, "version"]}
    assert client.post(edit_url(period), data).status_code == 302
    assert Factsheet.objects.get().summary == "Versie van de tempomaker & <co>."


def test_a_status_conflict_offers_the_users_own_values_again(kernteam, tempomaker, pillar):
    current = periods(1)[0]
    AgreementStatusFactory(agreement=agreement_13(pillar), period=current, colour="geel", version=3)
    url = reverse("agreements:status_edit", args=[13])
    first, second = logged_in(kernteam), logged_in(tempomaker)
    first.post(url, form_data(version="3", progress="Versie van het kernteam.", needs_attention=""))
    conflict = second.post(url, form_data(version="3", progress="Versie van de tempomaker."))
    assert conflict.status_code == 409

    refill = hidden_fields(conflict.content.decode())
    assert (refill["version"], refill["needs_attention"]) == ("4", "on")
    form = second.post(url, refill)
    assert form.status_code == 200
    assert form.context["form"]["progress"].value() == "Versie van de tempomaker."
    assert AgreementStatus.objects.get().progress == "Versie van het kernteam."

    assert second.post(url, form_data(**{**refill, "opnieuw_invullen": ""})).status_code == 302
    status = AgreementStatus.objects.get()
    assert (status.progress, status.needs_attention, status.updated_by) == (
        "Versie van de tempomaker.",
        True,
        tempomaker,
    )
