"""Background work through django-q2 when the site runs it; inline otherwise.

The plugin installs into host sites without django-q2 (``tests/hostsite``); there a
task runs in the process that queues it.
"""

from django.apps import apps
from django.utils.module_loading import import_string


def enqueue(func_path, *args):
    if apps.is_installed("django_q"):
        from django_q.tasks import async_task

        return async_task(func_path, *args)
    return import_string(func_path)(*args)
