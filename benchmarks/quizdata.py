"""Data for the quiz load: employees with passwords, one course with a 20-question
quiz (and a copy of it for the bare baseline), everyone enrolled.

Idempotent: a second run finds what the first made. ``reset_attempts`` clears the
attempts of both quizzes so a load run starts from the same state every time.
"""

import json
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction

USERNAME = "bench-emp-{:03d}"
COURSE_SLUG = "bench-load-course"
QUIZ_SLUG = "bench-load-quiz"
BARE_QUIZ_SLUG = "bench-bare-quiz"

# (type, text, options or answer, points); the right options are marked with "*".
QUESTIONS = [
    ("single", "Which window serves passports?", ["*A", "B", "C", "D"], 1),
    ("single", "How many days to answer a complaint?", ["5", "*15", "30"], 1),
    ("single", "Who signs the act?", ["*Director", "Operator", "Volunteer"], 1),
    ("single", "Where is the queue ticket issued?", ["*Terminal", "Door", "Desk"], 1),
    ("single", "Which colour marks priority service?", ["Red", "*Blue", "Grey"], 1),
    ("single", "What is shown at the desk?", ["*Badge", "Phone", "Bag"], 1),
    ("multiple", "Which are service principles?", ["*Openness", "*Courtesy", "Speed"], 2),
    ("multiple", "Which documents identify?", ["*ID card", "*Passport", "Receipt"], 2),
    ("multiple", "Which systems are ours?", ["*ASAN Login", "Other", "*myGov"], 2),
    ("truefalse", "108 is the call centre.", True, 1),
    ("truefalse", "Volunteers sign acts.", False, 1),
    ("truefalse", "Citizens may leave feedback.", True, 1),
    ("truefalse", "The queue skips elders.", False, 1),
    ("short", "Type the agency's name: ASAN", ["ASAN"], 1),
    ("short", "Type the word: standard", ["standard"], 1),
    ("numeric", "How many principles are there?", Decimal("5"), 1),
    ("numeric", "Minutes of the lunch break?", Decimal("60"), 1),
    ("matching", "Match the systems", [("ASAN Imza", "mobile"), ("myGov", "cabinet")], 2),
    ("matching", "Match the roles", [("Operator", "desk"), ("Manager", "floor")], 2),
    ("ordering", "Put the steps in order", ["Greet", "Listen", "Solve", "Close"], 2),
]  # fmt: skip


def ensure_site():
    """The demo agency (home page, catalogue, units, positions), seeded once."""
    from django.core.management import call_command

    from courses.models import CourseIndexPage

    if not CourseIndexPage.objects.live().exists():
        call_command("seed_demo", verbosity=0)


def ensure_employees(count, password):
    from home.demo import ensure_employee
    from people.models import OrgUnit, Position

    unit = (
        OrgUnit.objects.filter(code="baku-1-front").first() or OrgUnit.objects.first()
    )
    position = Position.objects.get(code="front-office-operator")
    group = Group.objects.get(name="Employee")
    hashed = make_password(password)
    profiles = []
    for number in range(1, count + 1):
        username = USERNAME.format(number)
        profile = ensure_employee(
            username, f"Yük Test {number:03d}", f"B{number:04d}", unit, position, hashed
        )
        profile.user.groups.add(group)
        if not profile.user.check_password(password):
            profile.user.set_password(password)
            profile.user.save(update_fields=["password"])
        profiles.append(profile)
    return profiles


def ensure_course():
    from courses.models import CourseIndexPage, CoursePage

    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course:
        return course
    index = CourseIndexPage.objects.live().first()
    course = index.add_child(
        instance=CoursePage(
            title="Yük testi kursu",
            slug=COURSE_SLUG,
            summary="Kurs yük testi üçün.",
            pass_mode=CoursePage.PassMode.ASSESSMENTS,
            self_enrolment=False,
        )
    )
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def ensure_quiz(course, slug, required):
    from courses.quizzes.models import QuestionCategory, QuizPage, QuizSlot

    quiz = QuizPage.objects.child_of(course).filter(slug=slug).first()
    if quiz:
        return quiz.specific
    category, _ = QuestionCategory.objects.get_or_create(name=f"Benchmark {slug}")
    quiz = course.add_child(
        instance=QuizPage(
            title=f"Yük testi: {slug}", slug=slug, pass_mark=70, attempts_allowed=0,
            time_limit_minutes=30, shuffle_questions=False, shuffle_options=True,
            is_required=required,
        )
    )  # fmt: skip
    for order, spec in enumerate(QUESTIONS):
        question = make_question(category, *spec)
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=order)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def make_question(category, kind, text, answer, points):
    from courses.quizzes.models import Question, QuestionOption

    fields = {"category": category, "type": kind, "text": text}
    fields["points"] = Decimal(points)
    if kind == "truefalse":
        fields["true_false_answer"] = answer
    if kind == "numeric":
        fields["numeric_answer"] = answer
    question = Question.objects.create(**fields)
    for order, option in enumerate(option_rows(kind, answer)):
        QuestionOption.objects.create(question=question, sort_order=order, **option)
    return question


def option_rows(kind, answer):
    if kind in ("single", "multiple"):
        return [
            {"text": t.lstrip("*"), "is_correct": t.startswith("*")} for t in answer
        ]
    if kind == "short":
        return [{"text": text, "is_correct": True} for text in answer]
    if kind == "matching":
        return [{"text": left, "match_text": right} for left, right in answer]
    if kind == "ordering":
        return [{"text": text} for text in answer]
    return []


def ensure_lesson(course, quiz):
    """A lesson completed by passing the quiz, so a pass completes the course."""
    from courses.models import LessonPage

    if LessonPage.objects.child_of(course).exists():
        return
    lesson = course.add_child(
        instance=LessonPage(
            title="Yük testi dərsi",
            body=[("text", "<p>Dərs.</p>"), ("quiz", quiz)],
            completion=LessonPage.Completion.ACTIVITIES,
        )
    )
    lesson.save_revision().publish()


def ensure_enrolments(course, profiles):
    from courses.services import assign
    from people.models import EmployeeProfile

    ids = [p.pk for p in profiles]
    assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk__in=ids),
        due_date=None,
        assigned_by=None,
    )


@transaction.atomic
def prepare(count, password):
    """Everything the load needs; returns the facts the simulated users read."""
    ensure_site()
    profiles = ensure_employees(count, password)
    course = ensure_course()
    quiz = ensure_quiz(course, QUIZ_SLUG, required=True)
    bare = ensure_quiz(course, BARE_QUIZ_SLUG, required=False)
    ensure_lesson(course, quiz)
    ensure_enrolments(course, profiles)
    return {
        "password": password,
        "users": [USERNAME.format(n) for n in range(1, count + 1)],
        "quiz_url": quiz.url,
        "bare_quiz_id": bare.pk,
        "answers": answer_sheet(quiz),
    }


def answer_sheet(quiz):
    """Per slot, the form fields that answer it right (and one wrong single answer).

    Slots follow the quiz order (questions are not shuffled); option ids do not
    change with option shuffling. Matching tokens are made per attempt, so for
    matching the sheet gives the text of each right-hand match and the simulated
    employee picks the token with that text from the attempt page."""
    sheet = []
    for slot, quiz_slot in enumerate(quiz.slots.select_related("question"), start=1):
        sheet.append(slot_answer(slot, quiz_slot.question))
    return sheet


def slot_answer(slot, question):
    options = list(question.options.all())
    right = [str(o.pk) for o in options if o.is_correct]
    name = f"q{slot}"
    entry = {"slot": slot, "type": question.type, "fields": {}, "match": {}}
    if question.type == "single":
        entry["fields"][name] = right[:1]
        entry["wrong"] = {name: [str(o.pk) for o in options if not o.is_correct][:1]}
    elif question.type == "multiple":
        entry["fields"] |= {name: right, f"{name}-present": ["1"]}
    elif question.type == "truefalse":
        entry["fields"][name] = ["true" if question.true_false_answer else "false"]
    elif question.type == "short":
        entry["fields"][name] = [options[0].text]
    elif question.type == "numeric":
        entry["fields"][name] = [str(question.numeric_answer).replace(".", ",")]
    elif question.type == "matching":
        entry["match"] = {f"{name}-{o.pk}": o.match_text for o in options}
    elif question.type == "ordering":
        for position, option in enumerate(options, start=1):
            entry["fields"][f"{name}-{option.pk}"] = [str(position)]
    return entry


def reset_attempts():
    """Forget every attempt of the benchmark quizzes and the course results they
    made, so the next load run starts from enrolled, untouched employees."""
    from courses.models import CoursePage, Enrolment, LessonProgress
    from courses.quizzes.models import Attempt

    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:
        return
    enrolments = Enrolment.objects.filter(course=course)
    with transaction.atomic():
        Attempt.objects.filter(enrolment__in=enrolments).delete()
        Attempt.objects.filter(quiz__slug__in=[QUIZ_SLUG, BARE_QUIZ_SLUG]).delete()
        LessonProgress.objects.filter(enrolment__in=enrolments).delete()
        enrolments.update(
            status=Enrolment.Status.ASSIGNED,
            started_at=None,
            completed_at=None,
            passed_at=None,
            score=None,
            last_lesson=None,
        )


def write_sheet(facts, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
