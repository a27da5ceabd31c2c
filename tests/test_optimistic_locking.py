"""One optimistic lock for every model that people edit at the same time, the admin included."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.forms.models import model_to_dict
from django.test import RequestFactory

from agreements.versioning import Versioned, VersionedAdmin, VersionedQuerySet
from tempotafels.models import Action
from tests.tempotafels.factories import ActionFactory

VERSIONED = [model for model in apps.get_models() if issubclass(model, Versioned)]


def test_the_edited_models_share_the_versioned_base():
    names = {model.__name__ for model in VERSIONED}
    assert {"AgreementStatus", "Tempotafel", "Meeting", "Action", "Factsheet", "ProgressReport"} <= names
    for model in VERSIONED:
        assert isinstance(model._default_manager.all(), VersionedQuerySet), model


@pytest.mark.parametrize(
    "model", [m for m in VERSIONED if m in admin.site._registry], ids=lambda m: m.__name__
)
def test_every_admin_of_a_versioned_model_claims_the_version(model):
    assert isinstance(admin.site._registry[model], VersionedAdmin)


def test_inlines_of_versioned_models_claim_the_version_too():
    for model_admin in admin.site._registry.values():
        for inline in model_admin.inlines:
            if issubclass(inline.model, Versioned):
                assert issubclass(inline, VersionedAdmin), inline


def admin_form(obj, user, *, seen: int):
    request = RequestFactory().get("/")
    request.user = user
    form_class = admin.site._registry[type(obj)].get_form(request, obj, change=True)
    data = {**model_to_dict(obj, fields=list(form_class.base_fields)), "seen_version": seen}
    return form_class(data=data, instance=obj)


@pytest.mark.django_db
def test_an_admin_save_claims_the_version_it_was_shown(beheerder):
    action = ActionFactory()
    form = admin_form(action, beheerder, seen=1)
    assert form.is_valid(), form.errors
    assert Action.objects.get(pk=action.pk).version == 2


@pytest.mark.django_db
def test_a_stale_admin_form_does_not_overwrite_a_newer_save(beheerder):
    action = ActionFactory(description="Eerste versie")
    Action.objects.filter(pk=action.pk).claim(1, description="Versie van een collega")
    form = admin_form(action, beheerder, seen=1)
    assert not form.is_valid()
    assert "Iemand anders heeft dit intussen gewijzigd" in str(form.non_field_errors())
    assert Action.objects.get(pk=action.pk).description == "Versie van een collega"
