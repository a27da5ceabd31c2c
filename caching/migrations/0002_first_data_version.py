import uuid

from django.db import migrations


def create_row(apps, schema_editor):
    apps.get_model("caching", "DataVersion").objects.get_or_create(pk=1, defaults={"token": uuid.uuid4().hex})


def delete_row(apps, schema_editor):
    apps.get_model("caching", "DataVersion").objects.filter(pk=1).delete()


class Migration(migrations.Migration):
    dependencies = [("caching", "0001_data_version")]

    operations = [migrations.RunPython(create_row, delete_row)]
