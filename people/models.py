from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from .translation import TranslatedField
from .units import forget_unit_names, path_label


class OrgUnitQuerySet(MP_NodeQuerySet):
    def visible_to(self, user):
        """Units whose people ``user`` may see: all, their managed subtrees, or none."""
        if can_see_everyone(user):
            return self.all()
        return self.filter(subtree_q(managed_paths(user), "path"))


class OrgUnitManager(MP_NodeManager):
    def get_queryset(self):
        return OrgUnitQuerySet(self.model, using=self._db).order_by("path")

    def visible_to(self, user):
        return self.get_queryset().visible_to(user)


class OrgUnit(MP_Node):
    """A unit of the agency: the agency itself, a service centre, a branch, a department."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agency")
        CENTRE = "centre", _("Service centre")
        BRANCH = "branch", _("Branch")
        DEPARTMENT = "department", _("Department")
        CALL_CENTRE = "call_centre", _("Call centre")
        MOBILE = "mobile", _("Mobile service (buses)")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT
    )

    node_order_by = ["name"]
    objects = OrgUnitManager()
    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("organisation unit")
        verbose_name_plural = _("organisation units")
        ordering = ["path"]

    def __str__(self):
        return self.path_label

    @property
    def path_label(self):
        """ "Bakı 1 › Ön ofis": the name with its place in the tree (people/units.py)."""
        if not self.path:
            return self.display_name
        return path_label(self.path, self.steplen) or self.display_name

    @property
    def indented_name(self):
        return "\u2003" * (self.depth - 1) + self.display_name

    indented_name.fget.short_description = _("name")

    def move(self, target, pos=None):
        super().move(target, pos)
        forget_unit_names()  # the paths below it changed in SQL, without signals


class Position(models.Model):
    """A job role; the skills framework says what each position requires."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["name"]

    def __str__(self):
        return self.display_name


class EmployeeProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The one scoping helper: every list, report and export of people uses it.

        HR, trainers and administrators see everyone; a manager sees the units they
        manage and all their descendants; anyone else sees only themself.
        """
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if can_see_everyone(user):
            return self.all()
        return self.filter(
            Q(user=user) | subtree_q(managed_paths(user), "org_unit__path")
        )

    def active(self):
        return self.filter(is_active=True)


class EmployeeProfile(models.Model):
    class Language(models.TextChoices):
        AZ = "az", "Azərbaycanca"
        RU = "ru", "Русский"
        EN = "en", "English"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="employee_profile",
        verbose_name=_("user"),
    )
    employee_number = models.CharField(_("employee number"), max_length=32, unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=255,
        help_text=_("As printed on certificates, e.g. Məmmədova Günay Elçin qızı."),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="employees",
        verbose_name=_("organisation unit"),
    )
    position = models.ForeignKey(
        Position,
        on_delete=models.PROTECT,
        related_name="employees",
        verbose_name=_("position"),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=Language.choices,
        default=Language.AZ,
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Employees who left are deactivated, never deleted."),
    )
    managed_units = models.ManyToManyField(
        OrgUnit,
        blank=True,
        related_name="managers",
        verbose_name=_("managed units"),
        help_text=_("A manager sees these units and every unit below them."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EmployeeProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("employee")
        verbose_name_plural = _("employees")
        ordering = ["full_name"]
        permissions = [
            ("view_all_employees", _("Can see every employee")),
            ("import_employees", _("Can import employees from CSV")),
        ]
        indexes = [models.Index(fields=["org_unit", "is_active"])]

    def __str__(self):
        return f"{self.full_name} ({self.employee_number})"


class EmployeeImport(models.Model):
    """One run of the employee import, kept as a record of who changed what and when."""

    file_name = models.CharField(_("file name"), max_length=255)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    deactivated_count = models.PositiveIntegerField(_("deactivated"), default=0)
    units_created = models.PositiveIntegerField(_("units created"), default=0)
    positions_created = models.PositiveIntegerField(_("positions created"), default=0)

    class Meta:
        verbose_name = _("employee import")
        verbose_name_plural = _("employee imports")
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.file_name} ({self.imported_at:%Y-%m-%d %H:%M})"


def can_see_everyone(user):
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("people.view_all_employees"))
    )


def answers_for_people(user):
    """HR and managers: people they answer for beyond themselves. The admin home shows
    them who is overdue, which certificates expire and how requirements are met."""
    return user.is_authenticated and (
        user.is_superuser
        or user.has_perm("people.change_employeeprofile")
        or bool(managed_paths(user))
    )


def managed_paths(user):
    """Tree paths of the units ``user`` manages, without those inside another.

    A manager who left (their profile or login deactivated) manages nothing."""
    if not user.is_authenticated or not user.is_active:
        return []
    paths = sorted(
        OrgUnit.objects.filter(
            managers__user=user, managers__is_active=True
        ).values_list("path", flat=True)
    )
    kept = []
    for path in paths:
        if not any(path.startswith(parent) for parent in kept):
            kept.append(path)
    return kept


def subtree_q(paths, lookup):
    """A filter matching anything whose unit path lies under one of ``paths``."""
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(**{f"{lookup}__startswith": path})
    return q


from .records import Notification, RequestCount  # noqa: E402, F401  (own file)
