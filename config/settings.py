"""Waymark settings: one module, configured from environment variables.

The defaults suit the embedded mode (one laptop: SQLite, tasks run eagerly, e-mail to the
console). Production sets DATABASE_URL, REDIS_URL, SECRET_KEY and friends; see README.md.
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab

from config.env import env_bool, env_choice, env_int, env_list, env_phone, env_required, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)

# A development key is only acceptable while DEBUG is on.
SECRET_KEY = env_required("SECRET_KEY", when=not DEBUG, default="django-insecure-waymark-development-only-key")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

WAYMARK_ORGANISATION_NAME = env_str("WAYMARK_ORGANISATION_NAME", "Waymark Demo Recovery Community")
# Where the organisation works: safeguarding law and help lines differ between England and Wales.
WAYMARK_NATION = env_choice("WAYMARK_NATION", "england", choices=("england", "wales"))
# Who accredits the induction, named on its page and certificates; empty claims no accreditation.
WAYMARK_ACCREDITATION_BODY = env_str("WAYMARK_ACCREDITATION_BODY", "").strip()
# Public sign-up creates people as applicants; off unless an organisation opens it.
WAYMARK_OPEN_SIGNUP = env_bool("WAYMARK_OPEN_SIGNUP", False)
WAYMARK_INVITATION_DAYS = env_int("WAYMARK_INVITATION_DAYS", 14)

INSTALLED_APPS = [
    "people",
    "courses",
    "supervision",
    "outreach",
    "readiness",
    "audit",
    "privacy",
    "once",
    "outbox",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_celery_beat",
    "csp",
    "config.apps.SuperuserAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "people.middleware.ControlCharactersMiddleware",
    "people.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "courses.middleware.ContentFromCache",
    "courses.middleware.ScheduledPublishingInProcess",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After sign-in, the language stored on the person's account (people/language.py).
    "people.language.PersonLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "people.middleware.SessionLifetimeMiddleware",
    "people.middleware.TwoStepRequiredMiddleware",
    "people.middleware.CmsAccessMiddleware",
    "audit.middleware.AccessLogMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A form sent twice (a double tap) is saved once: once/middleware.py.
    "once.middleware.SaveOnceMiddleware",
    # Something that cannot work while Redis is away says "try again in a few minutes".
    "config.middleware.UnavailableMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "people.context_processors.waymark",
            ],
            # `{% once_key %}` in every form, without a `load` in each template.
            "builtins": ["once.templatetags.once"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is checked before each request or task reuses it, so web and
        # worker processes carry on by themselves after PostgreSQL restarts.
        conn_health_checks=True,
    )
}
# Web processes only (config/wsgi.py marks them): PostgreSQL stops any one query that runs
# longer than this, so a runaway request cannot hold a connection and a worker for minutes.
# Migrations, Celery workers and management commands run without it. 0 turns it off.
WAYMARK_STATEMENT_TIMEOUT_SECONDS = env_int("WAYMARK_STATEMENT_TIMEOUT_SECONDS", 30)
WAYMARK_WEB_PROCESS = env_bool("WAYMARK_WEB_PROCESS", False)
if (
    WAYMARK_WEB_PROCESS
    and WAYMARK_STATEMENT_TIMEOUT_SECONDS > 0
    and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={WAYMARK_STATEMENT_TIMEOUT_SECONDS * 1000}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Some indexes carry extra columns so that PostgreSQL can answer from the index alone
# (readiness.ReadinessSummary's "readiness_summary_state"). SQLite keeps the index on its key
# column and ignores the rest, which is all the embedded demo needs, so its warning is noise.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    # Redis away: pages carry on without the cache (config/cache.py), except the sign-in
    # limits, which must be counted; signing in then says "try again in a few minutes".
    CACHES = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "waymark"),
            "STRICT_KEY_PREFIXES": ["allauth:rl:"],
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: with no broker configured, tasks run in-process so the embedded mode needs no Redis.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:
    # Nothing is ever sent to it; naming an in-memory broker keeps Celery from looking for one.
    CELERY_BROKER_URL = "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = env_str("TIME_ZONE", "Europe/London")
# The broker queue web nodes, beat and workers share (one per deployment on a shared Redis).
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "celery")
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Work is saved in the database first (outbox/queue.py); a broker that does not answer at
# once is tried again later (by the next enqueue or the minute sweep) rather than holding up
# a page for seconds of retries. Workers still wait for the broker at start and reconnect.
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 0, "socket_connect_timeout": 2}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's, each reading the person's roles with them (people/backends.py).
    "people.backends.ModelBackend",
    "people.backends.AllauthBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: e-mail is the login, verified before first sign-in.
ACCOUNT_ADAPTER = "people.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "people.forms.SignupExtraForm"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Waymark] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
# Failed sign-ins (a wrong password or a wrong two-step code) are counted per address and per
# account. The address is the connecting one unless Waymark runs behind proxies: then set
# WAYMARK_TRUSTED_PROXY_COUNT to how many, and only the address the nearest trusted proxy
# saw is believed, so a made-up X-Forwarded-For header cannot reset the count.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("WAYMARK_TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Sessions are listed from sign-in; tracking every request would cost two queries each.
USERSESSIONS_TRACK_ACTIVITY = False
# Supervisors, trainers, managers and content editors must set up two-step sign-in (TOTP).
# Off by default only in the embedded demo (DEBUG), so its logins work straight away.
WAYMARK_TWO_STEP_FOR_STAFF = env_bool("WAYMARK_TWO_STEP_FOR_STAFF", not DEBUG)
# Sign out after this long without a request, and after this long however active someone is.
WAYMARK_IDLE_MINUTES = env_int("WAYMARK_IDLE_MINUTES", 30)
WAYMARK_SESSION_HOURS = env_int("WAYMARK_SESSION_HOURS", 12)
SESSION_COOKIE_AGE = WAYMARK_SESSION_HOURS * 3600
MFA_TOTP_ISSUER = "Waymark"

EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Waymark <no-reply@waymark.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "en-gb"
# Each language is named in itself on the switch at the top of every page ("English | Cymraeg").
# English stays en-gb so its dates keep the British formats; Welsh uses Django's cy formats.
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Wagtail: the learning site under /learn/, its admin under /cms/, sign-in via allauth only.
WAGTAIL_SITE_NAME = "Waymark"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
# Pages in English and Welsh: a tree per language, each Welsh page tied to its English one by
# translation_key (courses/translations.py). simple_translation copies a page for translating.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Content editors publish their own work; no one moderates it, so Wagtail's "Submit to
# moderators" (whose approver group Waymark does not have) would lock a page for nothing.
WAGTAIL_WORKFLOW_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are served by Wagtail's view (which asks courses/wagtail_hooks.py who may have
# them), always as a download, never shown inline where a crafted file could run script.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.uploads.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("WAYMARK_MAX_DOCUMENT_MB", 20) * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAYMARK_MAX_IMAGE_MB", 5) * 1024 * 1024
# No avatars fetched from gravatar.com: it would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Security. Production defaults are strict; DEBUG relaxes only what a laptop needs.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SECURE_PROXY_SSL", False) else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# Wagtail marks its own preview views as frameable by the same origin.
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Content Security Policy (django-csp). Waymark's pages load nothing from elsewhere and run
# no inline script; video lessons may embed a player from the two common hosts.
VIDEO_HOSTS = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": VIDEO_HOSTS,
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# The Wagtail and Django admins need inline scripts and styles; only their pages get this.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'", *VIDEO_HOSTS],
        "frame-ancestors": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    # Our own apps say what they do; libraries speak up only about problems.
    "loggers": {
        app: {"level": env_str("WAYMARK_LOG_LEVEL", "INFO")}
        for app in ["people", "courses", "supervision", "readiness"]
    },
}
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
FORM_RENDERER = "people.rendering.GovukFormRenderer"
ACCOUNT_SESSION_REMEMBER = False

# Periodic sweeps run by `celery beat` (django-celery-beat stores them in the database).
# Each app adds its own entries here; a sweep claims its rows so running twice is harmless.
CELERY_BEAT_SCHEDULE = {}

# Supervision: a volunteer supporting more people than this raises a flag for their supervisor.
WAYMARK_CASELOAD_CAP = env_int("WAYMARK_CASELOAD_CAP", 8)
# "Need help now?" on the check-in and on My path: Samaritans, and the organisation's own
# on-call number (the demo uses a number Ofcom keeps for drama, which rings nobody).
WAYMARK_SAMARITANS_NUMBER = env_phone("WAYMARK_SAMARITANS_NUMBER", "116 123")
WAYMARK_ON_CALL_NUMBER = env_phone("WAYMARK_ON_CALL_NUMBER", "020 7946 0123" if DEBUG else "")
# After "I would like my supervisor to contact me": within how many working days they will.
WAYMARK_CONTACT_WITHIN_WORKING_DAYS = env_int("WAYMARK_CONTACT_WITHIN_WORKING_DAYS", 1)
CELERY_BEAT_SCHEDULE["supervision-reminders-sweep"] = {"task": "supervision.tasks.reminders_sweep", "schedule": 60}
CELERY_BEAT_SCHEDULE["supervision-series-extend"] = {"task": "supervision.tasks.series_extend", "schedule": 3600}
CELERY_BEAT_SCHEDULE["supervision-checkin-reminders"] = {
    "task": "supervision.tasks.checkin_reminders_schedule",
    "schedule": 3600,
}

# Courses: once an hour, e-mail learners (and their supervisors) 30 days before a required course expires.
# Reports: each night, the check-in months the funder report reads are made again from the
# check-ins (supervision/services/checkin_months.py), after the retention sweep.
CELERY_BEAT_SCHEDULE["supervision-checkin-months"] = {
    "task": "supervision.tasks.checkin_months_rebuild",
    "schedule": crontab(hour=4, minute=10),
}
# And each person's latest check-in (supervision/services/latest_checkins.py).
CELERY_BEAT_SCHEDULE["supervision-latest-checkins"] = {
    "task": "supervision.tasks.latest_checkins_rebuild",
    "schedule": crontab(hour=4, minute=15),
}
# And the running totals of each supervisee's 1:1s (supervision/services/one_to_one_totals.py).
CELERY_BEAT_SCHEDULE["supervision-one-to-one-totals"] = {
    "task": "supervision.tasks.one_to_one_totals_rebuild",
    "schedule": crontab(hour=4, minute=20),
}
CELERY_BEAT_SCHEDULE["courses-expiry-sweep"] = {"task": "courses.tasks.expiry_sweep", "schedule": 3600}
# Content: every minute, publish what editors scheduled (and unpublish what expired). With no
# broker (the embedded mode) the site runs it itself, at most once a minute, as pages are asked for.
CELERY_BEAT_SCHEDULE["courses-publish-scheduled"] = {"task": "courses.tasks.publish_scheduled", "schedule": 60}
WAYMARK_PUBLISH_SCHEDULED_IN_PROCESS = env_bool("WAYMARK_PUBLISH_SCHEDULED_IN_PROCESS", CELERY_TASK_ALWAYS_EAGER)

# Data protection: days each kind of record is kept before the daily sweep deletes or
# anonymises it (0 keeps it for ever). What each rule does: privacy/retention.py, README.md.
WAYMARK_RETENTION_DAYS = {
    "checkins": env_int("WAYMARK_RETENTION_CHECKINS_DAYS", 730),
    "record_notes": env_int("WAYMARK_RETENTION_RECORD_NOTES_DAYS", 2190),
    "quiz_attempts": env_int("WAYMARK_RETENTION_QUIZ_ATTEMPTS_DAYS", 365),
    "reflections": env_int("WAYMARK_RETENTION_REFLECTIONS_DAYS", 365),
    "access_log": env_int("WAYMARK_RETENTION_ACCESS_LOG_DAYS", 730),
    "invitations": env_int("WAYMARK_RETENTION_INVITATIONS_DAYS", 90),
    "sessions": env_int("WAYMARK_RETENTION_SESSIONS_DAYS", 30),
    "left": env_int("WAYMARK_RETENTION_LEFT_DAYS", 2190),
    "first_steppers": env_int("WAYMARK_RETENTION_FIRST_STEPPERS_DAYS", 730),
}
# Readiness: every stored summary is judged again once its day has passed.
CELERY_BEAT_SCHEDULE["readiness-summaries"] = {
    "task": "readiness.tasks.summaries_bring_up_to_date",
    "schedule": crontab(hour=0, minute=15),
}
# Readiness: on Monday mornings, managers get one e-mail listing pre-start checks applied for
# or requested more than this many days ago and not yet received.
WAYMARK_CHECKS_WAITING_DAYS = env_int("WAYMARK_CHECKS_WAITING_DAYS", 21)
CELERY_BEAT_SCHEDULE["readiness-waiting-checks"] = {
    "task": "readiness.tasks.waiting_checks_email",
    "schedule": crontab(day_of_week=1, hour=8, minute=0),
}
# Once a day, at a quiet hour.
CELERY_BEAT_SCHEDULE["privacy-retention-sweep"] = {
    "task": "privacy.tasks.retention_sweep",
    "schedule": crontab(hour=3, minute=30),
}

# First Steps: a reminder the day before each planned contact, and the report's
# "still actively engaged" window (a connected contact within this many days).
CELERY_BEAT_SCHEDULE["outreach-next-step-reminders"] = {"task": "outreach.tasks.next_step_reminders", "schedule": 300}
WAYMARK_ENGAGED_DAYS = env_int("WAYMARK_ENGAGED_DAYS", 28)
# Reports: each night, the facts the First Steps report reads are counted again from the
# contact log (outreach/kept_facts.py), after the retention sweep.
CELERY_BEAT_SCHEDULE["outreach-first-steps-facts"] = {
    "task": "outreach.tasks.first_steps_facts_rebuild",
    "schedule": crontab(hour=4, minute=20),
}
# Distance travelled: a reading is prompted on the caseload this many months after the last.
WAYMARK_DISTANCE_REVIEW_MONTHS = env_int("WAYMARK_DISTANCE_REVIEW_MONTHS", 3)

# Forms saved once: the one-time keys of posted forms are forgotten after a day.
CELERY_BEAT_SCHEDULE["once-forget-submitted-forms"] = {
    "task": "once.tasks.forget_submitted_forms",
    "schedule": crontab(hour=3, minute=45),
}

# Outbox: e-mails waiting for the mail server, and work saved while the broker was away.
CELERY_BEAT_SCHEDULE["outbox-emails-sweep"] = {"task": "outbox.tasks.emails_sweep", "schedule": 60}
CELERY_BEAT_SCHEDULE["outbox-queued-tasks-sweep"] = {"task": "outbox.tasks.queued_tasks_sweep", "schedule": 60}
