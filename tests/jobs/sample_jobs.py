"""Small jobs for the tests of the job machinery itself (real tasks, run by the real backends)."""

import time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User
from jobs.running import job_task


@job_task
def rename_user(job, *, user_id: int, first_name: str) -> None:
    job.progress("Naam opzoeken", 40)
    if not first_name:
        raise ValidationError("Vul een voornaam in.")
    User.objects.filter(pk=user_id).update(first_name=first_name)
    job.finish(result_url="/", file=b"%PDF-1.7 klaar", file_name="naam.pdf")


@job_task
def crash(job) -> None:
    job.progress("Bijna klaar", 90)
    raise RuntimeError("internal detail that users never see")


@job_task
def rename_slowly(job, *, user_id: int, first_name: str, seconds: float, written_flag: str) -> None:
    """Writes in one transaction and then takes ``seconds`` before committing; touches ``written_flag`` (a
    file) once the write is made, so a test knows when killing the worker cuts a transaction in half."""
    job.progress("Naam schrijven", 50)
    with transaction.atomic():
        User.objects.filter(pk=user_id).update(first_name=first_name)
        if written_flag:
            Path(written_flag).touch()
        time.sleep(seconds)
    job.finish(message="Naam gewijzigd")
