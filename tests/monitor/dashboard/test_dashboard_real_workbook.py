"""The dashboard on the real provincial workbook (spring 2021), imported by the real import, with the
reference data (18 municipalities, the deal's targets, CBS completions 2020)."""

import datetime

import pytest
from django.core.management import call_command

from benchmarks.eib import PROVINCIAL_XLSX
from monitor import services
from monitor.dashboard import build_dashboard

pytestmark = pytest.mark.django_db


def test_region_dashboard_on_the_provincial_workbook(client, kernteam):
    call_command("load_reference_data", verbosity=0)
    monitor_import, _ = services.upload_monitor_import(
        content=PROVINCIAL_XLSX.read_bytes(),
        filename=PROVINCIAL_XLSX.name,
        peildatum=datetime.date(2021, 4, 1),
        uploaded_by=kernteam,
    )
    services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)

    dashboard = build_dashboard()
    assert (dashboard.figures["hard"], dashboard.figures["soft"]) == (14_412, 23_255)
    sections = {section_id: rows for section_id, _, rows in dashboard.contributions}
    municipalities = {row.name: row.figures for row in sections["gemeenten"]}
    assert len(municipalities) == 18
    assert sum(f["hard"] for f in municipalities.values()) == 14_412
    assert (municipalities["Arnhem"]["hard"], municipalities["Arnhem"]["soft"]) == (4_553, 1_323)
    assert (municipalities["Nijmegen"]["hard"], municipalities["Nijmegen"]["soft"]) == (6_144, 10_564)
    subregions = {row.name: row.figures for row in sections["subregios"]}
    assert sum(f["hard"] + f["soft"] for f in subregions.values()) == 37_667
    # Realised: the CBS completions of 2020 in the reference data (909 Arnhem + 472 Nijmegen + ... = 2,843).
    assert dashboard.realised == 2_843
    targets = {row.code: row for row in dashboard.targets}
    assert targets["homes-2025"].progress == 14.2  # 2,843 / 20,000
    f = dashboard.figures
    to_2030 = sum(
        f["hard_by_phase"][p] + f["soft_by_phase"][p] for p in ("2020-2024", "2025-2029", "onbekend")
    )
    assert targets["plan-stock-2030"].value == round(100 * to_2030 / 39_000, 1)

    client.force_login(kernteam)
    html = client.get("/monitor/dashboard/").content.decode()
    assert "14.412 hard, 23.255 zacht" in html
    assert "2.843 woningen" in html
