"""A readable word-level difference between two texts, with every piece of user text escaped."""

import difflib
import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

TOKEN = re.compile(r"\s+|[^\s]+")


def text_diff(old: str, new: str) -> SafeString:
    """HTML with ``<del>`` for removed and ``<ins>`` for added words (each labelled for screen readers)."""
    before, after = TOKEN.findall(old or ""), TOKEN.findall(new or "")
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape("".join(before[i1:i2])))
            continue
        if i2 > i1:
            parts.append(
                format_html(
                    '<del><span class="visually-hidden">[verwijderd:] </span>{}</del>', "".join(before[i1:i2])
                )
            )
        if j2 > j1:
            parts.append(
                format_html(
                    '<ins><span class="visually-hidden">[toegevoegd:] </span>{}</ins>', "".join(after[j1:j2])
                )
            )
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped
