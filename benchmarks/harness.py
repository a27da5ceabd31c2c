"""Helpers for scenarios: a throwaway database, timing, and peak memory."""

import os
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from contextlib import contextmanager


def setup_django() -> None:
    """Benchmarks run against a fresh SQLite file (or DATABASE_URL when given), migrated, never the dev DB."""
    if "DATABASE_URL" not in os.environ:
        path = os.path.join(tempfile.mkdtemp(prefix="woondeal-bench-"), "bench.sqlite3")
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def median_seconds(func: Callable[[], object], *, repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


@contextmanager
def peak_memory():
    """``with peak_memory() as peak: ...``; afterwards ``peak.mb`` is the peak traced Python allocation."""

    class Peak:
        mb = 0.0

    tracemalloc.start()
    try:
        yield Peak
    finally:
        Peak.mb = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
