"""Forms: the status of an agreement in one half year, and the register upload."""

from django import forms

from .models import AgreementStatus, TrafficLight
from .uploads import UploadField

REASON_REQUIRED = "Geef een reden voor de kleurwijziging (van {old} naar {new})."


class StatusForm(forms.ModelForm):
    """Validates a status edit. ``previous_colour`` (the last half year) and the stored colour decide
    whether a colour change needs a reason; the view hands the cleaned values to ``save_status``."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    class Meta:
        model = AgreementStatus
        fields = AgreementStatus.EDITED_FIELDS
        widgets = {
            "colour": forms.RadioSelect,
            "progress": forms.Textarea(attrs={"rows": 4}),
            "output": forms.Textarea(attrs={"rows": 3}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "next_actions": forms.Textarea(attrs={"rows": 3}),
            "colour_change_reason": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "colour_change_reason": "Verplicht als het stoplicht een andere kleur krijgt dan in het vorige "
            "halfjaar of dan nu is opgeslagen.",
        }

    def __init__(self, *args, previous_colour: str = "", stored_colour: str = "", **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.previous_colour = previous_colour
        self.stored_colour = stored_colour
        self.fields["colour"].choices = TrafficLight.choices  # no empty choice for radio buttons

    def clean(self):
        cleaned = super().clean()
        colour = cleaned.get("colour")
        if colour and not (cleaned.get("colour_change_reason") or "").strip():
            for old in (self.previous_colour, self.stored_colour):
                if old and old != colour:
                    message = REASON_REQUIRED.format(
                        old=TrafficLight(old).label.split(":")[0].lower(),
                        new=TrafficLight(colour).label.split(":")[0].lower(),
                    )
                    self.add_error("colour_change_reason", message)
                    break
        return cleaned

    def _post_clean(self):
        """Skip model validation against the instance: ``save_status`` checks period and version."""


class RegisterUploadForm(forms.Form):
    file = UploadField(
        label="Excelbestand met het register (.xlsx)",
        help_text="Kolommen: nummer, pijler, titel, tekst, schaalniveau, soort, termijn, landt_in, trekker, "
        "betrokken_organisaties (gescheiden door ;).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
