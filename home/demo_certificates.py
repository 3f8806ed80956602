"""Demo certificates, issued through the certificates services so every row, audit
entry and piece of evidence is what the running site would make.

Every passed enrolment holds a certificate; some expire within 30 days (their pass
is dated back before issuing), one is revoked, one supersedes an older certificate
issued by hand. A second run finds everything in place and changes nothing. PDFs are
rendered by the worker once the seed commits.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from certificates.models import Certificate, CertificateSignatory
from certificates.services import (
    add_months,
    certificate_issue,
    certificate_issue_manual,
    certificate_revoke,
    default_template,
)
from courses.models import Enrolment

from .demo_certificate_images import add_signatures_and_seal
from .demo_learning import DEMO_LOGINS

SIGNATORIES = [
    ("Əliyeva Nərmin", "Təlim mərkəzinin rəhbəri", "Руководитель учебного центра", "Head of the training centre"),
    ("Hüseynov Rəşad", "İnsan resursları şöbəsinin müdiri", "Начальник отдела кадров", "Head of human resources"),
]  # fmt: skip
EXPIRING_IN_DAYS = (6, 13, 20, 27)
OLDER_TRAINING = "Sənədli təlim, 2023: kağız sertifikat HR-də saxlanılır."
REVOKED_BECAUSE = "Demo: imtahan nəticəsi ləğv edilib (təkrar yoxlama)."


def build_template():
    template = default_template()
    if not template.signatories.exists():
        for order, (name, az, ru, en) in enumerate(SIGNATORIES):
            CertificateSignatory.objects.create(
                template=template,
                sort_order=order,
                name=name,
                position=az,
                position_ru=ru,
                position_en=en,
            )
    add_signatures_and_seal(template)
    return template


def passed_enrolments():
    return (
        Enrolment.objects.filter(status=Enrolment.Status.PASSED)
        .exclude(pk__in=Certificate.objects.values("enrolment_id"))
        .select_related("course", "employee__user")
        .order_by("employee__employee_number", "course__slug")
    )


def date_back(enrolment, days_left):
    """Pass the enrolment earlier, so its certificate expires in ``days_left`` days."""
    months = enrolment.course.certificate_validity_months
    if not months:
        return
    expires = timezone.now() + timedelta(days=days_left)
    passed = add_months(expires, -months)
    Enrolment.objects.filter(pk=enrolment.pk).update(passed_at=passed)


def issue_all():
    """Certificates for new passes; a few staff ones dated to expire soon."""
    new = list(passed_enrolments())
    staff = [e for e in new if e.employee.user.username not in DEMO_LOGINS]
    expiring = [e for e in staff[1:] if e.course.certificate_validity_months]
    for enrolment, days in zip(expiring[::3], EXPIRING_IN_DAYS, strict=False):
        date_back(enrolment, days)
    older = [older_manual_certificate(e) for e in staff[:1]]
    return older + [certificate_issue(enrolment=enrolment) for enrolment in new]


def older_manual_certificate(enrolment):
    """A hand-issued certificate from before, which the pass will supersede."""
    hr = get_user_model().objects.get(username="hr")
    return certificate_issue_manual(
        employee=enrolment.employee,
        course=enrolment.course,
        reason=OLDER_TRAINING,
        issued_by=hr,
        issued_at=timezone.now() - timedelta(days=800),
    )


def revoke_one():
    if Certificate.objects.filter(status=Certificate.Status.REVOKED).exists():
        return
    candidates = Certificate.objects.current().exclude(
        employee__user__username__in=DEMO_LOGINS
    )
    certificate = candidates.order_by("-employee__employee_number", "-pk").first()
    if certificate:
        hr = get_user_model().objects.get(username="hr")
        certificate_revoke(certificate=certificate, by=hr, reason=REVOKED_BECAUSE)


def build_certificates():
    build_template()
    new = issue_all()
    # Demo people need no "your certificate is ready" email when the worker renders.
    Certificate.objects.filter(pk__in=[c.pk for c in new]).update(
        notified_at=timezone.now()
    )
    revoke_one()
    return new
