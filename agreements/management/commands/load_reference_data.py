from django.core.management import call_command
from django.core.management.base import BaseCommand

from agreements.reference import REFERENCE_FIXTURES


class Command(BaseCommand):
    help = "Laadt de referentiegegevens (pijlers, organisaties, gemeenten, periodes, doelen). Herhaalbaar."

    def handle(self, *args, **options):
        call_command("loaddata", *REFERENCE_FIXTURES, verbosity=options["verbosity"])
