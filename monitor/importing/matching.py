"""Recognising what people type: municipalities (CBS code or name), Woondeal locations and plan statuses."""

import difflib
import re
import unicodedata
from collections.abc import Iterable

from monitor.models import Location, Municipality, PlanStatus

SPACES = re.compile(r"\s+")
CBS_CODE = re.compile(r"^(?:gm)?\s*0*(\d{1,4})$", re.IGNORECASE)
STATUS_CLASS = re.compile(r"^([1-4])\s*([abc])?(?![0-9])", re.IGNORECASE)
STATUS_WORDS = {
    "hard": PlanStatus.HARD,
    "harde plancapaciteit": PlanStatus.HARD,
    "onherroepelijk": PlanStatus.HARD,
    "vastgesteld": PlanStatus.HARD,
    "zacht": PlanStatus.ZACHT,
    "zachte plancapaciteit": PlanStatus.ZACHT,
    "in voorbereiding": PlanStatus.ZACHT,
    "visie": PlanStatus.ZACHT,
    "potentiele locatie": PlanStatus.ZACHT,
    "optie": PlanStatus.ZACHT,
    "in aanbouw": PlanStatus.IN_AANBOUW,
    "aanbouw": PlanStatus.IN_AANBOUW,
    "in uitvoering": PlanStatus.IN_AANBOUW,
    "opgeleverd": PlanStatus.OPGELEVERD,
    "gerealiseerd": PlanStatus.OPGELEVERD,
}
UNKNOWN_STATUSES = {"onbekend", "status onbekend", "niet bekend", "?", "-"}
STATUS_HELP = "hard, zacht, in aanbouw, opgeleverd of een planstatus 1A t/m 4B (1 en 2 hard, 3 en 4 zacht)"


def normalise(text: object) -> str:
    """Lower case, accents removed, whitespace collapsed: 'Potentiële  Locatie ' → 'potentiele locatie'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return SPACES.sub(" ", text).strip().lower()


def nearest(word: str, candidates: Iterable[str], *, n: int = 3) -> list[str]:
    by_key = {normalise(c): c for c in candidates}
    return [by_key[key] for key in difflib.get_close_matches(normalise(word), list(by_key), n=n, cutoff=0.5)]


def suggestion(word: str, candidates: Iterable[str]) -> str:
    close = nearest(word, candidates)
    if not close:
        return ""
    return " Bedoelt u " + " of ".join(f"'{name}'" for name in close) + "?"


class MunicipalityMatcher:
    """The region's municipalities by CBS code (``GM0202``, ``0202``, ``202``) or name, whitespace and case free."""

    def __init__(self, municipalities: Iterable[Municipality] | None = None):
        municipalities = list(municipalities if municipalities is not None else Municipality.objects.all())
        self.by_id = {m.pk: m for m in municipalities}
        self.names = [m.name for m in municipalities]
        self._keys: dict[str, Municipality] = {}
        for municipality in municipalities:
            self._keys[normalise(municipality.name)] = municipality
            self._keys[str(int(municipality.cbs_code[2:]))] = municipality
        self._cache: dict[object, Municipality | None] = {}
        self.fingerprint = repr(
            sorted((m.pk, m.cbs_code, m.name, m.subregion_id, m.housing_stock) for m in municipalities)
        )

    def match(self, value: object) -> Municipality | None:
        try:
            return self._cache[value]
        except KeyError:
            pass
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else normalise(value)
        code = CBS_CODE.match(text)
        found = self._keys.get(str(int(code.group(1)))) if code else self._keys.get(text)
        self._cache[value] = found
        return found

    def unknown_message(self, value: object) -> str:
        return f"Onbekende gemeente '{value}': geen van de {len(self.names)} gemeenten van de regio.{suggestion(str(value), self.names)}"


class LocationMatcher:
    """Woondeal locations by name within their municipality."""

    def __init__(self, locations: Iterable[Location] | None = None):
        locations = list(locations if locations is not None else Location.objects.all())
        self._keys = {(loc.municipality_id, normalise(loc.name)): loc for loc in locations}
        self._names_by_municipality: dict[int, list[str]] = {}
        for loc in locations:
            self._names_by_municipality.setdefault(loc.municipality_id, []).append(loc.name)
        self._all_names = [loc.name for loc in locations]
        self.fingerprint = repr(sorted((loc.pk, loc.municipality_id, loc.name) for loc in locations))

    def match(self, municipality_id: int, value: object) -> Location | None:
        return self._keys.get((municipality_id, normalise(value)))

    def unknown_message(self, municipality: Municipality, value: object) -> str:
        names = self._names_by_municipality.get(municipality.pk) or self._all_names
        hint = suggestion(str(value), names)
        if not hint and names:
            hint = " Bekende locaties: " + ", ".join(sorted(names)[:5]) + "."
        return f"Onbekende locatie '{value}' in {municipality.name}.{hint}"


def map_status(label: object) -> tuple[str | None, str | None]:
    """(status, warning) for a label as written; (None, None) when the label is not recognised at all."""
    text = normalise(label)
    if text in UNKNOWN_STATUSES or text.startswith("onbekend"):
        return PlanStatus.ZACHT, f"Status '{label}' is onbekend; het plan telt als zachte plancapaciteit."
    found = STATUS_CLASS.match(text)
    if found:
        return (PlanStatus.HARD if found.group(1) in "12" else PlanStatus.ZACHT), None
    if text in STATUS_WORDS:
        return STATUS_WORDS[text], None
    for word, status in STATUS_WORDS.items():
        if text.startswith(word):
            return status, None
    return None, None
