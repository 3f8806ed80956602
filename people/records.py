"""Small records the employee site keeps: request counts for throttles, and the
employees' in-app notifications. Imported by ``people.models``."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RequestCount(models.Model):
    """Requests of one kind from one client in a fixed window, counted in the
    database so every web process and host sees the same number."""

    scope = models.CharField(max_length=32)
    key = models.CharField(max_length=64)  # a keyed hash, never the raw value
    window_start = models.DateTimeField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("request count")
        verbose_name_plural = _("request counts")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "key", "window_start"], name="one_count_per_window"
            )
        ]
        indexes = [models.Index(fields=["scope", "window_start"])]

    def __str__(self):
        return f"{self.scope} {self.window_start:%Y-%m-%d %H:%M}: {self.hits}"


class Notification(models.Model):
    """Something the employee site tells one person (beside the e-mail about it).

    ``kind`` names who describes it (``people.notifications.register_kind``): the
    text is written when it is shown, in the reader's language; ``about`` names
    what it is about, so one person is told one thing once (a database constraint).
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=32)
    about = models.CharField(_("about"), max_length=64)
    params = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "about"], name="one_notification_each"
            )
        ]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self):
        return f"{self.recipient_id}: {self.kind} {self.about}"
