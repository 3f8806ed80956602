"""A matrix page costs the same few queries whatever its size or filters."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skills.filters import MatrixFilterForm
from skills.matrix import ReferenceLists, matrix_page
from tests.factories import CompetencyFactory, EmployeeFactory

FILTERS = [
    {},
    {"per_page": "25"},
    {"per_page": "100"},
    {"sort": "-coverage", "per_page": "100"},
    {"sort": "unit", "q": "Test"},
    {"position": "POSITION", "area": "AREA", "unit": "UNIT"},
    {"page": "2", "per_page": "25"},
    {"unit": "nonsense", "sort": "nonsense"},
]


@pytest.fixture
def crowd(staff, framework, give, tree):
    """60 more operators with evidence, so a page of 50 is full."""
    for index in range(8):
        CompetencyFactory(code=f"EX-{index}", area=framework["areas"]["ethics"])
    people = EmployeeFactory.create_batch(60, org_unit=tree["front"])
    for person in people[::2]:
        give(person, "SS-01", 2)
        give(person, "SS-02", 3, days=20)
    return people


def params_for(template, framework, tree):
    values = {
        "POSITION": str(framework["operator"].pk),
        "AREA": str(framework["areas"]["service"].pk),
        "UNIT": str(tree["baku"].pk),
    }
    return {key: values.get(value, value) for key, value in template.items()}


def fresh(user):
    """The user as a request would load it: no permissions cached yet."""
    return get_user_model().objects.get(pk=user.pk)


@pytest.mark.parametrize("template", FILTERS)
@pytest.mark.parametrize("who", ["hr", "manager"])
def test_a_matrix_page_takes_at_most_ten_queries(
    crowd, staff, framework, tree, who, template, django_assert_max_num_queries
):
    user = fresh(staff[who].user)
    params = params_for(template, framework, tree)
    with django_assert_max_num_queries(10):
        lists = ReferenceLists.load(user)
        filters = MatrixFilterForm(params, lists=lists).filters()
        page = matrix_page(user=user, filters=filters, lists=lists)
        assert user.has_perm("skills.view_skills_matrix")
    assert page.rows


def count_request(client, params):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/admin/skills/matrix/", params)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("who", ["hr", "manager"])
def test_the_whole_request_costs_the_same_for_any_page_size_or_filter(
    client, crowd, staff, framework, tree, who
):
    client.force_login(staff[who].user)
    counts = {
        count_request(client, params_for(template, framework, tree))
        for template in FILTERS
    }
    # The matrix's own queries, plus Wagtail's admin furniture (session, user,
    # permissions, user profile, page and collection permissions for the menu).
    assert len(counts) == 1, counts
    assert counts.pop() <= 18
