"""The exact wire shape of each core endpoint: method, path, query, JSON body."""

from __future__ import annotations

import contextlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from genauth_async import (
    ApplicationMfa,
    GenAuthAPIError,
    MfaTriggerData,
    ResetUserPrincipalAuthenticationInfoOptions,
    UserIdType,
)
from genauth_async.testing import seeded_user_id


def last(emulator, path: str) -> dict:
    return [r for r in emulator.stats.recent if r["path"] == path][-1]


async def test_token_request(client, emulator):
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    sent = last(emulator, "/api/v3/get-management-token")
    assert sent["method"] == "POST"
    assert json.loads(sent["body"]) == {
        "accessKeyId": emulator.access_key_id,
        "accessKeySecret": emulator.access_key_secret,
    }
    assert "authorization" not in sent["headers"]


async def test_get_user_principal_authentication_info(client, emulator):
    await client.get_user_principal_authentication_info(
        user_id="user000003@example.com", user_id_type=UserIdType.EMAIL
    )
    sent = last(emulator, "/api/v3/get-user-principal-authentication-info")
    assert sent["method"] == "GET"
    assert sent["query"] == [["userId", "user000003@example.com"], ["userIdType", "email"]]
    assert sent["body"] == ""


async def test_get_user_mfa_status_without_user_id_type(client, emulator):
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    sent = last(emulator, "/api/v3/get-mfa-status")
    assert sent["method"] == "GET"
    assert sent["query"] == [["userId", seeded_user_id(2)]]  # None is not sent


async def test_reset_user_principal_authentication_info(client, emulator):
    await client.reset_user_principal_authentication_info(
        user_id="13800000003",
        options=ResetUserPrincipalAuthenticationInfoOptions(user_id_type="phone"),
    )
    sent = last(emulator, "/api/v3/reset-user-principal-authentication-info")
    assert sent["method"] == "POST"
    assert sent["headers"]["content-type"] == "application/json"
    assert json.loads(sent["body"]) == {"userId": "13800000003", "options": {"userIdType": "phone"}}
    assert sent["query"] == []


async def test_set_users_mfa_status(client, emulator):
    await client.set_users_mfa_status(
        user_id="user000004",
        user_id_type="username",
        mfa_trigger_data=MfaTriggerData(
            mfa_token="tok",
            application_mfa=[ApplicationMfa(mfa_policy="EMAIL", status=1, sort=0)],
            totp_mfa_enabled=True,
            face_mfa_enabled=False,
        ),
    )
    sent = last(emulator, "/api/v3/set-mfa-status")
    assert json.loads(sent["body"]) == {
        "userId": "user000004",
        "userIdType": "username",
        "mfaTriggerData": {
            "mfaToken": "tok",
            "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}],
            "totpMfaEnabled": True,
            "faceMfaEnabled": False,
        },
    }


# every character a query value can hold arrives as it was given: ids, e-mail addresses and
# phone numbers go out as they are, anything else escaped
_TRICKY = [
    "user000003@example.com",
    "+8613800000003",
    "a b",
    "a+b",
    "a&userId=other",
    "100%",
    "a%20b",
    "a/b?c#d",
    "semi;colon",
    "quote'\"",
    "tab\tand\nnewline",
    "é",
    "中文",
    "🙂",
    "-._~",
    "~" * 300,
]


def _drawn_texts() -> list[str]:
    """Texts hypothesis draws (run here, then sent by the async test)."""
    drawn: list[str] = []

    @settings(max_examples=150, database=None, deadline=None)
    @given(st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(str.strip))
    def draw(text: str) -> None:
        drawn.append(text)

    draw()
    return drawn


async def test_query_values_arrive_exactly_as_given(client, emulator):
    values = _TRICKY + _drawn_texts()
    for value in values:
        with contextlib.suppress(GenAuthAPIError):  # most are no user's id
            await client.get_user_mfa_status(user_id=value)
        sent = last(emulator, "/api/v3/get-mfa-status")
        assert sent["query"] == [["userId", value]], value
    with contextlib.suppress(GenAuthAPIError):
        await client.get_user_batch(user_ids=_TRICKY[:6], user_id_type=UserIdType.USERNAME)
    sent = last(emulator, "/api/v3/get-user-batch")
    assert sent["query"] == [["userIds", v] for v in _TRICKY[:6]] + [["userIdType", "username"]]
