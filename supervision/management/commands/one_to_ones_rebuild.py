"""Number every supervisee's 1:1 places again for the funder report (as the nightly task
does): after loading meetings in bulk, or to check nothing drifted."""

from django.core.management.base import BaseCommand

from supervision.services import one_to_one_totals_rebuild


class Command(BaseCommand):
    help = "Count every supervisee's 1:1s again (the running totals the funder report reads)."

    def handle(self, *args, **options):
        wrong = one_to_one_totals_rebuild()
        self.stdout.write(f"1:1 totals numbered again; {wrong} places were out of date.")
