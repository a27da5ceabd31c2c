"""Free text with a maximum, enforced in the model (``full_clean``) and in every form built from it."""

from django.core.validators import MaxLengthValidator
from django.db import models

# Sensible maxima (characters). A status or factsheet text is read on paper: a few paragraphs, not a book.
SHORT_TEXT = 1_000
MEDIUM_TEXT = 3_000
LONG_TEXT = 6_000
# A status's progress text is printed twice in the half-yearly report (in its pillar's factsheet and in the annex)
# for each of the deal's agreements, so it is kept shorter: the report with every text at its maximum must
# still render within PDF_RENDER_SECONDS.
PROGRESS_TEXT = 1_500


class LimitedTextField(models.TextField):
    """A ``TextField`` whose ``max_length`` is checked on the model too (Django checks it only in forms)."""

    def __init__(self, *args, max_length: int, **kwargs):
        super().__init__(*args, max_length=max_length, **kwargs)
        self.validators.append(MaxLengthValidator(max_length))
