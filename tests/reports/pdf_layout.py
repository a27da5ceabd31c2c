"""Checks on WeasyPrint's layout boxes: does any text run out of the page's text area?"""

from dataclasses import dataclass

from weasyprint.formatting_structure.boxes import MarginBox, TextBox

TOLERANCE = 0.5  # CSS px


@dataclass(frozen=True)
class Overflow:
    page: int
    text: str
    left: float
    right: float
    area: tuple[float, float]


def _text_boxes(box):
    for child in box.descendants():
        if isinstance(child, TextBox):
            yield child


def overflowing_text(document) -> list[Overflow]:
    """Every piece of text that starts left of or ends right of its page's content area (the running header
    and footer in the page margins are not part of the text area and are left out)."""
    found = []
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        left = page_box.content_box_x()
        right = left + page_box.width
        for child in page_box.children:
            if isinstance(child, MarginBox):
                continue
            for text in _text_boxes(child):
                start, end = text.position_x, text.position_x + text.width
                if start < left - TOLERANCE or end > right + TOLERANCE:
                    found.append(Overflow(number, text.text, start, end, (left, right)))
    return found
