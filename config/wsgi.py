import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Settings give web processes (gunicorn serves this module) a database statement timeout.
os.environ.setdefault("WAYMARK_WEB_PROCESS", "1")

application = get_wsgi_application()
