"""Publishing puts an alias of each course in every language's tree; the admin's
choosers and filters, and the catalogue's "available in", count each course once."""

from django.urls import reverse

from courses.locales import sync_to_locales
from courses.models import AssignmentRule, CoursePage
from tests.courses.conftest import make_course, make_synced_course, translate


def translated_course(catalogue, title, language):
    """A course translated into ``language``, with aliases in the other languages."""
    course = make_course(catalogue, title=title)
    translate(course, language)
    sync_to_locales(course)
    return course


def test_the_prerequisites_picker_lists_each_other_course_once(
    client, catalogue, tree, make_employee
):
    first = make_synced_course(catalogue, title="Xidmət standartları")
    translated_course(catalogue, "Fərdi məlumatlar", "en")
    # Two courses; in ru and en, an alias of the first, of the second a translation
    # (en) and an alias (ru).
    assert CoursePage.objects.count() == 6
    admin = make_employee(tree["agency"], roles=("Administrator",)).user
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    form = client.get(reverse("wagtailadmin_pages:edit", args=[first.pk])).context[
        "form"
    ]
    choices = [label for _, label in form.fields["prerequisites"].choices]
    assert choices == ["Fərdi məlumatlar"]
    assert form["prerequisites"].field.widget.input_type == "checkbox"


def test_enrolment_and_rule_course_choices_name_each_course_once(
    client, catalogue, tree, make_employee
):
    make_synced_course(catalogue, title="Xidmət standartları")
    hr = make_employee(tree["agency"], roles=("HR",)).user
    client.force_login(hr)
    listing = client.get(reverse("enrolments:index"))
    course_filter = listing.context["filters"].form.fields["course"]
    assert [label for value, label in course_filter.choices if value] == [
        "Xidmət standartları"
    ]
    form = client.get(reverse("assignment_rules:add")).context["form"]
    assert [label for value, label in form.fields["course"].choices if value] == [
        "Xidmət standartları"
    ]
    assert AssignmentRule.objects.count() == 0


def test_available_in_a_language_means_translated_into_it(client, catalogue, employee):
    make_synced_course(catalogue, title="Xidmət standartları")
    translated = translated_course(catalogue, "Fərdi məlumatlar", "en")
    client.force_login(employee.user)
    listed = client.get(catalogue.url, {"language": "en"}).context["courses"]
    assert [page.translation_key for page in listed] == [translated.translation_key]
