"""H5P's content-user-data protocol: the player saves its state (``dataType`` per
``subContentId``) so an employee resumes where they left off."""

import re

from django.db import transaction
from django.db.models import Sum
from django.db.models.functions import Length
from django.utils.translation import gettext as _

from . import conf
from .models import ContentUserData

NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
DELETE = (None, 0, "0", "")


class InvalidUserData(Exception):
    pass


def read_request(data):
    """``(data_type, sub_content_id, value, preload, invalidate)`` from the JSON the
    lesson page relays; value None means “forget it”."""
    data_type = str(data.get("dataType", ""))
    sub_content_id = str(data.get("subContentId") or "0")
    if not NAME.match(data_type) or not NAME.match(sub_content_id):
        raise InvalidUserData(_("Unknown kind of saved state."))
    value = data.get("data")
    if value in DELETE:
        value = None
    elif not isinstance(value, str):
        raise InvalidUserData(_("The saved state must be text."))
    elif len(value.encode()) > conf.MAX_USER_DATA_BYTES:
        raise InvalidUserData(_("The saved state is too large."))
    preload = str(data.get("preload", "1")) in ("1", "true", "True")
    invalidate = str(data.get("invalidate", "0")) in ("1", "true", "True")
    return data_type, sub_content_id, value, preload, invalidate


class QuotaExceeded(Exception):
    pass


@transaction.atomic
def save_user_data(*, employee, package, data_type, sub_content_id, value, **flags):
    """Store (or, with ``value`` None, forget) one piece of the player's state,
    within the employee's quota for the package."""
    found = ContentUserData.objects.filter(
        employee=employee,
        package=package,
        data_type=data_type,
        sub_content_id=sub_content_id,
    )
    if value is None:
        found.delete()
        return None
    lock_employee(employee)
    if state_kept(employee, package, excluding=found) + len(value) > conf.state_quota():
        raise QuotaExceeded(
            _(
                "Your saved progress in this activity has reached its limit, so it was "
                "not saved. Finish the activity or ask your trainer to reset it."
            )
        )
    row, _created = ContentUserData.objects.update_or_create(
        employee=employee,
        package=package,
        data_type=data_type,
        sub_content_id=sub_content_id,
        defaults={"data": value, **flags},
    )
    return row


def preloaded(employee, package):
    """What the player gets back when it starts: ``{subContentId: {dataType: data}}``
    (H5P core's own format)."""
    rows = ContentUserData.objects.filter(
        employee=employee, package=package, preload=True
    ).values_list("sub_content_id", "data_type", "data")
    state = {}
    for sub_content_id, data_type, data in rows:
        state.setdefault(sub_content_id, {})[data_type] = data
    return state


def stored_value(employee, package, data_type, sub_content_id):
    row = ContentUserData.objects.filter(
        employee=employee,
        package=package,
        data_type=data_type,
        sub_content_id=sub_content_id,
    ).first()
    return row.data if row else None


def lock_employee(employee):
    """Serialises an employee's writes, so two requests cannot both pass a quota."""
    list(
        type(employee)
        .objects.select_for_update()
        .filter(pk=employee.pk)
        .order_by()
        .values("pk")
    )


def state_kept(employee, package, excluding):
    kept = (
        ContentUserData.objects.filter(employee=employee, package=package)
        .exclude(pk__in=excluding.values("pk"))
        .aggregate(total=Sum(Length("data")))["total"]
    )
    return kept or 0
