"""Settings for Woondeal Monitor: one file, driven by environment variables with safe defaults.

Every variable is listed in `.env.example`. Nothing exists only in production.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
import plotly
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and env_bool("WOONDEAL_REQUIRE_SECRET_KEY", False):
        raise ImproperlyConfigured("SECRET_KEY ontbreekt.")
    # Development and tests only: a fixed, clearly insecure key. Production sets SECRET_KEY.
    SECRET_KEY = "django-insecure-woondeal-development-key-not-for-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_tables2",
    # Not "rest_framework": its Dutch catalogue would replace Django's form messages ("Dit veld is verplicht.");
    # the API renders JSON only and needs none of its templates or translations.
    "drf_spectacular",
    "django_filters",
    "simple_history",
    "solo",  # singletons (MonitorSettings): only its admin templates; SOLO_CACHE stays off (see below)
    "csp",
    "django_tasks",
    "django_tasks_db",
    "caching",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_static",
    "django_otp.plugins.otp_totp",
    "two_factor",
    "accounts",
    "jobs",
    "agreements",
    "monitor",
    "tempotafels",
    "governance",
    "programme",
    "reports",
    "portal",
    "public",
    "api",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "caching.middleware.DataVersionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.DutchNotFoundMiddleware",
    "accounts.middleware.SessionIdleTimeoutMiddleware",
    "accounts.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a lockout into the Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "woondeal.urls"
WSGI_APPLICATION = "woondeal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.navigation",
                "agreements.context_processors.demo_data",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every transaction takes SQLite's write lock when it begins, and a second writer waits for it (up to
    # "timeout" seconds) instead of failing with "database is locked" halfway: of two simultaneous saves
    # one wins and the other then sees the new version and gets the conflict page.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches. Cached pages are keyed by the data version in the database (see caching/pages.py), so a cache per
# process is correct on any number of servers; a shared cache (CACHE_BACKEND=django.core.cache.backends.db.
# DatabaseCache with CACHE_LOCATION=woondeal_cache after `manage.py createcachetable`, or Redis) only saves work.
CACHES = {
    "default": {
        "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
        "LOCATION": os.environ.get("CACHE_LOCATION", "woondeal"),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "500"))},
    }
}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# django-solo reads singletons (MonitorSettings) from the database every time: its cache would be this process's
# memory (locmem above), and a setting changed on one app server must count on every server at once.
SOLO_CACHE = None

# Background work (publishing, PDF previews, large imports): django-tasks with its database backend, run by
# `manage.py run_worker` (`make run` starts one). The queue lives in the database, so any number of app servers
# and workers share it without another server.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# A running job's worker writes a heartbeat this often; a job silent for JOBS_STALE_SECONDS has lost its worker
# and is shown as failed ("onderbroken"), so the user can start it again.
JOBS_HEARTBEAT_SECONDS = int(os.environ.get("JOBS_HEARTBEAT_SECONDS", "10"))
JOBS_STALE_SECONDS = int(os.environ.get("JOBS_STALE_SECONDS", "60"))
# The worker (`manage.py run_worker`) looks for jobs of stopped workers this often, and once a day prunes
# finished jobs: generated files after JOBS_KEEP_FILE_DAYS, the jobs after JOBS_KEEP_DAYS, the task queue's
# finished rows after JOBS_KEEP_TASK_DAYS (see jobs/recovery.py for what is kept).
JOBS_RECOVERY_SECONDS = int(os.environ.get("JOBS_RECOVERY_SECONDS", "30"))
JOBS_KEEP_FILE_DAYS = int(os.environ.get("JOBS_KEEP_FILE_DAYS", "7"))
JOBS_KEEP_DAYS = int(os.environ.get("JOBS_KEEP_DAYS", "365"))
JOBS_KEEP_TASK_DAYS = int(os.environ.get("JOBS_KEEP_TASK_DAYS", "30"))

AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked-out user or IP address before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes, counted in the database so every app server sees the same count): after
# LOGIN_FAILURE_LIMIT failed attempts for one username, or from one IP address, further attempts are refused
# for LOGIN_COOLOFF_MINUTES; functioneel beheer can lift a block earlier in the admin ("Inlogblokkades").
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# Logins, failures and blocks are written once, to the audit trail (accounts.SecurityEvent); axes keeps only
# the counts it needs for the blocks.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_ENABLE_ADMIN = False  # accounts.admin shows the blocks in Dutch, with an "unlock" action
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_VERBOSE = False
# Behind a reverse proxy the client is the left-most address the proxy adds; otherwise the socket's peer.
AXES_IPWARE_PROXY_COUNT = 1 if env_bool("BEHIND_PROXY", False) else None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if env_bool("BEHIND_PROXY", False) else ["REMOTE_ADDR"]
)

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# plotly.js comes from the installed plotly package, so the browser bundle always matches the Python version.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/plotly", Path(plotly.__file__).parent / "package_data"),
]
# Hashed, compressed static files once `collectstatic` has written its manifest (production); until then
# (development, tests, a command run on a fresh checkout) the plain storage, served through the finders.
STATIC_MANIFEST_READY = (STATIC_ROOT / "staticfiles.json").exists()
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": os.environ.get(
            "STATICFILES_BACKEND",
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST_READY
            else "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG or not STATIC_MANIFEST_READY)

# Security. Production runs behind TLS; local development (DEBUG) may run over plain http.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_AGE = 60 * 60 * 10  # one working day at most
# Idle timeout: a session unused for this many minutes ends (accounts.middleware); the login page says why.
SESSION_IDLE_TIMEOUT_MINUTES = int(os.environ.get("SESSION_IDLE_TIMEOUT_MINUTES", "30"))

# Two-factor authentication (TOTP with recovery codes, django-two-factor-auth on django-otp) for the core team
# and functioneel beheer. Required by default in production; `make run` (DEBUG) lets the demo accounts in with
# a password only. Every user may switch it on for their own account.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", not DEBUG)
TWO_FACTOR_LOGIN_TIMEOUT = 600
TWO_FACTOR_REMEMBER_COOKIE_AGE = None  # every login asks for the code; no "remember this device"
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Woondeal Monitor")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Map tiles for the location map (a setting, not code): PDOK BRT-Achtergrondkaart by default.
# The public site (/openbaar/) and the API's public reads: off unless switched on (issue 17).
PUBLIC_SITE = env_bool("PUBLIC_SITE", False)

MAP_TILE_URL = os.environ.get(
    "MAP_TILE_URL",
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
)
MAP_TILE_ORIGIN = os.environ.get("MAP_TILE_ORIGIN", "https://service.pdok.nl")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # plotly.js sets inline styles on its SVG elements.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *([MAP_TILE_ORIGIN] if MAP_TILE_ORIGIN else [])],
        "font-src": ["'self'"],
        # maplibre (plotly's map) fetches the tiles, so the tile origin is a connect source too.
        "connect-src": ["'self'", *([MAP_TILE_ORIGIN] if MAP_TILE_ORIGIN else [])],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Woondeal Monitor <noreply@woondeal.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# The read-only API /api/v1 (issue 17): Django REST framework with drf-spectacular for the OpenAPI document.
API_RATE_ANONYMOUS = os.environ.get("API_RATE_ANONYMOUS", "120/minute")  # per IP address, without a key
API_RATE_KEY = os.environ.get("API_RATE_KEY", "600/minute")  # per API key
API_CONTACT_EMAIL = os.environ.get("API_CONTACT_EMAIL", "kernteam@woondeal.example.nl")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pages",
    "DEFAULT_THROTTLE_CLASSES": ["api.access.AnonymousPerAddress", "api.access.PerKey"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.problems.problem_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Woondeal Monitor API",
    "DESCRIPTION": (
        "Alleen-lezen API van de Woondeal regio Arnhem-Nijmegen: pijlers, afspraken, halfjaren met de "
        "stoplichten en de indicatoren per gebied, gepubliceerde voortgangsrapportages en Tempotafels. "
        "Gepubliceerde gegevens zijn zonder sleutel op te vragen als de openbare site aan staat; al het "
        "andere vraagt een API-sleutel (Authorization: Bearer <sleutel>) en toont wat de gebruiker van die "
        "sleutel op de site ziet. Open data: licentie CC0 1.0."
    ),
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "CONTACT": {"name": "Ambtelijk Kernteam Woondeal", "email": API_CONTACT_EMAIL, "url": SITE_URL},
    "LICENSE": {"name": "CC0-1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
    "SERVERS": [{"url": SITE_URL.rstrip("/") + "/api/v1", "description": "Deze installatie"}],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.complete_for_api_design_rules",
    ],
}

# Uploaded spreadsheets (monitor files, register imports): checked in the web process (agreements/uploads),
# then parsed in a child process with a memory and time limit, so no file can take down or stall a worker.
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
UPLOAD_MAX_UNCOMPRESSED_BYTES = int(os.environ.get("UPLOAD_MAX_UNCOMPRESSED_BYTES", str(200 * 1024 * 1024)))
UPLOAD_MAX_ROWS = int(os.environ.get("UPLOAD_MAX_ROWS", "100000"))
UPLOAD_MAX_COLUMNS = int(os.environ.get("UPLOAD_MAX_COLUMNS", "200"))
UPLOAD_READER_MEMORY_BYTES = int(os.environ.get("UPLOAD_READER_MEMORY_BYTES", str(1024 * 1024 * 1024)))
UPLOAD_READER_SECONDS = float(os.environ.get("UPLOAD_READER_SECONDS", "30"))
DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# /.well-known/security.txt (RFC 9116) and the accessibility statement (toegankelijkheidsverklaring).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:security@woondeal.example")
SECURITY_POLICY_URL = os.environ.get("SECURITY_POLICY_URL", "")
# An explicit expiry (ISO date) for security.txt; unset, it lies 180 days after each request.
SECURITY_TXT_EXPIRES = (
    datetime.datetime.fromisoformat(os.environ["SECURITY_TXT_EXPIRES"]).replace(tzinfo=datetime.UTC)
    if os.environ.get("SECURITY_TXT_EXPIRES")
    else None
)
ACCESSIBILITY_CONTACT = os.environ.get("ACCESSIBILITY_CONTACT", "toegankelijkheid@woondeal.example")
ACCESSIBILITY_STATEMENT_DATE = os.environ.get("ACCESSIBILITY_STATEMENT_DATE", "1 december 2026")

# PDF rendering runs in a child process with these limits; past them the user gets a Dutch refusal.
# Below gunicorn's --timeout (60 s, docs/operations.md), so a web worker answers with the Dutch message itself.
PDF_RENDER_SECONDS = int(os.environ.get("PDF_RENDER_SECONDS", "45"))
PDF_RENDER_MAX_MB = int(os.environ.get("PDF_RENDER_MAX_MB", "1024"))

# Chart export for the PDF (kaleido drives this browser).
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

DJANGO_TABLES2_TEMPLATE = "django_tables2/semantic.html"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
