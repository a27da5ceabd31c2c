"""The demo has factsheets in every state a user can try: the ambassador of pillar 1 has one to approve."""

from io import StringIO

from django.core.management import call_command

from accounts.models import User
from agreements.models import StatusLock
from reports.factsheets import services
from reports.models import Factsheet


def test_the_demo_has_factsheets_to_work_on(db):
    call_command("seed_demo_data", stdout=StringIO())
    states = dict(Factsheet.objects.filter(period__code="2021-h2").values_list("pillar__number", "state"))
    assert states == {1: "submitted", 2: "returned", 3: "concept"}
    assert set(Factsheet.objects.filter(period__code="2021-h1").values_list("state", flat=True)) == {"final"}
    # The final factsheets lock their pillars' traffic lights; nothing in the open half year is locked yet.
    locked = set(StatusLock.objects.values_list("pillar__number", "period__code"))
    assert locked == {(n, code) for n in range(1, 7) for code in ("2020-h2", "2021-h1")}
    submitted = Factsheet.objects.get(period__code="2021-h2", pillar__number=1)
    approved = services.approve_factsheet(factsheet=submitted, user=User.objects.get(username="ambassadeur1"))
    assert approved.state == Factsheet.State.APPROVED
    assert approved.pillar.is_locked_for(approved.period)
    assert submitted.transitions.count() == 2
