"""Measure one PAdES signature of a certificate PDF: the signer as it was against
the signer that parses its key once per worker.

    .venv/bin/python benchmarks/signing.py --repeat 15

Both sides sign the same WeasyPrint-rendered A4 PDF with the same RSA-3072 key
and certificate (made here, in memory), in the same process, alternating:

* before: pyHanko's ``SimpleSigner``, loaded once and cached (as the project did),
  which still parses the DER private key inside every signature;
* after: ``certificates.signing.LoadedKeySigner``, which parses it once.

It also times the key parse and the bare RSA signature, the two parts the
difference comes from. Prints medians and the before/after RATIO.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")


def make_pdf():
    from weasyprint import HTML

    html = "<h1 style='font-family: DejaVu Sans'>Sertifikat</h1><p>Ağayeva Şəbnəm</p>"
    return HTML(string=html).write_pdf()


def make_key_files(folder):
    from django.core.management import call_command

    call_command("create_signing_key", str(folder), stdout=open(os.devnull, "w"))
    return folder / "signing-key.pem", folder / "signing-cert.pem"


def signers_for(key, cert):
    from pyhanko.sign import signers

    from certificates.signing import LoadedKeySigner

    before = signers.SimpleSigner.load(str(key), str(cert))
    after = LoadedKeySigner(
        signing_cert=before.signing_cert,
        signing_key=before.signing_key,
        cert_registry=before.cert_registry,
    )
    return before, after


def sign_with(signer, pdf):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from certificates.signing import FIELD_NAME, SIGNATURE_BYTES

    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    return signers.sign_pdf(
        writer, metadata, signer=signer, bytes_reserved=SIGNATURE_BYTES
    ).getvalue()


def timed(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def report(repeat):
    import django

    django.setup()
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

    pdf = make_pdf()
    key, cert = make_key_files(Path(tempfile.mkdtemp(prefix="bench-sign-")))
    before, after = signers_for(key, cert)
    after.private_key  # noqa: B018 - parsed once, as at worker start
    sign_with(before, pdf), sign_with(after, pdf)  # warm up
    times = {"before": [], "after": [], "parse": [], "rsa": []}
    der = before.signing_key.dump()
    loaded = serialization.load_der_private_key(der, None)
    for _ in range(repeat):
        times["before"].append(timed(lambda: sign_with(before, pdf)))
        times["after"].append(timed(lambda: sign_with(after, pdf)))
        times["parse"].append(
            timed(lambda: serialization.load_der_private_key(der, None))
        )
        times["rsa"].append(
            timed(lambda: loaded.sign(b"x" * 32, PKCS1v15(), hashes.SHA256()))
        )
    median = {name: statistics.median(values) for name, values in times.items()}
    ms = {name: f"{value * 1000:.1f} ms" for name, value in median.items()}
    print(f"Signing one certificate PDF (RSA-3072, PAdES B-B), median of {repeat}:")
    print(f"| pyHanko SimpleSigner (key parsed per signature) | {ms['before']} |")
    print(f"| LoadedKeySigner (key parsed once per worker) | {ms['after']} |")
    print(f"| the key parse alone | {ms['parse']} |")
    print(f"| the RSA signature alone | {ms['rsa']} |")
    print(f"RATIO before/after: {median['before'] / median['after']:.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    report(parser.parse_args().repeat)


if __name__ == "__main__":
    main()
