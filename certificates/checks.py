"""Start-up checks of the ``LMS_CERT_*`` settings."""

from pathlib import Path

from django.core.checks import Error

from . import conf

WHOLE_NUMBERS = [
    ("LMS_CERT_EXPIRY_REMINDER_DAYS", conf.expiry_reminder_days, 1, "E001"),
    ("LMS_CERT_VERIFY_RATE_LIMIT", conf.verify_rate_limit, 0, "E002"),
    ("LMS_CERT_ZIP_SYNC_LIMIT", conf.zip_sync_limit, 0, "E003"),
    ("LMS_CERT_SWEEP_BATCH", conf.sweep_batch, 1, "E004"),
]


def is_whole(value, minimum):
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def check_settings(app_configs=None, **kwargs):
    errors = [
        Error(
            f"{name} must be a whole number, {minimum} or more.",
            id=f"certificates.{code}",
        )
        for name, read, minimum, code in WHOLE_NUMBERS
        if not is_whole(read(), minimum)
    ]
    return errors + signing_errors()


def signing_errors():
    key, cert, pkcs12, _password = conf.signing_settings()
    if bool(key) != bool(cert):
        return [
            Error(
                "Set both LMS_CERT_SIGNING_KEY and LMS_CERT_SIGNING_CERT, or neither.",
                hint="manage.py create_signing_key makes a pair for trials.",
                id="certificates.E005",
            )
        ]
    files = (key, cert, pkcs12, conf.signing_chain(), conf.trust_roots())
    missing = [path for path in files if path and not Path(path).is_file()]
    errors = [
        Error(f"The signing file {path} does not exist.", id="certificates.E006")
        for path in missing
    ]
    return errors + long_term_errors() + credential_key_errors()


def long_term_errors():
    url = conf.tsa_url()
    if url and not url.startswith(("https://", "http://")):
        return [
            Error(
                "LMS_CERT_TSA_URL must be an http(s) URL of an RFC 3161 authority.",
                id="certificates.E007",
            )
        ]
    if conf.signing_ltv() and not url:
        return [
            Error(
                "LMS_CERT_SIGNING_LTV (PAdES B-LT) needs LMS_CERT_TSA_URL.",
                hint="Long-term validation starts from a trusted time-stamp.",
                id="certificates.E008",
            )
        ]
    return []


def credential_key_errors():
    files = [conf.credential_key(), *conf.credential_retired_keys()]
    return [
        Error(f"The credential key file {path} does not exist.", id="certificates.E009")
        for path in files
        if path and not Path(path).is_file()
    ]
