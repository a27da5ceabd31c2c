"""Optimistic locking: one mechanism for every row that two people may edit at the same time.

A form carries the ``version`` its user saw; the save claims that version with one conditional
``UPDATE ... SET version = version + 1 WHERE version = seen``. Of two simultaneous saves exactly one
claims the row (PostgreSQL keeps the claimed row locked until commit; SQLite takes the write lock at the
start of every transaction, see ``DATABASES`` in settings); the other claims nothing and is told so,
never silently overwritten. Used by the services of every app and by the admin (``VersionedAdminForm``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F

CONFLICT_MESSAGE = (
    "Iemand anders heeft dit intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen: "
    "bekijk de nieuwe versie en voer ze opnieuw in."
)


class VersionedQuerySet(models.QuerySet):
    def claim(self, expected: int | None, **changes) -> int:
        """Raise the version of the rows still at version ``expected`` (``None``: whatever their version) and
        write ``changes`` in the same UPDATE. Returns the number of rows claimed; 0: someone else was first."""
        rows = self if expected is None else self.filter(version=expected)
        return rows.update(version=F("version") + 1, **changes)


class Versioned(models.Model):
    """Abstract base of every model that is edited concurrently; its queryset must be a ``VersionedQuerySet``."""

    version = models.PositiveIntegerField("versie", default=1)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        abstract = True

    def claim(self, expected: int, *, conflict: str = CONFLICT_MESSAGE) -> None:
        """Claim this row at version ``expected`` (``self.version`` becomes the new version) or raise a
        ``ValidationError`` with code ``conflict`` and the Dutch message ``conflict``."""
        if not type(self)._default_manager.filter(pk=self.pk).claim(expected):
            raise ValidationError(conflict, code="conflict")
        self.version = expected + 1


class VersionedAdminForm(forms.ModelForm):
    """The admin's form for a ``Versioned`` model: it carries the version the editor saw and claims it after
    validation, inside the admin's transaction, so a second editor gets an error instead of overwriting."""

    conflict_message = (
        "Iemand anders heeft dit intussen gewijzigd. Open het opnieuw; uw wijziging is niet opgeslagen."
    )
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def _post_clean(self):
        super()._post_clean()  # model validation first: claim the version only for a save that will happen
        if not self.instance.pk or self.errors:
            return
        seen = self.cleaned_data.get("seen_version")
        try:
            if seen is None:
                raise ValidationError(self.conflict_message, code="conflict")
            self.instance.claim(seen, conflict=self.conflict_message)
        except ValidationError as error:
            self.add_error(None, error)


class VersionedAdmin:
    """Mixin for the ``ModelAdmin`` (or inline) of a ``Versioned`` model: its form claims the version the
    editor saw, and the version itself is shown, never edited."""

    form = VersionedAdminForm

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if "version" in fields else [*fields, "version"]
