"""Envelope, error mapping, retries and logging, against the emulator and (for the few
transport failures a server cannot produce) aioresponses."""

from __future__ import annotations

import asyncio
import logging
import re

import aiohttp
import pytest
from aiohttp.client_reqrep import ConnectionKey
from aioresponses import aioresponses

from genauth_async import (
    AsyncManagementClient,
    GenAuthConnectionError,
    GenAuthError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from genauth_async._transport import _encode_query, _parse_retry_after
from genauth_async.testing import Faults, seeded_user_id

MFA_PATH = "/api/v3/get-mfa-status"
SET_PATH = "/api/v3/set-mfa-status"
KEY = ConnectionKey("genauth.invalid", 443, True, True, None, None, None)
FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


def heal_after(emulator, n: int) -> aiohttp.TraceConfig:
    """A trace hook that switches the emulator's faults off after ``n`` answered requests."""
    seen = 0

    async def on_end(session, ctx, params) -> None:
        nonlocal seen
        if params.url.path != "/api/v3/get-management-token":
            seen += 1
            if seen >= n:
                emulator.faults = Faults()

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(on_end)
    return trace


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_5xx_then_success_for_an_idempotent_call(make_client, emulator, status):
    emulator.faults = Faults(error_rate=1.0, error_statuses=(status,), routes=frozenset({MFA_PATH}))
    client = make_client(retry=FAST, trace_configs=[heal_after(emulator, 1)])
    assert (await client.get_user_mfa_status(user_id=seeded_user_id(2))).mfa_token
    assert emulator.stats.requests[MFA_PATH] == 2


async def test_retries_are_bounded_and_the_last_error_raised(make_client, emulator):
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({MFA_PATH}))
    client = make_client(retry=FAST)
    with pytest.raises(ServerError) as info:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert info.value.http_status == 503
    assert emulator.stats.requests[MFA_PATH] == 3


async def test_max_retries_zero_means_one_attempt(make_client, emulator):
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({MFA_PATH}))
    client = make_client(max_retries=0)
    with pytest.raises(ServerError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert emulator.stats.requests[MFA_PATH] == 1


async def test_html_502_from_a_proxy_is_a_typed_error_with_a_snippet(make_client, emulator):
    emulator.faults = Faults(html_rate=1.0, routes=frozenset({MFA_PATH}))
    client = make_client(retry=FAST)
    with pytest.raises(ServerError) as info:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    text = str(info.value)
    assert "HTTP 502" in text and "<html" in text.lower()
    assert info.value.http_status == 502
    assert emulator.stats.requests[MFA_PATH] == 3  # a GET is retried on 502


async def test_malformed_json_is_a_typed_error(make_client, emulator):
    emulator.faults = Faults(malformed_json_rate=1.0, routes=frozenset({MFA_PATH}))
    client = make_client(max_retries=0)
    with pytest.raises(ServerError, match="not its JSON envelope") as info:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert info.value.http_status == 200


async def test_dropped_connection_is_retried_for_idempotent_calls(make_client, emulator):
    emulator.faults = Faults(drop_rate=1.0, routes=frozenset({MFA_PATH}))
    attempts = 0

    async def count(session, ctx, params) -> None:
        nonlocal attempts
        attempts += params.url.path == MFA_PATH

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(count)
    client = make_client(retry=FAST, trace_configs=[trace])
    with pytest.raises(GenAuthConnectionError, match="connection lost"):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    # our three attempts (aiohttp may itself resend a GET once on a reused connection)
    assert attempts == 3
    assert emulator.stats.requests[MFA_PATH] >= 3


async def test_write_applied_then_503_is_retried_only_because_it_is_idempotent(
    make_client, emulator
):
    # set-mfa-status is idempotent: replaying it after a 503 that followed the write is safe
    emulator.faults = Faults(fail_after_apply_rate=1.0, routes=frozenset({SET_PATH}))
    client = make_client(retry=FAST, trace_configs=[heal_after(emulator, 1)])
    uid = seeded_user_id(4)
    data = {"mfaToken": "t", "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 0}]}
    assert (await client.set_users_mfa_status(user_id=uid, mfa_trigger_data=data)).success
    assert emulator.stats.writes_by_route[SET_PATH][uid] == 2


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_non_idempotent_call_is_not_retried_when_it_may_have_been_received(
    make_client, emulator, status
):
    from genauth_async._transport import Endpoint

    # a POST not declared idempotent (e.g. a create): a 500, or a gateway's 502/504, may
    # have followed the write, so sending it again could apply it twice
    create = Endpoint.post("api/v3/set-mfa-status", None, idempotent=False)
    emulator.faults = Faults(error_rate=1.0, error_statuses=(status,), routes=frozenset({SET_PATH}))
    client = make_client(retry=FAST)
    with pytest.raises(ServerError):
        await client._transport.request(create, body={"userId": "x"})
    assert emulator.stats.requests[SET_PATH] == 1


async def test_non_idempotent_call_is_retried_on_503_and_429(make_client, emulator):
    from genauth_async._transport import Endpoint

    create = Endpoint.post("api/v3/set-mfa-status", None, idempotent=False)
    client = make_client(retry=FAST)
    # 503 says the request was not processed: retried for every call
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({SET_PATH}))
    with pytest.raises(ServerError):
        await client._transport.request(create, body={"userId": "x"})
    assert emulator.stats.requests[SET_PATH] == 3


async def test_429_honours_retry_after(make_client, emulator):
    client = make_client(retry=RetryPolicy(max_attempts=2, retry_after_max=5))
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.faults = Faults(rate_limit_rps=1.0, routes=frozenset({MFA_PATH}))
    loop = asyncio.get_running_loop()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))  # uses the budget
    started = loop.time()
    assert (await client.get_user_mfa_status(user_id=seeded_user_id(2))).mfa_token
    waited = loop.time() - started
    assert waited >= 0.95  # Retry-After: 1 was honoured before the retry
    assert emulator.stats.faults  # a 429 really was served


async def test_429_after_retries_is_rate_limit_error_with_retry_after(make_client, emulator):
    client = make_client(max_retries=0)
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.faults = Faults(rate_limit_rps=0.5, routes=frozenset({MFA_PATH}))  # under 1/s
    with pytest.raises(RateLimitError) as info:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert info.value.retry_after is not None and info.value.retry_after >= 1


async def test_retry_after_is_capped(make_client, emulator):
    client = make_client(retry=RetryPolicy(max_attempts=2, retry_after_max=0.05))
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.faults = Faults(rate_limit_rps=0.1, routes=frozenset({MFA_PATH}))  # Retry-After: 10
    started = asyncio.get_running_loop().time()
    with pytest.raises(RateLimitError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert asyncio.get_running_loop().time() - started < 5  # not the 10 s the server asked


async def test_each_retry_is_logged_at_debug(make_client, emulator, caplog):
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({MFA_PATH}))
    client = make_client(retry=FAST)
    with caplog.at_level(logging.DEBUG, logger="genauth_async"), pytest.raises(ServerError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2
    assert "attempt 2/3" in retries[0] and "attempt 3/3" in retries[1]
    lines = [r.getMessage() for r in caplog.records if "api/v3/get-mfa-status ->" in r.getMessage()]
    assert len(lines) == 3
    assert re.search(
        r"GET api/v3/get-mfa-status -> 503 ServerError requestId=\S+ attempt=1 ", lines[0]
    )


async def test_debug_log_is_not_formatted_when_off(make_client, emulator, monkeypatch):
    import genauth_async._transport as transport

    called = []
    monkeypatch.setattr(transport, "_request_id", lambda raw: called.append(raw))
    client = make_client()
    logging.getLogger("genauth_async").setLevel(logging.INFO)
    try:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    finally:
        logging.getLogger("genauth_async").setLevel(logging.NOTSET)
    assert called == []


async def test_closing_while_calls_are_in_flight_ends_them_clearly(make_client, emulator):
    client = make_client()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.faults = Faults(latency_ms=300, routes=frozenset({MFA_PATH}))
    calls = [
        asyncio.ensure_future(client.get_user_mfa_status(user_id=seeded_user_id(2)))
        for _ in range(5)
    ]
    await asyncio.sleep(0.05)
    await client.close()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(r, GenAuthError) for r in results), results
    assert all("closed" in str(r) for r in results)


# -- transport failures a server cannot produce --------------------------------------------


async def test_connect_failure_is_retried_then_typed():
    with aioresponses() as mocked:
        url = "https://genauth.invalid/api/v3/get-management-token"
        refused = aiohttp.ClientConnectorError(KEY, OSError(111, "refused"))
        mocked.post(url, exception=refused, repeat=True)
        async with AsyncManagementClient(
            access_key_id="k", access_key_secret="s", host="https://genauth.invalid", retry=FAST
        ) as client:
            with pytest.raises(GenAuthConnectionError, match="cannot connect"):
                await client.get_user_mfa_status(user_id="u")
        assert len(mocked.requests[("POST", aiohttp.client.URL(url))]) == 3


async def test_tls_certificate_errors_are_not_retried():
    import ssl

    with aioresponses() as mocked:
        url = "https://genauth.invalid/api/v3/get-management-token"
        cert_error = aiohttp.ClientConnectorCertificateError(
            KEY, ssl.SSLCertVerificationError("bad cert")
        )
        mocked.post(url, exception=cert_error, repeat=True)
        async with AsyncManagementClient(
            access_key_id="k", access_key_secret="s", host="https://genauth.invalid", retry=FAST
        ) as client:
            with pytest.raises(GenAuthConnectionError, match="TLS"):
                await client.get_user_mfa_status(user_id="u")
        assert len(mocked.requests[("POST", aiohttp.client.URL(url))]) == 1


# -- pure helpers ----------------------------------------------------------------------------


def test_query_encoding():
    assert _encode_query({"a": True, "b": False, "c": None, "d": ["x", "y"], "e": 3, "f": "s"}) == [
        ("a", "true"),
        ("b", "false"),
        ("d", "x"),
        ("d", "y"),
        ("e", "3"),
        ("f", "s"),
    ]


def test_retry_after_parsing():
    assert _parse_retry_after("3") == 3.0
    assert _parse_retry_after(None) is None
    assert _parse_retry_after("soon") is None
    assert _parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


def test_backoff_is_capped_full_jitter():
    policy = RetryPolicy(backoff_base=1.0, backoff_max=4.0)
    delays = [policy.delay(10) for _ in range(200)]
    assert all(0 <= d <= 4.0 for d in delays)
    assert max(delays) > 2.0 and min(delays) < 2.0  # jittered, not fixed
    assert policy.delay(1, retry_after=100) == policy.retry_after_max
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
