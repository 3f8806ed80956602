"""One row per xAPI statement, written in the transaction of the event it tells of.

The statement id is the primary key, derived from the event, so the same event
never makes two statements and a replay sends the same ids again (the LRS keeps
one of each). A row is pending until the LRS accepts it; rejected rows (the LRS
refused their content) stay for an administrator, and ``xapi_replay`` sends any of
them again.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxStatementQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(delivered_at__isnull=True, rejected_at__isnull=True)

    def due(self, moment=None):
        return self.pending().filter(next_attempt_at__lte=moment or timezone.now())


class OutboxStatement(models.Model):
    statement_id = models.UUIDField(_("statement id"), primary_key=True)
    kind = models.CharField(_("event"), max_length=40)
    payload = models.JSONField(_("statement"))
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    rejected_at = models.DateTimeField(_("rejected at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    objects = OutboxStatementQuerySet.as_manager()

    class Meta:
        verbose_name = _("outbox statement")
        verbose_name_plural = _("outbox statements")
        ordering = ["created_at", "statement_id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(delivered_at__isnull=True, rejected_at__isnull=True),
                name="xapi_outbox_due",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.statement_id}"
