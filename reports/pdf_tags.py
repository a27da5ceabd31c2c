"""Finishing touches to the tagged PDF's structure tree that WeasyPrint does not write itself.

WeasyPrint tags every table header cell as ``/TH`` but drops the HTML ``scope`` attribute, so PDF/UA checkers
warn that a screen reader cannot tie data cells to their headers. ``add_header_scopes`` gives every ``/TH`` a
``/Scope`` in its table attributes: ``/Column`` for cells in the table head or in a row of headers only,
``/Row`` for a header cell that starts a row of data. Done with pikepdf (qpdf), which edits the structure tree
in place and writes the file back without touching the page content.
"""

import io

import pikepdf

COLUMN, ROW = pikepdf.Name.Column, pikepdf.Name.Row


def add_header_scopes(pdf: bytes) -> bytes:
    """``pdf`` with a ``/Scope`` on every ``/TH`` of its structure tree (unchanged when it has no tags)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        tree = document.Root.get("/StructTreeRoot")
        if tree is None:
            return pdf
        for row, in_head in _table_rows(tree.get("/K")):
            cells = [cell for cell in _children(row) if cell.get("/S") in (pikepdf.Name.TH, pikepdf.Name.TD)]
            headers_only = all(cell.S == pikepdf.Name.TH for cell in cells)
            for cell in cells:
                if cell.S == pikepdf.Name.TH:
                    _set_scope(cell, COLUMN if in_head or headers_only else ROW)
        output = io.BytesIO()
        document.save(output)
    return output.getvalue()


def _children(element) -> list:
    return _elements(element.get("/K"))


def _elements(kids) -> list:
    """The structure elements among ``kids`` (a ``/K`` value), leaving out marked-content references."""
    if kids is None:
        return []
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def _table_rows(kids, in_head: bool = False):
    """Every ``/TR`` element below ``kids``, with whether it sits in a ``/THead``. Iterative: deep trees are fine."""
    stack = [(kid, in_head) for kid in _elements(kids)]
    while stack:
        element, head = stack.pop()
        kind = element.get("/S")
        if kind == pikepdf.Name.TR:
            yield element, head
            continue
        stack.extend((child, head or kind == pikepdf.Name.THead) for child in _children(element))


def _set_scope(cell, scope) -> None:
    attributes = cell.get("/A")
    if isinstance(attributes, pikepdf.Array):  # several attribute objects: use (or add) the table one
        table = next(
            (a for a in attributes if isinstance(a, pikepdf.Dictionary) and a.get("/O") == "/Table"), None
        )
        if table is None:
            attributes.append(pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=scope))
        else:
            table.Scope = scope
    elif isinstance(attributes, pikepdf.Dictionary) and attributes.get("/O") == pikepdf.Name.Table:
        attributes.Scope = scope
    elif attributes is None:
        cell.A = pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=scope)
    else:
        cell.A = pikepdf.Array([attributes, pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=scope)])
