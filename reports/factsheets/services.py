"""The factsheet workflow: concept → submitted → approved (or returned) → final; the core team may reopen.

Every function is keyword-only, typed and atomic, and writes a ``FactsheetTransition`` (who, when, comment)
besides the factsheet's own history. Every step also keeps the pillar's status lock in step: approved or final
locks its traffic lights for the half year (``agreements.StatusLock``), reopening frees them. A wrong role
raises ``PermissionDenied``; a step the rules do not allow now (wrong state, own approval, closed period, a
missing text) raises ``FactsheetRefused`` with a Dutch message. Concurrent changes never overwrite each other:
every write first claims the row (``agreements.versioning``)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.access import require_core_team
from accounts.models import User
from agreements.models import Period, Pillar
from reports.models import Factsheet, FactsheetTransition

from . import notifications

State = Factsheet.State
EDITABLE_STATES = (State.CONCEPT, State.RETURNED)


class FactsheetRefused(Exception):
    """The rules do not allow this now; the message says why, in Dutch."""


class FactsheetConflict(FactsheetRefused):
    """Somebody else changed the factsheet since this user loaded it."""


CONFLICT = (
    "Iemand anders heeft deze factsheet intussen gewijzigd. Open de factsheet opnieuw en breng uw "
    "wijziging dan aan."
)


def _require_open(period: Period) -> None:
    if not period.is_open:
        raise FactsheetRefused(f"Het {period.label} is gesloten; de factsheet kan niet meer veranderen.")


def _claim(*, pillar_id: int, period_id: int, states, expected_version: int | None) -> Factsheet:
    """Raise the version of the factsheet if it is in one of ``states`` (and at ``expected_version``)."""
    rows = Factsheet.objects.filter(pillar_id=pillar_id, period_id=period_id)
    if rows.filter(state__in=states).claim(expected_version) == 1:
        return rows.select_related("pillar", "period").get()
    current = rows.first()
    if current is None:
        raise FactsheetRefused("Deze factsheet is nog niet begonnen.")
    if current.state not in states:
        raise FactsheetRefused(f"Dat kan niet: de factsheet is nu ‘{current.get_state_display().lower()}’.")
    raise FactsheetConflict(CONFLICT)


def save_factsheet(
    *, pillar: Pillar, period: Period, user: User, texts: dict[str, str], expected_version: int
) -> Factsheet:
    """Write the texts; ``expected_version=0`` starts the factsheet of a pillar that has none yet."""
    if not pillar.is_editable_by(user):
        raise PermissionDenied
    _require_open(period)
    values = {name: texts.get(name, "").replace("\r\n", "\n") for name in Factsheet.TEXT_FIELDS}
    with transaction.atomic():
        if expected_version == 0:
            try:
                with transaction.atomic():
                    return Factsheet.objects.create(pillar=pillar, period=period, updated_by=user, **values)
            except IntegrityError:
                raise FactsheetConflict(CONFLICT) from None
        factsheet = _claim(
            pillar_id=pillar.pk,
            period_id=period.pk,
            states=EDITABLE_STATES,
            expected_version=expected_version,
        )
        for name, value in values.items():
            setattr(factsheet, name, value)
        factsheet.updated_by = user
        factsheet._history_user = user
        factsheet.save()
    return factsheet


@dataclass(frozen=True)
class Rule:
    from_states: tuple[str, ...]
    to_state: str
    may: Callable[[User, Factsheet], bool]


RULES: dict[str, Rule] = {
    "submit": Rule(EDITABLE_STATES, State.SUBMITTED, lambda u, f: f.is_editable_by(u)),
    "approve": Rule((State.SUBMITTED,), State.APPROVED, lambda u, f: f.is_approvable_by(u)),
    "return": Rule((State.SUBMITTED,), State.RETURNED, lambda u, f: f.is_approvable_by(u)),
    "finalise": Rule((State.APPROVED,), State.FINAL, lambda u, f: u.is_kernteam),
    "reopen": Rule((State.APPROVED, State.FINAL), State.CONCEPT, lambda u, f: u.is_kernteam),
    # The core team may finish a pillar that cannot (absent tempomaker or ambassador), with a logged reason.
    "finalise_on_behalf": Rule((*EDITABLE_STATES, State.SUBMITTED), State.FINAL, lambda u, f: u.is_kernteam),
}


def allowed_actions(factsheet: Factsheet, user: User) -> list[str]:
    """The steps this user may take now (the page shows these buttons; the services decide again)."""
    if not factsheet.period.is_open:
        return []
    actions = [
        name for name, r in RULES.items() if factsheet.state in r.from_states and r.may(user, factsheet)
    ]
    return actions if factsheet.is_started else [a for a in actions if a == "finalise_on_behalf"]


def is_own_work(factsheet: Factsheet, user: User) -> bool:
    """The last one to submit or edit the texts may not approve them."""
    return user.pk in (factsheet.updated_by_id, factsheet.last_submitter_id())


@dataclass(frozen=True)
class Mail:
    """Who hears of a step, once it is committed: ``to`` gives the addresses for the factsheet."""

    template: str
    subject: str
    to: Callable[[Factsheet], list[str]]


MAILS: dict[str, Mail] = {
    "submit": Mail("factsheet_submitted", "factsheet ingediend", notifications.ambassador_addresses),
    "approve": Mail("factsheet_approved", "factsheet goedgekeurd", notifications.tempomaker_addresses),
    "return": Mail("factsheet_returned", "factsheet teruggestuurd", notifications.tempomaker_addresses),
    "reopen": Mail("factsheet_reopened", "factsheet heropend", notifications.tempomaker_addresses),
    "finalise_on_behalf": Mail(
        "factsheet_finalised_on_behalf",
        "factsheet namens de pijler definitief gemaakt",
        notifications.tempomaker_addresses,
    ),
}


def _transition(
    *,
    action: str,
    factsheet: Factsheet,
    user: User,
    comment: str = "",
    expected_version: int | None = None,
    check: Callable[[Factsheet], None] | None = None,
) -> Factsheet:
    """One step: claim the factsheet in a state the rule starts from, move it, log it, set the pillar's
    status lock to match (agreements' ``StatusLock``) and mail whoever ``MAILS`` names once committed."""
    rule = RULES[action]
    if not rule.may(user, factsheet):
        raise PermissionDenied
    _require_open(factsheet.period)
    with transaction.atomic():
        current = _claim(
            pillar_id=factsheet.pillar_id,
            period_id=factsheet.period_id,
            states=rule.from_states,
            expected_version=expected_version,
        )
        if check:
            check(current)
        from_state, current.state = current.state, rule.to_state
        if action == "return":
            current.review_comments = comment
        current._history_user = user
        current._change_reason = f"{from_state} → {rule.to_state}"
        current.save()
        current.sync_status_lock(by=user)
        FactsheetTransition.objects.create(
            factsheet=current, from_state=from_state, to_state=rule.to_state, by=user, comment=comment
        )
        if action in MAILS:
            _mail_after_commit(current, MAILS[action], by=user, comment=comment)
    return current


def _required(text: str, refusal: str) -> str:
    """The comment or reason a step needs, stripped; refused with ``refusal`` when empty."""
    text = text.strip()
    if not text:
        raise FactsheetRefused(refusal)
    return text


def submit_factsheet(*, factsheet: Factsheet, user: User, expected_version: int | None = None) -> Factsheet:
    def check(current: Factsheet) -> None:
        if not current.summary.strip():
            raise FactsheetRefused("Vul eerst de samenvatting in; daarna kunt u de factsheet indienen.")

    return _transition(
        action="submit", factsheet=factsheet, user=user, expected_version=expected_version, check=check
    )


def approve_factsheet(*, factsheet: Factsheet, user: User, expected_version: int | None = None) -> Factsheet:
    def check(current: Factsheet) -> None:
        if is_own_work(current, user):
            raise FactsheetRefused(
                "U hebt deze factsheet zelf ingediend of bewerkt; een andere ambassadeur moet hem goedkeuren."
            )

    return _transition(
        action="approve", factsheet=factsheet, user=user, expected_version=expected_version, check=check
    )


def return_factsheet(
    *, factsheet: Factsheet, user: User, comment: str, expected_version: int | None = None
) -> Factsheet:
    comment = _required(comment, "Schrijf bij ‘Opmerkingen’ wat de tempomakers moeten aanpassen.")
    return _transition(
        action="return", factsheet=factsheet, user=user, comment=comment, expected_version=expected_version
    )


def finalise_factsheet(*, factsheet: Factsheet, user: User, expected_version: int | None = None) -> Factsheet:
    return _transition(action="finalise", factsheet=factsheet, user=user, expected_version=expected_version)


def finalise_on_behalf(
    *, factsheet: Factsheet, user: User, reason: str, expected_version: int | None = None
) -> Factsheet:
    """The core team makes a pillar's factsheet final without its approval (for example when nobody can
    submit or approve it in time). The reason is required and kept in the workflow's log."""
    reason = _required(
        reason, "Geef bij ‘Reden’ aan waarom het kernteam de factsheet namens de pijler afrondt."
    )
    require_core_team(user)
    _require_open(factsheet.period)
    with transaction.atomic():
        Factsheet.objects.get_or_create(
            pillar_id=factsheet.pillar_id, period_id=factsheet.period_id, defaults={"updated_by": user}
        )
        return _transition(
            action="finalise_on_behalf",
            factsheet=factsheet,
            user=user,
            comment=reason,
            expected_version=expected_version,
        )


def reopen_factsheet(
    *, factsheet: Factsheet, user: User, reason: str, expected_version: int | None = None
) -> Factsheet:
    reason = _required(reason, "Geef bij ‘Reden’ aan waarom de factsheet wordt heropend.")
    return _transition(
        action="reopen", factsheet=factsheet, user=user, comment=reason, expected_version=expected_version
    )


def _mail_after_commit(factsheet: Factsheet, mail: Mail, *, by: User, comment: str = "") -> None:
    """Mail only once the transition is committed: a rolled-back step tells nobody anything."""
    to = mail.to(factsheet)
    transaction.on_commit(
        lambda: notifications.send_factsheet_mail(
            factsheet,
            template=mail.template,
            subject=mail.subject,
            to=to,
            by=by,
            **({"comment": comment} if comment else {}),
        )
    )


# Reminders -------------------------------------------------------------------------------------------


def send_factsheet_reminder(*, factsheet: Factsheet) -> int:
    """Remind whoever holds the factsheet now: the ambassadors when it waits for approval, else the
    tempomakers. Approved and final factsheets need nothing. Returns the number of mails sent."""
    if factsheet.is_started and factsheet.state in (State.APPROVED, State.FINAL):
        return 0
    to_ambassador = factsheet.is_started and factsheet.state == State.SUBMITTED
    addresses = (notifications.ambassador_addresses if to_ambassador else notifications.tempomaker_addresses)(
        factsheet
    )
    return notifications.send_factsheet_mail(
        factsheet,
        template="factsheet_reminder",
        subject="herinnering factsheet",
        to=addresses,
        to_ambassador=to_ambassador,
    )


def send_due_reminders(*, days: int = 7, today: date | None = None) -> list[tuple[Factsheet, int]]:
    """For every open period: tempomakers of factsheets due within ``days`` (or overdue) and not yet
    submitted, and ambassadors of factsheets waiting for approval. Returns (factsheet, mails sent) pairs."""
    today = today or timezone.localdate()
    sent = []
    for period in Period.objects.open():
        existing = {f.pillar_id: f for f in Factsheet.objects.filter(period=period).select_related("pillar")}
        due = period.deadline is not None and period.deadline <= today + timedelta(days=days)
        for pillar in Pillar.objects.all():
            factsheet = existing.get(pillar.pk) or Factsheet(pillar=pillar, period=period)
            waits_for_ambassador = factsheet.is_started and factsheet.state == State.SUBMITTED
            if waits_for_ambassador or (due and factsheet.state in EDITABLE_STATES):
                sent.append((factsheet, send_factsheet_reminder(factsheet=factsheet)))
    return sent
