"""Functioneel beheer keeps the programme's reference data (budget, lines, formation, rounds, developments).
Money records and requests are the core team's work in the app: here they can be read, never changed or
deleted (a correction is a new record)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import ReadOnlyAdmin
from agreements.versioning import VersionedAdmin

from .models import (
    BudgetLine,
    CapacityPosition,
    CapacityRequest,
    Commitment,
    Development,
    DiscussionRound,
    Formation,
    LocationElaboration,
    Milestone,
    Spending,
    WorkBudget,
)


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0
    fields = ["position", "name", "amount", "funders", "is_illustrative"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(WorkBudget)
class WorkBudgetAdmin(admin.ModelAdmin):
    list_display = ["name", "amount", "is_illustrative"]
    search_fields = ["name"]
    list_filter = ["is_illustrative"]
    filter_horizontal = ["funders"]
    inlines = [BudgetLineInline]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    list_display = ["name", "budget", "amount", "position", "is_illustrative"]
    list_filter = ["budget", "is_illustrative"]
    search_fields = ["name"]
    filter_horizontal = ["funders"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Commitment)
class CommitmentAdmin(ReadOnlyAdmin):
    list_display = ["committed_on", "budget_line", "supplier", "purpose", "amount", "corrects"]
    list_filter = ["budget_line", "is_illustrative"]
    search_fields = ["supplier", "purpose"]


@admin.register(Spending)
class SpendingAdmin(ReadOnlyAdmin):
    list_display = ["commitment", "period", "amount"]
    list_filter = ["period"]
    search_fields = ["commitment__supplier", "commitment__purpose"]


@admin.register(Formation)
class FormationAdmin(admin.ModelAdmin):
    list_display = ["name", "planned_fte", "evaluation_on"]
    search_fields = ["name"]
    list_filter = ["evaluation_on"]


@admin.register(CapacityPosition)
class CapacityPositionAdmin(admin.ModelAdmin):
    list_display = ["role", "organisation", "period", "fte", "state", "funded_by", "is_illustrative"]
    list_filter = ["period", "state", "organisation"]
    search_fields = ["role", "organisation__name"]


@admin.register(CapacityRequest)
class CapacityRequestAdmin(VersionedAdmin, ReadOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["project", "organisation", "kind", "state", "estimated_cost", "requested_at"]
    list_filter = ["state", "kind"]
    search_fields = ["project", "organisation__name", "need"]


@admin.register(DiscussionRound)
class DiscussionRoundAdmin(admin.ModelAdmin):
    list_display = ["number", "held_on", "is_illustrative"]
    list_filter = ["is_illustrative"]
    search_fields = ["note"]
    filter_horizontal = ["locations", "parties"]


@admin.register(LocationElaboration)
class LocationElaborationAdmin(VersionedAdmin, ReadOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["location", "period", "homes", "affordable_homes", "circular_homes", "is_illustrative"]
    list_filter = ["period", "is_illustrative"]
    search_fields = ["location__name"]


class MilestoneInline(VersionedAdmin, admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ["title", "due_on", "done_on", "state", "is_illustrative"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Development)
class DevelopmentAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "pillar", "instrument", "is_illustrative"]
    list_filter = ["pillar", "instrument"]
    search_fields = ["name"]
    filter_horizontal = ["locations"]
    inlines = [MilestoneInline]

    def has_delete_permission(self, request, obj=None):
        return False
