from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import notifications
from .forms import EmployeeImportForm, PreferredLanguageForm
from .importing import import_employees
from .models import EmployeeImport, EmployeeProfile, Notification

LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600


def set_language_cookie(response, request, language):
    from django.conf import settings

    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=LANGUAGE_COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )


class LoginView(auth_views.LoginView):
    """The employees' login; afterwards the site speaks their preferred language."""

    template_name = "people/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        profile = EmployeeProfile.objects.filter(user=form.get_user()).first()
        if profile:
            set_language_cookie(response, self.request, profile.preferred_language)
        return response


@require_POST
def set_language(request):
    """Switch the interface language and remember it on the employee's profile."""
    from django.conf import settings

    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language not in dict(settings.LANGUAGES):
        messages.error(request, _("That language is not available."))
        return response
    # Only the pages' language: the preferred language (certificates, e-mails,
    # notifications) is the one the employee chooses on their profile.
    set_language_cookie(response, request, language)
    return response


@login_required
def my_profile(request):
    profile = (
        EmployeeProfile.objects.select_related("org_unit", "position")
        .filter(user=request.user)
        .first()
    )
    form = PreferredLanguageForm(
        request.POST if request.method == "POST" else None, instance=profile
    )
    if profile and form.is_bound and form.is_valid():
        form.save()
        messages.success(
            request,
            _(
                "Saved. Your certificates, e-mails and notifications will be in "
                "%(language)s."
            )
            % {"language": profile.get_preferred_language_display()},
        )
        response = HttpResponseRedirect(request.path)
        set_language_cookie(response, request, profile.preferred_language)
        return response
    managed = profile.managed_units.all() if profile else []
    return render(
        request,
        "people/my_profile.html",
        {
            "profile": profile,
            "form": form,
            "managed_units": managed,
            "unit_path": unit_path(profile),
        },
    )


def unit_path(profile):
    if not profile:
        return []
    return list(profile.org_unit.get_ancestors()) + [profile.org_unit]


def import_employees_view(request):
    """Admin page for HR: upload a CSV; every problem is listed, nothing half-done."""
    if not request.user.has_perm("people.import_employees"):
        raise PermissionDenied
    problems = []
    if request.method == "POST":
        form = EmployeeImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            outcome = import_employees(
                data=upload.read(),
                file_name=upload.name,
                user=request.user,
                create_missing=form.cleaned_data["create_missing"],
                deactivate_missing=form.cleaned_data["deactivate_missing"],
            )
            if outcome.ok:
                record = outcome.record
                messages.success(
                    request,
                    _(
                        "Imported %(rows)d rows: %(created)d created, %(updated)d "
                        "updated, %(unchanged)d unchanged, %(deactivated)d deactivated."
                    )
                    % {
                        "rows": record.row_count,
                        "created": record.created_count,
                        "updated": record.updated_count,
                        "unchanged": outcome.unchanged_count,
                        "deactivated": record.deactivated_count,
                    },
                )
                if outcome.kept_active:
                    messages.warning(
                        request,
                        _(
                            "Not in the file but kept active, because their accounts "
                            "hold rights you do not have: %(people)s. An "
                            "administrator can deactivate them."
                        )
                        % {"people": ", ".join(map(str, outcome.kept_active))},
                    )
                return HttpResponseRedirect(request.path)
            problems = outcome.problems
            messages.error(
                request,
                ngettext(
                    "%d problem found; nothing was changed.",
                    "%d problems found; nothing was changed.",
                    len(problems),
                )
                % len(problems),
            )
    else:
        form = EmployeeImportForm()
    return render(
        request,
        "people/admin/import_employees.html",
        {
            "form": form,
            "problems": problems,
            "recent_imports": EmployeeImport.objects.select_related("imported_by")[:10],
        },
    )


@login_required
def notifications_page(request):
    return render(
        request,
        "people/notifications.html",
        {
            "items": notifications.recent(request.user),
            "unread_count": notifications.unread_count(request.user),
        },
    )


@login_required
@require_POST
def notifications_read(request):
    """Mark one notification (``notification``) or all of them read."""
    raw = request.POST.get("notification", "")
    try:
        notification_id = int(raw) if raw else None
        notifications.mark_read(user=request.user, notification_id=notification_id)
    except ValueError:
        messages.error(request, _("That is not a notification number."))
    except Notification.DoesNotExist:
        raise Http404(_("No such notification.")) from None
    return HttpResponseRedirect(reverse("people:notifications"))
