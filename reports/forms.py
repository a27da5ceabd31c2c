from django import forms
from django.core.validators import MaxLengthValidator

from agreements.models import Period

from .models import Factsheet, ProgressReport
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


class ManagementSummaryForm(forms.ModelForm):
    """The management summary's five parts (seed, section 4.1). Concurrent edits are refused via ``version``."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = ProgressReport
        fields = ["main_results", "acceleration", "added_value", "attention", "next_half_year"]
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in fields}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version

    def clean_version(self):
        version = self.cleaned_data["version"]
        if self.instance.pk and version != self.instance.version:
            raise forms.ValidationError(
                "Iemand anders heeft de samenvatting intussen gewijzigd. Laad de pagina opnieuw."
            )
        return version

    def save(self, commit=True):
        report = super().save(commit=False)
        if report.pk is None:
            report.save()
            return report
        fields = {name: getattr(report, name) for name in self.Meta.fields}
        updated = ProgressReport.objects.filter(
            pk=report.pk, version=self.cleaned_data["version"], published_at__isnull=True
        ).update(version=report.version + 1, **fields)
        if not updated:
            raise forms.ValidationError("De samenvatting is intussen gewijzigd of gepubliceerd.")
        return report
