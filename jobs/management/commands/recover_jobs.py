"""``manage.py recover_jobs``: end now the jobs and tasks of workers that died mid-task (the worker does this
itself on start and every ``JOBS_RECOVERY_SECONDS``)."""

from django.core.management.base import BaseCommand

from jobs.recovery import recover_stale_jobs


class Command(BaseCommand):
    help = "Mark jobs and tasks of stopped workers as failed (interrupted)"

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"{recover_stale_jobs()} onderbroken taak/taken afgesloten.")
