"""Parsing an uploaded workbook in a bounded child process, so that no file can take down or stall a worker.

The web worker (or task worker) checks the bytes first (``checks.py``: size, zip bomb, XML attacks, the largest
cell reference), then hands them to ``reader_child.py``, a fresh Python process with an address-space limit
(``UPLOAD_READER_MEMORY_BYTES``), a CPU limit and a wall-clock limit (``UPLOAD_READER_SECONDS``). Whatever goes
wrong in there (a reader that aborts on a huge allocation, runs out of memory or loops) ends as
:class:`UploadRefused` with "Het bestand kan niet veilig worden gelezen", never as a dead worker.

The child's answer is unpickled with only plain cell values allowed (str, numbers, bool, None and the
``datetime`` types), so even a compromised child cannot make this process run code.
"""

import datetime
import io
import json
import logging
import math
import pickle
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .checks import check_xlsx_upload
from .refusal import UploadRefused

CHILD = Path(__file__).with_name("reader_child.py")
UNSAFE = (
    "Het bestand kan niet veilig worden gelezen: het lezen vroeg meer geheugen of tijd dan is toegestaan. "
    "Controleer of het bestand geen (opgemaakte) lege rijen of kolommen ver buiten de gegevens bevat, sla het "
    "in Excel opnieuw op als 'Excel-werkmap (.xlsx)' en probeer het nog eens."
)
DATETIME_TYPES = {"date", "datetime", "time", "timedelta", "timezone"}
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sheet:
    """One worksheet's cells as python-calamine gives them: str, float, int, bool, date/time values; "" = empty."""

    name: str
    rows: list[list]
    sheet_names: list[str]


def read_sheet(content: bytes, *, preferred: Sequence[str] = ()) -> Sheet:
    """Check ``content`` and read one sheet: the first whose name matches one of ``preferred`` (case and
    surrounding spaces ignored), else the first sheet. Raises :class:`UploadRefused` with a Dutch message."""
    check_xlsx_upload(content)
    result = _run_child(content, preferred)
    if "error" in result:
        raise UploadRefused(f"Het bestand kon niet als Excel-werkmap gelezen worden ({result['error']}).")
    if not result["sheets"]:
        raise UploadRefused("De werkmap bevat geen tabbladen.")
    return Sheet(name=result["sheet"], rows=result["rows"], sheet_names=result["sheets"])


def child_command(preferred: Sequence[str] = ()) -> list[str]:
    """The command line of the reader's child process (the file goes to its stdin)."""
    return [
        sys.executable,
        "-I",  # isolated: no PYTHON* variables, no user site, no current directory on the path
        str(CHILD),
        str(settings.UPLOAD_READER_MEMORY_BYTES),
        str(max(1, math.ceil(settings.UPLOAD_READER_SECONDS))),
        json.dumps(list(preferred)),
    ]


def _run_child(content: bytes, preferred: Sequence[str]) -> dict:
    seconds = settings.UPLOAD_READER_SECONDS
    command = child_command(preferred)
    try:
        done = subprocess.run(command, input=content, capture_output=True, timeout=seconds, check=False)
    except subprocess.TimeoutExpired as exc:  # run() has killed the child
        logger.warning("Upload reader stopped after %s s (%d bytes)", seconds, len(content))
        raise UploadRefused(UNSAFE) from exc
    if done.returncode != 0:
        logger.warning(
            "Upload reader ended with code %s (%d bytes): %s",
            done.returncode,
            len(content),
            done.stderr[:500].decode(errors="replace"),
        )
        raise UploadRefused(UNSAFE)
    try:
        return _CellUnpickler(io.BytesIO(done.stdout)).load()
    except (pickle.UnpicklingError, EOFError, ValueError) as exc:
        logger.warning("Upload reader answered something unreadable: %s", exc)
        raise UploadRefused(UNSAFE) from exc


class _CellUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module == "datetime" and name in DATETIME_TYPES:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is geen celwaarde")
