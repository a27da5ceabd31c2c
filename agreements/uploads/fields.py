"""The form field for every file upload: the one size rule, applied before the bytes are read into memory."""

from django import forms

from .checks import check_size
from .refusal import UploadRefused


class UploadField(forms.FileField):
    """An uploaded file within ``UPLOAD_MAX_BYTES``; its content is checked where it is read (``read_sheet``
    for spreadsheets)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            try:
                check_size(upload.size)
            except UploadRefused as exc:
                raise forms.ValidationError(exc.message) from exc
        return upload
