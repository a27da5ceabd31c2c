"""Monitor import fixtures: the region's 18 municipalities."""

import pytest

from tests.monitor.region import create_region


@pytest.fixture
def region(db):
    return create_region()
