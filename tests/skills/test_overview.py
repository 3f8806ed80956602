from django.urls import reverse
from django.utils import timezone

from skills import charts
from skills.coverage import expiring_by_month, month_start
from skills.models import CompetencyEvidence


def test_overview_heatmap_counts_each_unit_with_its_subtree(client, staff, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["anar"], "SS-02", 1)
    client.force_login(staff["hr"].user)
    response = client.get(reverse("skills_overview"))
    assert response.status_code == 200
    rows = {row.unit.code: row for row in response.context["overview"].heat_rows}
    assert set(rows) == {"agency", "baku-1", "ganja"}
    baku = rows["baku-1"]  # anar, banu, manager (operators) and dilara (specialist)
    assert (baku.total.met, baku.total.required) == (2, 7)
    service = dict((area.code, tally) for area, tally, _ in baku.cells)["service"]
    assert (service.met, service.required) == (2, 6)


def test_overview_shows_charts_with_text_alternatives(client, staff, give):
    give(staff["anar"], "SS-01", 2, days=40)
    client.force_login(staff["hr"].user)
    html = client.get(reverse("skills_overview")).content.decode()
    assert html.count("<svg") >= 2 and 'role="img"' in html
    assert '<title id="coverage-chart-title">' in html
    assert '<desc id="expiry-chart-desc">' in html
    assert "Show as a table" in html
    assert "cdn" not in html.lower() or '<script src="http' not in html


def test_manager_overview_starts_at_their_unit(client, staff):
    client.force_login(staff["manager"].user)
    response = client.get(reverse("skills_overview"))
    codes = [row.unit.code for row in response.context["overview"].heat_rows]
    assert codes == ["baku-1", "baku-1-yasamal"]


def test_expiring_evidence_is_counted_per_month(staff, give):
    now = timezone.now()
    give(staff["anar"], "SS-01", 2, days=1)
    give(staff["anar"], "SS-02", 2, days=40)
    give(staff["banu"], "SS-01", 2, days=400)
    give(staff["banu"], "SS-02", 2, days=None)
    give(staff["banu"], "CE-01", 2, days=3, ended_at=now, end_reason="revoked")
    months = expiring_by_month(staff["anar"].__class__.objects.all(), moment=now)
    assert len(months) == 12 and months[0][0] == month_start(now)
    assert sum(n for _, n in months) == 2
    assert CompetencyEvidence.objects.count() == 5


def test_chart_geometry_uses_dots_and_stays_in_the_box():
    chart = charts.horizontal_bars(
        [("A", 0.5, "50%"), ("B", 1.0, "100%"), ("C", None, "—")],
        title="t",
        description="d",
    )
    widths = [float(mark.width) for mark in chart.marks]
    assert widths[1] == 2 * widths[0] and widths[2] == 0
    assert all(float(m.x) + float(m.width) <= chart.width for m in chart.marks)
    line = charts.line([("a", 0.2, ""), ("b", 0.9, "")], title="t", description="d")
    assert "," in line.polyline and all("." in m.y for m in line.marks)
    assert [m.tone for m in chart.marks] == ["mid", "full", "none"]


def test_overview_ignores_a_bad_unit_with_a_message(client, staff):
    client.force_login(staff["manager"].user)
    response = client.get(reverse("skills_overview"), {"unit": "999999"})
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
