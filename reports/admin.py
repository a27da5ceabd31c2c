from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from agreements.records import KeptRecordAdmin
from agreements.versioning import VersionedAdmin

from .models import Factsheet, FactsheetTransition, ProgressReport


class FactsheetTransitionInline(admin.TabularInline):
    model = FactsheetTransition
    extra = 0
    readonly_fields = ["from_state", "to_state", "by", "at", "comment"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Factsheet)
class FactsheetAdmin(KeptRecordAdmin, VersionedAdmin, SimpleHistoryAdmin):
    list_display = ["pillar", "period", "state", "updated_by", "updated_at"]
    list_filter = ["state", "period", "pillar"]
    search_fields = ["summary", "output", "outcome"]
    inlines = [FactsheetTransitionInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.sync_status_lock(by=request.user)  # a state set here locks or frees the pillar's statuses too


@admin.register(FactsheetTransition)
class FactsheetTransitionAdmin(KeptRecordAdmin, admin.ModelAdmin):
    list_display = ["factsheet", "from_state", "to_state", "by", "at"]
    list_filter = ["to_state", "factsheet__period"]
    search_fields = ["comment", "by__username"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ProgressReport)
class ProgressReportAdmin(VersionedAdmin, admin.ModelAdmin):
    list_display = ["period", "published_at", "published_by", "pdf_sha256"]
    list_filter = ["published_at"]
    search_fields = ["period__code", "pdf_sha256"]
    exclude = ["pdf", "public_pdf"]

    def has_change_permission(self, request, obj=None):
        """A published report never changes."""
        if obj is not None and obj.is_published:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # a bulk delete could hit a published report
        return actions
