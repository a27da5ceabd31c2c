"""Forms of the programme: they validate; the services in ``services.py`` decide and write."""

import re

from django import forms

from agreements.models import Agreement, Organisation, Period
from monitor.models import Location
from tempotafels.models import Tempotafel

from .models import BudgetLine, CapacityRequest, Commitment, LocationElaboration, Milestone

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MONEY_HELP = "In euro, met twee decimalen (bijvoorbeeld 12500,00)."


class MoneyField(forms.DecimalField):
    """An amount as a Dutch civil servant types it: ``12.500,00``, ``€ 12500``, ``-2500,5`` (a dot followed by
    three digits is a thousands separator; a comma is the decimal sign). A text box, since a number box refuses
    the thousands separator."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, **kwargs):
        super().__init__(localize=True, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            text = value.replace("€", "").replace(" ", "").replace("\u00a0", "").replace("−", "-")
            if "," in text:
                text = text.replace(".", "").replace(",", ".")
            elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
                text = text.replace(".", "")
            value = text
        return super().to_python(value)


def money(label: str, *, allow_negative: bool = False, help_text: str = MONEY_HELP) -> MoneyField:
    return MoneyField(
        label=label,
        max_digits=12,
        decimal_places=2,
        min_value=None if allow_negative else 0,
        help_text=help_text,
    )


class CommitmentForm(forms.ModelForm):
    amount = money("Bedrag")

    class Meta:
        model = Commitment
        fields = ["budget_line", "supplier", "purpose", "amount", "committed_on", "agreement", "tempotafel"]
        widgets = {"committed_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["budget_line"].queryset = BudgetLine.objects.all()
        self.fields["agreement"].queryset = Agreement.objects.only("id", "number", "title").order_by("number")
        self.fields["tempotafel"].queryset = Tempotafel.objects.only("id", "name")


class CorrectionForm(forms.Form):
    amount = money(
        "Correctiebedrag",
        allow_negative=True,
        help_text="Negatief om te verlagen (bijvoorbeeld -2500,00), positief om te verhogen.",
    )
    reason = forms.CharField(
        label="Reden van de correctie", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount == 0:
            raise forms.ValidationError("Een correctie van € 0,00 verandert niets.")
        return amount


class SpendingForm(forms.Form):
    period = forms.ModelChoiceField(label="Halfjaar", queryset=Period.objects.open())
    amount = money("Besteed bedrag", allow_negative=True)
    reason = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Verplicht bij een negatief bedrag (correctie).",
    )


class CapacityRequestForm(forms.ModelForm):
    estimated_cost = money("Geraamde kosten")

    class Meta:
        model = CapacityRequest
        fields = [
            "organisation",
            "kind",
            "project",
            "location",
            "need",
            "starts_on",
            "ends_on",
            "estimated_cost",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE, "need": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.all()
        self.fields["location"].queryset = Location.objects.select_related("municipality")

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "De einddatum ligt vóór de begindatum.")
        return data


class DecisionForm(forms.Form):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)
    budget_line = forms.ModelChoiceField(
        label="Budgetregel voor de kosten", queryset=BudgetLine.objects.all(), required=False
    )
    reason = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht bij afwijzen.",
    )


class ElaborationForm(forms.ModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    investment_needed = MoneyField(
        label="Benodigde investering", required=False, max_digits=12, decimal_places=2, min_value=0
    )

    class Meta:
        model = LocationElaboration
        fields = [
            "homes",
            "affordable_homes",
            "circular_homes",
            "conceptual_homes",
            "investment_needed",
            "investment_by",
            "parties",
            "opportunities",
            "bottlenecks",
        ]
        widgets = {
            "opportunities": forms.Textarea(attrs={"rows": 3}),
            "bottlenecks": forms.Textarea(attrs={"rows": 3}),
            "parties": forms.SelectMultiple(attrs={"size": 8}),
        }

    def clean(self):
        data = super().clean()
        homes = data.get("homes") or 0
        for name in ("affordable_homes", "circular_homes", "conceptual_homes"):
            if (data.get(name) or 0) > homes:
                self.add_error(name, f"Meer dan het totaal van {homes} woningen.")
        return data


class MilestoneForm(forms.ModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Milestone
        fields = ["state", "done_on", "note"]
        widgets = {"done_on": DATE, "note": forms.Textarea(attrs={"rows": 2})}

    def clean(self):
        data = super().clean()
        if data.get("state") == Milestone.State.GEREED and not data.get("done_on"):
            self.add_error("done_on", "Vul in wanneer de mijlpaal gereed was.")
        return data
