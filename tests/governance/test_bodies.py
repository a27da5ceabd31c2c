"""The bodies of the governance ship as reference data and load repeatably."""

from django.core.management import call_command

from governance.models import Body


def test_the_four_bodies_are_reference_data(db):
    call_command("load_reference_data", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    assert list(Body.objects.values_list("kind", flat=True)) == ["bo", "do", "kernteam", "nier"]
    assert not Body.objects.filter(role_in_cycle="").exists()
