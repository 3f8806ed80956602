import pytest
from django.urls import reverse

from skills.gaps import (
    SuggestedCourse,
    register_course_finder,
    unregister_course_finder,
)


def test_my_skills_lives_at_the_documented_address():
    assert reverse("skills:my_skills") == "/my-skills/"


def test_an_employee_sees_their_levels_requirements_and_expiry(client, staff, give):
    give(staff["anar"], "SS-01", 3, days=20)
    give(staff["anar"], "CE-01", 1)
    client.force_login(staff["anar"].user)
    response = client.get("/my-skills/")
    assert response.status_code == 200
    skills = response.context["skills"]
    assert (skills.met_count, skills.required_count) == (1, 2)
    assert [c.competency.code for c in skills.expiring] == ["SS-01"]
    assert [g.cell.competency.code for g in skills.gaps] == ["SS-02"]
    assert {c.competency.code for c in skills.cells} == {"SS-01", "SS-02", "CE-01"}
    html = response.content.decode()
    assert "No course is suggested for it yet." in html


def test_my_skills_shows_courses_that_close_a_gap(client, staff, framework):
    def find(needs, *, user):
        return {need: [SuggestedCourse("Kurs", "/kurs/")] for need in needs}

    register_course_finder(find)
    try:
        client.force_login(staff["banu"].user)
        html = client.get("/my-skills/").content.decode()
    finally:
        unregister_course_finder(find)
    assert 'href="/kurs/"' in html


def test_my_skills_shows_only_ones_own_profile(client, staff, give):
    give(staff["banu"], "SS-01", 4)
    client.force_login(staff["anar"].user)
    response = client.get("/my-skills/", {"employee": staff["banu"].pk})
    assert response.context["profile"] == staff["anar"]
    assert all(c.level is None for c in response.context["skills"].cells)


@pytest.mark.django_db
def test_my_skills_needs_a_login(client):
    response = client.get("/my-skills/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_my_skills_in_azerbaijani_is_translated(client, staff):
    client.force_login(staff["anar"].user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "az"
    client.cookies["django_language"] = "az"
    html = client.get("/my-skills/").content.decode()
    assert "Səriştələrim" in html
