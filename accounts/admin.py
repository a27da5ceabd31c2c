from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Membership, User


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
