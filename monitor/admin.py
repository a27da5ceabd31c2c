from django.contrib import admin
from django.http import HttpResponseRedirect
from solo.admin import SingletonModelAdmin

from agreements.records import KeptRecordAdmin

from .models import (
    AgreementTarget,
    HousingPlan,
    Indicator,
    Location,
    MonitorImport,
    MonitorSettings,
    Municipality,
    Subregion,
    Target,
    YearlyCompletion,
)


@admin.register(Subregion)
class SubregionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    list_filter = ["municipalities__province"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code", "province", "subregion", "housing_stock"]
    list_filter = ["subregion", "province"]
    search_fields = ["name", "cbs_code"]


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "kind", "planned_homes", "affordable_homes"]
    list_filter = ["kind", "municipality__subregion", "municipality"]
    search_fields = ["name", "municipality__name"]
    autocomplete_fields = ["agreements"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "value", "value_max", "unit", "horizon_year", "confidence"]
    list_filter = ["unit", "confidence", "horizon_year"]
    search_fields = ["code", "name", "source"]


@admin.register(YearlyCompletion)
class YearlyCompletionAdmin(admin.ModelAdmin):
    list_display = ["municipality", "year", "homes", "source"]
    list_filter = ["year", "municipality__subregion"]
    search_fields = ["municipality__name", "source"]


@admin.register(MonitorSettings)
class MonitorSettingsAdmin(SingletonModelAdmin):
    """The one row's form, straight from the admin index (no list, no add, no delete)."""

    def response_change(self, request, obj):
        self.message_user(request, f"{obj} zijn opgeslagen.")  # django-solo has no Dutch message of its own
        return HttpResponseRedirect(request.path if "_continue" in request.POST else "../../")


@admin.register(MonitorImport)
class MonitorImportAdmin(KeptRecordAdmin, admin.ModelAdmin):
    list_display = ["filename", "peildatum", "layout", "state", "row_count", "uploaded_by", "uploaded_at"]
    list_filter = ["state", "layout", "period"]
    search_fields = ["filename", "sha256"]
    exclude = ["content"]
    readonly_fields = [
        "sha256",
        "row_count",
        "warnings",
        "errors",
        "uploaded_by",
        "uploaded_at",
        "committed_at",
    ]

    def has_add_permission(self, request):
        return False  # imports go through the validated upload, never the admin


@admin.register(HousingPlan)
class HousingPlanAdmin(admin.ModelAdmin):
    list_display = ["plan_id", "name", "municipality", "location", "status", "homes", "monitor_import"]
    list_filter = ["status", "municipality", "monitor_import"]
    search_fields = ["plan_id", "name"]
    list_select_related = ["municipality", "location", "monitor_import"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "level", "monitor_import"]
    list_filter = ["level", "monitor_import"]
    search_fields = ["municipality__name", "location__name", "subregion__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AgreementTarget)
class AgreementTargetAdmin(admin.ModelAdmin):
    list_display = ["agreement", "target"]
    list_filter = ["target"]
    search_fields = ["agreement__title", "agreement__number", "target__name"]
    autocomplete_fields = ["agreement"]
    list_select_related = ["agreement", "target"]
