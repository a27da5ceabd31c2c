"""The worker's own upkeep, beside its tasks: recover from dead workers often, prune old jobs daily."""

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection

from .recovery import prune_finished_jobs, recover_stale_jobs

logger = logging.getLogger(__name__)
DAY = 24 * 3600


def prune_by_settings() -> dict[str, int]:
    return prune_finished_jobs(
        file_days=settings.JOBS_KEEP_FILE_DAYS,
        job_days=settings.JOBS_KEEP_DAYS,
        task_days=settings.JOBS_KEEP_TASK_DAYS,
    )


def upkeep_once(*, prune: bool) -> None:
    recovered = recover_stale_jobs()
    if recovered:
        logger.warning("%d job(s) of a stopped worker marked as interrupted", recovered)
    if prune:
        logger.info("Pruned old jobs: %s", prune_by_settings())


def _loop(stop: threading.Event) -> None:
    last_pruned = time.monotonic()
    try:
        while not stop.wait(settings.JOBS_RECOVERY_SECONDS):
            due = time.monotonic() - last_pruned >= DAY
            try:
                close_old_connections()
                upkeep_once(prune=due)
            except Exception:  # a busy database now and then: the next round will do
                logger.exception("Job upkeep failed; retrying in %s s", settings.JOBS_RECOVERY_SECONDS)
            else:
                last_pruned = time.monotonic() if due else last_pruned
    finally:
        connection.close()


def start_upkeep() -> threading.Event:
    """Recover and prune now, then keep doing so in a daemon thread; set the returned event to stop it."""
    upkeep_once(prune=True)
    connection.close()  # the worker's loop opens its own
    stop = threading.Event()
    threading.Thread(target=_loop, args=(stop,), daemon=True, name="job-upkeep").start()
    return stop
