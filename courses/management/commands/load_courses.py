from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses import loading


class Command(BaseCommand):
    help = (
        "Create the learning hub, the seeded courses and the policies as Wagtail pages. "
        "Safe to run again: live pages and learner records are left as they are; content that has been "
        "corrected since a page was loaded is saved as a draft for an editor to review and publish."
    )

    def handle(self, *args, **options):
        try:
            from courses.content import COURSES, POLICIES
        except ImportError as error:
            raise CommandError(f"The course content could not be read: {error}") from error
        with transaction.atomic():
            loaded = loading.build(courses=COURSES, policies=POLICIES)
        self.stdout.write(
            self.style.SUCCESS(f"Courses ready: {loaded.created} pages created, {loaded.kept} already there.")
        )
        if loaded.corrected:
            self.stdout.write(
                self.style.WARNING(
                    f"{loaded.corrected} pages have corrected content saved as a draft. Editors: open the CMS "
                    "dashboard, compare each with the live page, and publish."
                )
            )
