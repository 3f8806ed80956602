from django.core.management.base import BaseCommand, CommandError

from benchmarks import feedback_data, loaddata


class Command(BaseCommand):
    help = (
        "Generate a national-scale agency for measuring (units, positions, employees, "
        "competencies, evidence). The same --seed gives the same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--employees", type=int, default=1000)
        parser.add_argument("--competencies", type=int, default=100)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--evidence-per-employee",
            type=int,
            default=30,
            help="About this many evidence rows per employee (default 30).",
        )
        parser.add_argument(
            "--ratings",
            type=int,
            default=0,
            help=(
                "Also this many citizen ratings over the last year (5000000: a year "
                "of all centres). With load data already there, only the ratings "
                "are added (after removing earlier ones)."
            ),
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Remove earlier load data first (only what this command made).",
        )

    def handle(self, *args, **options):
        if options["employees"] < 1 or options["competencies"] < 1:
            raise CommandError("--employees and --competencies must be 1 or more.")
        if options["ratings"] < 0:
            raise CommandError("--ratings must be 0 or more.")
        if options["ratings"] and loaddata.existing_any() and not options["reset"]:
            feedback_data.reset()
            feedback_data.generate(
                options["ratings"], options["seed"], self.stdout.write
            )
            self.stdout.write(self.style.SUCCESS("Ratings are ready."))
            return
        if options["reset"]:
            feedback_data.reset()
            loaddata.reset()
        elif loaddata.existing_any():
            raise CommandError("Load data already exists; add --reset to replace it.")
        plan = loaddata.Plan(
            employees=options["employees"],
            competencies=options["competencies"],
            seed=options["seed"],
            evidence_per_employee=options["evidence_per_employee"],
        )
        loaddata.generate(plan, log=self.stdout.write)
        if options["ratings"]:
            feedback_data.generate(
                options["ratings"], options["seed"], self.stdout.write
            )
        self.stdout.write(self.style.SUCCESS("Load data is ready."))
