"""Send outbox statements to the LRS again: after an outage, a new LRS, or a fix
for statements it refused. The LRS keeps one statement per id, so a replay never
makes duplicates."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ...conf import is_enabled
from ...delivery import deliver_due
from ...models import OutboxStatement


class Command(BaseCommand):
    help = "Send xAPI statements from the outbox to the LRS again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", help="Only statements recorded at or after this ISO time"
        )
        parser.add_argument("--kind", help="Only this event kind, e.g. course_passed")
        parser.add_argument(
            "--rejected", action="store_true", help="Only statements the LRS refused"
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Leave the sending to the django-q2 worker instead of sending now",
        )

    def handle(self, since, kind, rejected, queue, **options):
        if not is_enabled():
            raise CommandError("LMS_LRS_URL is not set: there is no LRS to send to.")
        rows = OutboxStatement.objects.all()
        if since:
            moment = parse_datetime(since)
            if moment is None:
                raise CommandError(f"--since {since!r} is not an ISO date and time.")
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
            rows = rows.filter(created_at__gte=moment)
        if kind:
            rows = rows.filter(kind=kind)
        if rejected:
            rows = rows.filter(rejected_at__isnull=False)
        count = rows.update(
            delivered_at=None,
            rejected_at=None,
            attempts=0,
            next_attempt_at=timezone.now(),
            last_error="",
        )
        self.stdout.write(f"{count} statements queued for sending again.")
        if not queue:
            sent = deliver_due(max_batches=10**6)
            left = OutboxStatement.objects.pending().count()
            self.stdout.write(f"{sent} accepted by the LRS; {left} still pending.")
