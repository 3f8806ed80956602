from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from feedback.importing import import_feedback


class Command(BaseCommand):
    help = (
        "Load citizen ratings exported from the monitors (CSV, UTF-8, ',' or ';'). "
        "Columns: unit, service, rating, rated_at, categories ('|' between codes); "
        "optional: scale, desk, employee_number, comment, event_id. Every line is "
        "checked first; on any problem nothing is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the CSV file")
        parser.add_argument(
            "--as", dest="as_user", metavar="USERNAME", help="recorded as the importer"
        )

    def handle(self, *args, file, as_user, **options):
        importer = None
        if as_user:
            User = get_user_model()
            importer = User.objects.filter(
                **{User.USERNAME_FIELD: as_user, "is_active": True}
            ).first()
            if importer is None:
                raise CommandError(f"No active user {as_user!r}.")
            if not importer.has_perm("feedback.import_feedback"):
                raise CommandError(f"{as_user} may not import citizen ratings.")
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from None
        outcome = import_feedback(data=data, file_name=file, user=importer)
        if not outcome.ok:
            for problem in outcome.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(outcome.problems)} problem(s) found; nothing was stored."
            )
        self.stdout.write(
            self.style.SUCCESS(f"Imported {outcome.record.row_count} ratings.")
        )
