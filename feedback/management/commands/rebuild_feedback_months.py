from django.core.management.base import BaseCommand

from feedback import months


class Command(BaseCommand):
    help = (
        "Count the citizen ratings per unit, category and month afresh (what the "
        "feedback reports read). Storing ratings keeps the counts in step and the "
        "nightly task recounts them; run this after changing ratings by other means."
    )

    def handle(self, *args, **options):
        made = months.rebuild()
        self.stdout.write(f"{made} unit, category and month counts")
