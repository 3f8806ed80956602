"""Verification codes: 160 random bits, written in base32 (A–Z, 2–7).

32 characters with no padding, case-insensitive, without 0/1/8/9 that read like
letters; printed in groups of four. Guessing one is hopeless, and the verification
page is rate-limited besides.
"""

import base64
import re
import secrets

CODE_BYTES = 20
CODE_LENGTH = 32
CODE_PATTERN = re.compile(r"^[A-Z2-7]{32}$")


def new_code():
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode("ascii")


def normalise(text):
    """A code as typed (lower case, spaces, dashes) in its stored form, or ""."""
    code = re.sub(r"[\s-]", "", text or "").upper()
    return code if CODE_PATTERN.match(code) else ""
