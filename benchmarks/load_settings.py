"""Settings of the load scenario's gunicorn: the app's own settings plus the baseline page's URL."""

from woondeal.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.load_urls"
