"""The client end to end against the emulator: the README's quickstart and its promises."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import aiohttp
import pytest

from genauth_async import (
    ApplicationMfa,
    AsyncManagementClient,
    ClientClosedError,
    GenAuthAPIError,
    IsSuccess,
    MfaTriggerData,
    NotFoundError,
    PrincipalType,
    ResetUserPrincipalAuthenticationInfoOptions,
    UserIdType,
)
from genauth_async.testing import USER_NOT_FOUND_API_CODE, seeded_user_id

MFA = MfaTriggerData(
    mfa_token="tok",
    application_mfa=[ApplicationMfa(mfa_policy="EMAIL", status=1, sort=0)],
    totp_mfa_enabled=True,
)


async def test_quickstart_flow(client, emulator):
    page = await client.get_user_principal_authentication_info(
        user_id="user000003@example.com", user_id_type=UserIdType.EMAIL
    )
    assert page.total_count == 1
    record = page.list[0]
    assert record.principal_code == "110101000000000003"
    assert record.principal_type is PrincipalType.P
    assert record.authenticated_at.tzinfo is not None
    assert record.authenticated_at.utcoffset().total_seconds() == 0

    res = await client.reset_user_principal_authentication_info(
        user_id="13800000003",
        options=ResetUserPrincipalAuthenticationInfoOptions(user_id_type=UserIdType.PHONE),
    )
    assert res == IsSuccess(success=True)
    after = await client.get_user_principal_authentication_info(user_id=seeded_user_id(3))
    assert after.total_count == 0 and after.list == []

    uid = seeded_user_id(5)
    assert (await client.set_users_mfa_status(user_id=uid, mfa_trigger_data=MFA)).success
    assert await client.get_user_mfa_status(user_id=uid) == MFA
    assert emulator.stats.writes[uid] == 1


async def test_user_id_type_accepts_wire_string(client):
    page = await client.get_user_principal_authentication_info(
        user_id="user000006", user_id_type="username"
    )
    assert page.total_count == 1


async def test_sync_sdk_style_dicts_are_accepted_and_checked(client, emulator):
    uid = seeded_user_id(7)
    await client.set_users_mfa_status(
        user_id=uid,
        mfa_trigger_data={
            "mfaToken": "t",
            "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 2}],
        },
    )
    got = await client.get_user_mfa_status(user_id=uid)
    assert got.application_mfa == [ApplicationMfa(mfa_policy="SMS", status=1, sort=2)]
    before = sum(emulator.stats.requests.values())
    with pytest.raises(ValueError, match="mfa_trigger_data is not a valid MfaTriggerData"):
        await client.set_users_mfa_status(user_id=uid, mfa_trigger_data={"mfaToken": "t"})
    with pytest.raises(ValueError, match="user_id_type must be one of"):
        await client.reset_user_principal_authentication_info(
            user_id=uid, options={"userIdType": "nickname"}
        )
    assert sum(emulator.stats.requests.values()) == before


@pytest.mark.parametrize("bad", ["Email", "e-mail", "", 3, "nickname"])
async def test_bad_user_id_type_sends_nothing(client, emulator, bad):
    with pytest.raises(ValueError) as info:
        await client.get_user_mfa_status(user_id="x", user_id_type=bad)
    assert "'user_id'" in str(info.value) and "'sync_relation'" in str(info.value)
    with pytest.raises(ValueError):
        ResetUserPrincipalAuthenticationInfoOptions(user_id_type=bad)
    assert sum(emulator.stats.requests.values()) == 0


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
async def test_empty_or_wrong_user_id_sends_nothing(client, emulator, bad):
    with pytest.raises((ValueError, TypeError), match="user_id"):
        await client.get_user_principal_authentication_info(user_id=bad)
    with pytest.raises((ValueError, TypeError), match="user_id"):
        await client.set_users_mfa_status(user_id=bad, mfa_trigger_data=MFA)
    assert sum(emulator.stats.requests.values()) == 0


async def test_not_found_is_typed_with_api_code_and_request_id(client):
    with pytest.raises(NotFoundError) as info:
        await client.get_user_mfa_status(user_id="nobody")
    err = info.value
    assert isinstance(err, GenAuthAPIError)
    assert err.status_code == 404 and err.http_status == 200
    assert err.api_code == USER_NOT_FOUND_API_CODE
    assert err.request_id and err.request_id in str(err)


async def test_session_is_lazy_and_closed(make_client):
    client = make_client()
    assert client.session is None
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    session = client.session
    assert session is not None and not session.closed
    await client.close()
    assert session.closed and client.closed
    with pytest.raises(ClientClosedError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    await client.close()  # idempotent


async def test_a_closed_client_cannot_be_entered_again(make_client, emulator):
    client = make_client()
    async with client:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    with pytest.raises(ClientClosedError, match="create a new AsyncManagementClient"):
        async with client:
            pass
    closed_early = make_client()
    await closed_early.close()
    with pytest.raises(ClientClosedError):
        async with closed_early:
            pass
    assert emulator.stats.tokens_issued == 1


async def test_injected_session_is_used_and_not_closed(emulator):
    async with aiohttp.ClientSession() as session:
        async with AsyncManagementClient(
            access_key_id=emulator.access_key_id,
            access_key_secret=emulator.access_key_secret,
            host=emulator.url,
            session=session,
        ) as client:
            await client.get_user_mfa_status(user_id=seeded_user_id(2))
            assert client.session is session
        assert not session.closed


async def test_environment_configuration(monkeypatch, emulator):
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_ID", emulator.access_key_id)
    monkeypatch.setenv("GENAUTH_ACCESS_KEY_SECRET", emulator.access_key_secret)
    monkeypatch.setenv("GENAUTH_HOST", emulator.url)
    async with AsyncManagementClient() as client:
        assert client.host == emulator.url
        assert (await client.get_user_mfa_status(user_id=seeded_user_id(2))).mfa_token


def test_missing_credentials_and_bad_options(monkeypatch):
    for var in ("GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET", "GENAUTH_HOST"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(ValueError, match="access_key_id"):
        AsyncManagementClient(access_key_secret="s")
    with pytest.raises(ValueError, match="access_key_secret"):
        AsyncManagementClient(access_key_id="k")
    with pytest.raises(ValueError, match="host"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", host="api.genauth.ai")
    with pytest.raises(ValueError, match="lang"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", lang="fr")
    with pytest.raises(ValueError, match="timeout"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", timeout=0)
    client = AsyncManagementClient(access_key_id="k", access_key_secret="s")
    assert client.host == "https://api.genauth.ai"


async def test_headers_on_the_wire(make_client, emulator):
    client = make_client(lang="en-US", tenant_id="tenant-1")
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    sent = [r for r in emulator.stats.recent if r["path"] == "/api/v3/get-mfa-status"][-1]
    headers = {k.lower(): v for k, v in sent["headers"].items()}
    assert headers["authorization"].startswith("Bearer ")
    assert headers["x-genauth-userpool-id"] == emulator.userpool_id
    assert headers["x-genauth-lang"] == "en-US"
    assert headers["x-genauth-app-id"] == "tenant-1"
    assert headers["x-genauth-sdk-version"].startswith("genauth-async-py:")


async def test_verify_ssl_off_logs_one_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="genauth_async"):
        client = AsyncManagementClient(access_key_id="k", access_key_secret="s", verify_ssl=False)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "TLS certificate verification is OFF" in warnings[0].message
    await client.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="genauth_async"):
        default = AsyncManagementClient(access_key_id="k", access_key_secret="s")
    assert not caplog.records
    assert default._transport._ssl is True
    await default.close()


async def test_per_call_timeout_really_applies(client, emulator):
    from genauth_async import GenAuthTimeoutError

    await client.get_user_mfa_status(user_id=seeded_user_id(2))  # token first
    emulator.faults.latency_ms = 400
    started = asyncio.get_running_loop().time()
    with pytest.raises(GenAuthTimeoutError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2), timeout=0.05)
    # three attempts of 50 ms plus backoff; without the timeout each would take 400 ms
    assert asyncio.get_running_loop().time() - started < 1.2


async def test_many_concurrent_tasks_share_the_client(client, emulator):
    ids = [seeded_user_id(i) for i in range(30)]
    results = await asyncio.gather(
        *(client.get_user_principal_authentication_info(user_id=u) for u in ids * 20)
    )
    assert len(results) == 600
    assert [r.total_count for r in results[:30]] == [1 if i % 3 == 0 else 0 for i in range(30)]
    assert emulator.stats.tokens_issued == 1


async def test_datetimes_are_aware_utc(client):
    page = await client.get_user_principal_authentication_info(user_id=seeded_user_id(0))
    assert page.list[0].authenticated_at == datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("5", TypeError),
        (True, TypeError),
        (0, ValueError),
        (-1.0, ValueError),
        (float("nan"), ValueError),
    ],
)
async def test_bad_per_call_timeout_sends_nothing(client, emulator, bad, error):
    with pytest.raises(error, match="timeout"):
        await client.get_user_mfa_status(user_id=seeded_user_id(2), timeout=bad)
    assert sum(emulator.stats.requests.values()) == 0
