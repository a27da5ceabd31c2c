from django.contrib import admin

from agreements.records import KeptRecordAdmin
from agreements.versioning import VersionedAdmin

from .models import (
    AgendaItem,
    Body,
    BodyMember,
    CalendarToken,
    Decision,
    Escalation,
    FollowUp,
    Meeting,
    MeetingDocument,
)


class MemberInline(admin.TabularInline):
    model = BodyMember
    extra = 0
    autocomplete_fields = ["user", "organisation"]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "frequency", "order"]
    list_filter = ["kind"]
    search_fields = ["name", "role_in_cycle"]
    inlines = [MemberInline]


@admin.register(BodyMember)
class BodyMemberAdmin(admin.ModelAdmin):
    list_display = ["__str__", "body", "function", "is_illustrative"]
    list_filter = ["body", "function", "is_illustrative"]
    search_fields = ["name", "user__username", "user__last_name", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]


class AdoptedReadOnly:
    """Adopted minutes are frozen here too: functioneel beheer can read them, not change them."""

    def meeting_of(self, obj) -> Meeting | None:
        if isinstance(obj, Meeting):
            return obj
        item = obj.agenda_item if isinstance(obj, Decision) else obj
        return item.meeting

    def has_change_permission(self, request, obj=None):
        if obj is not None and self.meeting_of(obj).is_adopted:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and self.meeting_of(obj).is_adopted:
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Meeting)
class MeetingAdmin(KeptRecordAdmin, VersionedAdmin, AdoptedReadOnly, admin.ModelAdmin):
    list_display = ["__str__", "body", "starts_at", "minutes_adopted_at"]
    list_filter = ["body", "minutes_adopted_at", "is_illustrative"]
    search_fields = ["title", "place"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["invitees"]
    readonly_fields = ["version", "minutes_adopted_at", "minutes_adopted_by", "created_by"]


@admin.register(AgendaItem)
class AgendaItemAdmin(KeptRecordAdmin, VersionedAdmin, AdoptedReadOnly, admin.ModelAdmin):
    list_display = ["__str__", "meeting", "is_shared", "escalation"]
    list_filter = ["meeting__body", "is_shared"]
    search_fields = ["title", "description"]
    raw_id_fields = ["meeting", "escalation"]


@admin.register(Decision)
class DecisionAdmin(KeptRecordAdmin, AdoptedReadOnly, admin.ModelAdmin):
    list_display = ["__str__", "agenda_item", "responsible", "recorded_at"]
    list_filter = ["agenda_item__meeting__body"]
    search_fields = ["text", "responsible"]
    raw_id_fields = ["agenda_item", "corrects"]
    readonly_fields = ["recorded_by"]


@admin.register(MeetingDocument)
class MeetingDocumentAdmin(KeptRecordAdmin, admin.ModelAdmin):
    list_display = ["title", "meeting", "kind", "size", "uploaded_at"]
    list_filter = ["kind"]
    search_fields = ["title", "file_name", "sha256"]
    readonly_fields = ["sha256", "size", "content_type", "uploaded_by"]
    raw_id_fields = ["meeting"]


@admin.register(Escalation)
class EscalationAdmin(VersionedAdmin, admin.ModelAdmin):
    list_display = ["__str__", "period", "state", "needed_by", "opened_at"]
    list_filter = ["state", "period", "is_illustrative"]
    search_fields = ["stuck", "request", "agreement__title"]
    raw_id_fields = ["agreement", "tempotafel", "pillar"]
    readonly_fields = ["opened_by", "version", "withdrawn_by", "withdrawn_at"]


@admin.register(FollowUp)
class FollowUpAdmin(VersionedAdmin, admin.ModelAdmin):
    list_display = ["description", "owner_label", "due_on", "done"]
    list_filter = ["done"]
    search_fields = ["description", "owner_name", "owner__last_name"]
    raw_id_fields = ["decision"]
    autocomplete_fields = ["owner"]
    readonly_fields = ["version"]


@admin.register(CalendarToken)
class CalendarTokenAdmin(admin.ModelAdmin):
    """Functioneel beheer sees who has a calendar address (never the secret itself) and can revoke one."""

    list_display = ["user", "renewed_at"]
    list_filter = ["renewed_at"]
    search_fields = ["user__username", "user__last_name"]
    readonly_fields = ["user", "renewed_at"]

    def has_add_permission(self, request):
        return False
