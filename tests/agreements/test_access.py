"""Who may open which agreement page: every view for every role, checked on the server."""

import pytest
from django.urls import reverse

from tests.agreements.factories import periods
from tests.agreements.status_form import form_data
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "kernteam", "tempomaker", "other_tempomaker", "ambassadeur", "bestuur", "partner"]
READ = {role: 200 for role in ROLES} | {"anonymous": "login"}
CORE_ONLY = {role: 403 for role in ROLES} | {"anonymous": "login", "kernteam": 200}
EDIT = CORE_ONLY | {"tempomaker": 200}  # agreement 30 is in the tempomaker's pillar 3
VIEWS = [
    ("agreements:list", [], READ),
    ("agreements:detail", [30], READ),
    ("agreements:export", [], READ),
    ("agreements:status_edit", [30], EDIT),
    ("agreements:overview", [], CORE_ONLY),
    ("agreements:register_import", [], CORE_ONLY),
    ("agreements:register_export", [], CORE_ONLY),
]


@pytest.fixture
def deal(pillar, other_pillar):
    periods(1)
    AgreementFactory(number=30, pillar=pillar)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "args", "expected"), VIEWS, ids=[v[0] for v in VIEWS])
def test_each_role_gets_what_it_may(client, request, deal, role, name, args, expected):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    url = reverse(name, args=args)
    response = client.get(url)
    if expected[role] == "login":
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == expected[role]


@pytest.mark.parametrize("role", ["other_tempomaker", "ambassadeur", "bestuur", "partner"])
def test_posting_a_status_without_the_right_is_refused(client, request, deal, role):
    client.force_login(request.getfixturevalue(role))
    assert client.post(reverse("agreements:status_edit", args=[30]), form_data()).status_code == 403
    assert client.post(reverse("agreements:register_import"), {"action": "confirm"}).status_code == 403


def test_an_unknown_agreement_is_404(client, kernteam, deal):
    client.force_login(kernteam)
    assert client.get(reverse("agreements:detail", args=[99])).status_code == 404
    assert client.get(reverse("agreements:status_edit", args=[99])).status_code == 404
