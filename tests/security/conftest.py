"""The authorization sweep's world of roles and objects, shared by the sweeps."""

from tests.security.test_authorization_sweep import world  # noqa: F401
