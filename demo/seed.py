"""Demo data for a fresh installation: reference data plus a plausible Woondeal in its second year.

``seed_demo_data`` is idempotent: a second run finds every row in place and saves nothing, so row counts
(and django-simple-history rows) stay the same. Illustrative content is flagged (Agreement.is_illustrative)
and listed in fixtures/README.md.
"""

from django.core.management import call_command
from django.db import transaction

from accounts.models import Membership, User
from agreements.models import Agreement, AgreementStatus, Deal
from governance.models import Decision
from monitor.models import Location
from tempotafels.models import Tempomaker, Tempotafel

from .factsheets import ensure_factsheets
from .governance import ensure_governance
from .locations import ensure_locations
from .monitor_import import ensure_demo_monitor_import
from .people import ensure_demo_organisations, ensure_memberships, ensure_users
from .programme import ensure_programme
from .register import ensure_agreements
from .report import ensure_published_report
from .statuses import ensure_statuses
from .tafel_activity import ensure_tafel_activity
from .tafels import ensure_tafels

DEFAULT_DEMO_PASSWORD = "woondeal-demo-2021"


def seed_demo_data(*, password: str = DEFAULT_DEMO_PASSWORD, publish_report: bool = False) -> dict[str, int]:
    """Load the reference data, then create or update the demo rows; with ``publish_report`` also publish
    the 2021-h1 report for the board (slow: charts and PDF). Returns counts per kind of row."""
    counts = _seed(password=password)
    if publish_report:
        ensure_published_report(publisher=User.objects.get(username="kernteam"))
    return counts


@transaction.atomic
def _seed(*, password: str) -> dict[str, int]:
    call_command("load_reference_data", verbosity=0)
    Deal.objects.update(demo_data=True)  # every page shows the demo banner
    ensure_demo_organisations()
    users = ensure_users(password=password)
    ensure_memberships(users=users)
    agreements = ensure_agreements(history_user=users["kernteam"])
    locations = ensure_locations(agreements=agreements)
    ensure_demo_monitor_import(uploaded_by=users["kernteam"])
    ensure_tafels(users=users, agreements=agreements, locations=locations)
    ensure_tafel_activity()
    ensure_statuses(agreements=agreements, users=users)
    ensure_factsheets(users=users)
    ensure_programme(users=users)
    ensure_governance(users=users)
    return demo_counts()


def demo_counts() -> dict[str, int]:
    return {
        "gebruikers": User.objects.count(),
        "rollen": Membership.objects.count(),
        "afspraken": Agreement.objects.count(),
        "locaties": Location.objects.count(),
        "tempotafels": Tempotafel.objects.count(),
        "tempomakers": Tempomaker.objects.count(),
        "statussen": AgreementStatus.objects.count(),
        "besluiten": Decision.objects.count(),
    }
