"""Employee import from CSV: validate every row first, then change all or nothing."""

import csv
import io
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import accounts
from .models import EmployeeImport, EmployeeProfile, OrgUnit, Position
from .signals import employees_imported
from .text import clean_name

REQUIRED_COLUMNS = ("employee_number", "full_name", "org_unit", "position")
OPTIONAL_COLUMNS = (
    "email",
    "username",
    "language",
    "active",
    "org_unit_name",
    "parent_org_unit",
    "position_name",
)
LANGUAGES = {choice.value for choice in EmployeeProfile.Language}
TRUE_WORDS = {"1", "yes", "true", "y", "bəli", "he", "да", "active", "aktiv"}
FALSE_WORDS = {"0", "no", "false", "n", "xeyr", "yox", "нет", "inactive", "passiv"}
NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
CODE_RE = re.compile(r"^[-a-zA-Z0-9_]+$")
MAX_ROWS = 20_000
# Free text printed on certificates and lists: stripped of control characters.
NAME_COLUMNS = ("full_name", "org_unit_name", "position_name")


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    message: str

    def __str__(self):
        if self.column:
            return _("Line %(line)s, column “%(column)s”: %(message)s") % {
                "line": self.line,
                "column": self.column,
                "message": self.message,
            }
        return _("Line %(line)s: %(message)s") % {
            "line": self.line,
            "message": self.message,
        }


@dataclass
class ImportOutcome:
    problems: list = field(default_factory=list)
    record: EmployeeImport | None = None
    unchanged_count: int = 0
    # Employees missing from the file whose accounts hold rights the importer lacks:
    # --deactivate-missing leaves them active.
    kept_active: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems


class ImportRejected(Exception):
    def __init__(self, problems):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class Row:
    line: int
    employee_number: str
    full_name: str
    org_unit: str
    position: str
    email: str = ""
    username: str = ""
    language: str = ""
    active: bool = True
    org_unit_name: str = ""
    parent_org_unit: str = ""
    position_name: str = ""


def read_csv(data):
    """Decode and parse the file; UTF-8 with or without BOM, `,` or `;` separated."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRejected(
            [
                ImportProblem(
                    line, "", _("the file is not UTF-8 text; save it as CSV UTF-8")
                )
            ]
        ) from None
    if not text.strip():
        raise ImportRejected([ImportProblem(1, "", _("the file is empty"))])
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ImportRejected(
            [ImportProblem(reader.line_num, "", _("unreadable CSV: %s") % exc)]
        ) from None
    return rows


def parse_header(header):
    columns = [name.strip().lower() for name in header]
    problems = []
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append(ImportProblem(1, name, _("required column is missing")))
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    for name in columns:
        if name and name not in known:
            problems.append(ImportProblem(1, name, _("unknown column")))
    if len(set(columns)) != len(columns):
        problems.append(ImportProblem(1, "", _("a column appears twice")))
    return columns, problems


def parse_rows(rows):
    """Turn CSV rows into ``Row`` objects, collecting every format problem."""
    columns, problems = parse_header(rows[0])
    if problems:
        return [], problems
    if len(rows) - 1 > MAX_ROWS:
        return [], [ImportProblem(1, "", _("more than %d rows") % MAX_ROWS)]
    parsed, first_lines = [], {}
    for line, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(columns):
            problems.append(
                ImportProblem(
                    line,
                    "",
                    _("expected %(expected)d values, found %(found)d")
                    % {"expected": len(columns), "found": len(values)},
                )
            )
            continue
        raw = {name: value.strip() for name, value in zip(columns, values, strict=True)}
        for name in NAME_COLUMNS:
            if name in raw:
                raw[name] = clean_name(raw[name])
        number = raw.get("employee_number", "")
        first = first_lines.setdefault(number, line) if number else line
        if first != line:
            problems.append(
                ImportProblem(
                    line,
                    "employee_number",
                    _("%(number)s already appears on line %(first)d")
                    % {"number": number, "first": first},
                )
            )
            continue
        row, row_problems = parse_row(line, raw)
        problems.extend(row_problems)
        if row:
            parsed.append(row)
    return parsed, problems


def parse_row(line, raw):
    problems = []

    def problem(column, message):
        problems.append(ImportProblem(line, column, message))

    for name in REQUIRED_COLUMNS:
        if not raw.get(name):
            problem(name, _("a value is required"))
    number = raw.get("employee_number", "")
    if number and (len(number) > 32 or not NUMBER_RE.match(number)):
        problem("employee_number", _("use up to 32 letters, digits, '.', '-' or '_'"))
    if len(raw.get("full_name", "")) > 255:
        problem("full_name", _("longer than 255 characters"))
    for name in ("org_unit", "parent_org_unit", "position"):
        value = raw.get(name, "")
        if value and (len(value) > 40 or not CODE_RE.match(value)):
            problem(name, _("a code uses up to 40 Latin letters, digits, '-' or '_'"))
    username = raw.get("username", "")
    if username:
        try:
            for validator in get_user_model()._meta.get_field("username").validators:
                validator(username)
        except ValidationError:
            problem(
                "username",
                _("use up to 150 letters, digits and @ . + - _ (no spaces)"),
            )
    email = raw.get("email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            problem("email", _("“%s” is not an e-mail address") % email)
    language = raw.get("language", "").lower()
    if language and language not in LANGUAGES:
        problem("language", _("use az, ru or en"))
    active = parse_bool(raw.get("active", ""))
    if active is None:
        problem("active", _("use yes or no (1 or 0)"))
    if problems:
        return None, problems
    row = Row(
        line=line,
        employee_number=number,
        full_name=raw["full_name"],
        org_unit=raw["org_unit"],
        position=raw["position"],
        email=email,
        username=raw.get("username", ""),
        language=language,
        active=active,
        org_unit_name=raw.get("org_unit_name", ""),
        parent_org_unit=raw.get("parent_org_unit", ""),
        position_name=raw.get("position_name", ""),
    )
    return row, []


def parse_bool(value):
    value = value.strip().lower()
    if not value or value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    return None


class Plan:
    """What the rows would change, worked out against the database before writing."""

    def __init__(self, rows, create_missing, importer=None):
        self.rows = rows
        self.create_missing = create_missing
        self.importer = importer
        self.problems = []
        self.units = {u.code: u for u in OrgUnit.objects.all()}
        self.positions = {p.code: p for p in Position.objects.all()}
        self.profiles = EmployeeProfile.objects.select_related(
            "user", "org_unit", "position"
        ).in_bulk([row.employee_number for row in rows], field_name="employee_number")
        self.new_units = {}
        self.new_positions = {}
        self.check_references()
        self.check_usernames()
        self.check_rights()

    def problem(self, row, column, message):
        self.problems.append(ImportProblem(row.line, column, message))

    def check_references(self):
        for row in self.rows:
            if row.org_unit not in self.units and row.org_unit not in self.new_units:
                self.plan_unit(row)
            if row.position not in self.positions:
                if self.create_missing:
                    self.new_positions.setdefault(
                        row.position, row.position_name or row.position
                    )
                else:
                    self.problem(
                        row,
                        "position",
                        _(
                            "no position with code “%s”; tick “create missing units "
                            "and positions” to create it"
                        )
                        % row.position,
                    )

    def plan_unit(self, row):
        if not self.create_missing:
            self.problem(
                row,
                "org_unit",
                _(
                    "no unit with code “%s”; tick “create missing units and "
                    "positions” to create it"
                )
                % row.org_unit,
            )
            return
        parent = row.parent_org_unit
        if parent and parent not in self.units and parent not in self.new_units:
            self.problem(
                row,
                "parent_org_unit",
                _("no unit with code “%s” exists or is created on an earlier line")
                % parent,
            )
            return
        if not parent and OrgUnit.get_root_nodes().count() != 1:
            self.problem(row, "parent_org_unit", _("say under which unit to create it"))
            return
        self.new_units[row.org_unit] = (row.org_unit_name or row.org_unit, parent)

    def check_usernames(self):
        User = get_user_model()
        wanted = {}
        for row in self.rows:
            profile = self.profiles.get(row.employee_number)
            username = row.username or (
                profile.user.username if profile else row.employee_number.lower()
            )
            row.username = username
            if wanted.setdefault(username, row.line) != row.line:
                self.problem(
                    row, "username", _("“%s” is used twice in the file") % username
                )
        taken = User.objects.filter(username__in=wanted).values_list("username", "pk")
        for username, user_pk in taken:
            line = wanted[username]
            row = next(r for r in self.rows if r.line == line)
            profile = self.profiles.get(row.employee_number)
            if not profile or profile.user_id != user_pk:
                self.problem(
                    row, "username", _("“%s” belongs to another user") % username
                )

    def check_rights(self):
        """A row may not change the login of an account holding rights the importer
        lacks (an e-mail of their choosing and a password reset would take it over)."""
        changing = {}
        for row in self.rows:
            profile = self.profiles.get(row.employee_number)
            if profile is None:
                continue
            column = account_change(profile, row)
            if column:
                changing[profile.user_id] = (row, column)
        protected = accounts.protected_user_ids(changing, self.importer)
        for user_id in protected:
            row, column = changing[user_id]
            self.problem(
                row,
                column,
                _(
                    "the account “%s” holds rights you do not have; only someone who "
                    "holds them may change its e-mail, username or active state"
                )
                % self.profiles[row.employee_number].user.username,
            )


def account_change(profile, row):
    """The first column of ``row`` that would change ``profile``'s login, or ""."""
    user = profile.user
    if row.username != user.username:
        return "username"
    if row.email and row.email != user.email:
        return "email"
    if row.active != user.is_active or row.active != profile.is_active:
        return "active"
    return ""


def import_employees(
    *, data, file_name="", user=None, create_missing=False, deactivate_missing=False
):
    """Validate the whole file, then apply it in one transaction or not at all."""
    try:
        rows, problems = parse_rows(read_csv(data))
    except ImportRejected as rejected:
        return ImportOutcome(problems=rejected.problems)
    if not rows and not problems:
        return ImportOutcome(problems=[ImportProblem(2, "", _("the file has no rows"))])
    try:
        with transaction.atomic():
            # Rows with format problems are left out of the plan, so that the
            # problems of the other rows are reported in the same run.
            plan = Plan(rows, create_missing, importer=user)
            problems = sorted(problems + plan.problems, key=_line)
            if problems:
                return ImportOutcome(problems=problems)
            return apply_plan(plan, file_name, user, deactivate_missing)
    except IntegrityError:
        # Another import or an edit committed the same numbers meanwhile.
        message = _(
            "someone saved the same employees meanwhile; nothing was changed, "
            "import the file again"
        )
        return ImportOutcome(problems=[ImportProblem(1, "", message)])


def _line(problem):
    return problem.line


def apply_plan(plan, file_name, user, deactivate_missing):
    record = EmployeeImport(file_name=file_name[:255], imported_by=user)
    record.row_count = len(plan.rows)
    record.units_created = create_units(plan)
    record.positions_created = create_positions(plan)
    unchanged = write_profiles(plan, record, user)
    kept_active = []
    if deactivate_missing:
        record.deactivated_count, kept_active = deactivate_others(plan, user)
    record.save()
    log(record, "people.employees_imported", user=user, data=_summary(record))
    numbers = [row.employee_number for row in plan.rows]
    ids = list(
        EmployeeProfile.objects.filter(employee_number__in=numbers).values_list(
            "pk", flat=True
        )
    )
    transaction.on_commit(
        lambda: employees_imported.send(sender=EmployeeImport, profile_ids=ids)
    )
    return ImportOutcome(
        record=record, unchanged_count=unchanged, kept_active=kept_active
    )


def _summary(record):
    return {
        "rows": record.row_count,
        "created": record.created_count,
        "updated": record.updated_count,
        "deactivated": record.deactivated_count,
    }


def create_units(plan):
    for code, (name, parent_code) in plan.new_units.items():
        parent = (
            plan.units.get(parent_code) if parent_code else OrgUnit.get_root_nodes()[0]
        )
        plan.units[code] = parent.add_child(code=code, name=name)
    return len(plan.new_units)


def create_positions(plan):
    for code, name in plan.new_positions.items():
        plan.positions[code] = Position.objects.create(code=code, name=name)
    return len(plan.new_positions)


def write_profiles(plan, record, importer):
    User = get_user_model()
    new_rows = [r for r in plan.rows if r.employee_number not in plan.profiles]
    users = [build_user(User, row) for row in new_rows]
    User.objects.bulk_create(users)
    created_users = User.objects.in_bulk(
        [u.username for u in users], field_name="username"
    )
    EmployeeProfile.objects.bulk_create(
        [
            EmployeeProfile(
                user=created_users[row.username], **profile_values(plan, row)
            )
            for row in new_rows
        ]
    )
    record.created_count = len(new_rows)
    record.updated_count = update_existing(plan, importer)
    return len(plan.profiles) - record.updated_count


def update_existing(plan, importer):
    User = get_user_model()
    now = timezone.now()
    changed_profiles, changed_users = [], []
    old_emails, switched = {}, {True: [], False: []}
    for row in plan.rows:
        profile = plan.profiles.get(row.employee_number)
        if profile is None:
            continue
        if update_profile(plan, profile, row):
            profile.updated_at = now
            changed_profiles.append(profile)
        user = profile.user
        email, active = user.email, user.is_active
        if update_user(user, row):
            changed_users.append(user)
            if user.email != email:
                old_emails[user.pk] = email
            if user.is_active != active:
                switched[user.is_active].append(user)
    EmployeeProfile.objects.bulk_update(
        changed_profiles,
        [
            "full_name",
            "org_unit",
            "position",
            "preferred_language",
            "is_active",
            "updated_at",
        ],
    )
    User.objects.bulk_update(changed_users, ["username", "email", "is_active"])
    audit_account_changes(changed_users, old_emails, switched, importer)
    user_ids = {user.pk for user in changed_users}
    touched = {p.pk for p in changed_profiles}
    touched |= {p.pk for p in plan.profiles.values() if p.user_id in user_ids}
    return len(touched)


def audit_account_changes(users, old_emails, switched, importer):
    """E-mail changes and (de)activations are written to the audit log one by one;
    deactivated people are logged out at once."""
    accounts.log_many(
        [user for user in users if user.pk in old_emails],
        accounts.EMAIL_CHANGED,
        by=importer,
        data=lambda user: {"old": old_emails[user.pk], "new": user.email},
    )
    accounts.log_many(switched[False], accounts.ACCOUNT_DEACTIVATED, by=importer)
    accounts.log_many(switched[True], accounts.ACCOUNT_REACTIVATED, by=importer)
    accounts.end_sessions([user.pk for user in switched[False]])


def build_user(User, row):
    user = User(username=row.username, email=row.email, is_active=row.active)
    user.set_unusable_password()
    return user


def profile_values(plan, row):
    return {
        "employee_number": row.employee_number,
        "full_name": row.full_name,
        "org_unit": plan.units[row.org_unit],
        "position": plan.positions[row.position],
        "preferred_language": row.language or EmployeeProfile.Language.AZ,
        "is_active": row.active,
    }


def update_profile(plan, profile, row):
    values = profile_values(plan, row)
    if not row.language:
        values["preferred_language"] = profile.preferred_language
    changed = False
    for name, value in values.items():
        if getattr(profile, name) != value:
            setattr(profile, name, value)
            changed = True
    return changed


def update_user(user, row):
    values = {"username": row.username, "is_active": row.active}
    if row.email:
        values["email"] = row.email
    changed = False
    for name, value in values.items():
        if getattr(user, name) != value:
            setattr(user, name, value)
            changed = True
    return changed


def deactivate_others(plan, importer):
    """Deactivate active employees missing from the file, except those whose accounts
    hold rights the importer lacks; returns the count and the profiles kept."""
    listed = [row.employee_number for row in plan.rows]
    leavers = EmployeeProfile.objects.filter(is_active=True).exclude(
        employee_number__in=listed
    )
    user_ids = list(leavers.values_list("user_id", flat=True))
    protected = accounts.protected_user_ids(user_ids, importer)
    kept = list(leavers.filter(user_id__in=protected).order_by("employee_number"))
    leavers = leavers.exclude(user_id__in=protected)
    user_ids = [pk for pk in user_ids if pk not in protected]
    count = leavers.update(is_active=False, updated_at=timezone.now())
    accounts.deactivate_accounts(user_ids, by=importer)
    return count, kept
