"""``auth="signature"`` against the emulator: every call signed, no token, same retries."""

from __future__ import annotations

import time

import aiohttp
import orjson
import pytest

from genauth_async import AsyncManagementClient, AuthenticationError
from genauth_async._auth import Redacted
from genauth_async._signature import authorization, http_date, new_nonce, signing_key
from genauth_async.testing import Faults, seeded_user_id

MFA = {"mfaToken": "t", "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 0}]}


async def test_calls_are_signed_and_no_token_is_fetched(make_client, emulator):
    client = make_client(auth="signature")
    uid = seeded_user_id(1)
    await client.set_users_mfa_status(user_id=uid, mfa_trigger_data=MFA)
    mfa = await client.get_user_mfa_status(user_id=uid)
    assert mfa.application_mfa[0].mfa_policy == "SMS"
    users = await client.get_user_batch(user_ids=[uid])  # one id: still an array on the wire
    assert [u.user_id for u in users] == [uid]
    users = await client.get_user_batch(user_ids=[uid, seeded_user_id(2)], with_identities=True)
    assert len(users) == 2
    assert client.tokens_fetched == 0
    assert emulator.stats.tokens_issued == 0
    assert emulator.signed_requests == 4
    for request in emulator.stats.recent:
        headers = request["headers"]
        assert headers["authorization"].startswith(f"GenAuth {emulator.access_key_id}:")
        assert "x-genauth-userpool-id" not in headers
        assert headers["x-genauth-signature-method"] == "HMAC-SHA1"
    assert emulator.pool.get(uid).mfa_trigger_data["applicationMfa"][0]["mfaPolicy"] == "SMS"


async def test_wrong_secret_fails_fast(make_client, emulator):
    client = make_client(auth="signature", access_key_secret="not-the-secret")
    with pytest.raises(AuthenticationError) as info:
        await client.get_user(user_id=seeded_user_id(1))
    assert info.value.http_status == 401
    assert "signature" in info.value.message
    assert emulator.stats.requests["/api/v3/get-user"] == 1  # not replayed, not retried
    assert "not-the-secret" not in str(info.value)


async def test_every_retry_is_signed_afresh(make_client, emulator):
    emulator.faults = Faults(error_rate=0.6, error_statuses=(503,), seed=4)
    client = make_client(auth="signature", max_retries=12)
    for i in range(5):
        await client.get_user_mfa_status(user_id=seeded_user_id(i))
    recent = [r for r in emulator.stats.recent if r["path"] == "/api/v3/get-mfa-status"]
    assert len(recent) > 5  # some attempts were retried
    nonces = [r["headers"]["x-genauth-signature-nonce"] for r in recent]
    assert len(set(nonces)) == len(nonces)  # the emulator refuses a nonce seen before


def test_auth_mode_is_checked():
    with pytest.raises(ValueError, match="auth must be 'token' or 'signature'"):
        AsyncManagementClient(access_key_id="a", access_key_secret="b", auth="hmac")
    with pytest.raises(ValueError, match="websocket_host"):
        AsyncManagementClient(access_key_id="a", access_key_secret="b", websocket_host="http://x")


# -- the emulator's checks, with hand-built requests ------------------------------------------


def signed(emulator, method, path, params, *, flavour="genauth", date=None, secret=None):
    prefix = f"x-{flavour}-"
    headers = {
        "content-type": "application/json",
        f"{prefix}signature-nonce": new_nonce(),
        f"{prefix}signature-method": "HMAC-SHA1",
        f"{prefix}signature-version": "1.0",
        f"{prefix}sdk-version": "hand-written:1",
        f"{prefix}lang": "zh-CN",
        "date": date or http_date(),
    }
    from genauth_async._signature import canonical_headers, canonical_resource

    text = f"{method}\n{canonical_headers(headers, prefix)}{canonical_resource(path, params)}"
    scheme = "GenAuth" if flavour == "genauth" else "authing"
    headers["authorization"] = authorization(
        emulator.access_key_id,
        signing_key(Redacted(secret or emulator.access_key_secret)),
        text,
        scheme=scheme,
    )
    return headers


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.mark.parametrize("flavour", ["genauth", "authing"])
async def test_both_official_flavours_are_accepted(emulator, http, flavour):
    uid = seeded_user_id(3)
    body = {"userId": uid, "mfaTriggerData": MFA}
    headers = signed(emulator, "POST", "/api/v3/set-mfa-status", body, flavour=flavour)
    async with http.post(
        emulator.url + "/api/v3/set-mfa-status", data=orjson.dumps(body), headers=headers
    ) as resp:
        assert (resp.status, (await resp.json())["statusCode"]) == (200, 200)
    params = {"userId": uid, "userIds": [uid], "withCustomData": False}
    headers = signed(emulator, "GET", "/api/v3/get-mfa-status", params, flavour=flavour)
    query = [("userId", uid), ("userIds[]", uid), ("withCustomData", "false")]
    async with http.get(
        emulator.url + "/api/v3/get-mfa-status", params=query, headers=headers
    ) as resp:
        envelope = await resp.json()
    assert envelope["statusCode"] == 200, envelope


async def bad(http, emulator, headers, body):
    async with http.post(
        emulator.url + "/api/v3/set-mfa-status", data=orjson.dumps(body), headers=headers
    ) as resp:
        envelope = await resp.json()
        return resp.status, envelope["statusCode"], envelope["message"]


async def test_bad_signatures_are_401_envelopes(emulator, http):
    uid = seeded_user_id(3)
    body = {"userId": uid, "mfaTriggerData": MFA}
    path = "/api/v3/set-mfa-status"
    # the body was changed after signing
    headers = signed(emulator, "POST", path, body)
    status = await bad(http, emulator, headers, {**body, "userId": seeded_user_id(4)})
    assert status[:2] == (401, 401) and "does not match" in status[2]
    # wrong secret
    status = await bad(http, emulator, signed(emulator, "POST", path, body, secret="x"), body)
    assert status[:2] == (401, 401)
    # a stale date (10 minutes old), then within the tolerance once it is raised
    old = http_date(time.time() - 600)
    status = await bad(http, emulator, signed(emulator, "POST", path, body, date=old), body)
    assert status[:2] == (401, 401) and "date" in status[2]
    emulator.signature_max_skew = 900
    status = await bad(http, emulator, signed(emulator, "POST", path, body, date=old), body)
    assert status[:2] == (200, 200)
    # the same signed request twice: a replay
    headers = signed(emulator, "POST", path, body)
    assert (await bad(http, emulator, headers, body))[:2] == (200, 200)
    status = await bad(http, emulator, headers, body)
    assert status[:2] == (401, 401) and "replay" in status[2]
    # no nonce; a malformed authorization
    headers = signed(emulator, "POST", path, body)
    del headers["x-genauth-signature-nonce"]
    assert (await bad(http, emulator, headers, body))[:2] == (401, 401)
    headers = signed(emulator, "POST", path, body)
    headers["authorization"] = "GenAuth nocolon"
    assert (await bad(http, emulator, headers, body))[:2] == (401, 401)
    assert emulator.pool.get(uid).mfa_trigger_data is not None  # the good ones were applied
    assert emulator.stats.unauthorized == 6
