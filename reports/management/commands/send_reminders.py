"""Daily from cron: remind tempomakers of factsheets that are due, and ambassadors of factsheets to approve."""

from django.core.management.base import BaseCommand, CommandError

from reports.factsheets.services import send_due_reminders


class Command(BaseCommand):
    help = (
        "Mailt de tempomakers van factsheets waarvan de deadline binnen N dagen valt of verstreken is, "
        "en de ambassadeurs van factsheets die op goedkeuring wachten."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="Herinner bij een deadline binnen N dagen.")

    def handle(self, *args, days: int, **options):
        if days < 0:
            raise CommandError("--days moet 0 of groter zijn.")
        results = send_due_reminders(days=days)
        for factsheet, count in results:
            self.stdout.write(f"{factsheet}: {count} herinnering(en) verstuurd")
        total = sum(count for _, count in results)
        self.stdout.write(self.style.SUCCESS(f"{total} herinnering(en) verstuurd."))
