"""The top layer: each role's start page ("wat vraagt mijn aandacht") and the reference pages."""

from django.db.models import Prefetch
from django.shortcuts import render

from agreements.models import Agreement, Period, Pillar
from caching.pages import cached_page
from monitor.models import Municipality

from .attention import sections_for


@cached_page
def home(request):
    """What needs this user now, one section per concern (see ``portal.attention``)."""
    period = Period.objects.current()
    context = {"period": period, "sections": sections_for(request.user, period)}
    return render(request, "portal/home.html", context)


def reference(request):
    """The deal's reference data: the six pillars with their agreements, the municipalities with locations."""
    pillars = Pillar.objects.prefetch_related(
        Prefetch(
            "agreements",
            queryset=Agreement.objects.only("id", "number", "title", "is_illustrative", "pillar_id"),
        )
    )
    municipalities = Municipality.objects.select_related("subregion").prefetch_related("locations")
    return render(request, "portal/reference.html", {"pillars": pillars, "municipalities": municipalities})
