from django import forms

from agreements.fields import MEDIUM_TEXT
from agreements.models import Period
from reports.models import Factsheet

from .services import RULES


class FactsheetForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    class Meta:
        model = Factsheet
        fields = list(Factsheet.TEXT_FIELDS)
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in Factsheet.TEXT_FIELDS}
        help_texts = {
            "summary": "Verplicht om in te dienen. De belangrijkste ontwikkelingen van de pijler dit halfjaar.",
            "partners": "Welke partners bij de uitvoering betrokken zijn.",
            "output": "Bijvoorbeeld kennisuitwisseling of -ontwikkeling, gedane interventies.",
            "outcome": "Meetbare resultaten. De cijfers uit de woningbouwmonitor komen er automatisch bij.",
            "next_actions": "Wat de partners het komende halfjaar gaan doen.",
        }

    def texts(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in Factsheet.TEXT_FIELDS}


class TransitionForm(forms.Form):
    action = forms.ChoiceField(choices=[(name, name) for name in RULES])
    comment = forms.CharField(required=False, max_length=MEDIUM_TEXT)
    version = forms.IntegerField(required=False, min_value=1)


class SubmitForm(forms.Form):
    """Submitting after seeing the completeness summary; an incomplete factsheet needs an explicit choice."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    submit_incomplete = forms.BooleanField(
        required=False, label="Ik dien de factsheet in, ook al is hij nog niet compleet"
    )

    def __init__(self, *args, incomplete: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.incomplete = incomplete
        if not incomplete:
            del self.fields["submit_incomplete"]

    def clean(self):
        cleaned = super().clean()
        if self.incomplete and not cleaned.get("submit_incomplete"):
            self.add_error(
                "submit_incomplete",
                "De factsheet is nog niet compleet: vink aan dat u hem toch wilt indienen, of vul hem eerst aan.",
            )
        return cleaned


class PeriodDeadlineForm(forms.ModelForm):
    class Meta:
        model = Period
        fields = ["deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        labels = {"deadline": "Deadline voor de factsheets"}
