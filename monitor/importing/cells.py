"""Turning one cell (as pandas/calamine gives it) into a Python value, or a Dutch reason why not."""

import datetime
import math
import re

WHOLE_TEXT = re.compile(r"^-?\d+(?:[.,]0+)?$")
YEAR_IN_TEXT = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.])?(\d{4})(?:[-/.]\d{1,2}[-/.]\d{1,2})?$")


class CellError(ValueError):
    pass


def is_blank(value: object) -> bool:
    if value is None or value.__class__ is str and not value:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return False


def text(value: object) -> str:
    if value.__class__ is str:
        return value.strip()
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def whole_number(value: object, *, allow_fraction: bool = False) -> int | None:
    """A whole number ≥ 0, or None for an empty cell. ``allow_fraction`` rounds (provincial averages)."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(f"'{value}' is geen aantal")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer() and not allow_fraction:
            raise CellError(f"{value:g} is geen geheel aantal")
        number = round(value)
    elif isinstance(value, str):
        cleaned = value.strip().replace(" ", "")
        if not WHOLE_TEXT.match(cleaned):
            raise CellError(f"'{value.strip()}' is geen getal")
        number = int(re.split(r"[.,]", cleaned)[0])
    else:
        raise CellError(f"'{value}' is geen aantal")
    if number < 0:
        raise CellError(f"{number} is negatief; een aantal woningen is 0 of meer")
    return number


def year(value: object) -> int | None:
    """A year from a number, a date cell or a date written as text ('2026', '1-7-2026', '2026-07-01')."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.date | datetime.datetime) or hasattr(value, "year"):
        found = value.year
    elif isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        found = int(value)
    elif isinstance(value, str) and (match := YEAR_IN_TEXT.match(value.strip())):
        found = int(match.group(1))
    else:
        raise CellError(f"'{value}' is geen jaartal")
    if not 1900 <= found <= 2100:
        raise CellError(f"{found} is geen plausibel jaartal (1900–2100)")
    return found
