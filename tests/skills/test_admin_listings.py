from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from skills.models import Competency, PositionRequirement
from tests.factories import AreaFactory, CompetencyFactory, make_levels


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_framework_listings_cost_the_same_for_2_and_20_rows(
    client, tree, make_employee
):
    hr = make_employee(tree["agency"], roles=("HR",))
    levels = make_levels()
    client.force_login(hr.user)
    counts = {}
    for total in (2, 20):
        for number in range(Competency.objects.count(), total):
            area = AreaFactory(code=f"area-{total}-{number}")
            competency = CompetencyFactory(code=f"C-{total}-{number}", area=area)
            PositionRequirement.objects.get_or_create(
                position=hr.position,
                competency=competency,
                defaults={"level": levels[2]},
            )
        client.get(reverse("competencies:index"))
        counts[total] = (
            queries(client, reverse("competencies:index")),
            queries(client, reverse("position_requirements:index")),
        )
    assert counts[2] == counts[20]
