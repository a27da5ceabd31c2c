"""Functioneel beheer issues, replaces and revokes API keys here; a new key is shown once, on its own page."""

from django.contrib import admin
from django.template.response import TemplateResponse

from .models import ApiToken, ApiTokenUse


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "prefix", "user__username", "user__last_name"]
    autocomplete_fields = ["user"]
    readonly_fields = ["prefix", "created_at", "created_by", "last_used_at", "revoked_at"]
    actions = ["revoke", "replace"]

    def get_fields(self, request, obj=None):
        return ["user", "name"] if obj is None else ["user", "name", *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is None else ["user", *self.readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            request.new_api_keys = [(obj, obj.set_new_key())]
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        return self._show_keys(request)

    def _show_keys(self, request):
        context = {**self.admin_site.each_context(request), "keys": request.new_api_keys, "opts": self.opts}
        return TemplateResponse(request, "api/keys_issued.html", context)

    @admin.action(description="Geselecteerde sleutels intrekken")
    def revoke(self, request, queryset):
        for token in queryset.filter(revoked_at__isnull=True):
            token.revoke()
        self.message_user(request, "De geselecteerde sleutels zijn ingetrokken; ze werken niet meer.")

    @admin.action(description="Vervangen door een nieuwe sleutel (de oude wordt ingetrokken)")
    def replace(self, request, queryset):
        request.new_api_keys = []
        for old in queryset.filter(revoked_at__isnull=True).select_related("user"):
            old.revoke()
            request.new_api_keys.append(ApiToken.issue(user=old.user, name=old.name, created_by=request.user))
        return self._show_keys(request)


@admin.register(ApiTokenUse)
class ApiTokenUseAdmin(admin.ModelAdmin):
    list_display = ["at", "token", "method", "path", "ip"]
    list_filter = ["method"]
    search_fields = ["path", "token__prefix", "token__user__username"]
    list_select_related = ["token__user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
