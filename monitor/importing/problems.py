"""What an import can say about a file, per cell. A file that is not read at all raises
:class:`agreements.uploads.UploadRefused` (not an .xlsx, too large, a zip bomb, macros, an XML attack, no header
row)."""

from dataclasses import dataclass

ERROR = "fout"
WARNING = "waarschuwing"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in the file: ``row`` is the Excel row number (1-based), ``column`` the Excel letter."""

    severity: str
    sheet: str
    row: int | None
    column: str
    field: str
    message: str

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
