"""Certificate templates, issuance, rendering, verification, revocation, expiry."""
