"""Background work through django-q2 when the site runs it; inline otherwise.

One way of queueing for every app (certificates and skills import ``enqueue`` from
here). The plugin installs into host sites without django-q2 (``tests/hostsite``);
there a task runs in the process that queues it.
"""

from django.apps import apps
from django.db import transaction
from django.utils.module_loading import import_string


def enqueue(func_path, *args):
    if not apps.is_installed("django_q"):
        return import_string(func_path)(*args)
    from django_q.conf import Conf
    from django_q.tasks import async_task

    if Conf.ORM and not Conf.SYNC and transaction.get_autocommit(Conf.ORM):
        # Outside a transaction (an on_commit callback, as most queueing is) the ORM
        # broker closes the request's connection first, twice, as a worker would a
        # stale one: the next query reconnects (SQLite: the close checkpoints its
        # WAL file) or health-checks it. In a transaction of its own it does not.
        with transaction.atomic(using=Conf.ORM):
            return async_task(func_path, *args)
    return async_task(func_path, *args)
