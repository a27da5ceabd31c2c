"""The project's URLs plus a stand-in for ``agreements:status_edit`` (issue 3 builds the real editor)."""

from django.http import HttpResponse
from django.urls import include, path

import agreements.urls
import woondeal.urls


def status_edit_stand_in(request, number):
    return HttpResponse(f"status {number}")


agreement_patterns = [
    *agreements.urls.urlpatterns,
    path("<int:number>/status/", status_edit_stand_in, name="status_edit"),
]
urlpatterns = [
    path("afspraken/", include((agreement_patterns, "agreements"))),
    *[p for p in woondeal.urls.urlpatterns if getattr(p, "namespace", None) != "agreements"],
]
