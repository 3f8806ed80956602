import pytest
from django.utils import translation
from wagtail.models import Page

from courses.models import CourseIndexPage
from tests.factories import EmployeeFactory, make_unit


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches site roots; a rolled-back test must not leave them behind."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_in_the_test_thread():
    """Assertions on messages read English; requests still pick their own language."""
    with translation.override("en"):
        yield


@pytest.fixture
def tree(db):
    """agency → baku-1 (→ yasamal branch → front), ganja (→ front)."""
    agency = make_unit("agency", kind="agency")
    baku = make_unit("baku-1", agency, kind="centre")
    yasamal = make_unit("baku-1-yasamal", baku, kind="branch")
    front = make_unit("baku-1-yasamal-front", yasamal)
    ganja = make_unit("ganja", agency, kind="centre")
    ganja_front = make_unit("ganja-front", ganja)
    return {
        "agency": agency,
        "baku": baku,
        "yasamal": yasamal,
        "front": front,
        "ganja": ganja,
        "ganja_front": ganja_front,
    }


@pytest.fixture
def make_employee(db):
    def make(unit, roles=("Employee",), username=None, **kwargs):
        user_kwargs = {"user__roles": list(roles)}
        if username:
            user_kwargs["user__username"] = username
        return EmployeeFactory(org_unit=unit, **user_kwargs, **kwargs)

    return make


@pytest.fixture
def manager_of(make_employee):
    def make(*units, home=None, username=None):
        profile = make_employee(home or units[0], roles=("Manager",), username=username)
        profile.managed_units.add(*units)
        return profile

    return make


@pytest.fixture
def catalogue(db):
    root = Page.get_first_root_node()
    home = root.get_children().first() or root
    return home.add_child(instance=CourseIndexPage(title="Kurslar", slug="kurslar"))


@pytest.fixture
def employee(tree, make_employee):
    return make_employee(tree["front"])
