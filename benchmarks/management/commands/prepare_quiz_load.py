from pathlib import Path

from django.core.management.base import BaseCommand

from benchmarks import quizdata


class Command(BaseCommand):
    help = (
        "Make the quiz load's data (employees with passwords, a course with a "
        "20-question quiz, everyone enrolled) and write the simulated users' sheet."
    )

    def add_arguments(self, parser):
        parser.add_argument("--employees", type=int, default=200)
        parser.add_argument("--password", default="bench-pass-2026")
        parser.add_argument("--sheet", default="benchmarks/output/quiz_sheet.json")
        parser.add_argument(
            "--reset", action="store_true", help="forget earlier load attempts"
        )

    def handle(self, *args, **options):
        facts = quizdata.prepare(options["employees"], options["password"])
        if options["reset"]:
            quizdata.reset_attempts()
        quizdata.write_sheet(facts, Path(options["sheet"]))
        self.stdout.write(
            f"{len(facts['users'])} employees, quiz at {facts['quiz_url']}, "
            f"sheet in {options['sheet']}"
        )
