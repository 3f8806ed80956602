"""Every course page exists in every locale's tree, as a translation or an alias.

Pages are served without a language prefix: the site's root is localised to the
reader's language and the URL is routed in that tree. An untranslated course must
therefore still be present there, as an alias of the original (what Wagtail's
simple_translation does for pages made in the admin, with
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE). Pages made in code call this."""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale


def sync_to_locales(page):
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            page.copy_for_translation(locale, copy_parents=True, alias=True)
    return page


LOCALES_KEY = "lms:locales"


def locales():
    """``{language code: Locale}``, kept in the cache until a locale changes (each
    of Wagtail's ``Locale.get_active()`` calls is a query)."""
    found = cache.get(LOCALES_KEY)
    if found is None:
        found = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(LOCALES_KEY, found, None)
    return found


def locale_for(language_code):
    """The locale of ``language_code``; the default one when the site has no content
    in that language (as Wagtail's ``Locale.get_active`` falls back: a host site may
    offer its pages in fewer languages than the plugin's interface)."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return Locale.get_default()
    found = locales().get(code)
    if found is None:
        try:
            found = Locale.objects.get_for_language(code)
        except Locale.DoesNotExist:
            found = Locale.get_default()
    return found


def active_locale():
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE)


def default_locale():
    return locale_for(settings.LANGUAGE_CODE)


def locales_changed():
    cache.delete(LOCALES_KEY)
