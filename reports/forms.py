from django import forms
from django.core.validators import MaxLengthValidator

from agreements.models import Period

from .models import Factsheet
from .services import RULES

MAX_TEXT = 10_000


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in Factsheet.TEXT_FIELDS:
            self.fields[name].max_length = MAX_TEXT
            self.fields[name].validators.append(MaxLengthValidator(MAX_TEXT))

    def texts(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in Factsheet.TEXT_FIELDS}


class TransitionForm(forms.Form):
    action = forms.ChoiceField(choices=[(name, name) for name in RULES])
    comment = forms.CharField(required=False, max_length=MAX_TEXT)
    version = forms.IntegerField(required=False, min_value=1)


class PeriodDeadlineForm(forms.ModelForm):
    class Meta:
        model = Period
        fields = ["deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        labels = {"deadline": "Deadline voor de factsheets"}
