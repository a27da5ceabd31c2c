"""Periods whose progress report was published before ``Period.published_at`` existed get its moment."""

from django.db import migrations


def mark_published(apps, schema_editor):
    Period = apps.get_model("agreements", "Period")
    ProgressReport = apps.get_model("reports", "ProgressReport")
    for report in ProgressReport.objects.filter(published_at__isnull=False).only("period_id", "published_at"):
        Period.objects.filter(pk=report.period_id, published_at__isnull=True).update(
            published_at=report.published_at
        )


def unmark(apps, schema_editor):
    apps.get_model("agreements", "Period").objects.update(published_at=None)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0006_deal_demo_data"),
        ("reports", "0001_initial"),
    ]

    operations = [migrations.RunPython(mark_published, unmark)]
