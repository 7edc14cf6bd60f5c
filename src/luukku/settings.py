"""Settings for Luukku, read from the environment with safe development defaults.

Every setting an operator may change is documented in README.md.
"""

import base64
import datetime as dt
import hashlib
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

# Security headers and production start (issue 24): a server started without SECRET_KEY
# refuses to start unless DEBUG=1 is set explicitly, so a production server can never run
# with the public development key and Django's debug pages by omission.
DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. A server needs its own secret key: set SECRET_KEY "
            "(e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(50))'). On a "
            "developer's machine, set DEBUG=1 to run with the development key "
            "(`make run` makes a key of its own into var/secret-key)."
        )
    SECRET_KEY = "development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Daphne first: its `runserver` serves HTTP and WebSockets (ASGI) in one process.
    "daphne",
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
    "luukku.queueing",
    "luukku.chat",
    "luukku.commerce",
    "luukku.bookings",
    "luukku.keys",
    "luukku.feedback",
    "luukku.relationships",
    "luukku.insights",
    "luukku.staffing",
    "luukku.api",
    "luukku.web",
    "luukku.public",
    "luukku.demo",
    # Staff sign-in (issue 24): lockout per account, two-factor sign-in.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
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
    # Staff sign-in (issue 24): the second factor, session limits, then the lockout answer.
    "django_otp.middleware.OTPMiddleware",
    "luukku.web.signin.SessionLimitMiddleware",
    "luukku.web.signin.TwoFactorRequiredMiddleware",
    "axes.middleware.AxesMiddleware",
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

# -- Realtime (queue screens, chat): Django Channels over ASGI; docs/queue.md ---------------------
# One process (`make run`) passes messages in memory; several app servers share Redis
# (REDIS_URL, e.g. redis://127.0.0.1:6379/0). The database stays the state: a message on the
# layer only tells a screen to read it again.
ASGI_APPLICATION = "luukku.asgi.application"
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "prefix": env("REDIS_PREFIX", "luukku")},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

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

# -- Staff sign-in (issue 24; README "Staff sign-in", docs/operations.md) --------------------
# Django's validators, strictly, and a list of breached and common passwords shipped in the
# package with Finnish and Swedish patterns (names, months, seasons followed by digits).
PASSWORD_MIN_LENGTH = int(env("PASSWORD_MIN_LENGTH", "12"))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "luukku.organisation.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "luukku.organisation.passwords.BreachedPasswordValidator"},
]
# A longer list of weak or breached passwords (one a line, plain or .gz) than the one shipped.
PASSWORD_LIST_FILE = env("PASSWORD_LIST_FILE")
# Lockout per account (django-axes): after this many failed sign-ins in a row the account is
# locked, for LOGIN_LOCKOUT_MINUTES (0: until a supervisor unlocks it). Keyed on the username
# only, so that colleagues behind one shared address are never locked out together.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "10"))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes warns that without the address a lock can be dodged by changing browsers; keyed on the
# username alone it cannot (the browser is no part of the key), and the address is left out
# on purpose: a city office signs in from one address (docs/operations.md, "Staff sign-in").
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
_LOCKOUT_MINUTES = int(env("LOGIN_LOCKOUT_MINUTES", "30"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=_LOCKOUT_MINUTES) if _LOCKOUT_MINUTES else None
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "luukku.web.signin.lockout_response"
AXES_CLIENT_IP_CALLABLE = "luukku.web.signin.client_address"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
# Guessing across many accounts from one address: failures for usernames that do not exist
# are counted per address over LOGIN_ADDRESS_WINDOW_MINUTES; past LOGIN_ADDRESS_UNKNOWN_LIMIT
# every failed answer to that address is slowed down (doubling, at most
# LOGIN_ADDRESS_DELAY_MAX seconds). A right password is never slowed or refused for it.
LOGIN_ADDRESS_UNKNOWN_LIMIT = int(env("LOGIN_ADDRESS_UNKNOWN_LIMIT", "20"))
LOGIN_ADDRESS_WINDOW_MINUTES = int(env("LOGIN_ADDRESS_WINDOW_MINUTES", "60"))
LOGIN_ADDRESS_DELAY_MAX = float(env("LOGIN_ADDRESS_DELAY_MAX", "5"))
# Two-factor sign-in (TOTP, recovery codes): required for these roles, who must enrol before
# any staff page; others may enrol. On by default in production, off in development (DEBUG).
TWO_FACTOR_REQUIRED_ROLES = env_list(
    "TWO_FACTOR_REQUIRED_ROLES", "" if DEBUG else "supervisor,administrator"
)
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Luukku")
# django-otp's own pause after a wrong code (doubling per failure) is off: a right code typed
# just after a mistyped one was refused as "not right". Guessing is stopped by the lockout
# above instead: a wrong code counts as a failed sign-in of the account.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Session limits for staff: signed out after this many idle minutes, and after this many
# hours whatever they do.
SESSION_IDLE_MINUTES = int(env("SESSION_IDLE_MINUTES", "30"))
SESSION_MAX_HOURS = float(env("SESSION_MAX_HOURS", "10"))
# The server keeps a session no longer than that; the browser forgets its cookie when it closes
# (a shared counter computer), so the cookie carries no date of its own.
SESSION_COOKIE_AGE = int(SESSION_MAX_HOURS * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fi",), "fi": ("sv", "en")}
TIME_ZONE = "Europe/Helsinki"
# Finnish search with Voikko's base forms and compound parts (docs/operations.md); off, or when
# Voikko is missing, Finnish is stemmed with Snowball and `check` warns (search.W001).
SEARCH_VOIKKO = env_bool("SEARCH_VOIKKO", True)
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
    "DEFAULT_PARSER_CLASSES": ["luukku.api.rest.parsers.DepthLimitedJSONParser"],
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
# Walk-in queue (docs/queue.md): how long a called visitor has to come before "did not come",
# how often the worker tells online visitors their turn is near, how long screens go without
# a message before they read the state again anyway.
QUEUE_NO_SHOW_SECONDS = int(env("QUEUE_NO_SHOW_SECONDS", "120"))
QUEUE_NOTIFY_INTERVAL = int(env("QUEUE_NOTIFY_INTERVAL", "30"))
QUEUE_SCREEN_REFRESH_SECONDS = int(env("QUEUE_SCREEN_REFRESH_SECONDS", "60"))
# Numbers taken at one kiosk (one address) before it must wait: a rush, not a stuck button.
QUEUE_KIOSK_RATE_LIMIT = env("QUEUE_KIOSK_RATE_LIMIT", "60/5m")
APPOINTMENT_REMINDER_HOURS = int(env("APPOINTMENT_REMINDER_HOURS", "24"))
# Chat (docs/chat.md): an agent counts as present while their console said so within
# CHAT_PRESENCE_SECONDS. A citizen who has done nothing in a chat for CHAT_IDLE_WARN_SECONDS
# is warned, and the chat closes CHAT_IDLE_CLOSE_SECONDS after the warning; a chat whose
# citizen page (or an agent's console) has been away CHAT_ABSENT_CLOSE_SECONDS closes (or goes
# back to the queue). The worker looks every CHAT_IDLE_CHECK_INTERVAL seconds. A message holds
# at most CHAT_MESSAGE_MAX_CHARS characters; one visitor may send CHAT_MESSAGE_RATE_LIMIT
# messages and start CHAT_START_RATE_LIMIT chats.
CHAT_PRESENCE_SECONDS = int(env("CHAT_PRESENCE_SECONDS", "60"))
CHAT_ABSENT_CLOSE_SECONDS = int(env("CHAT_ABSENT_CLOSE_SECONDS", "300"))
CHAT_IDLE_WARN_SECONDS = int(env("CHAT_IDLE_WARN_SECONDS", "600"))
CHAT_IDLE_CLOSE_SECONDS = int(env("CHAT_IDLE_CLOSE_SECONDS", "120"))
CHAT_IDLE_CHECK_INTERVAL = int(env("CHAT_IDLE_CHECK_INTERVAL", "30"))
# Satisfaction surveys (docs/feedback.md): sent SURVEY_DELAY_MINUTES after a case is resolved,
# not to an address surveyed in the last SURVEY_QUIET_DAYS days; answerable for
# SURVEY_ANSWER_DAYS days; the worker looks every SURVEY_CHECK_INTERVAL seconds. Results of
# fewer than SURVEY_SMALL_COUNT answers are flagged "too few to compare".
SURVEY_DELAY_MINUTES = int(env("SURVEY_DELAY_MINUTES", "60"))
SURVEY_QUIET_DAYS = int(env("SURVEY_QUIET_DAYS", "90"))
SURVEY_ANSWER_DAYS = int(env("SURVEY_ANSWER_DAYS", "30"))
SURVEY_CHECK_INTERVAL = int(env("SURVEY_CHECK_INTERVAL", "300"))
SURVEY_SMALL_COUNT = int(env("SURVEY_SMALL_COUNT", "10"))
CHAT_MESSAGE_MAX_CHARS = int(env("CHAT_MESSAGE_MAX_CHARS", "2000"))
CHAT_MESSAGE_RATE_LIMIT = env("CHAT_MESSAGE_RATE_LIMIT", "30/m")
CHAT_START_RATE_LIMIT = env("CHAT_START_RATE_LIMIT", "10/h")
# Sales and payments (docs/commerce.md). Online payment goes to Paytrail's API at
# PAYTRAIL_BASE_URL (https://services.paytrail.com) with the city's merchant id and secret;
# empty turns online payment off. `make run` points it at the local sandbox with Paytrail's
# documented test merchant (375917 / SAIPPUAKAUPPIAS). One address may place
# SHOP_ORDER_RATE_LIMIT orders online.
PAYTRAIL_BASE_URL = env("PAYTRAIL_BASE_URL", "").rstrip("/")
PAYTRAIL_MERCHANT_ID = env("PAYTRAIL_MERCHANT_ID", "375917")
PAYTRAIL_SECRET = env("PAYTRAIL_SECRET", "SAIPPUAKAUPPIAS")
SHOP_ORDER_RATE_LIMIT = env("SHOP_ORDER_RATE_LIMIT", "20/h")
# Registrations for courses and events (docs/bookings.md, "Registrations"): a place (or a
# waiting-list spot) is held COURSE_HOLD_MINUTES while the registrant fills in the form and
# pays; a place offered from the waiting list waits COURSE_OFFER_HOURS for its acceptance. The
# worker lapses what ran out every COURSE_EXPIRY_CHECK_INTERVAL seconds. One browser session
# may start COURSE_REGISTRATION_RATE_LIMIT registrations and one address (a library's public
# computers share one) COURSE_REGISTRATION_IP_RATE_LIMIT; a start refused is not counted.
COURSE_HOLD_MINUTES = int(env("COURSE_HOLD_MINUTES", "20"))
COURSE_OFFER_HOURS = int(env("COURSE_OFFER_HOURS", "48"))
COURSE_EXPIRY_CHECK_INTERVAL = int(env("COURSE_EXPIRY_CHECK_INTERVAL", "60"))
COURSE_REGISTRATION_RATE_LIMIT = env("COURSE_REGISTRATION_RATE_LIMIT", "20/h")
COURSE_REGISTRATION_IP_RATE_LIMIT = env("COURSE_REGISTRATION_IP_RATE_LIMIT", "300/h")
# Invoices (docs/commerce.md, "Invoices"): paid to the city's account COMMERCE_IBAN at the bank
# COMMERCE_BIC, due in COMMERCE_INVOICE_DUE_DAYS days; the invoicing office's address
# ("street, postal code town"), phone and e-mail are printed on them. The defaults are test
# values (the bank bar code guide's test account), not a real account.
COMMERCE_IBAN = env("COMMERCE_IBAN", "FI7944052020036082")
COMMERCE_BIC = env("COMMERCE_BIC", "OKOYFIHH")
COMMERCE_INVOICE_DUE_DAYS = int(env("COMMERCE_INVOICE_DUE_DAYS", "14"))
COMMERCE_INVOICE_ADDRESS = env("COMMERCE_INVOICE_ADDRESS", "Raatihuoneenkatu 1, 55100 Vuoksela")
COMMERCE_INVOICE_PHONE = env("COMMERCE_INVOICE_PHONE", "+358 5 123 4000")
COMMERCE_INVOICE_EMAIL = env("COMMERCE_INVOICE_EMAIL", "laskutus@vuoksela.example")
# The font of PDF invoices: a TrueType font with the Finnish and Swedish letters and the euro
# sign (Debian's fonts-dejavu-core, which `make run` and `make test` install); without it the
# PDF falls back to Helvetica and writes EUR for the euro sign.
# Reservations (docs/bookings.md): a booking being made holds its time this many minutes.
RESERVATION_HOLD_MINUTES = int(env("RESERVATION_HOLD_MINUTES", "20"))
# How often the worker releases lapsed holds and cancels bookings unpaid past their due date.
RESERVATION_LAPSE_INTERVAL = int(env("RESERVATION_LAPSE_INTERVAL", "60"))
# How often the worker gives back online payments that arrived after their order had been
# cancelled or paid otherwise (seconds).
ONLINE_LATE_REFUND_INTERVAL = int(env("ONLINE_LATE_REFUND_INTERVAL", "300"))
COMMERCE_PDF_FONT = env("COMMERCE_PDF_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# How often an agent's console reads itself again without a message on its stream (seconds).
CHAT_CONSOLE_REFRESH_SECONDS = int(env("CHAT_CONSOLE_REFRESH_SECONDS", "60"))
# The citizen's chat page reads the chat again this often even when its WebSocket is silent
# (a lost message, a proxy without WebSockets).
CHAT_PAGE_REFRESH_SECONDS = int(env("CHAT_PAGE_REFRESH_SECONDS", "20"))
# The address of a video meeting; {room} becomes a random room name per appointment.
VIDEO_MEETING_URL = env("VIDEO_MEETING_URL", "https://video.vuoksela.example/{room}")
# Callbacks: attempts before giving up, how many waiting callbacks one person's window
# takes, and the share to be first tried within the agreed window (%).
CALLBACK_MAX_ATTEMPTS = int(env("CALLBACK_MAX_ATTEMPTS", "3"))
CALLBACK_WINDOW_CAPACITY = int(env("CALLBACK_WINDOW_CAPACITY", "8"))
CALLBACK_TARGET_PERCENT = int(env("CALLBACK_TARGET_PERCENT", "90"))
# Data-subject rights and retention (issue 24, docs/privacy.md): how often `luukku worker`
# applies the retention rules (seconds; 0 turns the round off, `luukku retention` still runs).
RETENTION_INTERVAL = int(env("RETENTION_INTERVAL", str(24 * 60 * 60)))
# Text messages: a class with send(to, body); the default only logs (luukku.sms).
SMS_BACKEND = env("SMS_BACKEND", "luukku.core.sms.LoggingBackend")
# Announcements to a segment (docs/relationships.md): at most this many e-mails leave per
# minute, the rest queued for the minutes after (the mail server's and recipients' limits).
ANNOUNCEMENT_PER_MINUTE = int(env("ANNOUNCEMENT_PER_MINUTE", "60"))

# Key loans (docs/keys.md): the holder is reminded of the due day by e-mail this many days
# before it (once per due day); the worker looks every KEY_REMINDER_INTERVAL seconds.
KEY_REMINDER_DAYS_BEFORE = int(env("KEY_REMINDER_DAYS_BEFORE", "2"))
KEY_REMINDER_INTERVAL = int(env("KEY_REMINDER_INTERVAL", "3600"))
# A meeting of a customer plan's annual clock is reminded of to its responsible handler this
# many days before (once per meeting); the worker looks every PLAN_REMINDER_INTERVAL seconds.
PLAN_REMINDER_DAYS_BEFORE = int(env("PLAN_REMINDER_DAYS_BEFORE", "7"))
PLAN_REMINDER_INTERVAL = int(env("PLAN_REMINDER_INTERVAL", "3600"))

# How many business hours an expert has to answer a consultation.
CONSULTATION_ANSWER_HOURS = float(env("CONSULTATION_ANSWER_HOURS", "16"))

# Background work (sending mail, fetching mail) runs in `luukku worker`, which takes
# jobs from the database; several workers on several servers share the queue.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Issue 24, jobs (docs/operations.md, "Background jobs and crashes"): a worker holds each
# job it runs on a lease of JOB_LEASE_SECONDS, renewed while the job runs; a job whose lease
# ran out (its worker died) is taken again by the next worker, at most JOB_ATTEMPTS times in
# all, then failed visibly. LUUKKU_WORKER_PAUSE_AT is for the worker-kill tests only: the
# worker stops for ever at that step of a job (core.jobs.worker_checkpoint).
JOB_LEASE_SECONDS = int(env("JOB_LEASE_SECONDS", "300"))
JOB_ATTEMPTS = int(env("JOB_ATTEMPTS", "3"))
WORKER_PAUSE_AT = env("LUUKKU_WORKER_PAUSE_AT")

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
# The service whose request form is the citizens' general contact form (feedback, questions
# no other service fits), offered when a search finds nothing.
GENERAL_CONTACT_SERVICE = env("GENERAL_CONTACT_SERVICE", "feedback")
# Services whose cases are feedback (docs/feedback.md): each new case of one gets its feedback
# record. Codes separated by commas; the general contact form's service is one by default.
FEEDBACK_SERVICES = [
    code.strip()
    for code in env("FEEDBACK_SERVICES", GENERAL_CONTACT_SERVICE).split(",")
    if code.strip()
]
# The answer time the city promises for a complaint, in business days after it was received
# (two weeks: what Finnish cities' feedback pages commonly promise).
COMPLAINT_ANSWER_DAYS = int(env("COMPLAINT_ANSWER_DAYS", "10"))

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
# Security headers (issue 24): browsers are told to use only HTTPS for a year; Django sends
# Strict-Transport-Security on HTTPS answers only, so `make run` still works over plain http.
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
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

# -- Security headers (issue 24) ---------------------------------------------------------------
# Content-Security-Policy (django-csp) on every answer: scripts and styles only from the site's
# own static files, no plugins, no <base>, no framing, forms sent only to the site. The sandboxed
# frame that shows a received mail's HTML (web/case_mail.html, `srcdoc`) inherits the policy;
# its one <style> element is allowed by its hash (web/tests/test_security_headers.py checks it
# against the page). See docs/operations.md.
MAIL_FRAME_STYLE = "body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a}"
_MAIL_FRAME_STYLE_HASH = (
    f"'sha256-{base64.b64encode(hashlib.sha256(MAIL_FRAME_STYLE.encode()).digest()).decode()}'"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", _MAIL_FRAME_STYLE_HASH],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# Cache-Control: no-store on answers that may show personal data (luukku.core.middleware): every
# page of these URL namespaces, these URL names, any URL with these arguments (the private
# tokens), and every answer to a form sent.
PRIVATE_URL_NAMESPACES = ["web", "admin", "rest"]
# The citizen's own page (a session opened with a one-time link): never stored either.
PRIVATE_URL_NAMES = ["api_schema", "api_docs", "own_page", "own_page_sign_out"]
PRIVATE_URL_ARGUMENTS = ["token"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "csp.middleware.CSPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("csp.middleware.CSPMiddleware") + 1,
    "luukku.core.middleware.PrivateAnswerMiddleware",
)
# Staff sign-in (issue 24): django-axes says what it does at WARNING and above only.
LOGGING["loggers"]["axes"] = {"level": "WARNING"}
# -- Issue 24, who sees what (docs/privacy.md "Who sees what") ---------------------------
# Need to know: a supervisor sees their own departments' sensitive cases (and those given to
# them as extra departments in the admin). A city that wants every supervisor to see every
# department's sensitive cases, as before, sets SUPERVISORS_SEE_ALL_SENSITIVE=1.
SUPERVISORS_SEE_ALL_SENSITIVE = env_bool("SUPERVISORS_SEE_ALL_SENSITIVE", default=False)
# -- Issue 27, measuring the workspace (docs/benchmarks.md) --------------------------------
# LUUKKU_SERVER_TIMING=1 puts the server's time on each answer in a Server-Timing header
# (app;dur=<ms>), read by bench/workspace_journeys.py. Off by default: it tells a visitor how
# long a page took, which is nobody's business on a production server.
SERVER_TIMING = env_bool("LUUKKU_SERVER_TIMING", default=False)
if SERVER_TIMING:
    MIDDLEWARE.insert(0, "luukku.core.middleware.ServerTimingMiddleware")
