"""Who may do what with certificates. Checked on menu items and again in views."""

from wagtail.permission_policies import ModelPermissionPolicy

VIEW = "certificates.view_certificate"
ISSUE = "certificates.issue_certificate"
REVOKE = "certificates.revoke_certificate"
REGENERATE = "certificates.regenerate_certificate"


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Certificates change only through the services: nobody edits or deletes one
    in a generic form (not even a superuser); issuing by hand has its own view."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


def can(user, permission):
    return user.is_authenticated and user.is_active and user.has_perm(permission)
