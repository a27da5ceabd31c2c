"""What the programme adds to lower apps' pages (registered in ``ProgrammeConfig.ready``): the location
dashboard shows the location's elaboration beside the monitor's figures."""

from .access import reads_location_programme
from .divergence import verdicts


def location_dashboard_section(request, *, location) -> tuple[str, dict] | None:
    if not reads_location_programme(request.user):
        return None
    elaborations = list(
        location.elaborations.select_related("period")
        .prefetch_related("parties")
        .order_by("-period__year", "-period__half")[:1]
    )
    if not elaborations:
        return None
    [verdict] = verdicts(elaborations)
    return "programme/_location_section.html", {"verdict": verdict, "location": location}
