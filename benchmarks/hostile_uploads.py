"""Time and peak memory per hostile upload (issue 11, defect 1): ``python -m benchmarks.hostile_uploads``.

For each file, in a fresh process with Django set up (what a web or task worker has): the wall time of
``read_sheet`` (the checks in the worker, then python-calamine in the bounded child), what it answered, and
how much the worker's resident memory grew (high-water mark minus the resident memory before the call). The
child's own peak is measured separately by running the same child command and sampling its VmHWM.
Not a pytest test: it takes ~30 s, and timings go to benchmarks/ only.
"""

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks import hostile_files

LIFTED = {"UPLOAD_MAX_ROWS": 2_000_000, "UPLOAD_MAX_COLUMNS": 20_000}


def zip_bomb() -> bytes:
    """One cell of 300 MB of zeros (0.3 MB zipped): past the 200 MB unpacked budget."""
    path = Path(tempfile.mkdtemp()) / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in hostile_files.PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(hostile_files.SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>')
            for _ in range(300):
                sheet.write(b"0" * 1024 * 1024)
            sheet.write(b"</t></is></c></row>" + hostile_files.SHEET_END)
    return path.read_bytes()


CASES = [
    ("cel op XFD1048576", hostile_files.far_cell, {}),
    ("cel op XFD1048576, scan opgeheven", hostile_files.far_cell, LIFTED),
    ("1.048.576 rijen", hostile_files.million_rows, {}),
    ("zip bomb (300 MB uitgepakt)", zip_bomb, {}),
    ("99.999 plannen (grootste toegestane)", lambda: hostile_files.plans(99_999), {}),
    ("20.000 plannen", lambda: hostile_files.plans(20_000), {}),
]


def _status(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def read_once(path: str, overrides: dict) -> dict:
    """In a fresh process: read the file as a worker does."""
    from django.test import override_settings

    from agreements.uploads import UploadRefused, read_sheet

    content = Path(path).read_bytes()
    before = _status("VmRSS:")
    start = time.perf_counter()
    with override_settings(**overrides):
        try:
            outcome = f"gelezen: {len(read_sheet(content).rows):,} rijen"
        except UploadRefused as refusal:
            outcome = "geweigerd: " + refusal.message[:70]
    return {"outcome": outcome, "seconds": time.perf_counter() - start, "grew_mb": _status("VmHWM:") - before}


def child_peak_mb(path: str, overrides: dict) -> float | None:
    """The child's high-water mark, sampled while it runs; None when the checks refuse before any child."""
    from django.test import override_settings

    from agreements.uploads import UploadRefused, check_xlsx_upload
    from agreements.uploads.reader import child_command

    content = Path(path).read_bytes()
    with override_settings(**overrides):
        try:
            check_xlsx_upload(content)
        except UploadRefused:
            return None
        command = child_command()
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    process.stdin.write(content)
    process.stdin.close()
    peak = 0.0
    while process.poll() is None:
        try:
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, ValueError):
            pass
        time.sleep(0.005)
    return peak


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondeal.settings")
    import django

    django.setup()
    from benchmarks.harness import in_fresh_process

    folder = Path(tempfile.mkdtemp(prefix="woondeal-hostile-"))
    print(f"{'bestand':<38} {'grootte':>9} {'tijd':>7} {'worker +MB':>10} {'kind MB':>8}  uitkomst")
    for name, make, overrides in CASES:
        path = folder / "upload.xlsx"
        path.write_bytes(make())
        measured = in_fresh_process(read_once, str(path), overrides)["result"]
        child = in_fresh_process(child_peak_mb, str(path), overrides)["result"]
        child_text = "-" if child is None else f"{child:.0f}"
        print(
            f"{name:<38} {path.stat().st_size / 1024:>7.0f}KB {measured['seconds']:>6.2f}s "
            f"{measured['grew_mb']:>10.0f} {child_text:>8}  {measured['outcome']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
