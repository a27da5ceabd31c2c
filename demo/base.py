"""Helpers that let the demo seed run twice without changing anything the second time."""

from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def _differs(obj: models.Model, name: str, value: Any) -> bool:
    if isinstance(value, models.Model):
        return getattr(obj, f"{name}_id") != value.pk
    return getattr(obj, name) != value


def upsert(
    model: type[M],
    *,
    lookup: dict[str, Any],
    values: dict[str, Any],
    history_user: models.Model | None = None,
    validate: bool = True,
) -> M:
    """Create or update one row, and save only when something changed (so no new history rows)."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
    elif not any(_differs(obj, name, value) for name, value in values.items()):
        return obj
    else:
        for name, value in values.items():
            setattr(obj, name, value)
    if validate:
        obj.full_clean()
    if history_user is not None:
        obj._history_user = history_user
    obj.save()
    return obj
