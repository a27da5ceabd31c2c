"""The published PDF read back: what the board reads is in it, it is accessible, and hostile text stays text.

The full report (69 agreements, six factsheets, dashboard with all charts through kaleido and chromium) is
rendered and published once for the whole module, inside a transaction that is rolled back afterwards.
"""

import http.server
import io
import re
import threading

import kaleido
import pypdf
import pytest
from django.db import transaction

from benchmarks.report_world import PILLARS, make_report_world
from reports.models import Factsheet, ProgressReport
from reports.progress.publication import publish_report
from tests.factories import UserFactory
from tests.reports.pdf_structure import header_cells

pytestmark = pytest.mark.django_db  # the module-scoped fixture below needs the test database set up

SUMMARY = {
    "main_results": "Er zijn 2.350 woningen opgeleverd op de versnellingslocaties.",
    "acceleration": "De Versnellingstafel heeft drie vastgelopen plannen vlotgetrokken.",
    "added_value": "Partners delen capaciteit en kennis over de gemeentegrenzen heen.",
    "attention": "Afspraak 62 over stikstofruimte vraagt druk van het Bestuurlijk Overleg.",
    "next_half_year": "De partners leggen de prestatieafspraken voor flexwonen vast.",
}


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802 - http.server's naming
        CountingHandler.hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


def hostile_texts(port: int) -> list[str]:
    return [
        '<img src="file:///etc/passwd">',
        '<link rel="attachment" href="file:///etc/hostname">',
        f'<img src="http://127.0.0.1:{port}/x">',
    ]


@pytest.fixture(scope="module")
def counting_server():
    server = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


BROWSER_SESSIONS: list[dict] = []  # one entry per kaleido browser opened while publishing


def counting_open(original):
    async def open_and_count(self):
        BROWSER_SESSIONS.append({"mathjax": self._mathjax})
        return await original(self)

    return open_and_count


@pytest.fixture(scope="module")
def published_pdf(django_db_setup, django_db_blocker, counting_server) -> bytes:
    hostile = " ".join(hostile_texts(counting_server.server_address[1]))
    with django_db_blocker.unblock(), transaction.atomic(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(kaleido.Kaleido, "open", counting_open(kaleido.Kaleido.open))
        user = UserFactory(username="kernteam-pdf", kernteam=True)
        period = make_report_world(user=user)
        report = ProgressReport.objects.get(period=period)
        for field, text in SUMMARY.items():
            setattr(report, field, f"{text} {hostile}" if field == "attention" else text)
        report.save()
        Factsheet.objects.filter(period=period, pillar__number=3).update(summary=f"Circulair: {hostile}")
        pdf = bytes(publish_report(report=report, user=user).pdf)
        transaction.set_rollback(True)
    return pdf


@pytest.fixture(scope="module")
def reader(published_pdf) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(published_pdf))


@pytest.fixture(scope="module")
def text(reader) -> str:
    """The text as a reader sees it: words hyphenated at a line end (Dutch hyphenation) joined again."""
    joined = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", re.sub(r"\u2010\s*\n", "", joined))


def test_the_management_summary_is_in_the_pdf(text):
    for part in SUMMARY.values():
        assert part in text


def test_every_agreement_pillar_and_traffic_light_word_is_in_the_pdf(text):
    for number in range(1, 70):
        assert f"Afspraak {number}: versnellen" in text
    for name in PILLARS:
        assert name in text
    for word in ["Groen: op koers", "Geel: aandacht / vertraging", "Rood: knelpunt", "nog niet beoordeeld"]:
        assert word in text
    for arrow in ["↑ beter", "↓ slechter", "= gelijk"]:
        assert arrow in text


def test_the_dashboard_charts_are_drawn_with_their_tables(reader, text):
    assert "Grafiek niet beschikbaar" not in text
    assert "Subregio De Liemers" in text and "Bijdrage per gemeente" in text
    assert len(reader.pages) <= 30  # briefing of four pages, dense annexes (the issue asks at most 30)


def test_all_charts_come_from_one_browser_session_without_mathjax(published_pdf):
    assert BROWSER_SESSIONS == [{"mathjax": False}]


def test_the_pdf_is_tagged_dutch_titled_and_has_bookmarks(reader):
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "nl"
    assert reader.metadata.title.startswith("Voortgangsrapportage Woondeal")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Managementsamenvatting" in titles
    assert "Bijlage: alle afspraken en hun status" in titles
    assert any(isinstance(item, list) for item in reader.outline)  # pillars nest under "Factsheets"


def test_running_header_and_page_numbers(reader):
    page = reader.pages[5].extract_text()
    assert "1e halfjaar 2021" in page
    assert f"van {len(reader.pages)}" in page


def test_hostile_texts_are_printed_as_text_and_fetch_nothing(published_pdf, text, counting_server):
    port = counting_server.server_address[1]
    squeezed = re.sub(r"\s", "", text)  # a line break may fall inside a long text
    for hostile in hostile_texts(port):
        assert (
            squeezed.count(re.sub(r"\s", "", hostile)) >= 2
        )  # in the management summary and in the factsheet of pillar 3
    assert CountingHandler.hits == 0
    assert b"/EmbeddedFile" not in published_pdf
    assert b"/FileAttachment" not in published_pdf
    assert b"root:x:0:0" not in published_pdf


def test_every_table_header_cell_has_a_scope(published_pdf):
    cells = header_cells(published_pdf)
    assert len(cells) > 100  # the report's tables: key figures, chart tables, factsheets, annex
    assert [cell for cell in cells if cell["scope"] not in ("/Column", "/Row")] == []
    assert {"/Column", "/Row"} <= {cell["scope"] for cell in cells}
