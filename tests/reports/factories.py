"""Factories for factsheets (Dutch data) and a committed monitor import with its region indicator."""

import datetime

import factory
from factory.django import DjangoModelFactory

from monitor.models import Indicator, MonitorImport
from reports.models import Factsheet
from tests.factories import PeriodFactory, PillarFactory, UserFactory


class FactsheetFactory(DjangoModelFactory):
    class Meta:
        model = Factsheet
        django_get_or_create = ["pillar", "period"]
        skip_postgeneration_save = True  # the hook below writes the lock, not the factsheet

    pillar = factory.SubFactory(PillarFactory)
    period = factory.SubFactory(PeriodFactory)
    summary = "De Tempotafel Circulair bouwen heeft drie pilots gestart met biobased woningen."
    partners = "Gemeente Nijmegen, Talis, Portaal, NEPROM"
    output = "Kennissessie circulair aanbesteden met 40 deelnemers."
    outcome = "Twee projecten met samen 120 circulaire woningen in voorbereiding."
    next_actions = "Handreiking circulair aanbesteden vaststellen in het Bestuurlijk Overleg."

    class Params:
        submitted = factory.Trait(state=Factsheet.State.SUBMITTED)
        approved = factory.Trait(state=Factsheet.State.APPROVED)
        returned = factory.Trait(state=Factsheet.State.RETURNED, review_comments="Graag cijfers toevoegen.")
        final = factory.Trait(state=Factsheet.State.FINAL)

    @factory.post_generation
    def status_lock(obj, create, extracted, **kwargs):
        """As the workflow does: an approved or final factsheet locks its pillar's statuses."""
        if create:
            obj.sync_status_lock(by=obj.updated_by)


def committed_monitor(figures: dict, *, peildatum=datetime.date(2021, 7, 1)) -> MonitorImport:
    monitor = MonitorImport.objects.create(
        filename="monitor-2021.xlsx",
        content=b"",
        sha256="0" * 64,
        layout=MonitorImport.Layout.PLANS,
        peildatum=peildatum,
        state=MonitorImport.State.COMMITTED,
        uploaded_by=UserFactory(username="monitor-uploader"),
    )
    Indicator.objects.create(monitor_import=monitor, level=Indicator.Level.REGIO, figures=figures)
    return monitor
