"""Every free-text field has a sensible maximum, in the model and in the form (issue 11, defect 3)."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from agreements.fields import PROGRESS_TEXT, LimitedTextField
from agreements.models import AgreementStatus
from tests.agreements.factories import AgreementStatusFactory, agreement_13, periods

pytestmark = pytest.mark.django_db


def test_a_megabyte_of_progress_text_is_refused_with_the_field_named(client, kernteam, other_pillar):
    periods(3)
    agreement_13(other_pillar)
    client.force_login(kernteam)
    data = {"colour": "groen", "phase": "in_uitvoering", "progress": "x" * 1_000_000, "version": "0"}
    response = client.post(reverse("agreements:status_edit", args=[13]), data)
    assert response.status_code == 200
    assert f"Zorg dat deze waarde niet meer dan {PROGRESS_TEXT} tekens bevat" in response.content.decode()
    assert not AgreementStatus.objects.exists()


def test_the_model_refuses_an_overlong_text_outside_any_form(pillar):
    status = AgreementStatusFactory.build(
        agreement=agreement_13(pillar), period=periods(1)[0], progress="x" * (PROGRESS_TEXT + 1)
    )
    with pytest.raises(ValidationError) as refused:
        status.full_clean()
    assert "progress" in refused.value.message_dict


def test_every_free_text_field_is_bounded_on_the_model_too():
    # Every app of ours; jobs only stores the app's own error messages.
    ours = {
        "accounts",
        "agreements",
        "monitor",
        "tempotafels",
        "governance",
        "programme",
        "reports",
        "portal",
        "caching",
        "demo",
    }
    unbounded = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        if model._meta.app_label in ours and not model._meta.proxy  # a proxy's fields are its library's
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField) and not isinstance(field, LimitedTextField)
    ]
    assert unbounded == []
