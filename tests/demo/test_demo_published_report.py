"""`make run` seeds with --publish-report: the board account downloads the published 2021-h1 report right
away, sees that half year by default, and every page counts the same lights for it as the report."""

import io
import re
from collections import Counter
from io import StringIO

import pypdf
import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from agreements.models import Agreement, Period
from monitor.dashboard import build_dashboard
from reports.factsheets.sheet import build_factsheet
from reports.models import Factsheet, ProgressReport

pytestmark = pytest.mark.django_db


def test_the_board_downloads_the_published_report_after_seeding(client):
    call_command("seed_demo_data", "--publish-report", stdout=StringIO())
    period = Period.objects.get(code="2021-h1")
    report = ProgressReport.objects.get(period=period)
    assert report.is_published and period.published_at == report.published_at

    client.force_login(User.objects.get(username="bestuur"))
    response = client.get(reverse("reports:pdf", args=[period.code]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = b"".join(response.streaming_content if response.streaming else [response.content])
    assert pdf.startswith(b"%PDF")
    page = client.get(reverse("agreements:list"))
    assert page.context["period"] == period  # readers see the published half year
    board_dashboard = client.get(reverse("monitor:dashboard")).context["dashboard"]
    assert board_dashboard.period == period
    assert "Demo-omgeving." in page.content.decode()

    # one count of the lights of 2021-h1: report, list filter, dashboard, factsheets
    in_report = Counter(line["colour"] or "none" for line in report.snapshot["agreements"])
    dashboard = Counter()
    for pillar in build_dashboard(period=period).pillar_lights:
        dashboard.update(pillar.counts)
    factsheets = Counter()
    for factsheet in Factsheet.objects.filter(period=period).select_related("pillar", "period"):
        factsheets.update({c.colour: c.count for c in build_factsheet(factsheet).colour_counts})
    listed = len(client.get(reverse("agreements:list"), {"light": "rood_of_geel"}).context["table"].data)
    assert +in_report == +dashboard == +factsheets
    on_board_page = Counter()
    for pillar in board_dashboard.pillar_lights:
        on_board_page.update(pillar.counts)
    assert +on_board_page == +in_report and not on_board_page["none"]  # not "nog niet beoordeeld"
    assert listed == in_report["rood"] + in_report["geel"]
    assert sum(in_report.values()) == Agreement.objects.count()
    # the PDF's page 2 (the lights at a glance) totals the same lights
    lights_page = re.sub(
        r"\s+", " ", re.sub(r"\u2010\s*\n", "", pypdf.PdfReader(io.BytesIO(pdf)).pages[1].extract_text())
    )
    assert (
        f"{in_report['groen']} groen: op koers; {in_report['geel']} geel: aandacht / vertraging; "
        f"{in_report['rood']} rood: knelpunt, bestuurlijke aandacht nodig; {in_report['none']} nog niet beoordeeld"
    ) in lights_page

    call_command("seed_demo_data", "--publish-report", stdout=StringIO())  # again: the published one stays
    assert ProgressReport.objects.get(period=period).pdf_sha256 == report.pdf_sha256
