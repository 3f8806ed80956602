"""Thin tasks: they take ids and call a service; running one twice changes nothing."""

from . import services


def build_matrix_export(export_id):
    services.export_build(export_id=export_id)


def snapshot_coverage():
    return services.snapshot_coverage()


def forget_old_exports():
    return services.forget_old_exports()
