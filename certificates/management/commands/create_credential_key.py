"""Make the key that signs Open Badges credentials (EC P-256 for ES256, or Ed25519)."""

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from django.core.management.base import BaseCommand, CommandError

from .create_signing_key import write


class Command(BaseCommand):
    help = "Create the private key (PEM) that signs Open Badges credentials."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Where to write credential-key.pem")
        parser.add_argument(
            "--algorithm",
            choices=["ES256", "EdDSA"],
            default="ES256",
            help="ES256 (EC P-256, the default) or EdDSA (Ed25519)",
        )
        parser.add_argument(
            "--force", action="store_true", help="Overwrite an existing key"
        )

    def handle(self, directory, algorithm, force, **options):
        path = Path(directory) / "credential-key.pem"
        if path.exists() and not force:
            raise CommandError(
                f"{path} exists. Replacing a key breaks what it signed unless the old "
                "one stays in LMS_CREDENTIAL_RETIRED_KEYS; use --force to replace."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        if algorithm == "EdDSA":
            key = ed25519.Ed25519PrivateKey.generate()
        else:
            key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write(path, pem, mode=0o600)
        self.stdout.write(
            "Add to the environment (keep the file secret, back it up):\n"
            f"LMS_CREDENTIAL_KEY={path.resolve()}\n"
        )
