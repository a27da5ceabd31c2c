from django.urls import reverse

from accounts.access import has_role
from programme.access import MEANS_READERS, reads_location_programme
from reports.models import reads_reports


def navigation(request):
    """The main menu, mirroring (never replacing) the permission checks in the views: it asks the same rules
    (the top layer, so it may read every app's)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = [
        ("Start", reverse("home")),
        ("Afspraken", reverse("agreements:list")),
        ("Dashboard", reverse("monitor:dashboard")),
        ("Locaties", reverse("monitor:locations")),
        ("Tempotafels", reverse("tempotafels:list")),
    ]
    # The programme: the core team and the board read the budget, everyone else with a role (not a private
    # tempomaker) the location programme.
    if has_role(user, *MEANS_READERS):
        items.append(("Programma", reverse("programme:overview")))
    elif reads_location_programme(user):
        items.append(("Programma", reverse("programme:locations")))
    if reads_reports(user):
        items.append(("Rapportages", reverse("reports:list")))
    if not user.sees_only_own_tempotafels:  # what each user sees there is scoped in the governance views
        items.append(("Bestuur", reverse("governance:index")))
    if user.is_kernteam:
        items.insert(2, ("Periodeoverzicht", reverse("agreements:overview")))
        items.insert(3, ("Factsheets", reverse("reports:factsheet_overview")))
    items.append(("Monitorimports", reverse("monitor:imports")))  # everyone reads; the core team imports
    items.append(("Naslag", reverse("portal:reference")))
    if user.is_staff:
        items.append(("Beheer", reverse("admin:index")))
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)  # /afspraken/overzicht/ is the overview, not the list
    return {"nav_items": [{"label": label, "url": url, "current": url == current} for label, url in items]}
