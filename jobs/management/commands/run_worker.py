"""``manage.py run_worker``: django-tasks-db's ``db_worker`` (same options) plus the job upkeep: on start and
every ``JOBS_RECOVERY_SECONDS`` it ends the jobs and tasks of workers that died mid-task (Dutch message for
the user, task marked failed), and once a day it prunes old finished jobs (``jobs.recovery``)."""

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from jobs.maintenance import start_upkeep


class Command(DbWorkerCommand):
    help = "Run the background worker with job recovery and pruning"

    def handle(self, *args, **options) -> None:
        stop = start_upkeep()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
