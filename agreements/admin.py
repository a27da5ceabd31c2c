from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import ReadOnlyAdmin

from .models import Agreement, AgreementStatus, Deal, Organisation, Period, Pillar, StatusLock
from .records import KeptRecordAdmin
from .versioning import VersionedAdmin, VersionedAdminForm


@admin.register(Deal)
class DealAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "board", "signed_on"]
    list_filter = ["signed_on"]
    search_fields = ["name", "region"]


@admin.register(Period)
class PeriodAdmin(KeptRecordAdmin, admin.ModelAdmin):
    list_display = ["code", "label", "deadline", "state"]
    list_filter = ["state", "year"]
    search_fields = ["code"]

    def get_readonly_fields(self, request, obj=None):
        """A closed period stays closed: the state is not offered for change."""
        return ["code", "state"] if obj is not None and not obj.is_open else ["code"]


@admin.register(StatusLock)
class StatusLockAdmin(ReadOnlyAdmin, SimpleHistoryAdmin):
    """Read only: the factsheet workflow locks and unlocks (approve, reopen), with its own log of who and why."""

    list_display = ["pillar", "period", "reason", "locked_by", "locked_at"]
    list_filter = ["period", "pillar"]
    search_fields = ["reason"]


@admin.register(Pillar)
class PillarAdmin(admin.ModelAdmin):
    list_display = ["number", "name"]
    list_filter = ["number"]
    search_fields = ["name", "description"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "is_signatory", "is_supporter"]
    list_filter = ["kind", "is_signatory", "is_supporter"]
    search_fields = ["name", "short_name"]


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "pillar", "scale", "kind", "lead_organisation", "is_illustrative"]
    list_filter = ["pillar", "scale", "kind", "lands_in", "is_illustrative"]
    search_fields = ["=number", "title", "text"]
    autocomplete_fields = ["lead_organisation", "organisations"]


class AgreementStatusAdminForm(VersionedAdminForm):
    conflict_message = (
        "Iemand anders heeft deze status intussen gewijzigd. Open de status opnieuw; "
        "uw wijziging is niet opgeslagen."
    )

    class Meta:
        model = AgreementStatus
        fields = ["agreement", "period", "colour", "phase", "progress", "output", "outcome", "next_actions"]
        fields += ["needs_attention", "colour_change_reason"]


@admin.register(AgreementStatus)
class AgreementStatusAdmin(KeptRecordAdmin, VersionedAdmin, SimpleHistoryAdmin):
    form = AgreementStatusAdminForm
    list_display = ["agreement", "period", "colour", "phase", "needs_attention", "updated_by", "updated_at"]
    list_filter = ["period", "colour", "phase", "needs_attention", "agreement__pillar"]
    search_fields = ["=agreement__number", "agreement__title", "progress"]
    autocomplete_fields = ["agreement"]
    readonly_fields = ["version", "updated_by", "updated_at"]

    def has_change_permission(self, request, obj=None):
        """A closed period is read-only everywhere, the admin included."""
        if obj is not None and not obj.period.is_open:
            return False
        return super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user  # the version was claimed in the form's clean()
        super().save_model(request, obj, form, change)
