"""A small, known monitor: three municipalities in two subregions, six plans, two imports, one open period.

The indicators are computed by the import's own ``compute_indicators``, as when an import is committed.

The hand-computed figures of this import are spelled out in the tests that use it.
"""

import datetime
from decimal import Decimal

import pytest

from agreements.models import TrafficLight
from monitor.indicators import compute_indicators
from monitor.models import MonitorImport, PlanStatus
from tests.factories import (
    AgreementFactory,
    AgreementStatusFactory,
    LocationFactory,
    MunicipalityFactory,
    PeriodFactory,
    PillarFactory,
    SubregionFactory,
    TempotafelFactory,
)
from tests.monitor.factories import (
    HousingPlanFactory,
    MonitorImportFactory,
    YearlyCompletionFactory,
    deal_targets,
)
from tests.monitor.region import boundary


@pytest.fixture
def known_monitor(db, kernteam):
    arnhem_eo = SubregionFactory(name="Arnhem en omgeving", slug="arnhem-en-omgeving")
    nijmegen_eo = SubregionFactory(name="Nijmegen en omgeving", slug="nijmegen-en-omgeving")
    arnhem = MunicipalityFactory(
        cbs_code="GM0202",
        boundary=boundary("GM0202"),
        name="Arnhem",
        subregion=arnhem_eo,
        latitude=Decimal("51.97930"),
        longitude=Decimal("5.91100"),
    )
    nijmegen = MunicipalityFactory(
        cbs_code="GM0268",
        boundary=boundary("GM0268"),
        name="Nijmegen",
        subregion=nijmegen_eo,
        latitude=Decimal("51.84670"),
        longitude=Decimal("5.86600"),
    )
    wijchen = MunicipalityFactory(
        cbs_code="GM0296",
        boundary=boundary("GM0296"),
        name="Wijchen",
        subregion=nijmegen_eo,
        latitude=Decimal("51.80850"),
        longitude=Decimal("5.73060"),
    )
    kronenburg = LocationFactory(
        name="Kronenburg", municipality=arnhem, planned_homes=1100, affordable_homes=300
    )
    station = LocationFactory(
        name="Stationsgebied",
        municipality=nijmegen,
        planned_homes=670,
        affordable_homes=419,
        latitude=Decimal("51.84300"),
        longitude=Decimal("5.85300"),
    )
    wijchen_west = LocationFactory(
        name="Wijchen-West",
        municipality=wijchen,
        planned_homes=500,
        affordable_homes=250,
        target_groups="ouderen",
    )
    deal_targets()

    older = MonitorImportFactory(
        peildatum=datetime.date(2020, 10, 1), state=MonitorImport.State.SUPERSEDED, uploaded_by=kernteam
    )
    HousingPlanFactory(monitor_import=older, municipality=arnhem, status=PlanStatus.HARD, homes=300)
    HousingPlanFactory(monitor_import=older, municipality=nijmegen, status=PlanStatus.ZACHT, homes=1500)
    compute_indicators(older)

    current = MonitorImportFactory(peildatum=datetime.date(2021, 4, 1), uploaded_by=kernteam)
    plan = HousingPlanFactory
    plan(
        monitor_import=current,
        municipality=arnhem,
        location=kronenburg,
        status=PlanStatus.HARD,
        completion_year=2023,
        homes=400,
        sociale_huur=100,
        middenhuur=50,
        dure_koop=200,
        circular=40,
    )
    plan(
        monitor_import=current,
        municipality=arnhem,
        status=PlanStatus.ZACHT,
        completion_year=2027,
        homes=600,
        sociale_huur=150,
        betaalbare_koop=100,
        dure_koop=300,
        circular=60,
    )
    plan(
        monitor_import=current,
        municipality=nijmegen,
        location=station,
        status=PlanStatus.ZACHT,
        completion_year=2026,
        homes=670,
        sociale_huur=219,
        middenhuur=200,
        conceptual=100,
        target_group="studenten",
    )
    plan(
        monitor_import=current,
        municipality=nijmegen,
        location=station,
        status=PlanStatus.IN_AANBOUW,
        completion_year=2022,
        homes=300,
    )
    plan(
        monitor_import=current,
        municipality=nijmegen,
        status=PlanStatus.OPGELEVERD,
        completion_year=2021,
        homes=250,
        flexible=250,
    )
    plan(monitor_import=current, municipality=wijchen, status=PlanStatus.ZACHT, homes=330, dure_koop=330)
    compute_indicators(current)

    for municipality, year, homes in [
        (arnhem, 2020, 909),
        (arnhem, 2021, 500),
        (nijmegen, 2020, 472),
        (nijmegen, 2026, 999),
        (wijchen, 2019, 50),
    ]:
        YearlyCompletionFactory(municipality=municipality, year=year, homes=homes)

    period = PeriodFactory(year=2021, half=1)
    pillar5 = PillarFactory(number=5, name="Verstedelijking en gebiedsontwikkeling")
    pillar2 = PillarFactory(number=2, name="Betaalbaarheid")
    a44 = AgreementFactory(number=44, pillar=pillar5, title="Woningbouwimpuls Nijmegen Stationsgebied")
    AgreementFactory(number=47, pillar=pillar5, title="Woningbouwimpuls Winkelsteeg")
    a13 = AgreementFactory(number=13, pillar=pillar2, title="Betaalbare koopwoningen")
    AgreementStatusFactory(agreement=a44, period=period, colour=TrafficLight.GROEN)
    AgreementStatusFactory(agreement=a13, period=period, colour=TrafficLight.ROOD)
    station.agreements.add(a44)
    tafel = TempotafelFactory(name="Conceptueel bouwen voor betaalbaarheid")
    tafel.locations.add(station)
    return {
        "arnhem_eo": arnhem_eo,
        "nijmegen_eo": nijmegen_eo,
        "arnhem": arnhem,
        "nijmegen": nijmegen,
        "wijchen": wijchen,
        "kronenburg": kronenburg,
        "station": station,
        "wijchen_west": wijchen_west,
        "current": current,
        "older": older,
        "period": period,
    }
