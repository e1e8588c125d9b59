"""The argument checks shared by the endpoint methods, bulk and the command line."""

from genauth_async._checks import wire_path
from genauth_async.models import MfaTriggerData


def test_wire_paths_follow_the_model():
    assert wire_path("$.application_mfa[0].mfa_policy", MfaTriggerData) == (
        "$.applicationMfa[0].mfaPolicy"
    )
    assert wire_path("$.totp_mfa_enabled", MfaTriggerData) == "$.totpMfaEnabled"
