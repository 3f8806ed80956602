"""Small records the employee site keeps: request counts for throttles, and the
employees' in-app notifications. Imported by ``people.models``."""

from django.db import models
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
