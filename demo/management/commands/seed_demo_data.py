import os

from django.core.management.base import BaseCommand

from demo.seed import DEFAULT_DEMO_PASSWORD, seed_demo_data


class Command(BaseCommand):
    help = (
        "Laadt de referentiegegevens en vult de database met demogegevens (afspraken, locaties, "
        "tempotafels, stoplichten en demo-accounts). Herhaalbaar. Wachtwoord: DEMO_PASSWORD."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--publish-report",
            action="store_true",
            help="Publiceer ook de voortgangsrapportage van het 1e halfjaar 2021 (met grafieken en PDF; trager).",
        )

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        counts = seed_demo_data(password=password, publish_report=options["publish_report"])
        summary = ", ".join(f"{count} {label}" for label, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demogegevens staan klaar: {summary}."))
