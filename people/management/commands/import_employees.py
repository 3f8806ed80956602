from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from people.importing import import_employees


class Command(BaseCommand):
    help = (
        "Create or update employees from a CSV file (UTF-8, ',' or ';'), keyed by "
        "employee number. Every row is checked first; on any problem nothing changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the CSV file")
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help="create organisation units and positions the file names but lacks",
        )
        parser.add_argument(
            "--as",
            dest="as_user",
            metavar="USERNAME",
            help=(
                "import as this user: recorded as the importer, and limited to their "
                "rights. Without it the import may not change the login (e-mail, "
                "username, active state) of any account that holds rights"
            ),
        )
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help="deactivate active employees who are not in the file (people who left)",
        )

    def handle(
        self, *args, file, create_missing, deactivate_missing, as_user, **options
    ):
        importer = None
        if as_user:
            User = get_user_model()
            importer = User.objects.filter(
                **{User.USERNAME_FIELD: as_user, "is_active": True}
            ).first()
            if importer is None:
                raise CommandError(f"No active user {as_user!r}.")
            if not importer.has_perm("people.import_employees"):
                raise CommandError(f"{as_user} may not import employees.")
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from None
        outcome = import_employees(
            data=data,
            file_name=file,
            user=importer,
            create_missing=create_missing,
            deactivate_missing=deactivate_missing,
        )
        if not outcome.ok:
            for problem in outcome.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(outcome.problems)} problem(s) found; nothing was changed."
            )
        record = outcome.record
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {record.row_count} rows: {record.created_count} created, "
                f"{record.updated_count} updated, {outcome.unchanged_count} unchanged, "
                f"{record.deactivated_count} deactivated, {record.units_created} units "
                f"and {record.positions_created} positions created."
            )
        )
        for profile in outcome.kept_active:
            self.stdout.write(
                f"Kept active (not in the file, but the account holds rights the "
                f"importer lacks): {profile}"
            )
