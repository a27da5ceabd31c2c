from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from simple_history.admin import SimpleHistoryAdmin

from agreements.records import KeptRecordAdmin
from agreements.versioning import VersionedAdmin

from .models import MAX_TEMPOMAKERS, Action, Appointment, Meeting, Tempomaker, Tempotafel, check_team


class EndedTafelReadOnly:
    """An ended tafel is read-only here too; only the end date and reason stay open, so that functioneel
    beheer can reopen a tafel that was ended by mistake."""

    def tafel(self, obj):
        return obj if isinstance(obj, Tempotafel) else getattr(obj, "tempotafel", None)

    def get_readonly_fields(self, request, obj=None):
        tafel = self.tafel(obj) if obj else None
        if tafel is not None and tafel.pk and not tafel.is_active:
            editable = {"ended_on", "end_reason"} if isinstance(obj, Tempotafel) else set()
            return [f.name for f in self.model._meta.get_fields() if f.concrete and f.name not in editable]
        return super().get_readonly_fields(request, obj)


class TeamInlineFormSet(BaseInlineFormSet):
    """The admin keeps the same team rule as the app: 2–3 tempomakers, exactly one ambtelijk from the core team."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rows = [f.cleaned_data for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        check_team(Appointment(r["user"], r["kind"], r["organisation"]) for r in rows)


class TempomakerInline(admin.TabularInline):
    model = Tempomaker
    formset = TeamInlineFormSet
    extra = 0
    max_num = MAX_TEMPOMAKERS
    autocomplete_fields = ["user", "organisation"]


@admin.register(Tempotafel)
class TempotafelAdmin(KeptRecordAdmin, VersionedAdmin, EndedTafelReadOnly, SimpleHistoryAdmin):
    list_display = ["name", "started_on", "ended_on"]
    list_filter = ["pillars", "ended_on"]
    search_fields = ["name", "guiding_question"]
    filter_horizontal = ["pillars", "agreements", "locations"]
    inlines = [TempomakerInline]

    def get_inlines(self, request, obj):
        return [] if obj is not None and not obj.is_active else self.inlines


@admin.register(Tempomaker)
class TempomakerAdmin(SimpleHistoryAdmin):
    list_display = ["user", "tempotafel", "kind", "organisation"]
    list_filter = ["kind", "tempotafel"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "tempotafel__name"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(Meeting)
class MeetingAdmin(VersionedAdmin, EndedTafelReadOnly, SimpleHistoryAdmin):
    list_display = ["title", "tempotafel", "kind", "starts_at", "place"]
    list_filter = ["kind", "tempotafel"]
    search_fields = ["title", "notes", "decisions", "tempotafel__name"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["participants", "organisations"]


@admin.register(Action)
class ActionAdmin(VersionedAdmin, EndedTafelReadOnly, SimpleHistoryAdmin):
    list_display = ["description", "tempotafel", "owner", "owner_name", "due_on", "done"]
    list_filter = ["done", "tempotafel"]
    search_fields = ["description", "owner_name", "tempotafel__name"]
    autocomplete_fields = ["owner"]
    raw_id_fields = ["meeting"]
