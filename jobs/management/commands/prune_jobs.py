"""``manage.py prune_jobs``: remove old finished jobs, their files and django-tasks' finished rows (the
worker does this itself once a day; the limits are ``JOBS_KEEP_*`` settings unless given here)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from jobs.recovery import prune_finished_jobs


class Command(BaseCommand):
    help = "Prune finished background jobs (files, jobs, task rows) older than the given days"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--file-days", type=int, default=settings.JOBS_KEEP_FILE_DAYS)
        parser.add_argument("--job-days", type=int, default=settings.JOBS_KEEP_DAYS)
        parser.add_argument("--task-days", type=int, default=settings.JOBS_KEEP_TASK_DAYS)

    def handle(self, *args, file_days: int, job_days: int, task_days: int, **options) -> None:
        counts = prune_finished_jobs(file_days=file_days, job_days=job_days, task_days=task_days)
        self.stdout.write(
            f"Opgeruimd: {counts['files']} bestand(en), {counts['jobs']} taak/taken, "
            f"{counts['tasks']} wachtrijregel(s)."
        )
