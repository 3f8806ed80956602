"""Every state-changing URL refuses a request without a CSRF token; no view is
exempt. New URLs are covered automatically: the sweep walks the URLconf."""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")
SAMPLE = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "uuid": "00000000-0000-0000-0000-000000000001",
    "path": "x",
}


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def concrete(route):
    """A URL for ``route`` with sample values, or None for open-ended regexes."""
    route = route.replace("^", "").replace("$", "")
    if any(token in route for token in ("(?P", ".*", "\\", "[", "+")):
        return None
    return "/" + ARGUMENT.sub(lambda m: SAMPLE.get(m.group(1) or "str", "x"), route)


def checked_by_rest_framework(view):
    """Wagtail's admin API views are exempt from Django's CSRF middleware because
    Django REST framework checks the token itself for session users; the POST
    sweep below proves it for each of them."""
    return getattr(view, "cls", None) is not None and ".api." in view.__module__


def token_authenticated(view):
    """Machine endpoints that authenticate each request with a bearer token and never
    read the session (the feedback monitors'): a browser cannot send the token by
    itself, so there is no request to forge. The test below proves they ignore
    the session."""
    return getattr(view, "token_authenticated", False)


def all_views():
    return list(walk(get_resolver().url_patterns))


def test_no_view_is_csrf_exempt():
    exempt = [
        route
        for route, view in all_views()
        if getattr(view, "csrf_exempt", False)
        and not checked_by_rest_framework(view)
        and not token_authenticated(view)
    ]
    assert exempt == []


@pytest.mark.django_db
def test_token_endpoints_refuse_a_session_without_a_token(django_user_model):
    admin = django_user_model.objects.create_superuser("csrf-token", password="x")
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin)
    routes = [route for route, view in all_views() if token_authenticated(view)]
    assert routes  # the feedback endpoint at least
    for route in routes:
        response = client.post(concrete(route), "[]", content_type="application/json")
        assert response.status_code == 401, route


@pytest.mark.django_db
def test_every_post_without_a_token_is_refused(django_user_model):
    admin = django_user_model.objects.create_superuser("csrf-admin", password="x")
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin)
    accepted = []
    for route, view in all_views():
        url = concrete(route)
        if url is None or token_authenticated(view):
            continue
        response = client.post(url, {"x": "1"})
        if response.status_code not in (403, 404, 405):
            accepted.append((url, response.status_code))
        elif response.status_code == 404:
            # 404 only when the URL did not resolve at all; a resolved view must
            # have been stopped by the CSRF check first.
            from django.urls import Resolver404, resolve

            try:
                resolve(url)
            except Resolver404:
                continue
            accepted.append((url, 404))
    assert accepted == []
