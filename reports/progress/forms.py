from django import forms
from django.core.validators import MaxLengthValidator

from reports.models import ProgressReport

SUMMARY_PART_MAX = 450  # characters per part: the management summary fits on page 4 of the board briefing


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
        for name in self.Meta.fields:
            field = self.fields[name]
            field.max_length = SUMMARY_PART_MAX
            field.validators.append(MaxLengthValidator(SUMMARY_PART_MAX))
            field.widget.attrs["maxlength"] = SUMMARY_PART_MAX
            field.help_text = (
                f"Maximaal {SUMMARY_PART_MAX} tekens: de managementsamenvatting staat op één pagina van de "
                "bestuurlijke samenvatting. Details horen in de factsheets."
            )

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
        unpublished = ProgressReport.objects.filter(pk=report.pk, published_at__isnull=True)
        updated = unpublished.claim(self.cleaned_data["version"], **fields)
        if not updated:
            raise forms.ValidationError("De samenvatting is intussen gewijzigd of gepubliceerd.")
        return report
