from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Tempomaker, Tempotafel


class TempomakerInline(admin.TabularInline):
    model = Tempomaker
    extra = 0
    autocomplete_fields = ["user", "organisation"]


@admin.register(Tempotafel)
class TempotafelAdmin(SimpleHistoryAdmin):
    list_display = ["name", "started_on", "ended_on"]
    list_filter = ["pillars", "ended_on"]
    search_fields = ["name", "guiding_question"]
    filter_horizontal = ["pillars", "agreements", "locations"]
    inlines = [TempomakerInline]


@admin.register(Tempomaker)
class TempomakerAdmin(admin.ModelAdmin):
    list_display = ["user", "tempotafel", "kind", "organisation"]
    list_filter = ["kind", "tempotafel"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "tempotafel__name"]
    autocomplete_fields = ["user", "organisation"]
