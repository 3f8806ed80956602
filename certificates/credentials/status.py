"""Bitstring Status Lists (W3C, v1.0): one bit per credential, 1 = revoked.

Each credential gets a random free index in the current list (random, so a list
entry says nothing about when or to whom it was issued); a list holds at most half
its size before a new one is opened. The list is published as a signed
``BitstringStatusListCredential``, made afresh on each request from the stored bits.
"""

import base64
import gzip
import secrets
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .. import conf
from ..models import CredentialStatusList
from . import keys

PURPOSE = "revocation"
LIST_VALIDITY = timedelta(days=1)
TTL_MS = 5 * 60 * 1000  # how long a verifier may cache a fetched list


def encode(bits):
    """GZIP, then multibase base64url without padding (prefix ``u``)."""
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode(encoded):
    data = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    return gzip.decompress(base64.urlsafe_b64decode(data))


def bit_is_set(bits, index):
    return bool(bits[index // 8] & (0x80 >> (index % 8)))  # index 0: leftmost bit


def with_bit(bits, index, value):
    data = bytearray(bits)
    mask = 0x80 >> (index % 8)
    data[index // 8] = data[index // 8] | mask if value else data[index // 8] & ~mask
    return bytes(data)


def list_url(status_list_id):
    return conf.site_url() + reverse("certificates:status_list", args=[status_list_id])


def open_list():
    """The list new credentials go to (locked), opening another when half full."""
    current = CredentialStatusList.objects.select_for_update().order_by("-pk").first()
    if current is None or current.entries.count() >= current.size // 2:
        current = CredentialStatusList.objects.create()
        current = CredentialStatusList.objects.select_for_update().get(pk=current.pk)
    return current


def free_index(status_list):
    used = set(status_list.entries.values_list("status_index", flat=True))
    while True:
        index = secrets.randbelow(status_list.size)
        if index not in used:
            return index


@transaction.atomic
def set_revoked(credential, revoked=True):
    """Flip the credential's bit (under the list's row lock)."""
    status_list = CredentialStatusList.objects.select_for_update().get(
        pk=credential.status_list_id
    )
    bits = with_bit(status_list.bits, credential.status_index, revoked)
    if bits != bytes(status_list.bits):
        status_list.bits = bits
        status_list.save(update_fields=["bits", "updated_at"])


def entry(status_list_id, index):
    url = list_url(status_list_id)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def list_credential(status_list, now=None):
    now = (now or timezone.now()).replace(microsecond=0)
    url = list_url(status_list.pk)
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": keys.issuer_id(),
        "validFrom": iso(now),
        "validUntil": iso(now + LIST_VALIDITY),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(status_list.bits),
            "ttl": TTL_MS,
        },
    }


def signed_list(status_list):
    document = list_credential(status_list)
    return keys.signing_key().sign({**document, **jwt_claims(document)})


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def jwt_claims(document):
    """The registered claims OB 3.0 asks for, mirroring the credential's own."""

    def seconds(text):
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())

    issuer = document["issuer"]
    claims = {
        "iss": issuer["id"] if isinstance(issuer, dict) else issuer,
        "jti": document["id"],
        "nbf": seconds(document["validFrom"]),
    }
    if document.get("validUntil"):
        claims["exp"] = seconds(document["validUntil"])
    subject_id = document["credentialSubject"].get("id")
    if subject_id:
        claims["sub"] = subject_id
    return claims
