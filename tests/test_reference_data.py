"""The reference data the app ships (fixtures/) loads cleanly, completely and repeatably."""

import re

import pytest
from django.core.management import call_command

from agreements.models import Deal, Organisation, Period, Pillar
from monitor.models import Municipality, Subregion, Target, YearlyCompletion

PILLAR_NAMES = [
    "Woningbouwopgave en versnelling",
    "Betaalbaarheid",
    "Groen en circulair",
    "Leefbaarheid en stadsvernieuwing 3.0",
    "Verstedelijking en gebiedsontwikkeling",
    "Specifieke doelgroepen en overige thema's",
]
TARGET_CODES = {
    "homes-2025",
    "homes-2030",
    "homes-2040",
    "plan-stock-2030",
    "affordable-share",
    "circular-share",
    "circular-share-2030",
    "need-per-year",
    "shortage-2019",
    "wd2-homes-2030",
    "wd2-social-rent",
    "wd2-middle",
}


@pytest.fixture
def reference_data(db):
    call_command("load_reference_data", verbosity=0)


def test_the_deal_is_named_by_its_reference_data(reference_data):
    deal = Deal.objects.current()
    assert (deal.name, deal.region, deal.board) == (
        "Woondeal regio Arnhem-Nijmegen",
        "regio Arnhem-Nijmegen",
        "Bestuurlijk Overleg",
    )


def test_every_municipality_has_its_boundary_for_the_map(reference_data):
    for municipality in Municipality.objects.all():
        assert municipality.boundary["type"] == "Polygon", municipality.name
        ring = municipality.boundary["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4, municipality.name
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        assert 5.5 < min(lons) < max(lons) < 6.4 and 51.7 < min(lats) < max(lats) < 52.1, municipality.name


def test_six_pillars_in_order(reference_data):
    assert list(Pillar.objects.values_list("number", "name")) == list(enumerate(PILLAR_NAMES, start=1))
    assert not Pillar.objects.filter(description="").exists()


def test_eighteen_municipalities_with_valid_unique_cbs_codes_in_a_subregion(reference_data):
    codes = list(Municipality.objects.values_list("cbs_code", flat=True))
    assert len(codes) == 18
    assert len(set(codes)) == 18
    assert all(re.fullmatch(r"GM\d{4}", code) for code in codes)
    assert not Municipality.objects.filter(subregion__isnull=True).exists()
    assert Subregion.objects.count() == 3
    assert all(s.municipalities.exists() for s in Subregion.objects.all())
    assert Municipality.objects.get(cbs_code="GM0944").province == "Limburg"


def test_periods_are_contiguous_half_years_from_2020_to_2030(reference_data):
    rows = list(Period.objects.order_by("year", "half").values_list("year", "half", "code"))
    expected = [(y, h, f"{y}-h{h}") for y in range(2020, 2031) for h in (1, 2)]
    assert rows == expected
    assert Period.objects.current().code == "2021-h2"
    assert set(Period.objects.exclude(state=Period.State.OPEN).values_list("code", flat=True)) == {
        "2020-h1",
        "2020-h2",
        "2021-h1",
    }
    assert not Period.objects.filter(deadline__isnull=True).exists()
    assert all(p.deadline > p.end for p in Period.objects.all())


def test_targets_are_present_with_a_source(reference_data):
    assert set(Target.objects.values_list("code", flat=True)) == TARGET_CODES
    assert not Target.objects.filter(source="").exists()
    assert Target.objects.get(code="homes-2025").value == 20000
    homes_2040 = Target.objects.get(code="homes-2040")
    assert (homes_2040.value, homes_2040.value_max) == (50000, 60000)


def test_signatories_supporters_and_completions(reference_data):
    # Seed lines 59-63: Arnhem, Nijmegen, the regio, the provincie and BZK sign; the other 16 municipalities
    # take part through the regio and are not separate signatories.
    gemeenten = Organisation.objects.filter(kind=Organisation.Kind.GEMEENTE, is_signatory=True)
    assert set(gemeenten.values_list("name", flat=True)) == {"Gemeente Arnhem", "Gemeente Nijmegen"}
    assert Organisation.objects.filter(is_signatory=True).count() == 5
    supporters = set(Organisation.objects.filter(is_supporter=True).values_list("name", flat=True))
    assert supporters == {"NEPROM", "Bouwend Nederland", "IVBN", "Woonkr8", "NS"}
    assert YearlyCompletion.objects.filter(year=2020).count() == 18
    assert YearlyCompletion.objects.get(municipality__cbs_code="GM0202", year=2020).homes == 909


def test_loading_twice_changes_nothing(reference_data):
    models = [Pillar, Organisation, Subregion, Municipality, Period, Target, YearlyCompletion]
    before = {m: m.objects.count() for m in models}
    call_command("load_reference_data", verbosity=0)
    assert {m: m.objects.count() for m in models} == before
