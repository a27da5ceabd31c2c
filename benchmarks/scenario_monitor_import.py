"""20,000 housing plans (the real EIB plans, five times over, on the region's municipalities) imported end to
end: upload (read + validate + keep the file), preview (totals and differences with a committed import of
19,000 plans), commit (plans, states, indicators). Baseline: reading the same file with python-calamine alone.

Each measurement runs in its own fresh process, so ``peak_mb`` (ru_maxrss) is that part's own peak. The
"cold" variant commits in another process than the preview (no memo of the parsed file): what happens when
another web worker handles the confirmation.
"""

import datetime
import io
import statistics
import tempfile
import time
from pathlib import Path

PLANS = 20_000
TARGET_RATIO = 4
TARGET_MB = 400


def read_with_calamine(path: str, repeat: int = 5) -> list[float]:
    from python_calamine import CalamineWorkbook

    content = Path(path).read_bytes()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        CalamineWorkbook.from_filelike(io.BytesIO(content)).get_sheet_by_index(0).to_python(
            skip_empty_area=False
        )
        timings.append(time.perf_counter() - start)
    return timings


def _warm_up() -> None:
    """Import what the first request of a running server has already imported."""
    from benchmarks.eib import template_workbook
    from monitor.importing import read_monitor_file

    read_monitor_file(
        template_workbook([["W-1", "Opwarmen", "Arnhem", None, "hard", None, 2024, 1] + [0] * 8 + [None]])
    )


def import_end_to_end(path: str, user_id: int, *, cold_commit: bool = False) -> dict:
    from accounts.models import User
    from monitor import services
    from monitor.importing import reading

    content = Path(path).read_bytes()
    user = User.objects.get(pk=user_id)
    _warm_up()
    stages = {}
    start = time.perf_counter()
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename="plannen-20000.xlsx", peildatum=datetime.date(2021, 7, 1), uploaded_by=user
    )
    stages["upload"] = time.perf_counter() - start
    preview = services.preview_monitor_import(content=content, exclude=monitor_import)
    stages["preview"] = time.perf_counter() - start - sum(stages.values())
    if cold_commit:
        reading._RECENT.clear()
    services.commit_monitor_import(monitor_import=monitor_import, user=user)
    stages["commit"] = time.perf_counter() - start - sum(stages.values())
    stages["total"] = time.perf_counter() - start
    assert not monitor_import.errors, monitor_import.errors[:3]
    stages["changed"], stages["new"], stages["removed"] = (
        len(preview.changed),
        len(preview.new),
        len(preview.removed),
    )
    services.restore_monitor_import(
        monitor_import=preview.previous, user=user
    )  # leave the previous as current
    return stages


def _prepare(folder: Path) -> tuple[str, int]:
    from django.core.management import call_command

    from accounts.models import Membership, Role, User
    from benchmarks.eib import eib_frame, template_rows, template_workbook
    from monitor import services
    from monitor.models import Municipality

    call_command("load_reference_data", verbosity=0)
    names = list(Municipality.objects.values_list("name", flat=True))
    user, _ = User.objects.get_or_create(username="benchmark-kernteam")
    Membership.objects.get_or_create(user=user, role=Role.KERNTEAM, pillar=None)
    rows = template_rows(eib_frame(), names, copies=5, repair=True)[:PLANS]
    previous = [
        row[:7] + [row[7] + (1 if number % 7 == 0 else 0)] + row[8:]
        for number, row in enumerate(rows[:-1000])
    ]
    old, _ = services.upload_monitor_import(
        content=template_workbook(previous),
        filename="vorige.xlsx",
        peildatum=datetime.date(2021, 1, 1),
        uploaded_by=user,
    )
    services.commit_monitor_import(monitor_import=old, user=user)
    path = folder / "plannen-20000.xlsx"
    path.write_bytes(template_workbook(rows))
    return str(path), user.pk


def run() -> list[dict]:
    from benchmarks.harness import in_fresh_process
    from monitor.models import MonitorImport

    with tempfile.TemporaryDirectory(prefix="woondeal-bench-") as folder:
        path, user_id = _prepare(Path(folder))
        baseline = in_fresh_process(read_with_calamine, path)
        base_seconds = statistics.median(baseline["result"])
        results = [
            {
                "name": "calamine: 20.000 plannen lezen (baseline)",
                "value": base_seconds,
                "unit": "s",
                "baseline": base_seconds,
                "peak_mb": baseline["peak_mb"],
            }
        ]
        for label, cold in (("", False), (" (bevestigen in ander proces)", True)):
            measured = in_fresh_process(import_end_to_end, path, user_id, cold_commit=cold)
            stages = measured["result"]
            MonitorImport.objects.filter(filename="plannen-20000.xlsx").delete()
            results.append(
                {
                    "name": f"monitorimport 20.000 plannen end-to-end{label}",
                    "value": stages["total"],
                    "unit": "s",
                    "baseline": base_seconds,
                    "peak_mb": measured["peak_mb"],
                    "stages": stages,
                }
            )
    for result in results[1:]:
        stages = result["stages"]
        print(
            f"  stages: upload {stages['upload']:.3f} s, preview {stages['preview']:.3f} s, commit {stages['commit']:.3f} s; "
            f"diff: {stages['changed']} gewijzigd, {stages['new']} nieuw, {stages['removed']} vervallen; "
            f"target ≤ {TARGET_RATIO}x baseline and < {TARGET_MB} MB",
            flush=True,
        )
    return results
