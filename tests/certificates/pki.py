"""A test PKI for long-term signatures, run in-process and offline.

Certomancer (the PKI tool pyHanko's own tests use) builds a root CA, an
intermediate CA, a signer, an OCSP responder and a time-stamping authority from
keys made here, and its Animator serves the TSA, OCSP and CRLs over HTTP on a free
loopback port, so pyHanko fetches them exactly as it would from a real authority.
"""

import threading
from dataclasses import dataclass
from pathlib import Path

from asn1crypto.pem import armor
from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import CertomancerConfig
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from werkzeug.serving import WSGIRequestHandler, make_server

ARCH = "academy-test"
KEYS = ["root", "interm", "tsa", "ocsp", "signer"]


def key_usage(*names):
    return {
        "id": "key_usage",
        "critical": True,
        "smart-value": {"schema": "key-usage", "params": list(names)},
    }


def crl_points(repo):
    return {
        "id": "crl_distribution_points",
        "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": [repo]}},
    }


def validity(start, end):
    return {
        "valid-from": f"{start}-01-01T00:00:00+0000",
        "valid-to": f"{end}-01-01T00:00:00+0000",
    }


def config(url_prefix):
    ca = [{"id": "basic_constraints", "critical": True, "value": {"ca": True}}]
    ca_usage = key_usage("digital_signature", "key_cert_sign", "crl_sign")
    return {
        "external-url-prefix": url_prefix,
        "keysets": {ARCH: {"keys": {name: {"path": f"{name}.pem"} for name in KEYS}}},
        "pki-architectures": {
            ARCH: {
                "keyset": ARCH,
                "entity-defaults": {
                    "country-name": "AZ",
                    "organization-name": "Test Authority",
                },
                "entities": {
                    "root": {"common-name": "Test Root CA"},
                    "interm": {"common-name": "Test Issuing CA"},
                    "tsa": {"common-name": "Test Time-Stamping Authority"},
                    "ocsp": {"common-name": "Test OCSP Responder"},
                    "signer": {"common-name": "ASAN Academy (test)"},
                },
                "certs": {
                    "root": {
                        "subject": "root",
                        "issuer": "root",
                        "validity": validity(2000, 2500),
                        "extensions": [*ca, ca_usage],
                    },
                    "interm": {
                        "issuer": "root",
                        "validity": validity(2000, 2100),
                        "extensions": [*ca, ca_usage, crl_points("root")],
                    },
                    "tsa": {
                        "issuer": "root",
                        "validity": validity(2000, 2100),
                        "extensions": [
                            key_usage("digital_signature"),
                            {
                                "id": "extended_key_usage",
                                "critical": True,
                                "value": ["time_stamping"],
                            },
                            crl_points("root"),
                        ],
                    },
                    "ocsp": {
                        "issuer": "interm",
                        "validity": validity(2000, 2100),
                        "extensions": [
                            key_usage("digital_signature"),
                            {
                                "id": "extended_key_usage",
                                "critical": True,
                                "value": ["ocsp_signing"],
                            },
                            {"id": "ocsp_no_check"},
                        ],
                    },
                    "signer": {
                        "issuer": "interm",
                        "validity": validity(2020, 2100),
                        "extensions": [
                            key_usage("digital_signature", "non_repudiation"),
                            crl_points("interm"),
                            {
                                "id": "authority_information_access",
                                "smart-value": {
                                    "schema": "aia-urls",
                                    "params": {"ocsp-responder-names": ["interm"]},
                                },
                            },
                        ],
                    },
                },
                "services": {
                    "ocsp": {
                        "interm": {
                            "for-issuer": "interm",
                            "responder-cert": "ocsp",
                            "signing-key": "ocsp",
                        }
                    },
                    "crl-repo": {
                        "root": {
                            "for-issuer": "root",
                            "signing-key": "root",
                            "simulated-update-schedule": "P90D",
                        },
                        "interm": {
                            "for-issuer": "interm",
                            "signing-key": "interm",
                            "simulated-update-schedule": "P30D",
                        },
                    },
                    "time-stamping": {
                        "tsa": {"signing-key": "tsa", "signing-cert": "tsa"}
                    },
                },
            }
        },
    }


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass


class LateApp:
    """The WSGI app is made once the server knows its port (the URLs name it)."""

    app = None

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)


def pem(cert):
    return armor("CERTIFICATE", cert.dump())


@dataclass
class TestPKI:
    url: str
    tsa_url: str
    key: Path
    cert: Path
    chain: Path
    roots: Path
    server: object

    def stop(self):
        self.server.shutdown()


def start(folder):
    """Make the keys, start the authority's services; files for the settings."""
    folder = Path(folder)
    for name in KEYS:
        key = ec.generate_private_key(ec.SECP256R1())
        (folder / f"{name}.pem").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    late = LateApp()
    server = make_server(
        "127.0.0.1", 0, late, threaded=True, request_handler=QuietHandler
    )
    url = f"http://127.0.0.1:{server.server_port}"
    registry = CertomancerConfig(config(url), key_search_dir=str(folder))
    architecture = registry.get_pki_arch(ARCH)
    late.app = Animator(AnimatorArchStore(registry.pki_archs), with_web_ui=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    files = {
        "cert": architecture.get_cert("signer"),
        "chain": architecture.get_cert("interm"),
        "roots": architecture.get_cert("root"),
    }
    for name, cert in files.items():
        (folder / f"{name}.crt").write_bytes(pem(cert))
    return TestPKI(
        url=url,
        tsa_url=f"{url}/{ARCH}/tsa/tsa",
        key=folder / "signer.pem",
        cert=folder / "cert.crt",
        chain=folder / "chain.crt",
        roots=folder / "roots.crt",
        server=server,
    )
