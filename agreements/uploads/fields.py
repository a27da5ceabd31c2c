"""The form field for every spreadsheet upload: the size rule before the bytes are read into memory."""

from django import forms

from .checks import check_size
from .refusal import UploadRefused


class SpreadsheetField(forms.FileField):
    """An uploaded .xlsx within ``UPLOAD_MAX_BYTES``; its content is checked when it is read (``read_sheet``)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            try:
                check_size(upload.size)
            except UploadRefused as exc:
                raise forms.ValidationError(exc.message) from exc
        return upload
