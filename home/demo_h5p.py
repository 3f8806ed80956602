"""A demo H5P activity: our own quick-check content type in the ASAN İmza lesson of
the ASAN Login course, which is then completed when the activity is; and a few
employees' answers for the H5P results report. Safe to run twice."""

import io
import uuid

from courses.h5p.demo import demo_package, quick_check
from courses.h5p.models import H5PPackage, XAPIStatement
from courses.h5p.results import record_statement
from courses.h5p.services import import_package
from courses.h5p.xapi import read_statement
from courses.models import CoursePage, Enrolment, LessonPage

from .demo_data import DEMO_USERS

COURSE_SLUG = "asan-login-ve-imza"
LESSON_SLUG = "asan-imza"
TITLE = "ASAN İmza: hansı sertifikat lazımdır?"
CONTENT = quick_check(
    "Vətəndaş öz şirkətinin adından vergi bəyannaməsini imzalamalıdır. Ona hansı "
    "ASAN İmza sertifikatı lazımdır?",
    [
        ("Biznes", True, "Hüquqi şəxsi təmsil etmək üçün Biznes sertifikatı lazımdır."),
        ("Vətəndaş", False, "Vətəndaş sertifikatı öz adından istifadə üçündür."),
        ("Dövlət", False, "Dövlət sertifikatı dövlət orqanı əməkdaşları üçündür."),
    ],
)
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
# (right or wrong) answers of the first enrolled employees, in order
DEMO_ANSWERS = [(False, True), (True,), (False,), (True, True)]


def build_h5p_activity():
    package = H5PPackage.objects.filter(title=TITLE).first()
    if package is None:
        package = import_package(
            source=io.BytesIO(demo_package(TITLE, CONTENT)), user=None, title=TITLE
        )
    course = CoursePage.objects.filter(slug=COURSE_SLUG, alias_of__isnull=True).first()
    lesson = course and LessonPage.objects.child_of(course).filter(slug=LESSON_SLUG)
    if not lesson:
        return package
    add_to_lesson(lesson.get(), package)
    answer_for_some(course, package)
    return package


def add_to_lesson(lesson, package):
    if any(block.block_type == "h5p" for block in lesson.body):
        return
    rule = {"package": package, "completes_when": "passed", "pass_mark": 100}
    lesson.body.append(("h5p", rule))
    lesson.completion = LessonPage.Completion.ACTIVITIES
    lesson.save_revision().publish()


def answer_for_some(course, package):
    enrolments = (
        Enrolment.objects.current()
        .for_course(course)
        .exclude(employee__user__username__in=[user[0] for user in DEMO_USERS])
        .select_related("employee")
        .order_by("employee__employee_number")
    )
    for enrolment, answers in zip(enrolments, DEMO_ANSWERS, strict=False):
        for number, right in enumerate(answers):
            answer(package, enrolment.employee, number, right)


def answer(package, employee, number, right):
    statement_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{TITLE}/{employee.pk}/{number}")
    if XAPIStatement.objects.filter(statement_id=statement_id).exists():
        return
    statement = {
        "id": str(statement_id),
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {"id": f"urn:lms:h5p:{package.uuid}", "objectType": "Activity"},
        "result": {
            "score": {"min": 0, "max": 1, "raw": int(right), "scaled": int(right)},
            "completion": True,
            "success": right,
        },
    }
    record_statement(
        employee=employee, package=package, statement=read_statement(statement)
    )
