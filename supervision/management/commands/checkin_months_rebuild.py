"""Make the check-in figures the funder report reads again from the check-ins (as the nightly
tasks do): the check-in months and each person's latest check-in. After loading check-ins in
bulk, or to check nothing drifted."""

from django.core.management.base import BaseCommand

from supervision.services import checkin_months_rebuild, latest_checkins_rebuild


class Command(BaseCommand):
    help = "Count every month's wellbeing check-ins, and find each person's latest, again for the reports."

    def handle(self, *args, **options):
        wrong = checkin_months_rebuild()
        self.stdout.write(f"Check-in months made again; {wrong} were out of date.")
        wrong = latest_checkins_rebuild()
        self.stdout.write(f"Latest check-ins found again; {wrong} were out of date.")
