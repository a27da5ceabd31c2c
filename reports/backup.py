"""Backup and restore drill: the whole database (every app, with its history) and every stored file, to one
archive; back into an empty database; then proof that nothing was lost.

Everything this application stores lives in the database: uploaded monitor and register files, meeting
documents, published PDFs and snapshots are binary fields. The archive (``.tar.gz``) holds ``data.json``
(``dumpdata`` with natural keys: portable between SQLite and PostgreSQL), a ``files/`` copy of ``MEDIA_ROOT``
when one is configured, and ``manifest.json``: the row count of every model and the SHA-256 of every stored
file (binary field) and media file. ``restore_backup`` refuses a database that holds data, loads the archive,
and compares counts and checksums with the manifest before it runs ``verify_publications``.
"""

import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import models

# Rows that ``migrate`` creates itself (content types, permissions, the first data version of the page cache),
# and sessions (a restored site starts with everyone logged out, with a fresh cache).
NOT_BACKED_UP = ["contenttypes", "auth.permission", "sessions", "caching"]
MEDIA = "files"


def _models():
    for model in apps.get_models():
        if model._meta.app_label in NOT_BACKED_UP or model._meta.label_lower in NOT_BACKED_UP:
            continue
        if model._meta.managed and not model._meta.proxy:
            yield model


def counts() -> dict[str, int]:
    return {model._meta.label_lower: model._default_manager.count() for model in _models()}


def stored_files() -> dict[str, str]:
    """SHA-256 of every binary field value, keyed ``app.model:pk:field``."""
    found = {}
    for model in _models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.BinaryField):
                rows = model._default_manager.exclude(**{f"{field.name}__isnull": True})
                for pk, value in rows.values_list("pk", field.name).iterator(chunk_size=50):
                    found[f"{model._meta.label_lower}:{pk}:{field.name}"] = hashlib.sha256(
                        bytes(value)
                    ).hexdigest()
    return found


def media_files() -> dict[str, str]:
    if not settings.MEDIA_ROOT or not Path(settings.MEDIA_ROOT).is_dir():  # none configured: nothing on disk
        return {}
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def write_backup(path: Path) -> dict:
    """Write the archive to ``path``; returns its manifest."""
    manifest = {"counts": counts(), "stored_files": stored_files(), "media": media_files()}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.json"
        call_command("dumpdata", exclude=NOT_BACKED_UP, natural_foreign=True, output=str(data), verbosity=0)
        with tarfile.open(path, "w:gz") as archive:
            archive.add(data, "data.json")
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1, sort_keys=True).encode())
            if manifest["media"]:
                archive.add(settings.MEDIA_ROOT, MEDIA)
    return manifest


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


class RestoreRefused(Exception):
    pass


def restore_backup(path: Path) -> dict:
    """Load the archive into this (migrated, empty) database; returns the manifest. Raises
    :class:`RestoreRefused` (Dutch) when the database holds data or the result differs from the manifest."""
    filled = {label: n for label, n in counts().items() if n}
    if filled:
        raise RestoreRefused(
            f"De database is niet leeg ({', '.join(sorted(filled))}); herstel alleen in een lege database."
        )
    with tempfile.TemporaryDirectory() as folder, tarfile.open(path, "r:gz") as archive:
        archive.extractall(folder, filter="data")
        manifest = json.loads((Path(folder) / "manifest.json").read_text())
        call_command("loaddata", str(Path(folder) / "data.json"), verbosity=0)
        if manifest["media"]:
            root = Path(settings.MEDIA_ROOT)
            for name in manifest["media"]:
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_bytes((Path(folder) / MEDIA / name).read_bytes())
    differences = _differences(manifest)
    if differences:
        raise RestoreRefused("Het herstel wijkt af van de back-up: " + "; ".join(differences[:20]))
    return manifest


def _differences(manifest: dict) -> list[str]:
    found = []
    now = counts()
    for label, expected in manifest["counts"].items():
        if now.get(label, 0) != expected:
            found.append(f"{label}: {now.get(label, 0)} rijen, verwacht {expected}")
    for what, current in (("stored_files", stored_files()), ("media", media_files())):
        for name, digest in manifest[what].items():
            if current.get(name) != digest:
                found.append(f"{name}: SHA-256 wijkt af")
    return found
