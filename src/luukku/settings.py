"""Settings for Luukku, read from the environment with safe development defaults.

Every setting an operator may change is documented in README.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env("LUUKKU_DATA_DIR", str(Path.cwd() / "var"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", default=not env("SECRET_KEY"))
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "luukku.core",
    "luukku.organisation",
    "luukku.catalogue",
    "luukku.customers",
    "luukku.cases",
    "luukku.channels",
    "luukku.knowledge",
    "luukku.servicelevels",
    "luukku.search",
    "luukku.privacy",
    "luukku.appointments",
    "luukku.insights",
    "luukku.staffing",
    "luukku.api",
    "luukku.web",
    "luukku.public",
    "luukku.demo",
    # Last, so that luukku.core's widget templates (templates/django/forms/) come first.
    "django.forms",
]
# Form widgets are rendered with the project's template engine (cached, app templates).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "luukku.api.middleware.ApiLanguageMiddleware",
    "luukku.api.middleware.Open311Middleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "luukku.urls"
WSGI_APPLICATION = "luukku.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "luukku.core.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'luukku.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers work while one writer writes; IMMEDIATE takes the write
        # lock at BEGIN so that two writers queue instead of failing mid-transaction.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "organisation.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:inbox"
LOGOUT_REDIRECT_URL = "web:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fi",), "fi": ("sv", "en")}
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(DATA_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# WhiteNoise serves the collected, fingerprinted static files in production
# (`luukku collectstatic`); in development runserver serves them from the apps.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(DATA_DIR / "media")))
# Uploaded files are personal data: no URL route serves this prefix; files are served
# only through views that check access.
MEDIA_URL = "/private-media/"

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(DATA_DIR / "sent-mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", "Vuokselan asiakaspalvelu <asiakaspalvelu@vuoksela.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "30"))
# Outgoing mail is tried this many times, waiting longer after each failure.
MAIL_SEND_ATTEMPTS = int(env("MAIL_SEND_ATTEMPTS", "5"))
MAIL_RETRY_SECONDS = int(env("MAIL_RETRY_SECONDS", "60"))
# How often `luukku worker` fetches the IMAP mailboxes (seconds; 0 turns fetching off).
MAIL_FETCH_INTERVAL = int(env("MAIL_FETCH_INTERVAL", "60"))
IMAP_TIMEOUT = int(env("IMAP_TIMEOUT", "30"))
# How often `luukku worker` looks for service-level warnings, breaches and overdue
# escalations (seconds; 0 turns it off).
SERVICE_LEVEL_CHECK_INTERVAL = int(env("SERVICE_LEVEL_CHECK_INTERVAL", "60"))
# The jurisdiction_id Open311 clients may send (GeoReport v2); others are refused.
OPEN311_JURISDICTION_ID = env("OPEN311_JURISDICTION_ID", "vuoksela.example")
# Rate limits on the public write endpoints (django-ratelimit's "count/period", e.g. 30/10m):
# filing through Open311, per API key, and the citizens' forms, per address.
OPEN311_RATE_LIMIT = env("OPEN311_RATE_LIMIT", "120/m")
# How long each process keeps the small lists pages read on every request (seconds):
# requestable services, staff, teams, services, routing rules (core.reference).
CATALOGUE_CACHE_SECONDS = int(env("CATALOGUE_CACHE_SECONDS", "60"))
FORM_RATE_LIMIT = env("FORM_RATE_LIMIT", "30/10m")
# Behind a reverse proxy, the request header that holds the client's address
# (e.g. HTTP_X_REAL_IP); by default the connection's own address.
RATELIMIT_IP_META_KEY = env("CLIENT_IP_HEADER") or None
# The counters live in the cache: one process's memory by default; several processes need
# a shared one (CACHE_BACKEND=django.core.cache.backends.db.DatabaseCache, CACHE_LOCATION=
# luukku_cache after `luukku createcachetable`).
CACHES = {
    "default": {
        "BACKEND": env("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
        "LOCATION": env("CACHE_LOCATION", "luukku"),
    }
}

# The REST API at /api/v1/: personal API tokens (or a signed-in session, for the
# documentation page's "Try it out"); the person's own rights; JSON in and out.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "luukku.api.rest.authentication.PersonalTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "luukku.api.rest.schema.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "luukku.api.rest.pagination.Pagination",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Luukku REST API",
    "DESCRIPTION": "For staff integrations: cases, customers, services, knowledge. "
    "Authenticate with a personal API token: `Authorization: Bearer lk_…`.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ChannelEnum": "luukku.cases.models.Channel",
        "StaffChannelEnum": "luukku.api.rest.serializers.STAFF_CHANNELS",
        "LanguageEnum": "luukku.knowledge.models.LANGUAGES",
        "StatusEnum": "luukku.cases.models.Status",
    },
}

# Metrics (docs/metrics.md): how often `luukku worker` counts the days the timeline has
# touched into the dashboard's rollups (seconds; 0 turns it off).
METRICS_ROLLUP_INTERVAL = int(env("METRICS_ROLLUP_INTERVAL", "300"))

# Appointments and callbacks (docs/appointments.md). How often `luukku worker` sends the
# reminders of tomorrow's appointments (seconds; 0 turns them off), and how long before an
# appointment its reminder goes.
APPOINTMENT_REMINDER_INTERVAL = int(env("APPOINTMENT_REMINDER_INTERVAL", "300"))
APPOINTMENT_REMINDER_HOURS = int(env("APPOINTMENT_REMINDER_HOURS", "24"))
# The address of a video meeting; {room} becomes a random room name per appointment.
VIDEO_MEETING_URL = env("VIDEO_MEETING_URL", "https://video.vuoksela.example/{room}")
# Callbacks: attempts before giving up, how many waiting callbacks one person's window
# takes, and the share to be first tried within the agreed window (%).
CALLBACK_MAX_ATTEMPTS = int(env("CALLBACK_MAX_ATTEMPTS", "3"))
CALLBACK_WINDOW_CAPACITY = int(env("CALLBACK_WINDOW_CAPACITY", "8"))
CALLBACK_TARGET_PERCENT = int(env("CALLBACK_TARGET_PERCENT", "90"))
# Text messages: a class with send(to, body); the default only logs (luukku.sms).
SMS_BACKEND = env("SMS_BACKEND", "luukku.core.sms.LoggingBackend")

# How many business hours an expert has to answer a consultation.
CONSULTATION_ANSWER_HOURS = float(env("CONSULTATION_ANSWER_HOURS", "16"))

# Background work (sending mail, fetching mail) runs in `luukku worker`, which takes
# jobs from the database; several workers on several servers share the queue.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# The absolute address citizens' private links point to (in e-mails).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The service centre's name in each language (pages, mail, calendar invitations); see
# luukku.core.site.service_centre_name. A city that names its centre in Finnish only gets that
# name in every language rather than the demo city's Swedish and English ones.
SERVICE_CENTRE_NAME = env("SERVICE_CENTRE_NAME", "Vuokselan kaupungin asiakaspalvelu")
_CENTRE_NAMED = "SERVICE_CENTRE_NAME" in os.environ
SERVICE_CENTRE_NAMES = {
    "fi": SERVICE_CENTRE_NAME,
    "sv": env(
        "SERVICE_CENTRE_NAME_SV",
        SERVICE_CENTRE_NAME if _CENTRE_NAMED else "Vuoksela stads kundtjänst",
    ),
    "en": env(
        "SERVICE_CENTRE_NAME_EN",
        SERVICE_CENTRE_NAME if _CENTRE_NAMED else "City of Vuoksela customer service",
    ),
}

# Attachments accepted from citizens and staff.
ATTACHMENT_MAX_BYTES = int(env("ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
ATTACHMENT_MAX_COUNT = int(env("ATTACHMENT_MAX_COUNT", "5"))
ATTACHMENT_TYPES = env_list(
    "ATTACHMENT_TYPES", "pdf,jpg,jpeg,png,gif,heic,txt,doc,docx,odt,xls,xlsx,ods"
)
DATA_UPLOAD_MAX_MEMORY_SIZE = ATTACHMENT_MAX_BYTES * ATTACHMENT_MAX_COUNT + 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0"))
if env_bool("TRUST_X_FORWARDED_PROTO", default=False):
    # Only behind a proxy that sets this header itself.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
# A form sent from an expired page gets the site's own page, in the reader's language.
CSRF_FAILURE_VIEW = "luukku.errors.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
FORMAT_MODULE_PATH = ["luukku.formats"]

# -- Issue 24, who sees what (docs/privacy.md "Who sees what") ---------------------------
# Need to know: a supervisor sees their own departments' sensitive cases (and those given to
# them as extra departments in the admin). A city that wants every supervisor to see every
# department's sensitive cases, as before, sets SUPERVISORS_SEE_ALL_SENSITIVE=1.
SUPERVISORS_SEE_ALL_SENSITIVE = env_bool("SUPERVISORS_SEE_ALL_SENSITIVE", default=False)
