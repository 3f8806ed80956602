from django.core.checks import Error

from . import conf


def check_settings(app_configs=None, **kwargs):
    url = conf.lrs_url()
    if url and not url.startswith(("https://", "http://")):
        return [Error("LMS_LRS_URL must be an http(s) URL.", id="xapi_outbox.E001")]
    if not isinstance(conf.batch_size(), int) or conf.batch_size() < 1:
        return [Error("LMS_LRS_BATCH must be 1 or more.", id="xapi_outbox.E002")]
    return []
