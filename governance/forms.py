"""Forms validate; the services in services.py do the work."""

from django import forms
from django.core.exceptions import ValidationError

from accounts.models import User
from agreements.models import Agreement, Period, Pillar
from agreements.uploads import UploadField
from tempotafels.models import Tempotafel

from .models import AgendaItem, BodyMember, Decision, Meeting, MeetingDocument
from .models.decisions import OWNER_MISSING, RESPONSIBLE_NOT_A_ROLE, responsible_choices
from .models.meetings import ENDS_BEFORE_START

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
INCOMPLETE = "Het formulier is onvolledig verstuurd; laad de pagina opnieuw en probeer het nog eens."


class NumberedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.title}"


class VersionForm(forms.Form):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)


class DoneForm(VersionForm):
    done = forms.BooleanField(required=False)


class MeetingForm(forms.ModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    online_url = forms.URLField(
        label="Link online vergadering", required=False, assume_scheme="https", max_length=200
    )

    class Meta:
        model = Meeting
        fields = ["title", "starts_at", "ends_at", "place", "online_url", "invitees"]
        widgets = {"starts_at": DATETIME, "ends_at": DATETIME, "invitees": forms.CheckboxSelectMultiple}
        help_texts = {"title": "Leeg laten: de naam van het overleg met de datum."}
        error_messages = {
            "starts_at": {"required": "Vul de datum en het begintijdstip van de vergadering in."},
            "ends_at": {"required": "Vul het eindtijdstip van de vergadering in."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invitees"].queryset = User.objects.filter(is_active=True)
        self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", ENDS_BEFORE_START)
        return data

    def _post_clean(self):
        """Validation only; the service builds and saves the meeting."""


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "description", "is_shared"]
        error_messages = {"title": {"required": "Vul het onderwerp van het agendapunt in."}}


class AgendaItemEditForm(AgendaItemForm):
    """Editing an item carries the version its editor saw (the service refuses a stale one)."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version

    def _post_clean(self):
        """Validation only; the service saves the item (after claiming the version)."""


class WithdrawForm(VersionForm):
    reason = forms.CharField(
        label="Reden van intrekken",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Bijvoorbeeld: opgelost buiten het bestuur om. De reden blijft bij de escalatie bewaard.",
        error_messages={"required": "Geef de reden waarom de escalatie wordt ingetrokken."},
    )


class AttendanceForm(VersionForm):
    present = forms.ModelMultipleChoiceField(
        BodyMember.objects.none(),
        label="Aanwezige leden",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_attendees = forms.CharField(
        label="Overige aanwezigen",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Eén per regel.",
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = meeting.body.members.select_related("user", "organisation")


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(
        label="Soort stuk", choices=MeetingDocument.Kind.choices, widget=forms.RadioSelect
    )
    period = forms.ModelChoiceField(Period.objects.all(), label="Periode", required=False)
    pillar = forms.ModelChoiceField(Pillar.objects.all(), label="Pijler (bij een factsheet)", required=False)
    title = forms.CharField(label="Titel (bij een bestand)", max_length=200, required=False)
    file = UploadField(label="Bestand (PDF of .xlsx)", required=False)

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind in (MeetingDocument.Kind.REPORT, MeetingDocument.Kind.FACTSHEET) and not data.get("period"):
            self.add_error("period", "Kies de periode van de rapportage of factsheet.")
        if kind == MeetingDocument.Kind.FACTSHEET and not data.get("pillar"):
            self.add_error("pillar", "Kies de pijler van de factsheet.")
        if kind == MeetingDocument.Kind.FILE:
            if not data.get("file"):
                self.add_error("file", "Kies het bestand dat u wilt toevoegen.")
            if not data.get("title", "").strip():
                self.add_error("title", "Geef het bestand een titel.")
        return data


class EscalationForm(forms.Form):
    """From an agreement (the usual case), a Tempotafel, or a pillar's factsheet: exactly one."""

    agreement = NumberedChoiceField(Agreement.objects.none(), label="Afspraak", required=False)
    tempotafel = forms.ModelChoiceField(Tempotafel.objects.none(), label="of: tempotafel", required=False)
    pillar = forms.ModelChoiceField(Pillar.objects.all(), label="of: factsheet van pijler", required=False)
    stuck = forms.CharField(label="Wat loopt vast", widget=forms.Textarea(attrs={"rows": 4}))
    request = forms.CharField(
        label="Wat wordt gevraagd van het bestuur", widget=forms.Textarea(attrs={"rows": 4})
    )
    needed_by = forms.DateField(label="Besluit nodig uiterlijk op", required=False, widget=DATE)

    def __init__(self, *args, agreements, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agreement"].queryset = agreements
        self.fields["tempotafel"].queryset = Tempotafel.objects.for_user(user).active()
        self.fields["stuck"].error_messages["required"] = "Beschrijf wat er vastloopt."
        self.fields["request"].error_messages["required"] = "Beschrijf wat u van het bestuur vraagt."
        self.fields["agreement"].error_messages["invalid_choice"] = (
            "Deze afspraak kan niet worden geëscaleerd: zij staat niet op rood, vraagt geen aandacht van het "
            "BO/NIER, of u mag haar niet zien."
        )

    def clean(self):
        data = super().clean()
        sources = [name for name in ("agreement", "tempotafel", "pillar") if data.get(name)]
        if len(sources) != 1 and not self.has_error("agreement"):
            raise ValidationError(
                "Kies precies één afspraak, tempotafel of factsheet waarover de escalatie gaat."
            )
        return data


class PutOnAgendaForm(forms.Form):
    meeting = forms.ModelChoiceField(Meeting.objects.none(), label="Vergadering", empty_label=None)
    is_shared = forms.BooleanField(
        label="Agendapunt delen met NIER en genodigden",
        required=False,
        help_text="De vraag en het besluit over een gedeeld agendapunt komen ook in de openbare voortgangsrapportage.",
    )

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].label_from_instance = lambda m: f"{m.display_title}"


class FollowUpFields(forms.Form):
    description = forms.CharField(label="Opvolgactie", max_length=300, required=False)
    owner = forms.ModelChoiceField(User.objects.filter(is_active=True), label="Eigenaar", required=False)
    owner_name = forms.CharField(label="of: naam eigenaar (zonder account)", max_length=150, required=False)
    due_on = forms.DateField(label="Uiterlijk op", required=False, widget=DATE)

    required_follow_up = True

    def clean(self):
        data = super().clean()
        wanted = self.required_follow_up or any(
            data.get(n) for n in ("description", "owner", "owner_name", "due_on")
        )
        if not wanted:
            return data
        if not data.get("description", "").strip():
            self.add_error("description", "Beschrijf de opvolgactie.")
        if not data.get("owner") and not data.get("owner_name", "").strip():
            self.add_error("owner", OWNER_MISSING)
        if not data.get("due_on") and not self.has_error("due_on"):
            self.add_error("due_on", "Vul de datum in waarop de actie uiterlijk klaar is.")
        return data

    def follow_up(self) -> dict | None:
        data = self.cleaned_data
        if not data.get("description"):
            return None
        return {key: data[key] for key in ("description", "owner", "owner_name", "due_on")}


class DecisionForm(FollowUpFields):
    """A decision, optionally with its first follow-up action."""

    text = forms.CharField(label="Besluit", widget=forms.Textarea(attrs={"rows": 4}), required=False)
    responsible = forms.ChoiceField(
        label="Verantwoordelijk",
        required=False,
        help_text="Een overleg of een organisatie, geen persoon: de voortgangsrapportage is openbaar.",
    )
    corrects = forms.ModelChoiceField(
        Decision.objects.none(), label="Corrigeert besluit (alleen bij een correctie)", required=False
    )
    field_order = ["text", "responsible", "corrects", "description", "owner", "owner_name", "due_on"]
    required_follow_up = False

    def __init__(self, *args, corrigible, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["corrects"].queryset = corrigible
        self.fields["responsible"].choices = [("", "— Niet vastgelegd —"), *responsible_choices()]
        self.fields["responsible"].error_messages["invalid_choice"] = RESPONSIBLE_NOT_A_ROLE
        self.fields["description"].required = False

    def clean(self):
        data = super().clean()
        if not data.get("text", "").strip():
            self.add_error("text", "Vul de tekst van het besluit in.")
        return data
