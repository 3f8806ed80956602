"""Snippet choosers that open only for people with a right on the model.

Wagtail's snippet chooser lists every row of a snippet model to anyone who can enter
the admin: a manager or HR officer could read the whole question bank through it.
A snippet viewset sets ``chooser_viewset_class = PermissionCheckedChooserViewSet``;
the authorization sweep fails on a snippet chooser without it.
"""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser


class ModelPermissionRequiredMixin:
    """Refuse (403) anyone without add, change, delete or view on the model."""

    actions = ("add", "change", "delete", "view")

    def dispatch(self, request, *args, **kwargs):
        model = self.model_class
        policy = policy_registry.get_by_type(model) or ModelPermissionPolicy(model)
        if not policy.user_has_any_permission(request.user, self.actions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def checked(view_class):
    return type(view_class.__name__, (ModelPermissionRequiredMixin, view_class), {})


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = checked(chooser.ChooseView)
    choose_results_view_class = checked(chooser.ChooseResultsView)
    chosen_view_class = checked(chooser.SnippetChosenView)
    chosen_multiple_view_class = checked(chooser.SnippetChosenMultipleView)
    create_view_class = checked(chooser.SnippetCreateView)
