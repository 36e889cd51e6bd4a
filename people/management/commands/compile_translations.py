from django.core.management.base import BaseCommand

from people.translations import translations_compile


class Command(BaseCommand):
    help = "Compile Waymark's Welsh (and any other) message catalogues to .mo files, without msgfmt."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile every catalogue, even if up to date.")

    def handle(self, *args, force=False, **options):
        written = translations_compile(force=force)
        for mo in written:
            self.stdout.write(f"Compiled {mo}")
        if not written:
            self.stdout.write("Every catalogue is up to date.")
