"""“Forgot your password?”: Django's e-mail reset views in the site's style, with the
request throttled (``throttle.password_reset_allowed``) and the e-mail written in the
account holder's preferred language."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _

from .models import EmployeeProfile
from .reset_limits import password_reset_allowed


class EmployeePasswordResetForm(PasswordResetForm):
    def send_mail(
        self, subject_template_name, email_template_name, context, *args, **kwargs
    ):
        user = context["user"]
        profile = EmployeeProfile.objects.filter(user=user).first()
        language = profile.preferred_language if profile else translation.get_language()
        with translation.override(language):
            super().send_mail(
                subject_template_name, email_template_name, context, *args, **kwargs
            )


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "people/password_reset_form.html"
    email_template_name = "people/email/password_reset.txt"
    subject_template_name = "people/email/password_reset_subject.txt"
    form_class = EmployeePasswordResetForm
    success_url = reverse_lazy("people:password_reset_done")

    def form_valid(self, form):
        if not password_reset_allowed(self.request, form.cleaned_data["email"]):
            form.add_error(
                None,
                _(
                    "Too many requests to reset a password from here or for this "
                    "address. Try again in an hour, or ask HR."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "people/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "people/password_reset_confirm.html"
    success_url = reverse_lazy("people:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        forget_login_failures(form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "people/password_reset_complete.html"


def forget_login_failures(user):
    """A new password ends the lockout its owner's forgotten one caused."""
    from django.apps import apps

    if apps.is_installed("axes"):
        from axes.models import AccessAttempt

        AccessAttempt.objects.filter(username=user.get_username()).delete()
