"""Records that carry history are ended or superseded, never deleted.

One guard for the ORM, the model and the admin: a model's queryset names the rows that are kept
(``kept()``); deleting such a row, one at a time or in bulk, raises a ``ValidationError`` with a Dutch message,
and the admin offers no delete for it. Cascades that would take history along are ``on_delete=PROTECT``.
"""

from django.core.exceptions import ValidationError
from django.db import models

KEPT_RECORD = "Dit gegeven hoort bij de geschiedenis van de Woondeal en kan niet worden verwijderd."


class KeptQuerySet(models.QuerySet):
    def kept(self) -> models.QuerySet:
        """The rows that may never be deleted. Subclasses narrow this; by default every row is kept."""
        return self.all()

    def delete(self):
        if self.kept().exists():
            raise ValidationError(getattr(self.model, "deletion_refusal", KEPT_RECORD))
        return super().delete()

    delete.alters_data = True
    delete.queryset_only = True


class KeptRecord(models.Model):
    """Abstract base: ``delete()`` refuses a row that its queryset's ``kept()`` names."""

    deletion_refusal = KEPT_RECORD

    class Meta:
        abstract = True

    def is_kept(self) -> bool:
        return self.pk is not None and type(self)._default_manager.filter(pk=self.pk).kept().exists()

    def delete(self, *args, **kwargs):
        if self.is_kept():
            raise ValidationError(self.deletion_refusal)
        return super().delete(*args, **kwargs)


class KeptRecordAdmin:
    """Admin mixin: no delete button for a kept row and no bulk delete (which could hit kept rows)."""

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_kept():
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions
