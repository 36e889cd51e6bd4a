"""Make the check-in months the funder report reads again from the check-ins (as the
nightly task does): after loading check-ins in bulk, or to check nothing drifted."""

from django.core.management.base import BaseCommand

from supervision.services import checkin_months_rebuild


class Command(BaseCommand):
    help = "Count every month's wellbeing check-ins again for the reports."

    def handle(self, *args, **options):
        wrong = checkin_months_rebuild()
        self.stdout.write(f"Check-in months made again; {wrong} were out of date.")
