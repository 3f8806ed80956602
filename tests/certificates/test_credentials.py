"""Open Badges 3.0 credentials, checked by a verifier none of us wrote.

openbadgeslib (PyPI) resolves our did:web DID document, verifies the VC-JWT's
signature (PyJWT), the OB 3.0 JWT claims and validity window, fetches our Bitstring
Status List, verifies its signature and reads the bit. Its HTTP fetches go to the
site in-process through Django's test client.
"""

import hashlib
import json
from datetime import timedelta
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openbadgeslib.ob3.status import decode_encoded_list
from openbadgeslib.ob3.verifier import OB3VerificationError, OB3Verifier

from certificates.credentials import keys, status
from certificates.credentials.services import credential_for
from certificates.models import Certificate, CredentialStatusList, OpenBadgeCredential
from certificates.services import certificate_issue_manual, certificate_revoke


@pytest.fixture
def credential_key(tmp_path, settings):
    call_command("create_credential_key", str(tmp_path / "ob"), stdout=StringIO())
    settings.LMS_CREDENTIAL_KEY = str(tmp_path / "ob" / "credential-key.pem")
    return settings.LMS_CREDENTIAL_KEY


def fetch_from_site(url):
    """What a verifier downloads, served by the site in-process."""
    parts = urlsplit(url)
    response = Client().get(parts.path)
    assert response.status_code == 200, url
    return response.content


def verifier():
    return OB3Verifier.for_issuer_did(keys.issuer_id(), download=fetch_from_site)


def verify(token, **kwargs):
    return verifier().verify(
        token, check_status=True, download=fetch_from_site, **kwargs
    )


def downloaded_token(client, certificate):
    url = reverse("certificates:credential_json", args=[certificate.code])
    envelope = json.loads(client.get(url).content)
    assert envelope["type"] == "EnvelopedVerifiableCredential"
    prefix = "data:application/vc+jwt,"
    assert envelope["id"].startswith(prefix)
    return envelope["id"][len(prefix) :]


def payload(token):
    import base64

    body = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def test_the_independent_verifier_accepts_the_downloaded_credential(
    credential_key, certificate, client, competencies
):
    token = downloaded_token(client, certificate)
    verified = verify(token, expected_recipient=None)
    assert verified.issuer.id == keys.issuer_id() == "did:web:academy.example.az"
    document = payload(token)
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["validUntil"].startswith(str(certificate.expires_at.year))
    achievement = document["credentialSubject"]["achievement"]
    assert [a["targetCode"] for a in achievement["alignment"]] == ["SS-01", "SS-02"]
    levels = [
        d["rubricCriterionLevel"][0]["level"] for d in achievement["resultDescription"]
    ]
    assert levels == [str(level.rank) for _competency, level in competencies]


def test_the_recipient_is_a_salted_hash_of_the_email_and_a_name(
    credential_key, certificate
):
    document = payload(credential_for(certificate).token)
    identifiers = document["credentialSubject"]["identifier"]
    email = next(i for i in identifiers if i["identityType"] == "emailAddress")
    expected = hashlib.sha256(("leyla@example.az" + email["salt"]).encode())
    assert email["hashed"] and email["identityHash"] == "sha256$" + expected.hexdigest()
    assert "leyla@example.az" not in json.dumps(document)
    name = next(i for i in identifiers if i["identityType"] == "name")
    assert name["identityHash"] == certificate.employee.full_name


def test_a_tampered_credential_fails(credential_key, certificate):
    token = credential_for(certificate).token
    header, body, signature = token.split(".")
    forged = payload(token)
    forged["credentialSubject"]["identifier"][-1]["identityHash"] = "Someone Else"
    import base64

    forged_body = base64.urlsafe_b64encode(json.dumps(forged).encode()).rstrip(b"=")
    with pytest.raises(OB3VerificationError, match="signature"):
        verify(f"{header}.{forged_body.decode()}.{signature}")


def test_revoking_the_certificate_sets_its_status_bit(
    credential_key, certificate, client, admin_user
):
    token = downloaded_token(client, certificate)
    verify(token)
    certificate_revoke(certificate=certificate, by=admin_user, reason="Fraud")
    with pytest.raises(OB3VerificationError, match="revocation"):
        verify(token)
    credential = OpenBadgeCredential.objects.get(certificate=certificate)
    bits = bytes(credential.status_list.bits)
    assert status.bit_is_set(bits, credential.status_index)
    assert sum(bin(byte).count("1") for byte in bits) == 1  # that bit alone


def test_a_superseded_certificate_is_flagged_too(
    credential_key, certificate, admin_user
):
    token = credential_for(certificate).token
    certificate_issue_manual(
        employee=certificate.employee,
        course=certificate.course,
        reason="Retaken elsewhere",
        issued_by=admin_user,
    )
    with pytest.raises(OB3VerificationError, match="revocation"):
        verify(token)


def test_an_expired_credential_fails_on_its_valid_until(
    credential_key, certificate, settings
):
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - timedelta(days=800),
        expires_at=timezone.now() - timedelta(days=70),
    )
    certificate.refresh_from_db()
    token = credential_for(certificate).token
    with pytest.raises(OB3VerificationError, match="expired"):
        verify(token)


def test_the_status_list_decodes_with_the_spec_encoding(credential_key, certificate):
    credential = credential_for(certificate)
    status.set_revoked(credential)
    url = reverse("certificates:status_list", args=[credential.status_list_id])
    document = payload(Client().get(url).content.decode())
    encoded = document["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")  # multibase base64url
    bits = decode_encoded_list(encoded)  # the independent decoder
    assert len(bits) * 8 == CredentialStatusList.objects.get().size
    index = credential.status_index
    assert bits[index // 8] & (0x80 >> (index % 8))
    assert sum(bin(byte).count("1") for byte in bits) == 1


def test_one_credential_per_certificate_however_often_asked(
    credential_key, certificate, client
):
    first = downloaded_token(client, certificate)
    assert downloaded_token(client, certificate) == first
    assert OpenBadgeCredential.objects.count() == 1


def test_without_a_key_nothing_is_offered(certificate, client):
    assert client.get(reverse("certificates:jwk_set")).status_code == 404
    url = reverse("certificates:credential_json", args=[certificate.code])
    assert client.get(url).status_code == 404
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert b"credential.json" not in page.content


def test_a_revoked_certificate_gets_no_new_credential(
    credential_key, certificate, client, admin_user
):
    certificate_revoke(certificate=certificate, by=admin_user, reason="Fraud")
    url = reverse("certificates:credential_json", args=[certificate.code])
    assert client.get(url).status_code == 404
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert b"credential.json" not in page.content


def test_the_jwks_and_did_document_publish_the_same_public_key(
    credential_key, client, settings, tmp_path
):
    call_command("create_credential_key", str(tmp_path / "old"), "--algorithm=EdDSA")
    settings.LMS_CREDENTIAL_RETIRED_KEYS = str(tmp_path / "old" / "credential-key.pem")
    jwks = client.get(reverse("certificates:jwk_set")).json()
    did = json.loads(client.get("/.well-known/did.json").content)
    assert [k["kid"] for k in jwks["keys"]] == did["assertionMethod"]
    assert [k["alg"] for k in jwks["keys"]] == ["ES256", "EdDSA"]
    assert all("d" not in key for key in jwks["keys"])  # never the private part
    assert [m["publicKeyJwk"] for m in did["verificationMethod"]] == jwks["keys"]


def test_the_verify_page_and_my_certificates_offer_the_credential(
    credential_key, certificate, client
):
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert f"/verify/{certificate.code}/credential.json".encode() in page.content
    client.force_login(certificate.employee.user)
    mine = client.get(reverse("certificates:my_certificates"))
    assert f"/verify/{certificate.code}/credential.json".encode() in mine.content


def test_the_pdf_links_to_the_credential(credential_key, certificate):
    import subprocess

    from certificates import tasks
    from certificates.storage import certificate_storage, read

    tasks.regenerate_certificate(certificate.pk)
    certificate.refresh_from_db()
    data = read(certificate_storage(), certificate.pdf.name)
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, timeout=60
    ).stdout.decode()
    assert "credential.json" in text.replace("\n", "")


def test_credential_urls_are_public_for_every_role_and_unknown_codes_are_missing(
    credential_key, certificate, make_employee, tree, admin_user
):
    """The authorization sweep's classification of the credential URLs: anyone
    holding the code (the paper's QR) may fetch the credential; a made-up code or list
    is 404 for everyone, logged in or not."""
    credential = credential_for(certificate)
    colleague = make_employee(tree["front"], username="colleague")
    users = [None, certificate.employee.user, colleague.user, admin_user]
    for user in users:
        client = Client()
        if user:
            client.force_login(user)
        for name in ("credential_json", "credential_jwt"):
            found = client.get(reverse(f"certificates:{name}", args=[certificate.code]))
            assert found.status_code == 200, (name, user)
            unknown = client.get(reverse(f"certificates:{name}", args=["A" * 32]))
            assert unknown.status_code == 404, (name, user)
        listed = reverse("certificates:status_list", args=[credential.status_list_id])
        assert client.get(listed).status_code == 200
        missing = reverse(
            "certificates:status_list", args=[credential.status_list_id + 9]
        )
        assert client.get(missing).status_code == 404
