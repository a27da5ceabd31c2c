"""The monitor's settings are one row (django-solo): functioneel beheer edits it in the admin as one form, with no
list, no second row and no delete; the dashboard reads the same row on every server (no per-process cache)."""

import pytest
from django.urls import reverse

from monitor.models import MonitorSettings

pytestmark = pytest.mark.django_db


def test_the_admin_edits_the_one_settings_row(client, beheerder):
    client.force_login(beheerder)
    url = reverse("admin:monitor_monitorsettings_change")
    assert url == "/beheer/monitor/monitorsettings/"  # the admin index links straight to the form
    assert 'name="realised_source"' in client.get(url).content.decode()
    response = client.post(url, {"realised_source": MonitorSettings.RealisedSource.PLANS}, follow=True)
    assert "Instellingen monitor zijn opgeslagen." in response.content.decode()
    assert list(MonitorSettings.objects.values_list("pk", "realised_source")) == [(1, "plans")]
    assert client.get(reverse("admin:monitor_monitorsettings_add")).status_code == 403
    assert (
        client.post(reverse("admin:monitor_monitorsettings_delete", args=[1]), {"post": "yes"}).status_code
        == 403
    )
    assert MonitorSettings.objects.count() == 1


def test_a_saved_row_is_row_one_and_is_read_fresh_every_time():
    MonitorSettings(realised_source=MonitorSettings.RealisedSource.PLANS).save()  # a second row cannot exist
    MonitorSettings.objects.filter(pk=1).update(realised_source=MonitorSettings.RealisedSource.COMPLETIONS)
    assert MonitorSettings.objects.count() == 1
    assert MonitorSettings.get_solo().realised_source == MonitorSettings.RealisedSource.COMPLETIONS
