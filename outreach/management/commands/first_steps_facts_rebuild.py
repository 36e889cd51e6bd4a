"""Count the facts the First Steps report reads again from the contact log (as the nightly
task does): after loading contacts in bulk, or to check nothing drifted."""

from django.core.management.base import BaseCommand

from outreach.kept_facts import facts_rebuild


class Command(BaseCommand):
    help = "Count every first stepper's and every peer supporter's kept report facts again."

    def handle(self, *args, **options):
        wrong = facts_rebuild()
        self.stdout.write(f"First Steps report facts counted again; {wrong} were out of date.")
