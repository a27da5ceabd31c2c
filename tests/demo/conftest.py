"""The demo data, seeded once per test module: each test runs in its own transaction on top of it.

Seeding takes a few seconds. ``demo_data`` seeds inside a transaction that stays open while the module's tests
run and is rolled back after the last one, so the next module starts from an empty database again. Each test
that asks for ``seeded`` runs inside a savepoint of that transaction (pytest-django's ``db``), so what one
test writes is gone before the next starts. A test of a fresh seed itself (another password, a first run)
belongs in a module that does not use ``seeded``.
"""

import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """``seed_demo_data``'s summary; the data stays for the module's tests and is rolled back after them."""
    module_transaction = transaction.atomic()
    with django_db_blocker.unblock():
        module_transaction.__enter__()
        try:
            out = StringIO()
            call_command("seed_demo_data", stdout=out)
        except BaseException:
            module_transaction.__exit__(*sys.exc_info())
            raise
    try:
        yield out.getvalue()
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def seeded(demo_data, db):
    """The demo data for one test, which runs in its own savepoint; returns the seed's printed summary."""
    return demo_data
