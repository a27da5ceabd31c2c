"""The board briefing on pages 1-4, read back from the PDF, with the longest texts the app allows.

One report for the whole module (69 agreements, the management summary's parts at their maximum length,
agreement titles at their maximum length, many red agreements, open escalations with long texts, a region of
37667 homes in plans), compiled as it is published (version "definitief") and laid out once by WeasyPrint:
the layout boxes are checked for text outside the text area, the PDF is read back with pypdf.
"""

import io
import re
from datetime import date, datetime, timedelta

import pypdf
import pytest
from django.db import transaction
from django.utils import timezone

from agreements.models import Agreement, AgreementStatus, TrafficLight
from benchmarks.report_world import PILLARS, make_report_world
from governance.models import AgendaItem, Body, Escalation, Meeting
from monitor.models import Indicator, Target
from reports.pdf import document_pdf, render_document
from reports.progress.forms import SUMMARY_PART_MAX
from reports.progress.output import compile_report, report_html
from reports.progress.report import SUMMARY_PARTS
from tests.factories import UserFactory
from tests.reports.pdf_layout import overflowing_text

pytestmark = pytest.mark.django_db

WORDS = (
    "De partners versnellen de woningbouw met extra capaciteit voor vergunningverlening, een gezamenlijke "
    "aanpak van stikstofruimte en afspraken over betaalbare woningen in de zachte plancapaciteit. "
)


def long_text(length: int) -> str:
    return (WORDS * (length // len(WORDS) + 1))[:length].rstrip()


@pytest.fixture(scope="module")
def briefing(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        user = UserFactory(username="kernteam-briefing", kernteam=True)
        period = make_report_world(user=user)
        make_the_texts_as_long_as_allowed(period, user)
        Target.objects.create(
            code="homes-2040",
            name="Extra woningen nodig op lange termijn (tot 2040)",
            value=50000,
            value_max=60000,
            unit="woningen",
            horizon_year=2040,
            source="Woondeal",
            confidence="H",
        )
        Indicator.objects.filter(monitor_import__period=period, level="regio").update(
            figures={**Indicator.objects.get(level="regio").figures, "homes": 37667}
        )
        data = compile_report(period, final=True)
        document = render_document(report_html(data))
        pdf = document_pdf(document, title=data.title)
        targets = list(Target.objects.values_list("name", flat=True))
        transaction.set_rollback(True)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = [readable(page.extract_text()) for page in reader.pages]
    return {"data": data, "document": document, "reader": reader, "pages": pages, "targets": targets}


def make_the_texts_as_long_as_allowed(period, user) -> None:
    report = period.report
    for key, _ in SUMMARY_PARTS:
        setattr(report, key, long_text(SUMMARY_PART_MAX))
    report.save()
    title_max = Agreement._meta.get_field("title").max_length
    for agreement in Agreement.objects.all():
        agreement.title = f"Afspraak {agreement.number}: " + long_text(title_max - 14)
        agreement.save(update_fields=["title"])
    red = AgreementStatus.objects.filter(period=period, agreement__number__lte=30)
    red.update(colour=TrafficLight.ROOD, needs_attention=True, colour_change_reason=long_text(2000))
    body, _ = Body.objects.get_or_create(kind=Body.Kind.BO, defaults={"name": "Bestuurlijk Overleg"})
    starts = timezone.make_aware(datetime(2021, 9, 1, 14))
    meeting = Meeting.objects.create(body=body, starts_at=starts, ends_at=starts + timedelta(hours=2))
    for agreement in Agreement.objects.filter(number__lte=8):
        escalation = Escalation.objects.create(
            period=period,
            agreement=agreement,
            stuck=long_text(3000),
            request=long_text(3000),
            needed_by=date(2021, 9, 1),
            opened_by=user,
        )
        # shared with NIER and guests: the public report shows the texts of shared escalations only
        AgendaItem.objects.create(
            meeting=meeting, number=agreement.number, title="Escalatie", escalation=escalation, is_shared=True
        )


def readable(text: str) -> str:
    """Page text as a reader sees it: words hyphenated at a line end joined again, white space collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"\u2010\s*\n", "", text))


def briefing_text(briefing) -> str:
    return " ".join(briefing["pages"][:4])


def test_the_cover_has_the_period_the_publication_date_the_version_and_the_sources(briefing):
    cover = briefing["pages"][0]
    assert "1e halfjaar 2021" in cover
    assert f"Datum van publicatie {timezone.localdate():%-d} " in cover
    assert "Versie Definitief" in cover
    assert "Bestuurlijk Overleg Woondeal regio Arnhem-Nijmegen" in cover
    assert "Woningbouwmonitor, planniveau (sjabloon), peildatum 1 april 2021" in cover
    assert ".xlsx" not in cover  # sources by name, not by file name
    assert "Gevraagde besluiten" in cover and "besluit nodig uiterlijk 1 september 2021" in cover


def test_pages_one_to_four_hold_every_pillar_the_counts_per_colour_and_every_target(briefing):
    text = briefing_text(briefing)
    for name in PILLARS:
        assert name in text, name
    totals = {count.label: count.count for count in briefing["data"].briefing.totals}
    assert totals["Rood: knelpunt, bestuurlijke aandacht nodig"] >= 30
    assert sum(totals.values()) == 69
    summary = "; ".join(f"{count} {label.lower()}" for label, count in totals.items())
    assert re.sub(r"\s", "", summary) in re.sub(r"\s", "", text)
    for name in briefing["targets"]:
        assert name in text, name
    assert "onbekend" in text  # targets without a source say so, with their reason
    assert "De monitor levert dit cijfer (nog) niet" in text


def test_the_briefing_fits_on_four_pages_with_the_longest_texts(briefing):
    pages = briefing["pages"]
    assert "Managementsamenvatting" in pages[3]
    assert "5. Wat de partners het komende halfjaar te doen staat" in pages[3]
    assert "Inhoud" in pages[4]  # the annexes start on page 5
    assert "En nog " in pages[3]  # more agreements need attention than fit: they are counted


def test_the_lights_page_shows_every_agreement_with_its_change(briefing):
    page = briefing["pages"][1]
    for number in range(1, 70):
        assert re.search(rf"\b{number} ?[✓!✕?]", page), number
    assert "↑ beter, ↓ slechter, = gelijk, • nieuw beoordeeld" in page


def test_the_map_page_holds_an_image_not_a_table_of_coordinates(briefing):
    reader, pages = briefing["reader"], briefing["pages"]
    [number] = [i for i, text in enumerate(pages) if "Kaart van gemeenten en locaties" in text]
    content = reader.pages[number].get_contents().get_data()
    assert b" Do" in content  # the page draws an image (the map, an SVG exported by kaleido)
    assert "Bron: CBS, Kadaster" in pages[number]
    assert not re.search(r"\b5[01],\d{4,5}\b", pages[number])  # no latitudes


def test_numbers_are_printed_the_dutch_way(briefing):
    text = " ".join(briefing["pages"])
    assert "37.667" in text
    assert "37667" not in text and "37,667" not in text


def test_no_text_runs_out_of_the_text_area(briefing):
    assert overflowing_text(briefing["document"]) == []
