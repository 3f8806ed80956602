from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from courses.h5p.models import H5PPackage
from courses.h5p.services import PackageRejected, import_package


class Command(BaseCommand):
    help = "Validate an .h5p file and import it; prints every problem if it is refused."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .h5p package")
        parser.add_argument("--title", default="", help="title (default: h5p.json's)")
        parser.add_argument(
            "--grading",
            choices=H5PPackage.Grading.values,
            default=H5PPackage.Grading.BEST,
            help="which attempt counts",
        )

    def handle(self, *args, **options):
        try:
            source = open(options["file"], "rb")
        except OSError as error:
            raise CommandError(str(error)) from error
        with source:
            try:
                package = import_package(
                    source=source,
                    user=None,
                    title=options["title"],
                    grading_method=options["grading"],
                )
            except PackageRejected as rejected:
                for problem in rejected.problems:
                    self.stderr.write(f"- {problem}")
                raise CommandError(refusal(len(rejected.problems))) from None
        log(package, "wagtail.create")
        self.stdout.write(
            _("Imported “%(title)s” (id %(id)d), main library %(library)s.")
            % {
                "title": package.title,
                "id": package.pk,
                "library": package.main_library,
            }
        )


def refusal(count):
    return ngettext(
        "The package was refused (%(count)d problem); nothing was stored.",
        "The package was refused (%(count)d problems); nothing was stored.",
        count,
    ) % {"count": count}
