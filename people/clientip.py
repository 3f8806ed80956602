"""The client's address, as the login throttle and the verification page's limit see it.

Both read it through django-axes' settings, so there is one rule: ``REMOTE_ADDR``
unless the site says how many reverse proxies stand in front of it
(``AXES_IPWARE_PROXY_COUNT`` with ``AXES_IPWARE_META_PRECEDENCE_ORDER``, set from
``LMS_TRUSTED_PROXIES`` in the project's settings). Then the address is taken that
many hops from the right of ``X-Forwarded-For``: what the proxies appended, never
what the client wrote at the left.
"""

from django.apps import apps


def client_ip(request):
    """The client's address, or "" when none can be trusted."""
    if apps.is_installed("axes"):
        from axes.helpers import get_client_ip_address

        return get_client_ip_address(request) or ""
    return request.META.get("REMOTE_ADDR", "") or ""
