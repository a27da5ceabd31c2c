"""Free text with a maximum, enforced in the model (``full_clean``) and in every form built from it."""

from django.core.validators import MaxLengthValidator
from django.db import models

# Sensible maxima (characters). A status or factsheet text is read on paper: a few paragraphs, not a book.
SHORT_TEXT = 1_000
MEDIUM_TEXT = 3_000
LONG_TEXT = 6_000


class LimitedTextField(models.TextField):
    """A ``TextField`` whose ``max_length`` is checked on the model too (Django checks it only in forms)."""

    def __init__(self, *args, max_length: int, **kwargs):
        super().__init__(*args, max_length=max_length, **kwargs)
        self.validators.append(MaxLengthValidator(max_length))
