"""On the demo data, every page that names an illustrative agreement marks it right after its link: the
agreement list and overview, the Tempotafels (overview, each tafel), the portal's home and reference page, a
factsheet, the locations and a location dashboard, the escalations, the programme's overview, developments and a
commitment. (Unit tests of the mark itself: ``tests/agreements/test_illustrative_marks``.)"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from agreements.models import Agreement, Period
from governance.models import Escalation
from monitor.models import Location
from programme.models import Commitment
from tempotafels.models import Tempotafel

pytestmark = pytest.mark.django_db
LINK = re.compile(r'<a href="/afspraken/(\d+)/"[^>]*>(.*?)</a>(\s*<span class="tag-illustrative)?', re.S)


def unmarked(html: str, illustrative: set[int]) -> set[int]:
    """Illustrative agreements linked by their number or title without the mark after the link."""
    return {
        int(number)
        for number, text, mark in LINK.findall(html)
        if int(number) in illustrative and not mark and re.search(rf"\b{number}\b", text)
    }


def test_every_page_marks_the_illustrative_agreements_it_names(client):
    call_command("seed_demo_data", stdout=StringIO())
    illustrative = set(Agreement.objects.filter(is_illustrative=True).values_list("number", flat=True))
    period = Period.objects.current()
    location = Location.objects.filter(agreements__is_illustrative=True).first()
    pages = [
        reverse("agreements:list"),
        reverse("agreements:overview"),
        reverse("tempotafels:list"),
        *(reverse("tempotafels:detail", args=[pk]) for pk in Tempotafel.objects.values_list("pk", flat=True)),
        reverse("home"),
        reverse("portal:reference"),
        reverse("reports:factsheet_detail", args=[period.code, 3]),
        reverse("monitor:location", args=[location.pk]),
        reverse("monitor:locations"),
        *(reverse("governance:escalation_detail", args=[e.pk]) for e in Escalation.objects.all()),
        reverse("programme:overview"),
        reverse("programme:developments"),
        *(
            reverse("programme:commitment_detail", args=[c.pk])
            for c in Commitment.objects.filter(agreement__is_illustrative=True)[:1]
        ),
    ]
    checked = set()
    for username in ("kernteam", "ambassadeur"):
        client.force_login(User.objects.get(username=username))
        for url in pages:
            response = client.get(url)
            if response.status_code != 200:
                continue  # outside this role's scope
            html = response.content.decode()
            assert unmarked(html, illustrative) == set(), (username, url)
            checked |= {url for number, _, mark in LINK.findall(html) if mark}
    pages_with_marks = {
        reverse(name) for name in ("tempotafels:list", "portal:reference", "home", "monitor:locations")
    }
    assert pages_with_marks <= checked, "the test sees the marks it checks for"

    factsheet = client.get(reverse("reports:factsheet_detail", args=[period.code, 3])).content.decode()
    in_pillar_3 = Agreement.objects.filter(pillar__number=3, is_illustrative=True).count()
    assert factsheet.count('<span class="tag-illustrative"') >= in_pillar_3 > 0  # titles, not links
