import datetime

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .audit import record
from .models import LoginBlock, Membership, SecurityEvent, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["pillar"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = [
        "username",
        "first_name",
        "last_name",
        "email",
        "organisation_name",
        "is_active",
        "is_staff",
    ]
    list_filter = ["is_active", "is_staff", "memberships__role"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation_name"]
    fieldsets = [*BaseUserAdmin.fieldsets, ("Woondeal", {"fields": ["organisation_name"]})]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "pillar", "tempomaker_kind"]
    list_filter = ["role", "pillar", "tempomaker_kind"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "pillar"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """For records the app writes and nobody edits: functioneel beheer reads them in the admin, nothing more."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SecurityEvent)
class SecurityEventAdmin(ReadOnlyAdmin):
    """Read-only for functioneel beheer: the audit trail is written by the app and never edited."""

    list_display = ["at_utc", "kind", "result", "username", "ip_address", "path", "detail"]
    list_filter = ["kind", "result", "at"]
    search_fields = ["username", "ip_address", "path", "detail"]
    date_hierarchy = "at"

    @admin.display(description="tijdstip (UTC)", ordering="at")
    def at_utc(self, event):
        return event.at.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")


@admin.register(LoginBlock)
class LoginBlockAdmin(admin.ModelAdmin):
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "is_blocked"]
    list_filter = ["attempt_time"]
    search_fields = ["username", "ip_address"]
    actions = ["unlock"]

    @admin.display(description="geblokkeerd", boolean=True)
    def is_blocked(self, attempt):
        return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT

    @admin.action(description="Blokkade opheffen (pogingen vergeten)")
    def unlock(self, request, queryset):
        for attempt in queryset:
            record(
                request, SecurityEvent.Kind.UNLOCK, SecurityEvent.Result.SUCCESS, detail=str(attempt)[:300]
            )
        count, _ = queryset.delete()
        self.message_user(request, f"{count} blokkade(s) opgeheven.")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
