"""Every course page exists in every locale's tree, as a translation or an alias.

Pages are served without a language prefix: the site's root is localised to the
reader's language and the URL is routed in that tree. An untranslated course must
therefore still be present there, as an alias of the original (what Wagtail's
simple_translation does for pages made in the admin, with
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE). Pages made in code call this."""

from wagtail.models import Locale


def sync_to_locales(page):
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            page.copy_for_translation(locale, copy_parents=True, alias=True)
    return page
