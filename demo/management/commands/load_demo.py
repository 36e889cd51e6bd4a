from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from courses import demo as courses_demo
from outreach import demo as outreach_demo
from people import demo as people_demo
from readiness import demo as readiness_demo
from supervision import demo as supervision_demo


class Command(BaseCommand):
    help = "Load the demo organisation (safe to run again: it changes nothing that is there)."

    # People first, then what they learn, their supervision, their caseloads, and last where
    # that leaves them on the way to starting.

    def handle(self, *args, **options):
        with transaction.atomic():
            logins = people_demo.build()
            courses_demo.build()
            supervision_demo.build()
            outreach_demo.build()
            readiness_demo.build()
        self.stdout.write(self.style.SUCCESS("Demo organisation ready."))
        if settings.DEBUG:
            self.stdout.write(f"Demo logins (password for all: {people_demo.DEMO_PASSWORD}):")
            for role, email in logins:
                self.stdout.write(f"  {role:<28} {email}")
