import datetime

from django import forms

from agreements.uploads import UploadField

from .completions import completions_of_year
from .models import MonitorSettings, Municipality

FIRST_YEAR = 2020


class MonitorUploadForm(forms.Form):
    """The file and its peildatum. The content decides whether it is an .xlsx, never its name."""

    file = UploadField(
        label="Monitorbestand (.xlsx)",
        help_text="Het sjabloon of de provinciale plancapaciteit per gemeente.",
    )
    peildatum = forms.DateField(
        label="Peildatum",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="De datum waarop de cijfers in het bestand gelden.",
    )


def _year_choices() -> list[tuple[int, int]]:
    return [(year, year) for year in range(FIRST_YEAR, datetime.date.today().year + 1)]


class CompletionsForm(forms.Form):
    """Homes completed per municipality in one year, plus where the dashboard's realised homes come from."""

    realised_source = forms.ChoiceField(
        label="Bron van gerealiseerde woningen op het dashboard",
        choices=MonitorSettings.RealisedSource.choices,
        widget=forms.RadioSelect,
    )
    year = forms.TypedChoiceField(label="Jaar", coerce=int, choices=_year_choices)

    def __init__(self, *args, municipalities: list[Municipality], year=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipalities = municipalities
        try:
            year = int(year) if year else datetime.date.today().year - 1
        except ValueError:
            year = datetime.date.today().year - 1
        year = min(max(year, FIRST_YEAR), datetime.date.today().year)
        recorded = completions_of_year(year)
        self.fields["realised_source"].initial = MonitorSettings.get_solo().realised_source
        self.fields["year"].initial = year
        for municipality in municipalities:
            self.fields[municipality.cbs_code] = forms.IntegerField(
                label=f"{municipality.name} ({municipality.cbs_code})",
                min_value=0,
                max_value=100_000,
                required=False,
                initial=recorded.get(municipality.pk),
            )

    def municipality_fields(self):
        return [self[m.cbs_code] for m in self.municipalities]

    def cleaned_values(self) -> dict:
        return {
            "year": self.cleaned_data["year"],
            "realised_source": self.cleaned_data["realised_source"],
            "homes": {m: self.cleaned_data.get(m.cbs_code) for m in self.municipalities},
        }
