"""Tempomakers write the factsheet's texts: saving, conflicts, locking, copying and the difference with last half year."""

import pytest
from django.core.exceptions import PermissionDenied

from agreements.fields import MEDIUM_TEXT
from reports.factsheets import services
from reports.models import Factsheet
from tests.reports.factories import FactsheetFactory, committed_monitor
from tests.reports.factsheet_form import TEXTS, detail_url, edit_url

State = Factsheet.State


def test_the_first_save_starts_the_factsheet_and_keeps_history(
    client, tempomaker, pillar, period, agreements
):
    client.force_login(tempomaker)
    response = client.post(edit_url(period), {**TEXTS, "version": 0})
    assert response.status_code == 302
    factsheet = Factsheet.objects.get(pillar=pillar, period=period)
    assert (factsheet.summary, factsheet.state, factsheet.updated_by) == (
        TEXTS["summary"],
        State.CONCEPT,
        tempomaker,
    )
    response = client.post(edit_url(period), {**TEXTS, "summary": "Bijgewerkt", "version": factsheet.version})
    assert response.status_code == 302
    factsheet.refresh_from_db()
    assert factsheet.summary == "Bijgewerkt"
    assert factsheet.version == 2
    assert [h.summary for h in factsheet.history.all()] == ["Bijgewerkt", TEXTS["summary"]]
    assert factsheet.history.first().history_user == tempomaker


def test_a_concurrent_edit_is_not_overwritten(client, tempomaker, kernteam, pillar, period):
    factsheet = FactsheetFactory(pillar=pillar, period=period)
    seen = factsheet.version
    services.save_factsheet(
        pillar=pillar,
        period=period,
        user=kernteam,
        texts={**TEXTS, "summary": "Kernteam"},
        expected_version=seen,
    )
    client.force_login(tempomaker)
    response = client.post(edit_url(period), {**TEXTS, "summary": "Tempomaker", "version": seen})
    assert response.status_code == 409
    assert "intussen gewijzigd" in response.content.decode()
    assert "Tempomaker" in response.content.decode()  # their input is kept in the form
    factsheet.refresh_from_db()
    assert factsheet.summary == "Kernteam"


def test_two_first_saves_do_not_overwrite_each_other(tempomaker, kernteam, pillar, period):
    services.save_factsheet(pillar=pillar, period=period, user=kernteam, texts=TEXTS, expected_version=0)
    with pytest.raises(services.FactsheetConflict):
        services.save_factsheet(
            pillar=pillar, period=period, user=tempomaker, texts=TEXTS, expected_version=0
        )


def test_an_overlong_text_is_refused_with_the_field_named(client, tempomaker, pillar, period):
    client.force_login(tempomaker)
    response = client.post(edit_url(period), {**TEXTS, "output": "x" * (MEDIUM_TEXT + 1), "version": 0})
    assert response.status_code == 200
    assert (
        f"Output (kwalitatieve resultaten): Zorg dat deze waarde niet meer dan {MEDIUM_TEXT} tekens"
        in response.content.decode()
    )
    assert not Factsheet.objects.exists()


@pytest.mark.parametrize("state", [State.SUBMITTED, State.APPROVED, State.FINAL])
def test_texts_are_locked_once_submitted_or_approved(client, tempomaker, pillar, period, state):
    factsheet = FactsheetFactory(pillar=pillar, period=period, state=state)
    with pytest.raises(services.FactsheetRefused, match="Dat kan niet"):
        services.save_factsheet(
            pillar=pillar, period=period, user=tempomaker, texts=TEXTS, expected_version=factsheet.version
        )
    client.force_login(tempomaker)
    response = client.get(edit_url(period))
    assert response.status_code == 302
    response = client.post(edit_url(period), {**TEXTS, "version": factsheet.version}, follow=True)
    assert "kan niet worden bewerkt" in response.content.decode()
    factsheet.refresh_from_db()
    assert factsheet.summary != TEXTS["summary"]


def test_texts_are_locked_in_a_closed_period(tempomaker, pillar, previous_period):
    factsheet = FactsheetFactory(pillar=pillar, period=previous_period)
    with pytest.raises(services.FactsheetRefused, match="gesloten"):
        services.save_factsheet(
            pillar=pillar,
            period=previous_period,
            user=tempomaker,
            texts=TEXTS,
            expected_version=factsheet.version,
        )


@pytest.mark.parametrize("user_fixture", ["ambassadeur", "other_tempomaker", "bestuur"])
def test_only_the_pillars_tempomakers_and_core_team_edit(request, pillar, period, user_fixture):
    with pytest.raises(PermissionDenied):
        services.save_factsheet(
            pillar=pillar,
            period=period,
            user=request.getfixturevalue(user_fixture),
            texts=TEXTS,
            expected_version=0,
        )


def test_returned_factsheet_shows_the_comments_while_editing(client, tempomaker, pillar, period):
    FactsheetFactory(
        pillar=pillar, period=period, returned=True, review_comments="Noem de partners <b>bij naam</b>."
    )
    client.force_login(tempomaker)
    content = client.get(edit_url(period)).content.decode()
    assert "Opmerkingen van de ambassadeur" in content
    assert "Noem de partners &lt;b&gt;bij naam&lt;/b&gt;." in content


def test_copy_from_the_previous_half_year_fills_the_form_without_saving(
    client, tempomaker, pillar, period, previous_period
):
    FactsheetFactory(pillar=pillar, period=previous_period, summary="Tekst van het eerste halfjaar")
    client.force_login(tempomaker)
    response = client.get(edit_url(period) + "?kopieer=vorig")
    content = response.content.decode()
    assert "Tekst van het eerste halfjaar</textarea>" in content
    assert 'name="version" value="0"' in content
    assert not Factsheet.objects.filter(period=period).exists()


def test_copy_without_a_previous_factsheet_says_so(client, tempomaker, pillar, period):
    client.force_login(tempomaker)
    response = client.get(edit_url(period) + "?kopieer=vorig")
    assert "Er is geen factsheet van het vorige halfjaar" in response.content.decode()


def test_the_difference_with_the_previous_half_year_is_visible_and_escaped(
    client, tempomaker, pillar, period, previous_period
):
    FactsheetFactory(pillar=pillar, period=previous_period, summary="Twee pilots gestart.", partners="Talis")
    FactsheetFactory(
        pillar=pillar, period=period, summary="Drie pilots gestart <script>x()</script>.", partners="Talis"
    )
    client.force_login(tempomaker)
    content = client.get(detail_url(period)).content.decode()
    assert "Verschil met het 1e halfjaar 2021" in content
    assert '<del><span class="visually-hidden">[verwijderd:] </span>Twee</del>' in content
    assert '<ins><span class="visually-hidden">[toegevoegd:] </span>Drie</ins>' in content
    assert "&lt;script&gt;x()&lt;/script&gt;" in content
    assert "<script>x()" not in content
    assert "Ongewijzigd." in content  # partners


def test_traffic_lights_show_this_and_the_previous_half_year(client, tempomaker, pillar, period, agreements):
    client.force_login(tempomaker)
    content = client.get(detail_url(period)).content.decode()
    assert "Pilots biobased bouwen met corporaties" in content
    assert "Geel: aandacht / vertraging" in content
    assert "Rood: knelpunt" in content  # agreement 23, previous half year
    # 23 was not re-assessed: it keeps its red light, counted and labelled as carried over
    assert "Nog niet beoordeeld: 0" in content and "Rood: knelpunt, bestuurlijke aandacht nodig: 1" in content
    assert "(overgenomen uit " in content


def test_outcome_shows_the_pillars_monitor_figures(client, tempomaker, kernteam, pillar, period):
    committed_monitor(
        {"homes": 37667, "circular": 4200, "circular_share": 11.15, "conceptual": 900, "hard": 14412}
    )
    client.force_login(tempomaker)
    content = client.get(detail_url(period)).content.decode()
    assert "peildatum 1 juli 2021" in content
    assert "Circulair aandeel van de plannen" in content
    assert "11,2 %" in content
    assert "4.200 woningen" in content
    assert "Harde plancapaciteit" not in content  # a pillar 1 figure


def test_each_agreement_links_to_the_status_editor_while_the_pillar_is_open(
    client, tempomaker, ambassadeur, pillar, period, agreements
):
    client.force_login(tempomaker)
    back = detail_url(period)
    link = f'href="/afspraken/22/status/?next={back.replace("/", "%2F")}"'
    assert link in client.get(back).content.decode()
    client.force_login(ambassadeur)
    assert "/afspraken/22/status/" not in client.get(back).content.decode()  # reads, does not edit
    FactsheetFactory(pillar=pillar, period=period, approved=True)
    client.force_login(tempomaker)
    assert "/afspraken/22/status/" not in client.get(back).content.decode()  # locked after approval
