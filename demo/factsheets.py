"""Demo factsheets (illustrative texts): the closed half years final for every pillar; in the open half year
pillar 1 waits for approval, pillar 2 was returned, pillar 3 is a concept, the others have not started."""

from accounts.models import User
from agreements.models import Period, Pillar
from reports.models import Factsheet, FactsheetTransition

from .base import upsert

State = Factsheet.State
OPEN_PERIOD_STATES = {1: State.SUBMITTED, 2: State.RETURNED, 3: State.CONCEPT}
# The steps that lead to each state: (to_state, who: "tempomaker" / "ambassadeur" / "kernteam", comment).
STEPS = {
    State.CONCEPT: [],
    State.SUBMITTED: [(State.SUBMITTED, "tempomaker", "")],
    State.RETURNED: [
        (State.SUBMITTED, "tempomaker", ""),
        (State.RETURNED, "ambassadeur", "Graag de meetbare resultaten uit de monitor toelichten."),
    ],
    State.FINAL: [
        (State.SUBMITTED, "tempomaker", ""),
        (State.APPROVED, "ambassadeur", ""),
        (State.FINAL, "kernteam", ""),
    ],
}


def _texts(pillar: Pillar, period: Period) -> dict[str, str]:
    return {
        "summary": f"{pillar.name}: de afspraken lopen grotendeels op koers in het {period.label} (illustratief).",
        "partners": "Gemeenten Arnhem en Nijmegen, provincie Gelderland, corporaties, NEPROM (illustratief).",
        "output": "Twee bijeenkomsten van de Tempotafel en een kennissessie met de partners (illustratief).",
        "outcome": "Zie de cijfers uit de woningbouwmonitor hieronder (illustratief).",
        "next_actions": "Knelpunten agenderen in het Bestuurlijk Overleg; uitvoering volgen (illustratief).",
    }


def _pillar_user(users: dict[str, User], role: str, number: int) -> User:
    return users.get(f"{role}{number}") or users[role]


def ensure_factsheets(*, users: dict[str, User]) -> None:
    """Idempotent: rows are upserted, the workflow steps of a factsheet are written only once."""
    for period in Period.objects.filter(code__in=["2020-h2", "2021-h1", "2021-h2"]):
        for pillar in Pillar.objects.all():
            state = State.FINAL if not period.is_open else OPEN_PERIOD_STATES.get(pillar.number)
            if state is None:
                continue
            tempomaker = _pillar_user(users, "tempomaker", pillar.number)
            texts = _texts(pillar, period)
            if state == State.CONCEPT:
                texts.update(outcome="", next_actions="")
            values = {**texts, "state": state, "updated_by": tempomaker}
            if state == State.RETURNED:
                values["review_comments"] = STEPS[State.RETURNED][-1][2]
            factsheet = upsert(
                Factsheet, lookup={"pillar": pillar, "period": period}, values=values, history_user=tempomaker
            )
            if not factsheet.transitions.exists():
                _write_steps(factsheet, users, STEPS[state])
            factsheet.sync_status_lock(by=users["kernteam"])


def _write_steps(factsheet: Factsheet, users: dict[str, User], steps) -> None:
    from_state = State.CONCEPT
    for to_state, role, comment in steps:
        by = users["kernteam"] if role == "kernteam" else _pillar_user(users, role, factsheet.pillar.number)
        FactsheetTransition.objects.create(
            factsheet=factsheet, from_state=from_state, to_state=to_state, by=by, comment=comment
        )
        from_state = to_state
