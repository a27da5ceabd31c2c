"""``manage.py import_monitor FILE --peildatum YYYY-MM-DD [--dry-run] [--user NAME]``: the upload and commit
of the web pages, from the command line. Exit status 1 when the file is refused or has errors.

The import is recorded as uploaded by ``--user`` or, without it, by the first active core-team member
(lowest id): every import has a person who answers for it, so there is no anonymous system user.
"""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import Role, User
from agreements.uploads import UploadRefused
from monitor import services
from monitor.importing import read_monitor_file
from monitor.models import MonitorImport


class Command(BaseCommand):
    help = "Importeer een monitorbestand (.xlsx): valideren, samenvatten en (zonder --dry-run) bevestigen."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--peildatum", required=True, type=datetime.date.fromisoformat, help="YYYY-MM-DD")
        parser.add_argument(
            "--dry-run", action="store_true", help="alleen valideren en samenvatten, niets opslaan"
        )
        parser.add_argument(
            "--user", help="gebruikersnaam van de uploader (standaard: het eerste kernteamlid)"
        )

    def handle(self, *args, file: Path, peildatum: datetime.date, dry_run: bool, user: str | None, **options):
        content = file.read_bytes()
        if (identical := services.find_identical(content)) is not None:
            self.stdout.write(
                f"Dit bestand is al eerder geüpload: import {identical.pk}, {identical.filename}, status {identical.get_state_display().lower()}."
            )
            if identical.state != MonitorImport.State.PREVIEW or dry_run:
                return
        try:
            parsed = read_monitor_file(content)
        except UploadRefused as exc:
            raise CommandError(exc.message, returncode=1) from exc
        self._summary(parsed)
        if not parsed.is_valid:
            raise CommandError(f"{len(parsed.errors)} fout(en): niets geïmporteerd.", returncode=1)
        if dry_run:
            self.stdout.write("Proefdraai (--dry-run): niets opgeslagen.")
            return
        uploader = self._uploader(user)
        monitor_import, _ = services.upload_monitor_import(
            content=content, filename=file.name, peildatum=peildatum, uploaded_by=uploader
        )
        services.commit_monitor_import(monitor_import=monitor_import, user=uploader)
        self.stdout.write(
            self.style.SUCCESS(f"Import {monitor_import.pk} bevestigd: dit is nu de actuele monitorstand.")
        )

    def _summary(self, parsed) -> None:
        self.stdout.write(
            f"Indeling: {parsed.layout}; tabblad {parsed.sheet}; {parsed.row_count} rijen, {len(parsed.plans)} geldige plannen."
        )
        totals: dict[str, int] = {}
        for plan in parsed.plans:
            totals[plan.status] = totals.get(plan.status, 0) + plan.homes
        self.stdout.write(
            "Woningen per status: "
            + ", ".join(f"{status} {homes}" for status, homes in sorted(totals.items()))
        )
        if parsed.outside_region:
            self.stdout.write(f"Buiten de regio overgeslagen: {parsed.outside_region} rijen.")
        for problem in parsed.errors + parsed.warnings:
            where = f"{problem.sheet}!{problem.column}{problem.row or ''}" if problem.row else problem.sheet
            self.stdout.write(f"{problem.severity.upper()} {where} {problem.field}: {problem.message}")
        self.stdout.write(f"{len(parsed.errors)} fout(en), {len(parsed.warnings)} waarschuwing(en).")

    def _uploader(self, username: str | None) -> User:
        users = User.objects.filter(is_active=True)
        found = (
            users.filter(username=username).first()
            if username
            else users.filter(memberships__role=Role.KERNTEAM).order_by("pk").first()
        )
        if found is None or not found.is_kernteam:
            raise CommandError(
                "Geen actief kernteamlid gevonden als uploader (geef --user op).", returncode=1
            )
        return found
