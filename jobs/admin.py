from django.contrib import admin

from .models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "owner", "state", "percent", "created_at", "finished_at"]
    list_filter = ["state", "kind"]
    search_fields = ["title", "owner__username"]
    readonly_fields = [f.name for f in Job._meta.fields if f.name not in {"file", "upload", "result"}]
    exclude = ["file", "upload", "result"]
