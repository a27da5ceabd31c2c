"""A report published from demo data says so wherever it goes: on every public page, in the open data, in the API
and on every page of its PDF; an invented agreement carries "illustratief" there as it does inside the app. A
report published from real data says nothing of the kind."""

import csv
import io

from django.urls import reverse
from pypdf import PdfReader

from agreements.models import Deal
from benchmarks.report_world import make_report_world
from public.published import public_snapshot
from reports.models import ProgressReport
from reports.progress.output import compile_report, report_pdf
from tests.public.world import also_published

BANNER = "Demo-omgeving."
PAGES = ("public:index", "public:dashboard_latest", "public:agreements", "public:open_data")


def demo_copy(
    report: ProgressReport, *, first_invented: bool = True, flag: bool | None = True
) -> ProgressReport:
    """The published half year once more (2021-h2), as if published from demo data: its first agreement
    invented; ``flag=None``: a snapshot from before the flag existed."""
    other = also_published(report, year=2021, half=2)
    snapshot = dict(other.snapshot)
    snapshot["agreements"] = [dict(line) for line in snapshot["agreements"]]
    snapshot["agreements"][0]["is_illustrative"] = first_invented
    if flag is None:
        snapshot.pop("demo_data", None)
    else:
        snapshot["demo_data"] = flag
    ProgressReport.objects.filter(pk=other.pk).update(snapshot=snapshot)
    return ProgressReport.objects.select_related("period").get(pk=other.pk)


def test_real_data_shows_no_demo_banner(client, public_site, published):
    assert published.snapshot["demo_data"] is False
    for name in PAGES:
        page = client.get(reverse(name)).content.decode()
        assert BANNER not in page and "tag-illustrative" not in page, name


def test_a_report_from_demo_data_is_marked_on_every_public_page_and_download(client, public_site, published):
    demo = demo_copy(published)
    first = demo.snapshot["agreements"][0]
    for url in [reverse(name) for name in PAGES] + [reverse("public:report", args=[demo.period.code])]:
        page = client.get(url).content.decode()
        assert BANNER in page, url
    # the invented agreement is marked beside its title, the others are not
    report_page = client.get(reverse("public:report", args=[demo.period.code])).content.decode()
    assert report_page.count('class="tag-illustrative"') == 2  # the banner's example and the one agreement
    assert f'{first["title"]} <span class="tag-illustrative"' in report_page
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(
                    reverse("public:download", args=[demo.period.code, "afspraken", "csv"])
                ).content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    assert [row["illustratief"] for row in rows] == ["ja"] + ["nee"] * (len(rows) - 1)
    package = client.get(reverse("public:package", args=[demo.period.code]))
    assert package.status_code == 200 and "Demo-gegevens" in package.json()["description"]
    real_package = client.get(reverse("public:package", args=[published.period.code]))
    assert "description" not in real_package.json()


def test_the_api_says_which_report_and_agreement_come_from_demo_data(client, public_site, published):
    demo = demo_copy(published)
    reports = {row["period"]: row for row in client.get("/api/v1/reports").json()["results"]}
    assert reports[demo.period.code]["demo_data"] is True
    assert reports[published.period.code]["demo_data"] is False
    statuses = client.get(f"/api/v1/periods/{demo.period.code}/statuses").json()["results"]
    assert [row["is_illustrative"] for row in statuses] == [True] + [False] * (len(statuses) - 1)
    agreements = client.get("/api/v1/agreements").json()["results"]
    assert agreements and all(row["is_illustrative"] is False for row in agreements)


def test_a_snapshot_from_before_the_flag_counts_as_demo_when_it_holds_an_invented_agreement(published):
    old_demo = demo_copy(published, flag=None)
    assert public_snapshot(old_demo.snapshot)["demo_data"] is True
    old_real = {key: value for key, value in published.snapshot.items() if key != "demo_data"}
    assert public_snapshot(old_real)["demo_data"] is False


def test_every_page_of_a_pdf_made_from_demo_data_says_so(people):
    period = make_report_world(user=people["kernteam"], numbers=6)
    real = compile_report(period, charts=False)
    assert real.demo_data is False and real.to_snapshot()["demo_data"] is False
    Deal.objects.update(demo_data=True)
    data = compile_report(period, charts=False)
    assert data.to_snapshot()["demo_data"] is True
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(report_pdf(data, public=True))).pages]
    assert "Demo-gegevens." in pages[0] and "Neem niets hiervan over als feit." in pages[0]
    assert len(pages) > 3
    assert all("Demo-gegevens, geen feiten" in " ".join(text.split()) for text in pages[1:])
    real_pages = [page.extract_text() for page in PdfReader(io.BytesIO(report_pdf(real))).pages]
    assert not any("Demo-gegevens" in text for text in real_pages)
