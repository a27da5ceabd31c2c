"""Who reads, writes and approves which factsheet, asked of a list (``Factsheet.objects.for_user`` /
``editable_by``) and of one factsheet (``is_readable_by`` / ``is_editable_by`` / ``is_approvable_by``): the
same answer for every role. Working documents: the core team all, a pillar's tempomakers and ambassadors
their own pillar's; the board and partners none."""

import pytest

from reports.models import Factsheet
from tests.reports.factories import FactsheetFactory

pytestmark = pytest.mark.django_db
ROLES = ["kernteam", "tempomaker", "other_tempomaker", "ambassadeur", "bestuur", "partner"]
READS = {"kernteam": {2, 3}, "tempomaker": {3}, "other_tempomaker": {2}, "ambassadeur": {3}}
WRITES = {"kernteam": {2, 3}, "tempomaker": {3}, "other_tempomaker": {2}}
APPROVES = {"ambassadeur": {3}}


@pytest.mark.parametrize("role", ROLES)
def test_the_list_and_the_single_factsheet_agree(request, period, pillar, other_pillar, role):
    sheets = [
        FactsheetFactory(pillar=pillar, period=period),
        FactsheetFactory(pillar=other_pillar, period=period),
    ]
    user = request.getfixturevalue(role)

    def numbers(queryset) -> set[int]:
        return set(queryset.values_list("pillar__number", flat=True))

    assert numbers(Factsheet.objects.for_user(user)) == READS.get(role, set())
    assert {s.pillar.number for s in sheets if s.is_readable_by(user)} == READS.get(role, set())
    assert numbers(Factsheet.objects.editable_by(user)) == WRITES.get(role, set())
    assert {s.pillar.number for s in sheets if s.is_editable_by(user)} == WRITES.get(role, set())
    assert {s.pillar.number for s in sheets if s.is_approvable_by(user)} == APPROVES.get(role, set())


def test_an_unstarted_factsheet_answers_the_same(period, pillar, tempomaker, ambassadeur, partner):
    unstarted = Factsheet(pillar=pillar, period=period)
    assert unstarted.is_editable_by(tempomaker) and unstarted.is_readable_by(ambassadeur)
    assert unstarted.is_approvable_by(ambassadeur) and not unstarted.is_editable_by(ambassadeur)
    assert not unstarted.is_readable_by(partner)
