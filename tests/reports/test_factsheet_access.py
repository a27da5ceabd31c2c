"""Who may open which factsheet page: anonymous → login, out of scope → 404, wrong role → 403, right role → 200."""

import pytest
from django.urls import reverse

from reports.models import Factsheet
from tests.jobs.follow import job_file
from tests.reports.factories import FactsheetFactory


@pytest.fixture
def factsheet(pillar, period, agreements, tempomaker):
    return FactsheetFactory(pillar=pillar, period=period, updated_by=tempomaker)


def url(name, period, number=3):
    return reverse(f"reports:{name}", args=[period.code, number])


# (view name, role) → expected status for GET of the pillar-3 factsheet pages (the PDF: POST, which starts it).
PILLAR_PAGES = {
    "factsheet_detail": {"kernteam": 200, "tempomaker": 200, "ambassadeur": 200, "other_tempomaker": 404},
    "factsheet_edit": {"kernteam": 200, "tempomaker": 200, "ambassadeur": 404, "other_tempomaker": 404},
    "factsheet_pdf": {"kernteam": 200, "tempomaker": 200, "ambassadeur": 200, "other_tempomaker": 404},
}
OUTSIDERS = ["bestuur", "partner", "beheerder"]


@pytest.mark.parametrize("name", PILLAR_PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, factsheet, period, name):
    response = client.get(url(name, period))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(
    "name,role,expected",
    [(name, role, status) for name, roles in PILLAR_PAGES.items() for role, status in roles.items()]
    + [(name, role, 404) for name in PILLAR_PAGES for role in OUTSIDERS],
)
def test_pillar_pages_per_role(request, client, factsheet, period, name, role, expected):
    client.force_login(request.getfixturevalue(role))
    if name == "factsheet_pdf":
        response = client.post(url(name, period))
        if expected == 200:
            assert job_file(client, response)["Content-Type"] == "application/pdf"
            return
    else:
        response = client.get(url(name, period))
    assert response.status_code == expected


def test_a_tempomaker_of_pillar_2_cannot_see_the_edit_page_of_pillar_3(
    client, factsheet, period, other_tempomaker
):
    client.force_login(other_tempomaker)
    response = client.get(url("factsheet_edit", period))
    assert response.status_code == 404
    assert factsheet.summary not in response.content.decode()
    response = client.post(
        url("factsheet_edit", period), {"summary": "Overgenomen", "version": factsheet.version}
    )
    assert response.status_code == 404
    factsheet.refresh_from_db()
    assert factsheet.summary != "Overgenomen"


def test_unknown_period_or_pillar_is_404(client, kernteam, period, pillar):
    client.force_login(kernteam)
    assert client.get(reverse("reports:factsheet_detail", args=["2099-h1", 3])).status_code == 404
    assert client.get(reverse("reports:factsheet_detail", args=[period.code, 9])).status_code == 404


def test_a_pillar_that_has_not_started_has_a_page(client, tempomaker, period, pillar):
    client.force_login(tempomaker)
    response = client.get(url("factsheet_detail", period))
    assert response.status_code == 200
    assert "Niet begonnen" in response.content.decode()
    assert not Factsheet.objects.exists()


# The workflow step (POST only) ---------------------------------------------------------------------


def test_the_workflow_step_needs_login_and_post(client, factsheet, period, tempomaker):
    response = client.post(url("factsheet_transition", period), {"action": "submit"})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(tempomaker)
    assert client.get(url("factsheet_transition", period)).status_code == 405


@pytest.mark.parametrize(
    "role,action,expected,state_after",
    [
        ("tempomaker", "submit", 302, "submitted"),
        ("kernteam", "submit", 302, "submitted"),
        ("ambassadeur", "submit", 403, "concept"),
        ("other_tempomaker", "submit", 404, "concept"),
        ("bestuur", "submit", 404, "concept"),
        ("tempomaker", "approve", 403, "concept"),
        ("kernteam", "approve", 403, "concept"),
        ("tempomaker", "finalise", 403, "concept"),
    ],
)
def test_the_workflow_step_per_role(request, client, factsheet, period, role, action, expected, state_after):
    client.force_login(request.getfixturevalue(role))
    response = client.post(
        url("factsheet_transition", period), {"action": action, "version": factsheet.version}
    )
    assert response.status_code == expected
    factsheet.refresh_from_db()
    assert factsheet.state == state_after


def test_a_refused_step_comes_back_with_a_message(client, factsheet, period, ambassadeur):
    client.force_login(ambassadeur)
    response = client.post(url("factsheet_transition", period), {"action": "approve"}, follow=True)
    assert "Dat kan niet: de factsheet is nu ‘concept’." in response.content.decode()


def test_the_step_returns_only_to_a_local_next_page(client, factsheet, period, tempomaker):
    client.force_login(tempomaker)
    response = client.post(
        url("factsheet_transition", period), {"action": "submit", "next": "https://kwaadwillend.example/"}
    )
    assert response.url == url("factsheet_detail", period)


# Core team pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "role,expected",
    [
        ("kernteam", 200),
        ("tempomaker", 403),
        ("ambassadeur", 403),
        ("bestuur", 403),
        ("partner", 403),
        ("beheerder", 403),
    ],
)
def test_the_overview_is_for_the_core_team(request, client, period, pillar, role, expected):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("reports:factsheet_overview")).status_code == expected


def test_the_overview_needs_login(client, period):
    response = client.get(reverse("reports:factsheet_overview"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


@pytest.mark.parametrize("name", ["period_deadline", "factsheet_reminder"])
@pytest.mark.parametrize(
    "role,expected", [("kernteam", 302), ("tempomaker", 403), ("ambassadeur", 403), ("bestuur", 403)]
)
def test_deadline_and_reminder_are_for_the_core_team(
    request, client, factsheet, period, name, role, expected
):
    client.force_login(request.getfixturevalue(role))
    args = [period.code] if name == "period_deadline" else [period.code, 3]
    response = client.post(reverse(f"reports:{name}", args=args), {"deadline": "2022-01-31"})
    assert response.status_code == expected
    period.refresh_from_db()
    assert (period.deadline.isoformat() == "2022-01-31") == (role == "kernteam" and name == "period_deadline")
