"""Nothing that carries history or belongs to a published period can be deleted or reopened: not in the admin,
not through a model, not through a queryset (issue 11, defect 4)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import ProtectedError
from django.urls import reverse

from agreements.models import AgreementStatus, Period
from monitor.models import HousingPlan, MonitorImport
from reports.models import Factsheet, FactsheetTransition
from tempotafels.models import Action, Meeting, Tempomaker, Tempotafel
from tests.factories import (
    AgreementStatusFactory,
    MunicipalityFactory,
    PeriodFactory,
    TempomakerFactory,
    TempotafelFactory,
)
from tests.reports.factories import FactsheetFactory, committed_monitor
from tests.tempotafels.factories import ActionFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def admin_delete(client, beheerder, obj):
    client.force_login(beheerder)
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_delete", args=[obj.pk])
    return client.post(url, {"post": "yes"})


@pytest.fixture
def committed_import(db):
    monitor = committed_monitor({"woningen": 1})
    HousingPlan.objects.create(
        monitor_import=monitor,
        plan_id="P1",
        name="Waalfront",
        municipality=MunicipalityFactory(),
        status="hard",
        homes=40,
    )
    return monitor


def test_the_committed_monitor_import_survives_the_admin_model_and_queryset(
    client, beheerder, committed_import
):
    assert admin_delete(client, beheerder, committed_import).status_code == 403
    with pytest.raises(ValidationError, match="geschiedenis van de monitor"):
        committed_import.delete()
    with pytest.raises(ValidationError):
        MonitorImport.objects.all().delete()
    with pytest.raises(ProtectedError):  # past the model's guard, the relation still protects the plans
        models.Model.delete(committed_import)
    assert MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED).count() == 1
    assert HousingPlan.objects.count() == 1


def test_a_rejected_import_may_still_be_removed(committed_import, kernteam):
    rejected = MonitorImport.objects.create(
        filename="fout.xlsx",
        content=b"",
        sha256="1" * 64,
        layout=MonitorImport.Layout.PLANS,
        peildatum="2021-07-01",
        state=MonitorImport.State.REJECTED,
        uploaded_by=kernteam,
    )
    rejected.delete()
    assert not MonitorImport.objects.filter(pk=rejected.pk).exists()


@pytest.fixture
def final_factsheet(kernteam):
    factsheet = FactsheetFactory(period=PeriodFactory(year=2021, half=1, closed=True), final=True)
    FactsheetTransition.objects.create(
        factsheet=factsheet, from_state="approved", to_state="final", by=kernteam
    )
    return factsheet


def test_a_final_factsheet_of_a_published_period_keeps_its_transitions(client, beheerder, final_factsheet):
    assert admin_delete(client, beheerder, final_factsheet).status_code == 403
    with pytest.raises(ValidationError, match="blijft bewaard"):
        final_factsheet.delete()
    with pytest.raises(ValidationError):
        Factsheet.objects.all().delete()
    with pytest.raises(ValidationError):
        FactsheetTransition.objects.all().delete()
    assert FactsheetTransition.objects.filter(factsheet=final_factsheet).count() == 1


def test_a_tempotafel_is_ended_never_deleted(client, beheerder):
    tafel = TempotafelFactory()
    TempomakerFactory(tempotafel=tafel)
    MeetingFactory(tempotafel=tafel)
    ActionFactory(tempotafel=tafel)
    assert admin_delete(client, beheerder, tafel).status_code == 403
    with pytest.raises(ValidationError, match="beëindigd"):
        tafel.delete()
    with pytest.raises(ValidationError):
        Tempotafel.objects.all().delete()
    assert (Meeting.objects.count(), Action.objects.count(), Tempomaker.objects.count()) == (1, 1, 1)


def test_removing_a_tempomaker_from_a_team_leaves_a_trace(db):
    tempomaker = TempomakerFactory()
    tempomaker.delete()
    assert Tempomaker.history.filter(history_type="-").count() == 1


def test_a_published_period_cannot_be_set_back_to_open(client, beheerder):
    period = PeriodFactory(year=2021, half=1, closed=True)
    client.force_login(beheerder)
    url = reverse("admin:agreements_period_change", args=[period.pk])
    client.post(url, {"year": 2021, "half": 1, "deadline": "", "state": "open"})
    period.refresh_from_db()
    assert period.state == Period.State.CLOSED
    period.state = Period.State.OPEN
    with pytest.raises(ValidationError, match="niet weer worden geopend"):
        period.save()
    with pytest.raises(ValidationError):
        Period.objects.filter(pk=period.pk).update(state=Period.State.OPEN)
    assert Period.objects.current() is None
    with pytest.raises(ValidationError):
        Period.objects.get(pk=period.pk).delete()


def test_statuses_of_a_published_period_and_their_agreement_stay(client, beheerder):
    status = AgreementStatusFactory(period=PeriodFactory(year=2021, half=1, closed=True))
    assert admin_delete(client, beheerder, status).status_code == 403
    with pytest.raises(ValidationError):
        AgreementStatus.objects.all().delete()
    with pytest.raises(ProtectedError):
        status.agreement.delete()
    assert AgreementStatus.objects.count() == 1
