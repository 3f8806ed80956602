"""The issuer's signing key, its public JWK set and its ``did:web`` DID document.

The key is a PEM file named by ``LMS_CREDENTIAL_KEY`` (``manage.py
create_credential_key`` makes one), read once per worker and again only when the
file changes. ``LMS_CREDENTIAL_RETIRED_KEYS`` names earlier keys that are still
published, so credentials they signed keep verifying after a rotation.
"""

import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from joserfc import jwt
from joserfc.jwk import ECKey, OKPKey

from .. import conf

ALGORITHMS = {"P-256": "ES256", "Ed25519": "EdDSA"}


@dataclass(frozen=True)
class IssuerKey:
    key: object
    algorithm: str
    key_id: str

    def public_jwk(self):
        jwk = self.key.as_dict(private=False)
        return {**jwk, "kid": self.key_id, "alg": self.algorithm, "use": "sig"}

    def sign(self, claims, media_type="vc+jwt"):
        header = {"alg": self.algorithm, "kid": self.key_id, "typ": media_type}
        with warnings.catch_warnings():  # RFC 9864 prefers "Ed25519"; verifiers
            warnings.simplefilter("ignore")  # still expect "EdDSA"
            return jwt.encode(header, claims, self.key, algorithms=[self.algorithm])


def is_enabled():
    return bool(conf.credential_key())


def issuer_id():
    """``did:web`` of the site's host: its DID document is /.well-known/did.json."""
    host = urlsplit(conf.site_url()).netloc
    return "did:web:" + quote(host, safe="")


def read_key(path):
    data = Path(path).read_bytes()
    for kind in (ECKey, OKPKey):
        try:
            key = kind.import_key(data)
        except Exception:  # noqa: BLE001, S112 - try the other key type
            continue
        curve = key.as_dict(private=False).get("crv")
        if curve in ALGORITHMS:
            return key, ALGORITHMS[curve]
    raise ImproperlyConfigured(
        f"{path} is not an EC P-256 or Ed25519 key in PEM (create_credential_key)."
    )


@lru_cache(maxsize=8)
def cached_key(path, stamp, issuer):
    key, algorithm = read_key(path)
    return IssuerKey(key, algorithm, f"{issuer}#{key.thumbprint()}")


def load(path):
    return cached_key(path, os.stat(path).st_mtime_ns, issuer_id())


def signing_key():
    if not is_enabled():
        raise ImproperlyConfigured("LMS_CREDENTIAL_KEY is not set.")
    return load(conf.credential_key())


def published_keys():
    paths = [conf.credential_key(), *conf.credential_retired_keys()]
    return [load(path) for path in paths if path]


def jwk_set():
    return {"keys": [key.public_jwk() for key in published_keys()]}


def did_document():
    did = issuer_id()
    methods = [
        {
            "id": key.key_id,
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": key.public_jwk(),
        }
        for key in published_keys()
    ]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
