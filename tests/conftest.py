"""Shared test set-up: fast settings, role users, and a real browser (Debian's chromium via Playwright)."""

import os
import tempfile
from pathlib import Path

import pytest

from accounts.models import Role
from tests.factories import PillarFactory, UserFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses that by default.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_configure(config):
    """Test settings, applied before any request handler (the live server's included) is built."""
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # Tests log users in with force_login (no second factor); tests/security turn the requirement on.
    settings.TWO_FACTOR_REQUIRED = False
    # A shared, busy test machine renders the full report slowly; tests of the limit set their own.
    settings.PDF_RENDER_SECONDS = 600
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    # Background jobs run at once, inside the request that starts them; tests of the worker itself override this.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        # A file, as in production, not SQLite's shared memory: tests of simultaneous requests need its real
        # locking between connections. One file per process (pytest-django adds the xdist worker's name).
        name = Path(tempfile.gettempdir()) / f"woondeal-test-{os.getpid()}.sqlite3"
        database["TEST"] = {**database.get("TEST", {}), "NAME": str(name)}


@pytest.fixture
def pillar(db):
    return PillarFactory(number=3, name="Groen en circulair")


@pytest.fixture
def other_pillar(db):
    return PillarFactory(number=2, name="Betaalbaarheid")


@pytest.fixture
def kernteam(db):
    return UserFactory(username="kernteam", kernteam=True)


@pytest.fixture
def tempomaker(pillar):
    return UserFactory(username="tempomaker", role=Role.TEMPOMAKER, pillar=pillar)


@pytest.fixture
def other_tempomaker(other_pillar):
    return UserFactory(username="tempomaker2", role=Role.TEMPOMAKER, pillar=other_pillar)


@pytest.fixture
def ambassadeur(pillar):
    return UserFactory(username="ambassadeur", role=Role.AMBASSADEUR, pillar=pillar)


@pytest.fixture
def bestuur(db):
    return UserFactory(username="bestuur", bestuur=True)


@pytest.fixture
def partner(db):
    return UserFactory(username="partner", partner=True)


@pytest.fixture
def beheerder(db):
    return UserFactory(username="beheer", beheerder=True)


# --- Browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Browser tests need Debian's chromium at {CHROMIUM}: run `apt-get install chromium` "
            "(make test does this when run as root)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """``new_page(user)`` → a Playwright page logged in as that user (or anonymous), at the live server."""
    from django.conf import settings as django_settings
    from django.test import Client

    contexts = []

    def make(user=None):
        context = browser.new_context(base_url=live_server.url, locale="nl-NL")
        context.set_default_timeout(10_000)
        contexts.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
            context.add_cookies(
                [{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}]
            )
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
