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


def in_fresh_process(func: Callable[..., object], *args, **kwargs) -> dict:
    """Run ``func(*args, **kwargs)`` in a new Python process (spawned, Django set up, same database).

    Returns ``{"result": ..., "seconds": wall time of the call, "peak_mb": peak resident memory of that process}``.
    The peak is the process's high-water mark of resident memory (``VmHWM``; ``ru_maxrss`` where /proc is
    missing): unlike tracemalloc it includes native memory (Rust, numpy, SQLite), and the interpreter and
    Django themselves, so it is what the machine actually has to hold. ``ru_maxrss`` alone would not do on
    Linux: a spawned child inherits its parent's peak across fork and exec.
    ``func`` must be importable (a module-level function).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_measured, func, args, kwargs).result()


def _measured(func, args, kwargs) -> dict:
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()
    start = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    return {"result": result, "seconds": seconds, "peak_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
