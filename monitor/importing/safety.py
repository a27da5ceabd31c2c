"""The upload checks of agreements/uploads.py, raising the monitor import's own refusal."""

from agreements.uploads import UploadRefused, check_xlsx_upload

from .problems import ImportRefused


def check_upload(content: bytes) -> None:
    try:
        check_xlsx_upload(content)
    except UploadRefused as exc:
        raise ImportRefused(exc.message) from exc
