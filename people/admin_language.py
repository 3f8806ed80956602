"""Three places where Wagtail writes text that no catalogue can translate.

- Listings count their rows as "5 users" from the model's plural name: English
  grammar, wrong in Azerbaijani ("5 istifadəçilər": a noun after a number stays
  singular) and in Russian. The count is written through ngettext instead.
- The sites listing names three of its columns from the attribute names ("Site name").
- A snippet chooser ("Choose question category") is worded once, when the process
  starts, in whatever language is active then; it is worded at each use instead.

Each is tested in tests/people/test_admin_in_azerbaijani.py, so a Wagtail upgrade
that changes them fails there rather than silently.
"""

from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext


def items_count_label(paginator):
    return ngettext("%(count)s result", "%(count)s results", paginator.count) % {
        "count": paginator.count
    }


def worded_at_use(message, name):
    return lazy(lambda: gettext(message) % {"object": name}, str)()


def snippet_chooser_init(original):
    def __init__(self, model=None, **kwargs):
        original(self, model, **kwargs)
        name = self.model._meta.verbose_name
        self.choose_one_text = worded_at_use("Choose %(object)s", name)
        self.choose_another_text = worded_at_use("Choose another %(object)s", name)
        self.link_to_chosen_text = worded_at_use("Edit this %(object)s", name)

    return __init__


def apply():
    from django.apps import apps
    from wagtail.admin.paginator import WagtailPaginator

    WagtailPaginator.items_count_label = property(items_count_label)
    if apps.is_installed("wagtail.sites"):
        from wagtail.models import Site
        from wagtail.sites.views import IndexView

        for column in IndexView.columns:
            if column.name in ("port", "site_name", "root_page"):
                column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
    if apps.is_installed("wagtail.snippets"):
        from wagtail.snippets.widgets import AdminSnippetChooser

        chooser_init = snippet_chooser_init(AdminSnippetChooser.__init__)
        AdminSnippetChooser.__init__ = chooser_init
