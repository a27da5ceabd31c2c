"""Every chart has a table beside it, a text summary and a CSV/Excel download; plotly.js comes from static."""

import io
import re

import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook

from monitor.charts import charts_for
from monitor.dashboard import build_dashboard

pytestmark = pytest.mark.django_db

REGION_CHARTS = [
    "stoplichten",
    "doelen",
    "plancapaciteit",
    "segmenten",
    "subregios",
    "gemeenten",
    "kaart",
    "doelmatrix",
    "tijdlijn",
]


def test_every_chart_is_a_valid_plotly_figure_with_a_table(known_monitor):
    charts = charts_for(build_dashboard())
    assert [chart.id for chart in charts] == REGION_CHARTS
    for chart in charts:
        assert isinstance(chart.figure, go.Figure), chart.id  # plotly validates the spec here
        assert chart.headers and chart.rows and chart.summary, chart.id
        assert all(len(row) == len(chart.headers) for row in chart.rows), chart.id


def test_the_map_uses_the_tile_setting_and_falls_back_to_the_boundaries(known_monitor, settings):
    settings.MAP_TILE_URL = "https://tegels.example.nl/{z}/{x}/{y}.png"
    [chart] = [c for c in charts_for(build_dashboard()) if c.id == "kaart"]
    assert chart.spec["layout"]["map"]["style"]["sources"]["tiles"]["tiles"] == [settings.MAP_TILE_URL]
    assert chart.spec["probe"].startswith("https://tegels.example.nl/9/")  # the tile the browser tries first
    # The table is in words and numbers people read: no latitudes.
    assert chart.headers == ["Naam", "Soort", "Gemeente", "Woningen"]
    assert ["Stationsgebied", "Versnellingslocatie", "Nijmegen", 970] in chart.rows
    # The fallback (browser without tiles) and the PDF figure: the municipalities drawn from their boundaries.
    offline = chart.spec["offline"]
    areas = [t for t in offline["data"] if t.get("fill") == "toself"]
    assert len(areas) == 3 and all(len(t["x"]) > 10 for t in areas)
    assert offline["layout"]["annotations"][0]["text"] == "Bron: CBS, Kadaster"
    assert chart.figure.data[0].fill == "toself" and not chart.figure.layout.map.style


def test_without_tiles_the_map_is_drawn_from_the_boundaries_only(known_monitor, settings):
    settings.MAP_TILE_URL = ""
    [chart] = [c for c in charts_for(build_dashboard()) if c.id == "kaart"]
    assert "map" not in chart.spec["layout"] and "offline" not in chart.spec
    names = [t for t in chart.spec["data"] if t.get("mode") == "text"][0]["text"]
    assert sorted(names) == ["Arnhem", "Nijmegen", "Wijchen"]  # named on the map, not by colour alone
    locations = [t for t in chart.spec["data"] if t.get("mode") == "markers"][0]
    assert "Stationsgebied (Versnellingslocatie, Nijmegen): 970 woningen" in locations["text"]
    legend = [t["name"] for t in chart.spec["data"] if t.get("showlegend")]
    assert legend[0].endswith("woningen") and "1.000" in " ".join(legend)  # classes in Dutch numbers


@pytest.mark.parametrize(
    "path, charts",
    [
        ("/monitor/dashboard/", REGION_CHARTS),
        (
            "/monitor/dashboard/subregio/nijmegen-en-omgeving/",
            ["doelen", "plancapaciteit", "segmenten", "gemeenten", "kaart", "doelmatrix", "tijdlijn"],
        ),
        (
            "/monitor/dashboard/gemeente/GM0268/",
            ["doelen", "plancapaciteit", "segmenten", "locaties", "kaart", "doelmatrix", "tijdlijn"],
        ),
    ],
)
def test_each_page_shows_every_chart_with_its_table_and_downloads(
    client, bestuur, known_monitor, path, charts
):
    client.force_login(bestuur)
    html = client.get(path).content.decode()
    for chart_id in charts:
        section = html.split(f'id="grafiek-{chart_id}"', 1)[1].split("</section>", 1)[0]
        if chart_id == "kaart":  # an operable map, named in charts.js; the table is its alternative
            assert 'data-kind="map"' in section
        else:
            assert 'role="img" aria-label="' in section, chart_id
        assert '<table class="table chart-table">' in section and "<caption>Tabel:" in section, chart_id
        assert f"?download=csv&amp;chart={chart_id}" in section, chart_id
        assert f'<script id="grafiek-{chart_id}-spec" type="application/json">' in section, chart_id


def test_the_tables_link_the_drill_down(client, bestuur, known_monitor):
    client.force_login(bestuur)
    html = client.get("/monitor/dashboard/").content.decode()
    assert '<a href="/monitor/dashboard/subregio/nijmegen-en-omgeving/">Nijmegen en omgeving</a>' in html
    assert '<a href="/monitor/dashboard/gemeente/GM0296/">Wijchen</a>' in html
    assert f'<a href="/monitor/dashboard/locatie/{known_monitor["station"].pk}/">Stationsgebied</a>' in html


def test_a_chart_table_downloads_as_csv_and_excel(client, partner, known_monitor):
    client.force_login(partner)
    csv = client.get("/monitor/dashboard/?download=csv&chart=subregios")
    assert csv["Content-Disposition"] == 'attachment; filename="dashboard-regio-subregios.csv"'
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Naam;Hard;Zacht;In aanbouw;Opgeleverd;Gerealiseerd")
    assert (
        "Nijmegen en omgeving;0;1000;300;250;472;41,9;0,0" in lines
    )  # decimal comma: a number in Dutch Excel
    xlsx = client.get("/monitor/dashboard/gemeente/GM0268/?download=xlsx&chart=segmenten")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[2]] == ["Sociale huur", 219, 18.0]  # 219 of 1220 homes: numbers, not text
    assert (sheet["B2"].number_format, sheet["C2"].number_format) == ("#,##0", "#,##0.0")
    assert client.get("/monitor/dashboard/?download=csv&chart=bestaat-niet").status_code == 404
    assert client.get("/monitor/dashboard/?download=pdf&chart=segmenten").status_code == 404


def test_user_text_is_escaped_in_tables_and_chart_json(client, bestuur, known_monitor):
    station = known_monitor["station"]
    station.name = '</script><script>alert("x")</script>'
    station.save()
    client.force_login(bestuur)
    html = client.get("/monitor/dashboard/").content.decode()
    assert '<script>alert("x")' not in html
    assert "&lt;/script&gt;&lt;script&gt;alert" in html  # in the tables
    assert "\\u003C/script\\u003E" in html  # in the chart JSON


def test_plotly_and_every_script_and_style_come_from_our_own_static_files(client, bestuur, known_monitor):
    client.force_login(bestuur)
    html = client.get("/monitor/dashboard/").content.decode()
    sources = re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert "/static/vendor/plotly/plotly.min.js" in sources and "/static/js/charts.js" in sources
    assert all(src.startswith("/static/") for src in sources), sources
    assert not re.search(r"<script(?![^>]*(src=|application/json))[^>]*>", html)  # no inline script
