import datetime

from django.core import mail

from feedback.models import TrainingNeed
from feedback.periods import Period
from feedback.tasks import recompute_needs

START = Period.current().bounds()[0] + datetime.timedelta(hours=1)


def test_new_needs_are_found_nightly_and_hr_told_once(
    tree, courtesy, rate, make_employee, django_capture_on_commit_callbacks
):
    hr = make_employee(tree["agency"], roles=("HR",))
    hr.user.email = "hr@asan.example"
    hr.user.save()
    employee = make_employee(tree["front"]).user
    employee.email = "operator@asan.example"
    employee.save()
    rate(tree["yasamal"], [5] * 25 + [1] * 10, category=courtesy, when=START)
    rate(tree["ganja"], [5] * 40, category=courtesy, when=START)
    with django_capture_on_commit_callbacks(execute=True):
        assert recompute_needs() == 1
    need = TrainingNeed.objects.get()
    assert (need.org_unit, need.category, need.ratings) == (
        tree["yasamal"], courtesy, 35,
    )  # fmt: skip
    assert need.notified_at is not None
    [message] = mail.outbox
    assert message.to == ["hr@asan.example"]  # never an employee
    assert "Baku-1-Yasamal" in message.body
    with django_capture_on_commit_callbacks(execute=True):
        recompute_needs()
    assert len(mail.outbox) == 1  # nothing new: nobody is told again
    assert TrainingNeed.objects.count() == 1
    rate(tree["ganja"], [1] * 10, category=courtesy, when=START)
    with django_capture_on_commit_callbacks(execute=True):
        assert recompute_needs() == 2
    assert len(mail.outbox) == 2
    assert "Ganja" in mail.outbox[1].body and "Yasamal" not in mail.outbox[1].body


def test_the_schedules_are_installed(db):
    from django_q.models import Schedule

    names = set(Schedule.objects.values_list("func", flat=True))
    assert {
        "feedback.tasks.recompute_needs",
        "feedback.tasks.delete_old_comments",
    } <= names
