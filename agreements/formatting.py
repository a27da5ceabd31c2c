"""Numbers as a Dutch reader writes them, for every page, export, message and PDF: 37.667 (thousands grouped
with a dot), a share with a decimal comma: 41,9; unknown is "onbekend", never 0. Built on Django's
``number_format`` with the active language's formats (``LANGUAGE_CODE = "nl"``; grouping forced, whatever
``USE_THOUSAND_SEPARATOR`` says). It lives in agreements, the lowest app that shows a number."""

from decimal import ROUND_HALF_EVEN, Decimal

from django.utils.formats import number_format

UNKNOWN = "onbekend"


def format_number(value, *, decimals: int | None = None) -> str:
    """``value`` in Dutch notation. Without ``decimals``: a whole number (a ``Decimal`` or ``int``-like value
    is cut to its whole part, a whole float loses its ``.0``), and a float with a fraction gets one decimal;
    with ``decimals``: exactly that many, rounded half to even, as Python's own formatting does."""
    if value is None:
        return UNKNOWN
    if decimals is None:
        if not (isinstance(value, float) and not value.is_integer()):
            return str(number_format(int(value), force_grouping=True))
        decimals = 1
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    return str(number_format(rounded, decimal_pos=decimals, force_grouping=True))
