"""Workflows that write agreements and statuses: saving a status without lost updates, and loading the
register from Excel (stage the checked file, confirm it)."""

import datetime
import hashlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User

from .models import Agreement, AgreementStatus, Period, RegisterUpload
from .register import RegisterPlan, read_register
from .uploads import UploadRefused

ABANDONED_AFTER = datetime.timedelta(days=1)


class StatusConflict(Exception):
    """Someone else saved this status after the editor loaded it; ``stored`` is what is in the database now."""

    def __init__(self, stored: AgreementStatus | None):
        super().__init__("De status is intussen door iemand anders gewijzigd.")
        self.stored = stored


class StatusLocked(Exception):
    """Nobody may change this status now (no open period, or the pillar's approved factsheet holds its
    lights); the message says why, in Dutch."""


@dataclass(frozen=True)
class StatusEdit:
    """Leave for ``user`` to edit the status of ``agreement`` in ``period``. Only ``open_status_edit`` makes
    one, after asking the rules; ``save_status`` writes with it and asks nothing again."""

    agreement: Agreement
    period: Period
    user: User


def status_lock(*, agreement: Agreement, period: Period | None) -> str:
    """Why the status of ``agreement`` in ``period`` cannot change now, for anyone (Dutch), or ""."""
    if period is None:
        return "Er is geen open periode; statussen kunnen nu niet worden gewijzigd."
    if not period.is_open:
        return f"De periode {period.label} is gesloten; de statussen zijn alleen nog te lezen."
    if agreement.pillar.is_locked_for(period):
        return (
            f"De factsheet van pijler {agreement.pillar.number} voor {period.label} is goedgekeurd of definitief "
            "vastgesteld; de stoplichten van deze pijler liggen daarmee vast. Het Ambtelijk Kernteam kan de "
            "factsheet heropenen als er toch iets moet veranderen."
        )
    return ""


def open_status_edit(*, user: User, agreement: Agreement, period: Period | None) -> StatusEdit:
    """The one place where editing a status is allowed or refused: ``PermissionDenied`` when ``user`` may not
    edit this agreement's status (the pillar rule, ``Agreement.is_status_editable_by``), ``StatusLocked``
    when nobody may now (``status_lock``)."""
    if not agreement.is_status_editable_by(user):
        raise PermissionDenied("U mag de status van deze afspraak niet wijzigen.")
    if lock := status_lock(agreement=agreement, period=period):
        raise StatusLocked(lock)
    return StatusEdit(agreement=agreement, period=period, user=user)


@transaction.atomic
def save_status(*, edit: StatusEdit, values: dict, expected_version: int) -> AgreementStatus:
    """Save the status ``edit`` opened if nobody changed it since ``expected_version`` (0: the editor saw no
    status yet). Raises ``StatusConflict`` otherwise, writing nothing.

    The claim (``agreements.versioning``) takes the row; the following ``save()`` writes the values and the
    history record with the user, in the same transaction."""
    rows = AgreementStatus.objects.filter(agreement=edit.agreement, period=edit.period)
    if expected_version == 0:
        status = AgreementStatus(agreement=edit.agreement, period=edit.period, version=1)
    else:
        if not rows.claim(expected_version):
            raise StatusConflict(rows.select_related("updated_by").first())
        status = rows.get()
    for name in AgreementStatus.EDITED_FIELDS:
        setattr(status, name, values[name])
    status.updated_by = edit.user
    status._history_user = edit.user
    try:
        with transaction.atomic():
            status.save()
    except IntegrityError as error:  # a first status that someone else created meanwhile
        raise StatusConflict(rows.select_related("updated_by").first()) from error
    return status


@transaction.atomic
def apply_register_plan(*, plan, user) -> list[Agreement]:
    """Write a confirmed register plan (``register.read_register``): create or update each changed
    agreement, with history records under ``user``. Returns the agreements written."""
    if plan.errors:
        raise ValueError("Een register met fouten wordt niet ingelezen.")
    existing = Agreement.objects.in_bulk([change.number for change in plan.changes], field_name="number")
    touched = []
    for change in plan.changes:
        values = dict(change.values)
        organisations = values.pop("organisations")
        agreement = existing.get(change.number) or Agreement(number=change.number)
        for name, value in values.items():
            setattr(agreement, name, value)
        agreement.is_illustrative = False  # read from the real register: no longer a demo subject
        agreement._history_user = user
        agreement.full_clean(validate_unique=False)
        agreement.save()
        agreement.organisations.set(organisations)
        touched.append(agreement)
    return touched


def stage_register_upload(
    *, content: bytes, filename: str, user
) -> tuple[RegisterPlan, RegisterUpload | None]:
    """Read and check a register file (writes no agreement). A file with changes and without errors is
    staged for confirmation, replacing the uploader's earlier staged file. Raises :class:`UploadRefused`."""
    plan = read_register(content)
    RegisterUpload.objects.filter(uploaded_at__lt=timezone.now() - ABANDONED_AFTER).delete()
    RegisterUpload.objects.filter(uploaded_by=user).delete()
    if plan.errors or not plan.changes:
        return plan, None
    staged = RegisterUpload.objects.create(
        filename=filename[:255],
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        fingerprint=plan.fingerprint,
        uploaded_by=user,
    )
    return plan, staged


@transaction.atomic
def confirm_register_upload(*, upload_id: int, user) -> tuple[RegisterPlan, list[Agreement] | None]:
    """Read the staged file again and write it when it still shows the changes of the preview: (plan,
    agreements written). When the register changed since the preview nothing is written: (new plan, None),
    and the file waits for confirmation of the new plan. Raises :class:`UploadRefused` when nothing is staged
    (or the file no longer reads)."""
    staged = RegisterUpload.objects.select_for_update().filter(pk=upload_id, uploaded_by=user).first()
    if staged is None:
        raise UploadRefused("Er staat geen gecontroleerd bestand klaar; upload het bestand opnieuw.")
    try:
        plan = read_register(bytes(staged.content))
    except UploadRefused:
        staged.delete()
        raise
    if plan.errors or plan.fingerprint != staged.fingerprint:
        if plan.errors:
            staged.delete()
        else:
            RegisterUpload.objects.filter(pk=staged.pk).update(fingerprint=plan.fingerprint)
        return plan, None
    touched = apply_register_plan(plan=plan, user=user)
    staged.delete()
    return plan, touched


def cancel_register_upload(*, upload_id: int | None, user) -> None:
    RegisterUpload.objects.filter(pk=upload_id, uploaded_by=user).delete()
