"""``manage.py backup_data FILE.tar.gz``: the whole database and every stored file in one archive (reports/backup.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from reports.backup import write_backup


class Command(BaseCommand):
    help = "Schrijft de hele database en alle opgeslagen bestanden naar één archief (.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("output", help="het archief, bijvoorbeeld woondeal-2026-12-01.tar.gz")

    def handle(self, *args, output, **options):
        manifest = write_backup(Path(output))
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Back-up geschreven naar {output}: {rows} rijen in {len(manifest['counts'])} tabellen, "
            f"{len(manifest['stored_files'])} opgeslagen bestanden."
        )
