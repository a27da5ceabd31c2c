"""Settings of the load scenario's gunicorn: the app's own settings plus the baseline page's URL."""

from woondeal.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.load_urls"
# The demo accounts have no authenticator app; the scenario measures pages, not the second login step.
TWO_FACTOR_REQUIRED = False
