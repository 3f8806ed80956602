from django.conf import settings
from django.core.management.base import BaseCommand

from home import demo
from home.demo_data import DEMO_USERS


class Command(BaseCommand):
    help = (
        "Build the demo agency (units, positions, staff, competencies). Safe to re-run."
    )

    def handle(self, *args, **options):
        demo.seed()
        password = settings.LMS_DEMO_PASSWORD
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        self.stdout.write("Log in at http://127.0.0.1:8000/login/ as:")
        for username, name, _unit, _position, role, _managed in DEMO_USERS:
            self.stdout.write(f"  {username:<9} {role:<14} {name}")
        self.stdout.write(f"Password for all of them: {password}")
