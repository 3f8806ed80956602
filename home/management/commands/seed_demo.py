from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import demo
from home.demo_data import DEMO_USERS


class Command(BaseCommand):
    help = (
        "Build the demo agency (units, positions, staff, competencies). Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "seed even though LMS_ENVIRONMENT is not dev or test (it creates an "
                "'admin' superuser with the demo password)"
            ),
        )

    def handle(self, *args, force=False, **options):
        environment = getattr(settings, "LMS_ENVIRONMENT", "production")
        if environment not in ("dev", "test") and not force:
            raise CommandError(
                f"Refusing to seed demo data in a {environment!r} site: it creates an "
                "'admin' superuser and other logins with the demo password. Use "
                "--force on a throwaway staging copy."
            )
        tokens = demo.seed()
        password = settings.LMS_DEMO_PASSWORD
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        self.stdout.write("Log in at http://127.0.0.1:8000/login/ as:")
        for username, name, _unit, _position, role, _managed in DEMO_USERS:
            self.stdout.write(f"  {username:<9} {role:<14} {name}")
        self.stdout.write(f"Password for all of them: {password}")
        if tokens:
            self.stdout.write(
                "Citizen-feedback monitor tokens (shown once; HR can make new ones "
                "under Citizen feedback → Monitors):"
            )
            for name, token in tokens.items():
                self.stdout.write(f"  {name:<26} {token}")
