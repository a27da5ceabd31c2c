"""Screen readers tie a table's data cells to their headers: every TH in the PDF's tags has a /Scope."""

from reports.pdf import render_pdf
from tests.reports.pdf_structure import header_cells

TABLES = """<!DOCTYPE html><html lang="nl"><head><title>Tabellen</title></head><body>
<table><caption>Kolommen en rijen</caption>
  <thead><tr><th scope="col">Gemeente</th><th scope="col">Woningen</th><th scope="col">Hard</th></tr></thead>
  <tbody><tr><th scope="row">Arnhem</th><td>37.667</td><td>12.000</td></tr>
         <tr><th scope="row">Nijmegen</th><td>30.100</td><td>9.800</td></tr></tbody></table>
<table><caption>Zonder thead</caption><tr><th>Kop</th><th>Kop 2</th></tr><tr><th>Rij</th><td>1</td></tr></table>
</body></html>"""


def test_column_and_row_headers_get_their_scope():
    cells = header_cells(render_pdf(TABLES))
    scopes = [cell["scope"] for cell in cells]
    assert sorted(scopes) == sorted(["/Column"] * 3 + ["/Row"] * 2 + ["/Column"] * 2 + ["/Row"])


def test_a_document_without_tables_is_left_as_it_is():
    pdf = render_pdf('<html lang="nl"><head><title>Leeg</title></head><body><p>Geen tabel.</p></body></html>')
    assert header_cells(pdf) == []
