from django.db.models import Prefetch
from django.shortcuts import render

from caching.pages import cached_page

from .models import Location, Municipality, Subregion


@cached_page
def location_list(request):
    subregions = Subregion.objects.prefetch_related(
        Prefetch(
            "municipalities",
            queryset=Municipality.objects.prefetch_related(
                Prefetch("locations", queryset=Location.objects.prefetch_related("agreements"))
            ),
        )
    )
    return render(request, "monitor/location_list.html", {"subregions": subregions})
