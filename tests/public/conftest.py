"""The public site's fixtures: a published half year with people in it (``tests/public/world.py``)."""

from tests.public.world import people, public_site, published  # noqa: F401
