"""Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0, secured as VC-JWT).

``keys``: the issuer's key from the environment, its JWK set and DID document;
``document``: a certificate as an ``OpenBadgeCredential``; ``status``: the Bitstring
Status Lists; ``services``: issue a certificate's credential once, flag it when the
certificate is revoked or superseded; ``views``: what the site publishes.
"""
