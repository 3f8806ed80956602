"""The competency framework: areas, competencies, the level scale, what positions need."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from people.models import Position
from people.translation import TranslatedField


class CompetencyArea(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("competency area")
        verbose_name_plural = _("competency areas")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.display_name


class Competency(models.Model):
    area = models.ForeignKey(
        CompetencyArea,
        on_delete=models.PROTECT,
        related_name="competencies",
        verbose_name=_("area"),
    )
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description = models.TextField(_("description (Azerbaijani)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    display_name = TranslatedField("name")
    display_description = TranslatedField("description")

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["area__sort_order", "code"]

    def __str__(self):
        return f"{self.code} {self.display_name}"


class ProficiencyLevel(models.Model):
    """One step of the ordered scale; a higher rank means more proficient."""

    rank = models.PositiveSmallIntegerField(_("rank"), unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    description = models.TextField(_("description (Azerbaijani)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    display_name = TranslatedField("name")
    display_description = TranslatedField("description")

    class Meta:
        verbose_name = _("proficiency level")
        verbose_name_plural = _("proficiency levels")
        ordering = ["rank"]
        constraints = [
            models.CheckConstraint(condition=Q(rank__gte=1), name="level_rank_positive")
        ]

    def __str__(self):
        return f"{self.rank} {self.display_name}"


class PositionRequirement(models.Model):
    position = models.ForeignKey(
        Position,
        on_delete=models.CASCADE,
        related_name="requirements",
        verbose_name=_("position"),
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.PROTECT,
        related_name="requirements",
        verbose_name=_("competency"),
    )
    level = models.ForeignKey(
        ProficiencyLevel,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("required level"),
    )

    class Meta:
        verbose_name = _("position requirement")
        verbose_name_plural = _("position requirements")
        ordering = ["position__name", "competency__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["position", "competency"], name="one_requirement_per_competency"
            )
        ]

    def __str__(self):
        return f"{self.position}: {self.competency} ≥ {self.level}"
