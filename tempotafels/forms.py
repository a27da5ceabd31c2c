"""Forms validate; the services in services.py do the work."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import TempomakerKind, User, dutch_name_key
from agreements.models import Agreement, Organisation, Pillar

from .models import (
    ENDS_BEFORE_START,
    MAX_TEMPOMAKERS,
    OWNER_MISSING,
    Action,
    Appointment,
    Meeting,
    Tempotafel,
    check_team,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


PICKER = {"class": "columns picker"}  # static/js/picker.js adds a search box to the checkbox list


class AgreementChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.title}"


class VersionedForm(forms.ModelForm):
    """Carries the version the user saw, so a concurrent change is refused instead of overwritten."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version


class TempotafelForm(forms.ModelForm):
    pillars = forms.ModelMultipleChoiceField(
        Pillar.objects.all(), label="Pijlers", widget=forms.CheckboxSelectMultiple
    )
    agreements = AgreementChoiceField(
        Agreement.objects.only("id", "number", "title"),
        label="Afspraken",
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs=PICKER),
    )

    class Meta:
        model = Tempotafel
        fields = ["name", "guiding_question", "started_on", "pillars", "agreements", "locations"]
        widgets = {"started_on": DATE, "locations": forms.CheckboxSelectMultiple(attrs=PICKER)}
        help_texts = {
            "guiding_question": "Bijvoorbeeld: Hoe en waar kan circulair bouwen bijdragen aan verduurzaming van de woningbouw?"
        }


class TempotafelUpdateForm(VersionedForm, TempotafelForm):
    class Meta(TempotafelForm.Meta):
        pass


class ApproachForm(VersionedForm):
    class Meta:
        model = Tempotafel
        fields = [
            "approach_wat",
            "approach_wie",
            "approach_wie_doet_wat",
            "approach_waarmee",
            "approach_waar",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}
        help_texts = {
            "approach_wat": "Domeinen, schaalgrootte, concrete doelen en fasering.",
            "approach_wie": "Welke actoren zijn nodig; wie moet bewegen voor de volgende stap?",
            "approach_wie_doet_wat": "Rollen en bijdragen; waar landen de afspraken?",
            "approach_waarmee": "Instrumenten, kennis, capaciteit en middelen.",
            "approach_waar": "Locaties en gebieden; schaalniveau van locatie tot regio.",
        }


class EndForm(forms.Form):
    ended_on = forms.DateField(label="Beëindigd op", widget=DATE, initial=timezone.localdate)
    reason = forms.CharField(
        label="Reden van beëindiging",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Bijvoorbeeld: de afspraken zijn gerealiseerd of geborgd in bestaande structuren.",
    )


def people_by_surname(field: forms.ModelChoiceField, *, blank: bool = False) -> None:
    """Offer the people of ``field`` in Dutch name order ("van den Berg" under B), with their organisation."""
    users = sorted(field.queryset, key=dutch_name_key)
    people = [(u.pk, f"{u} ({u.organisation_name})" if u.organisation_name else str(u)) for u in users]
    field.choices = [("", field.empty_label or "---------"), *people] if blank else people


class AppointmentForm(forms.Form):
    user = forms.ModelChoiceField(User.objects.filter(is_active=True), label="Persoon", required=False)
    kind = forms.ChoiceField(
        label="Soort", choices=[("", "---------"), *TempomakerKind.choices], required=False
    )
    organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Organisatie", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        people_by_surname(self.fields["user"], blank=True)

    def clean(self):
        data = super().clean()
        filled = [name for name in ("user", "kind", "organisation") if data.get(name)]
        if filled and len(filled) < 3:
            raise ValidationError(
                "Vul persoon, soort en organisatie alle drie in, of laat de regel helemaal leeg."
            )
        return data

    @property
    def appointment(self) -> Appointment | None:
        data = getattr(self, "cleaned_data", {})
        if not data.get("user"):
            return None
        return Appointment(data["user"], data["kind"], data["organisation"])


class BaseTeamFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_many_forms": f"Een tempotafel heeft hoogstens {MAX_TEMPOMAKERS} tempomakers.",
        "missing_management_form": "Het formulier is onvolledig verstuurd; laad de pagina opnieuw.",
    }

    def clean(self):
        if any(self.errors):
            return
        check_team(self.team)

    @property
    def team(self) -> list[Appointment]:
        return [form.appointment for form in self.forms if form.appointment]


TeamFormSet = forms.formset_factory(
    AppointmentForm,
    formset=BaseTeamFormSet,
    extra=MAX_TEMPOMAKERS,
    max_num=MAX_TEMPOMAKERS,
    absolute_max=MAX_TEMPOMAKERS,
    validate_max=True,
)


def team_formset(data=None, *, tafel: Tempotafel | None = None) -> BaseTeamFormSet:
    """Three rows; on first display filled with the tafel's current team. (Posted rows are compared with
    empty rows, so an unchanged current tempomaker still counts.)"""
    if data is not None or tafel is None:
        return TeamFormSet(data, prefix="team")
    initial = [
        {"user": t.user, "kind": t.kind, "organisation": t.organisation} for t in tafel.tempomakers.all()
    ]
    formset = TeamFormSet(initial=initial, prefix="team")
    formset.extra = MAX_TEMPOMAKERS - len(initial)
    return formset


class MeetingForm(forms.ModelForm):
    online_url = forms.URLField(
        label="Link online vergadering", required=False, assume_scheme="https", max_length=200
    )

    class Meta:
        model = Meeting
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "participants",
            "organisations",
            "guest_names",
            "notes",
            "decisions",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "participants": forms.CheckboxSelectMultiple(attrs=PICKER),
            "organisations": forms.CheckboxSelectMultiple(attrs=PICKER),
            "guest_names": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 6}),
            "decisions": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, tafel: Tempotafel, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = tafel.people_to_choose(user)
        people_by_surname(self.fields["participants"])

    def clean(self):
        data = super().clean()
        starts_at, ends_at = data.get("starts_at"), data.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", ENDS_BEFORE_START)
        return data


class MeetingUpdateForm(VersionedForm, MeetingForm):
    class Meta(MeetingForm.Meta):
        pass


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["description", "owner", "owner_name", "due_on", "meeting"]
        widgets = {"due_on": DATE}

    def __init__(self, *args, tafel: Tempotafel, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = tafel.people_to_choose(user)
        people_by_surname(self.fields["owner"], blank=True)
        self.fields["meeting"].queryset = tafel.meetings.all()

    def clean(self):
        data = super().clean()
        if not data.get("owner") and not data.get("owner_name", "").strip():
            self.add_error("owner", OWNER_MISSING)
        return data


class ActionUpdateForm(VersionedForm, ActionForm):
    class Meta(ActionForm.Meta):
        pass


class DoneForm(forms.Form):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)
    done = forms.BooleanField(required=False, widget=forms.HiddenInput)
