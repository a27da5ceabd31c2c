"""``manage.py restore_data FILE.tar.gz``: migrate an empty database, load a ``backup_data`` archive, check row
counts and checksums against its manifest, then run ``verify_publications`` (reports/backup.py)."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from reports.backup import RestoreRefused, restore_backup


class Command(BaseCommand):
    help = "Herstelt een back-up (backup_data) in een lege database en controleert het resultaat."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="een archief van backup_data")

    def handle(self, *args, archive, **options):
        call_command("migrate", interactive=False, verbosity=0)
        try:
            manifest = restore_backup(Path(archive))
        except RestoreRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        call_command("verify_publications", stdout=self.stdout)
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Hersteld uit {archive}: {rows} rijen in {len(manifest['counts'])} tabellen en "
            f"{len(manifest['stored_files'])} opgeslagen bestanden, gelijk aan de back-up."
        )
