"""The one-factsheet PDF: read back with pypdf it holds the pillar's agreements and colours; hostile text stays
text, embeds no file and makes no request."""

import io
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from pypdf import PdfReader

from agreements.models import Deal
from reports.factsheets.sheet import build_factsheet, render_factsheet_pdf
from tests.jobs.follow import job_file
from tests.reports.factories import FactsheetFactory, committed_monitor
from tests.reports.pdf_structure import header_cells


def squeeze(text: str) -> str:
    """Text without white space, and words hyphenated at a line end (Dutch hyphenation) joined again."""
    return "".join(text.replace("\u2010\n", "").split())


def pdf_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def counting_server():
    """A local web server that counts every request it gets."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


def test_the_pdf_holds_the_pillars_agreements_colours_and_figures(
    client, tempomaker, pillar, period, agreements
):
    FactsheetFactory(pillar=pillar, period=period)
    committed_monitor({"circular": 4200, "circular_share": 11.2, "conceptual": 900})
    client.force_login(tempomaker)
    response = job_file(client, client.post(reverse("reports:factsheet_pdf", args=[period.code, 3])))
    assert response["Content-Disposition"] == 'attachment; filename="factsheet-pijler-3-2021-h2.pdf"'
    reader = PdfReader(io.BytesIO(response.content))
    text = squeeze(pdf_text(reader))
    for agreement in agreements:
        assert squeeze(f"{agreement.title}") in text
    for colour in ["Groen: op koers", "Geel: aandacht / vertraging", "Rood: knelpunt", "Nog niet beoordeeld"]:
        assert squeeze(colour) in text
    assert squeeze("Pijler 3: Groen en circulair") in text
    assert squeeze("biobased woningen") in text
    assert squeeze("Circulair aandeel van de plannen") in text and "11,2%" in text
    assert "Pagina1van" in text
    assert reader.metadata.title == "Factsheet pijler 3: Groen en circulair, 2e halfjaar 2021"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    scopes = [cell["scope"] for cell in header_cells(response.content)]
    assert scopes and all(scope in ("/Column", "/Row") for scope in scopes)


HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/hostname">',
    '<img src="http://127.0.0.1:{port}/x">',
]


def test_hostile_texts_are_printed_as_text_and_fetch_nothing(pillar, period, counting_server):
    port, hits = counting_server
    texts = [snippet.format(port=port) for snippet in HOSTILE]
    factsheet = FactsheetFactory(
        pillar=pillar,
        period=period,
        summary=texts[0],
        partners=texts[1],
        output=texts[2],
        outcome=" ".join(texts),
        next_actions=f'<a href="http://127.0.0.1:{port}/link">klik</a><style>@import "http://127.0.0.1:{port}/css";</style>',
    )
    pdf = render_factsheet_pdf(build_factsheet(factsheet))
    reader = PdfReader(io.BytesIO(pdf))
    text = squeeze(pdf_text(reader))
    for snippet in texts:
        assert squeeze(snippet) in text
    assert "root:x:0:0" not in pdf_text(reader)
    # No embedded file anywhere: no EmbeddedFiles name tree, no file-attachment annotations.
    names = reader.trailer["/Root"].get("/Names")
    assert names is None or "/EmbeddedFiles" not in names.get_object()
    assert b"/EmbeddedFile" not in pdf and b"/FileAttachment" not in pdf
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object().get("/Subtype") != "/FileAttachment"
    assert hits == []
    # The server does count: a real request shows up.
    urllib.request.urlopen(f"http://127.0.0.1:{port}/controle", timeout=2).read()
    assert hits == ["/controle"]


def test_a_factsheet_made_from_demo_data_says_so_on_every_page(pillar, period, agreements):
    long_text = "Een lange tekst over de voortgang van de pijler. " * 55  # under the fields' 3.000 characters
    factsheet = FactsheetFactory(
        pillar=pillar,
        period=period,
        summary=long_text,
        output=long_text,
        outcome=long_text,
        next_actions=long_text,
    )
    real = PdfReader(io.BytesIO(render_factsheet_pdf(build_factsheet(factsheet))))
    assert "Demo-gegevens" not in pdf_text(real)
    if not Deal.objects.exists():
        Deal.objects.create(name="Woondeal regio Arnhem-Nijmegen", region="regio Arnhem-Nijmegen")
    Deal.objects.update(demo_data=True)
    pages = [
        page.extract_text()
        for page in PdfReader(io.BytesIO(render_factsheet_pdf(build_factsheet(factsheet)))).pages
    ]
    assert len(pages) > 1
    assert "Deze factsheet is gemaakt uit de demogegevens" in " ".join(pages[0].split())
    assert all("Demo-gegevens, geen feiten" in " ".join(text.split()) for text in pages)
