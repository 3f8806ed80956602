"""Optional PAdES signature of certificate PDFs with pyHanko.

On when the settings (or the same-named environment variables, read by
``lms.settings.base``) name a key: ``LMS_CERT_SIGNING_KEY`` and
``LMS_CERT_SIGNING_CERT`` (PEM files), or ``LMS_CERT_SIGNING_PKCS12`` (with
``LMS_CERT_SIGNING_PASSWORD`` if the archive has one). Baseline levels:

* B-B by default;
* B-T with ``LMS_CERT_TSA_URL`` (an RFC 3161 time-stamping authority);
* B-LT with ``LMS_CERT_SIGNING_LTV`` as well: the certificate chain's revocation
  information (OCSP, CRL) is fetched at signing time and embedded, so the signature
  can be validated long after the certificates expire. ``LMS_CERT_SIGNING_CHAIN``
  names intermediate certificates, ``LMS_CERT_TRUST_ROOTS`` the roots the chain
  ends in.

The key, chain and time-stamper are loaded once per worker process and again only
when a file changes. ``manage.py create_signing_key`` makes a self-signed pair for
trials.
"""

import os
from functools import cached_property, lru_cache
from io import BytesIO

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from django.core.exceptions import ImproperlyConfigured
from pyhanko.keys import load_certs_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko_certvalidator import ValidationContext

from . import conf

FIELD_NAME = "CertificateSignature"
# Room for the CMS signature with a certificate chain of a few certificates; set
# up front, pyHanko would otherwise sign once more just to measure it. B-T adds a
# time-stamp token with the TSA's own chain.
SIGNATURE_BYTES = 16384
TIMESTAMPED_SIGNATURE_BYTES = 32768


class LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's ``SimpleSigner`` parses its private key again for every signature,
    and OpenSSL checks an RSA key on every parse (about 150 ms for RSA-3072, against
    under a millisecond for the signature itself). This one parses it once."""

    @cached_property
    def private_key(self):
        return serialization.load_der_private_key(self.signing_key.dump(), None)

    def sign_raw(self, data, digest_algorithm):
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        algorithm = mechanism.signature_algo
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if algorithm == "rsassa_pkcs1v15":
            return self.private_key.sign(data, PKCS1v15(), hash_algorithm)
        if algorithm == "ecdsa":
            return self.private_key.sign(data, ECDSA(hash_algorithm))
        if algorithm in ("ed25519", "ed448"):
            return self.private_key.sign(data)
        return super().sign_raw(data, digest_algorithm)  # PSS and the rarer kinds


def is_enabled():
    key, cert, pkcs12, _password = conf.signing_settings()
    return bool(pkcs12 or (key and cert))


def file_stamps(*paths):
    return tuple(os.stat(path).st_mtime_ns for path in paths if path)


def load_signer():
    """The signer for the configured files, loaded again only when a file changes."""
    settings = conf.signing_settings()
    chain = conf.signing_chain()
    return cached_signer(settings, chain, file_stamps(*settings[:3], chain))


@lru_cache(maxsize=4)
def cached_signer(settings, chain, stamps):
    key, cert, pkcs12, password = settings
    passphrase = password.encode() if password else None
    chain_files = [chain] if chain else None
    if pkcs12:
        loaded = signers.SimpleSigner.load_pkcs12(
            pkcs12, ca_chain_files=chain_files, passphrase=passphrase
        )
    else:
        loaded = signers.SimpleSigner.load(
            key, cert, ca_chain_files=chain_files, key_passphrase=passphrase
        )
    if loaded is None:
        raise ImproperlyConfigured(
            "The certificate signing key or certificate could not be read."
        )
    signer = LoadedKeySigner(
        signing_cert=loaded.signing_cert,
        signing_key=loaded.signing_key,
        cert_registry=loaded.cert_registry,
    )
    signer.private_key  # noqa: B018 - parse the key now, once per worker
    return signer


@lru_cache(maxsize=4)
def cached_timestamper(url):
    return timestamps.HTTPTimeStamper(url, timeout=conf.tsa_timeout())


def validation_context(signer):
    """Trust roots and fetching for B-LT: what the signer's chain ends in."""
    roots_file = conf.trust_roots()
    if roots_file:
        roots = list(load_certs_from_pemder([roots_file]))
    else:  # a self-signed certificate is its own root
        roots = [signer.signing_cert]
    return ValidationContext(
        trust_roots=roots,
        other_certs=list(signer.cert_registry),
        allow_fetching=True,
    )


def signature_metadata(signer, reason, location):
    long_term = conf.signing_ltv()
    return signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        embed_validation_info=long_term,
        validation_context=validation_context(signer) if long_term else None,
    )


def sign(pdf, *, reason="", location=""):
    """``pdf`` with a PAdES signature appended as an incremental update."""
    signer = load_signer()
    tsa_url = conf.tsa_url()
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    signed = signers.sign_pdf(
        writer,
        signature_metadata(signer, reason, location),
        signer=signer,
        timestamper=cached_timestamper(tsa_url) if tsa_url else None,
        bytes_reserved=TIMESTAMPED_SIGNATURE_BYTES if tsa_url else SIGNATURE_BYTES,
    )
    return signed.getvalue()
