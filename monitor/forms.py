from django import forms
from django.conf import settings

from .importing import ImportRefused
from .importing.safety import check_upload


class MonitorUploadForm(forms.Form):
    """The file and its peildatum. The content decides whether it is an .xlsx, never its name."""

    file = forms.FileField(
        label="Monitorbestand (.xlsx)",
        help_text="Het sjabloon of de provinciale plancapaciteit per gemeente.",
    )
    peildatum = forms.DateField(
        label="Peildatum",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="De datum waarop de cijfers in het bestand gelden.",
    )

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if upload.size > settings.MONITOR_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"Het bestand is te groot ({upload.size / 1024 / 1024:.1f} MB); de grens is "
                f"{settings.MONITOR_MAX_UPLOAD_BYTES / 1024 / 1024:.0f} MB."
            )
        content = upload.read()
        try:
            check_upload(content)
        except ImportRefused as exc:
            raise forms.ValidationError(exc.message) from exc
        self.filename = upload.name
        return content
