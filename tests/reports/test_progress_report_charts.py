"""Charts in the report: without a browser the report says so in place of each chart and prints its table."""

import io

import pypdf
import pytest
from django.core.management import CommandError, call_command

from benchmarks.report_world import make_report_world
from reports.charts_export import export_charts
from reports.progress.report import build_progress_report

pytestmark = pytest.mark.django_db


def test_without_a_browser_render_report_prints_tables_and_says_so(kernteam, settings, tmp_path, capsys):
    period = make_report_world(user=kernteam, numbers=6)
    settings.CHROMIUM_PATH = str(tmp_path / "geen-chromium")
    output = tmp_path / "rapport.pdf"
    call_command("render_report", period.code, output=str(output))
    stderr = capsys.readouterr().err
    assert "geen browser gevonden" in stderr and "geen-chromium" in stderr
    reader = pypdf.PdfReader(io.BytesIO(output.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert text.count("Grafiek niet beschikbaar") == 13  # 7 for the region (with the map), 2 per subregion
    assert "Bijdrage per gemeente" in text
    assert "Zevenaar" in text  # a row of that chart's table


def test_a_failing_browser_degrades_to_tables_too(kernteam, settings, tmp_path):
    period = make_report_world(user=kernteam, numbers=6)
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    settings.CHROMIUM_PATH = str(fake)
    data = build_progress_report(period)
    reason = export_charts(data.dashboard.charts)
    assert reason.startswith("Grafieken konden niet worden gemaakt")
    assert all(chart.image == "" for chart in data.dashboard.charts)


def test_render_report_names_an_unknown_period(db):
    with pytest.raises(CommandError, match="Onbekende periode: 2099-h1"):
        call_command("render_report", "2099-h1", output="/tmp/niet-gemaakt.pdf")
