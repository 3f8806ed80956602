"""Demo courses, translations, trainer permissions and enrolments in varied states.

Course text lives in ``demo_courses.py``; this module turns it into pages and data,
looking everything up by slug so a second run changes nothing."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale

from courses.locales import sync_to_locales
from courses.models import (
    CourseCompetency,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
)
from courses.services import assign, complete_lesson, enrol_self
from people.models import EmployeeProfile
from skills.models import Competency, ProficiencyLevel

from .demo_courses import COURSES
from .demo_data import DEMO_USERS
from .demo_h5p import build_h5p_activity
from .demo_quizzes import QUIZ_SLUG, build_attempts, build_quiz, take_quiz

DEMO_LOGINS = [user[0] for user in DEMO_USERS]

CATALOGUE = {"az": "Kurslar", "ru": "Курсы", "en": "Courses"}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "view_page"]


def build_catalogue(home):
    index = CourseIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(title=CATALOGUE["az"], slug="kurslar")
        )
        index.save_revision().publish()
    for code in ("ru", "en"):
        if not index.get_translations().filter(locale__language_code=code).exists():
            copy = index.copy_for_translation(Locale.objects.get(language_code=code))
            copy.title = CATALOGUE[code]
            copy.save_revision().publish()
    grant_trainers(index)
    return index


def grant_trainers(index):
    trainers = Group.objects.get(name="Trainer")
    for codename in TRAINER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=trainers,
            page=index,
            permission__codename=codename,
            defaults={"permission": page_permission(codename)},
        )


def page_permission(codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def build_course(index, data):
    course = CoursePage.objects.filter(slug=data["slug"], locale=index.locale).first()
    if course is None:
        course = index.add_child(
            instance=CoursePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                objectives=data["objectives"],
                duration_minutes=data["duration_minutes"],
                certificate_validity_months=data["validity_months"],
                self_enrolment=data["self_enrolment"],
            )
        )
        for order, (code, rank) in enumerate(data["competencies"]):
            CourseCompetency.objects.create(
                course=course,
                sort_order=order,
                competency=Competency.objects.get(code=code),
                level=ProficiencyLevel.objects.get(rank=rank),
            )
        course.save_revision().publish()
    for number, lesson in enumerate(data["lessons"], start=1):
        build_lesson(course, lesson, number)
    for code, translation in data.get("translations", {}).items():
        translate_course(course, code, translation)
    sync_to_locales(course)
    for lesson in LessonPage.objects.child_of(course):
        sync_to_locales(lesson)
    return course


def build_lesson(course, data, number):
    if LessonPage.objects.child_of(course).filter(slug=data["slug"]).exists():
        return
    lesson = course.add_child(
        instance=LessonPage(
            title=data["title"],
            slug=data["slug"],
            estimated_minutes=data["minutes"],
            body=data["body"],
        )
    )
    lesson.save_revision().publish()


def translate_course(course, code, data):
    locale = Locale.objects.get(language_code=code)
    if course.get_translations().filter(locale=locale).exists():
        return
    copy = course.copy_for_translation(locale, copy_parents=True).specific
    copy.title, copy.summary, copy.objectives = (
        data["title"],
        data["summary"],
        data["objectives"],
    )
    copy.save_revision().publish()
    lessons = LessonPage.objects.child_of(course).order_by("path")
    for lesson, text in zip(lessons, data["lessons"], strict=True):
        lesson_copy = lesson.copy_for_translation(locale).specific
        lesson_copy.title, lesson_copy.body = text["title"], text["body"]
        lesson_copy.save_revision().publish()


def build_enrolments(courses):
    """Demo employees in every state: assigned, in progress, passed, overdue."""
    if Enrolment.objects.exists():
        return
    by_slug = {course.slug: course for course in courses}
    hr = get_user_model().objects.get(username="hr")
    today = timezone.localdate()
    staff = EmployeeProfile.objects.exclude(user__username__in=DEMO_LOGINS)
    for index, person in enumerate(staff.order_by("employee_number")):
        due = today + timedelta(days=(-12, -4, 6, 25)[index % 4])
        enrol(by_slug["xidmet-standartlari"], person, hr, due, lessons=index % 4)
        if index % 3 == 0:
            enrol(by_slug["asan-login-ve-imza"], person, None, None, lessons=index % 5)
        if person.position.code == "back-office-specialist":
            enrol(
                by_slug["ferdi-melumatlarin-qorunmasi"],
                person,
                hr,
                today + timedelta(days=30),
            )
    build_attempts(Enrolment.objects.filter(completed_at__isnull=False).order_by("pk"))
    employee = EmployeeProfile.objects.get(user__username="employee")
    enrol(
        by_slug["xidmet-standartlari"],
        employee,
        hr,
        today - timedelta(days=3),
        lessons=1,
    )
    complaints = enrol(
        by_slug["sikayetler-ve-cetin-sohbetler"], employee, None, None, lessons=99
    )
    take_quiz(quiz_of(complaints.course), complaints, 1.0, random.Random(1))
    enrol(
        by_slug["ferdi-melumatlarin-qorunmasi"],
        employee,
        hr,
        today + timedelta(days=20),
    )


def enrol(course, person, assigned_by, due_date, lessons=0):
    """Assign (or self-enrol, without ``assigned_by``) and complete some lessons."""
    if assigned_by is None:
        enrolment = enrol_self(employee=person, course=course)
    else:
        people = EmployeeProfile.objects.filter(pk=person.pk)
        assign(
            course=course, employees=people, due_date=due_date, assigned_by=assigned_by
        )
        enrolment = Enrolment.objects.current().get(employee=person, course=course)
    for lesson in list(course.lessons())[:lessons]:
        enrolment = complete_lesson(enrolment=enrolment, lesson=lesson)
    return enrolment


def quiz_of(course):
    from courses.quizzes.models import QuizPage

    return QuizPage.objects.child_of(course).get(slug=QUIZ_SLUG)


def build_learning(home):
    index = build_catalogue(home)
    courses = [build_course(index, data) for data in COURSES]
    for course in courses:
        quiz = build_quiz(course)
        if quiz:
            sync_to_locales(quiz)
    courses = [CoursePage.objects.get(pk=course.pk) for course in courses]
    build_enrolments(courses)
    build_h5p_activity()
    return index
