"""The demo monitor imports: a superseded baseline, then the committed spring-2021 totals; idempotent."""

from django.core.management import call_command

from demo.monitor_import import ensure_demo_monitor_import
from monitor.models import Indicator, MonitorImport, Municipality
from tests.factories import LocationFactory, UserFactory


def test_demo_import_is_committed_with_the_2021_totals_and_made_once(db):
    call_command("load_reference_data", verbosity=0)
    LocationFactory(name="Stationsgebied", municipality=Municipality.objects.get(cbs_code="GM0268"))
    user = UserFactory(kernteam=True)
    monitor_import = ensure_demo_monitor_import(uploaded_by=user)
    assert monitor_import.state == MonitorImport.State.COMMITTED and monitor_import.errors == []
    figures = Indicator.objects.get(monitor_import=monitor_import, level="regio").figures
    assert (figures["hard"], figures["soft"]) == (14_412, 23_255)
    assert figures["affordable_soft_share"] is not None and figures["target_groups"]
    assert ensure_demo_monitor_import(uploaded_by=user).pk == monitor_import.pk
    assert MonitorImport.objects.count() == 2
    baseline = MonitorImport.objects.get(state=MonitorImport.State.SUPERSEDED)
    assert baseline.peildatum < monitor_import.peildatum  # the dashboard's timeline has two points
    earlier = Indicator.objects.get(monitor_import=baseline, level="regio").figures
    assert earlier["hard"] < figures["hard"] and earlier["soft"] > figures["soft"]
