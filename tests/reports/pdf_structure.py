"""Reading a tagged PDF's structure tree back with pypdf (independent of the pikepdf code that writes it)."""

import io

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject


def _elements(kids) -> list:
    kids = kids.get_object() if kids is not None else None
    if kids is None:
        return []
    kids = list(kids) if isinstance(kids, ArrayObject) else [kids]
    resolved = [kid.get_object() for kid in kids]
    return [kid for kid in resolved if isinstance(kid, DictionaryObject) and "/S" in kid]


def header_cells(pdf: bytes) -> list[dict]:
    """Every ``/TH`` of the structure tree: its text-free attributes as ``{"scope": "/Column" | ... | None}``."""
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    stack = _elements(root["/StructTreeRoot"].get("/K"))
    cells = []
    while stack:
        element = stack.pop()
        if element["/S"] == "/TH":
            cells.append({"scope": _scope(element.get("/A"))})
        stack.extend(_elements(element.get("/K")))
    return cells


def _scope(attributes) -> str | None:
    attributes = attributes.get_object() if attributes is not None else None
    candidates = list(attributes) if isinstance(attributes, ArrayObject) else [attributes]
    for candidate in candidates:
        candidate = candidate.get_object() if candidate is not None else None
        if (
            isinstance(candidate, DictionaryObject)
            and candidate.get("/O") == "/Table"
            and "/Scope" in candidate
        ):
            return str(candidate["/Scope"])
    return None
