from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses import loading, loading_welsh


class Command(BaseCommand):
    help = (
        "Create the learning hub, the seeded courses and the policies as Wagtail pages. "
        "Safe to run again: live pages and learner records are left as they are; content that has been "
        "corrected since a page was loaded is saved as a draft for an editor to review and publish."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--welsh", action="store_true",
            help="Also make the Welsh pages (courses/content/cy) that are missing, as translations of the English.",
        )

    def handle(self, *args, welsh=False, **options):
        try:
            from courses.content import COURSES, POLICIES
        except ImportError as error:
            raise CommandError(f"The course content could not be read: {error}") from error
        with transaction.atomic():
            loaded = loading.build(courses=COURSES, policies=POLICIES)
        self.stdout.write(
            self.style.SUCCESS(f"Courses ready: {loaded.created} pages created, {loaded.kept} already there.")
        )
        welsh = self.load_welsh() if welsh else None
        if welsh is not None:
            self.stdout.write(self.style.SUCCESS(
                f"Welsh pages ready: {welsh.created} created, {welsh.kept} already there."
            ))
            if welsh.skipped:
                self.stdout.write(self.style.WARNING(
                    "Welsh content with no English page to translate: " + ", ".join(welsh.skipped)
                ))
        if loaded.corrected:
            self.stdout.write(
                self.style.WARNING(
                    f"{loaded.corrected} pages have corrected content saved as a draft. Editors: open the CMS "
                    "dashboard, compare each with the live page, and publish."
                )
            )

    def load_welsh(self):
        content = loading_welsh.welsh_content()
        if content is None:
            return None
        courses, policies = content
        with transaction.atomic():
            return loading_welsh.build_welsh(courses=courses, policies=policies)
