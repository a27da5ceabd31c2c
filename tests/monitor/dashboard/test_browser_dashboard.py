"""A board member drills down from the region to a subregion, a municipality and a location.

Every page passes axe-core (WCAG 2.1 A/AA), draws its plotly charts from our own static files and shows each
chart's table; the map stays useful without tiles (the tests run offline): it is drawn from the municipal
boundaries, and its table lists the points.
"""

import pytest

from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def check_page(page, *, heading: str, tables: list[str]) -> None:
    assert page.get_by_role("heading", level=1).inner_text() == heading
    for title in tables:
        assert page.get_by_role("table", name=f"Tabel: {title}").is_visible(), title
    page.locator(".chart-plot .main-svg").first.wait_for()  # plotly drew the charts
    assert_accessible(page, context=heading)


def test_drill_down_from_region_to_location(new_page, live_server, known_monitor, bestuur):
    page = new_page(bestuur)
    external = []
    page.on(
        "request",
        lambda r: (
            external.append(r.url)
            if r.resource_type in ("script", "stylesheet")
            and not r.url.startswith((live_server.url, "blob:"))
            else None
        ),
    )
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Dashboard").click()
    check_page(
        page,
        heading="Dashboard: Regio Arnhem-Nijmegen",
        tables=[
            "Voortgang ten opzichte van de doelen van de Woondeal",
            "Bijdrage per subregio",
            "Kaart van gemeenten en locaties",
        ],
    )
    assert (
        page.get_by_role("table", name="Tabel: Bijdrage per subregio")
        .get_by_role("row", name="Nijmegen en omgeving")
        .is_visible()
    )
    # Offline, the tiles do not arrive: the map is drawn from the municipal boundaries, as one picture.
    offline_map = page.locator("#grafiek-kaart .chart-plot[role=img]")
    offline_map.locator(".main-svg").first.wait_for()
    assert offline_map.get_attribute("aria-label").startswith("Kaart van gemeenten en locaties.")
    assert offline_map.locator("text", has_text="Bron: CBS, Kadaster").count() == 1

    page.get_by_role("table", name="Tabel: Bijdrage per subregio").get_by_role(
        "link", name="Nijmegen en omgeving"
    ).click()
    check_page(page, heading="Dashboard: Nijmegen en omgeving (subregio)", tables=["Bijdrage per gemeente"])

    page.get_by_role("table", name="Tabel: Bijdrage per gemeente").get_by_role(
        "link", name="Nijmegen"
    ).click()
    check_page(
        page,
        heading="Dashboard: Nijmegen (gemeente)",
        tables=["Bijdrage per locatie", "Welke plekken dragen bij aan welke doelen"],
    )

    page.get_by_role("table", name="Tabel: Bijdrage per locatie").get_by_role(
        "link", name="Stationsgebied"
    ).click()
    check_page(
        page,
        heading="Dashboard: Stationsgebied (locatie)",
        tables=[
            "Plancapaciteit naar status",
            "Woningen naar prijssegment",
            "Kaart van gemeenten en locaties",
        ],
    )
    assert page.get_by_role("link", name="Woningbouwimpuls Nijmegen Stationsgebied").is_visible()
    assert page.get_by_text("Groen: op koers").is_visible()
    assert page.get_by_role("link", name="Conceptueel bouwen voor betaalbaarheid").is_visible()
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad").get_by_role("link")
    assert breadcrumbs.all_inner_texts() == [
        "Regio Arnhem-Nijmegen",
        "Nijmegen en omgeving",
        "Nijmegen",
        "Stationsgebied",
    ]
    assert external == []
