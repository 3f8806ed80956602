"""Make a self-signed key and certificate for trying out PDF signatures.

A real deployment signs with a certificate from a trusted authority; readers'
PDF software shows a self-signed signature as intact but from an unknown signer.
"""

import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a self-signed key pair (PEM) for signing certificate PDFs on trial."

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", help="Where to write signing-key.pem and signing-cert.pem"
        )
        parser.add_argument(
            "--name", default=None, help="Signer name (default: the site name)"
        )
        parser.add_argument("--days", type=int, default=730, help="Validity in days")
        parser.add_argument(
            "--force", action="store_true", help="Overwrite existing files"
        )

    def handle(self, directory, name, days, force, **options):
        folder = Path(directory)
        key_path, cert_path = folder / "signing-key.pem", folder / "signing-cert.pem"
        if not force and (key_path.exists() or cert_path.exists()):
            raise CommandError(
                f"{key_path} or {cert_path} exists; use --force to replace."
            )
        folder.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        certificate = self_signed(key, name or settings.WAGTAIL_SITE_NAME, days)
        write(key_path, private_pem(key), mode=0o600)
        write(
            cert_path, certificate.public_bytes(serialization.Encoding.PEM), mode=0o644
        )
        self.stdout.write(
            "Add to the settings (or the environment):\n"
            f"LMS_CERT_SIGNING_KEY = {str(key_path.resolve())!r}\n"
            f"LMS_CERT_SIGNING_CERT = {str(cert_path.resolve())!r}\n"
        )


def self_signed(key, name, days):
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation, which PDF signers expect
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )


def private_pem(key):
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def write(path, data, mode):
    path.write_bytes(data)
    path.chmod(mode)
