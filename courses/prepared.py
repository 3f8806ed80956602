"""Hot-path queries whose SQL is built once per shape.

Building a query with the ORM (joins across relations, subqueries, the columns of
three models) costs a request several times what the database takes to answer it.
A query whose shape depends only on what changes rarely (a course and its quizzes,
which change with the page tree's version) is compiled here once per shape and
process; each request runs the same SQL with its own values in place of markers.
Rows come back through the compiler's own converters, so they hold what
``values_list`` would give (datetimes, UUIDs and decimals on SQLite too).
"""

from collections import OrderedDict
from threading import Lock

from django.db import connections

# Stand-ins for the request's values while the SQL is compiled: integers no
# primary key takes, found again among the compiled parameters.
MARKERS = tuple(-2_000_000_011 - index for index in range(4))
KEPT = 256  # shapes kept per process (most recently used)

_statements = OrderedDict()
_lock = Lock()


class Statement:
    """SQL with the places of the markers, the compiler that reads its rows, and
    what its builder said of it (``meta``)."""

    def __init__(self, queryset, using, meta=None):
        self.meta = meta
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        self.sql = sql
        self.params = list(params)
        self.slots = {
            index: MARKERS.index(value)
            for index, value in enumerate(self.params)
            if type(value) is int and value in MARKERS
        }
        self.compiler = compiler
        self.using = using
        # The columns' converters, found once: they keep no state of a request.
        columns = [column[0] for column in compiler.select[: compiler.col_count]]
        self.converters = compiler.get_converters(columns)

    def rows(self, values):
        params = list(self.params)
        for index, marker in self.slots.items():
            params[index] = values[marker]
        with connections[self.using].cursor() as cursor:
            cursor.execute(self.sql, params)
            found = cursor.fetchall()
        if not self.converters:
            return found
        return list(self.compiler.apply_converters(found, self.converters))


def statement(shape, build, markers, using="default"):
    """The compiled ``build(*markers)`` for ``shape`` (everything besides the
    markers its SQL depends on): ``build`` gives a ``values_list`` queryset, and
    what a caller needs to read its rows (``Statement.meta``)."""
    key = (using, connections[using].vendor, shape)
    with _lock:
        found = _statements.get(key)
        if found is not None:
            _statements.move_to_end(key)
            return found
    queryset, meta = build(*MARKERS[:markers])
    found = Statement(queryset, using, meta)
    missing = set(range(markers)) - set(found.slots.values())
    if missing:
        raise ValueError(f"marker {sorted(missing)} is not a parameter of the query")
    with _lock:
        _statements[key] = found
        while len(_statements) > KEPT:
            _statements.popitem(last=False)
    return found


def run(shape, build, values, using="default"):
    """``(rows, meta)`` of ``build(*markers)`` run with ``values`` in the markers'
    places."""
    found = statement(shape, build, len(values), using)
    return found.rows(values), found.meta


def instances(shape, queryset_for, values, related=(), using="default"):
    """The model instances ``queryset_for(*markers)`` finds, run with ``values`` in
    the markers' places: with its annotations as attributes, and the forward
    relations named in ``related`` loaded as ``select_related`` loads them (None
    for an empty nullable one)."""

    def build(*markers):
        queryset = queryset_for(*markers)
        parts = [(queryset.model, None)]
        for name in related:
            parts.append((queryset.model._meta.get_field(name).related_model, name))
        columns = [
            f"{name}__{field.name}" if name else field.name
            for model, name in parts
            for field in model._meta.concrete_fields
        ]
        annotations = list(queryset.query.annotations)
        return queryset.values_list(*columns, *annotations), (parts, annotations)

    rows, (parts, annotations) = run(shape, build, values, using)
    return [instance_from(row, parts, annotations, using) for row in rows]


def instance_from(row, parts, annotations, using):
    start, loaded = 0, []
    for model, _name in parts:
        fields = model._meta.concrete_fields
        values = row[start : start + len(fields)]
        start += len(fields)
        if values[fields.index(model._meta.pk)] is None:
            loaded.append(None)  # a nullable relation with no row
            continue
        attnames = [field.attname for field in fields]
        loaded.append(model.from_db(using, attnames, values))
    instance = loaded[0]
    for (_model, name), other in zip(parts[1:], loaded[1:], strict=True):
        setattr(instance, name, other)
    for name, value in zip(annotations, row[start:], strict=True):
        setattr(instance, name, value)
    return instance


def forget():
    """Drop every compiled statement (tests that change what a shape means)."""
    with _lock:
        _statements.clear()
