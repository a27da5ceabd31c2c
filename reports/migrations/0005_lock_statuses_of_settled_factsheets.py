"""The status lock moved into agreements (``StatusLock``): every factsheet that is approved or final gets the
lock it implied before, with who and when from the workflow step that settled it. The reverse removes them."""

from django.db import migrations

LOCKING_STATES = {"approved": "Factsheet goedgekeurd", "final": "Factsheet definitief"}


def lock_settled_factsheets(apps, schema_editor):
    Factsheet = apps.get_model("reports", "Factsheet")
    FactsheetTransition = apps.get_model("reports", "FactsheetTransition")
    StatusLock = apps.get_model("agreements", "StatusLock")
    for factsheet in Factsheet.objects.filter(state__in=LOCKING_STATES):
        # The step that locked: the last one into a locking state from outside them (approve, or finalise
        # on behalf); finalising an approved factsheet kept the lock it had.
        step = (
            FactsheetTransition.objects.filter(factsheet=factsheet, to_state__in=LOCKING_STATES)
            .exclude(from_state__in=LOCKING_STATES)
            .order_by("-at", "-id")
            .first()
        )
        StatusLock.objects.get_or_create(
            pillar_id=factsheet.pillar_id,
            period_id=factsheet.period_id,
            defaults={
                "reason": LOCKING_STATES[step.to_state if step else factsheet.state],
                "locked_by_id": step.by_id if step else factsheet.updated_by_id,
                "locked_at": step.at if step else factsheet.updated_at,
            },
        )


def unlock_all(apps, schema_editor):
    apps.get_model("agreements", "StatusLock").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0008_status_lock"),
        ("reports", "0004_kept_records_and_text_limits"),
    ]

    operations = [migrations.RunPython(lock_settled_factsheets, unlock_all)]
