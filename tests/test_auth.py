"""The management token: single flight, background refresh, 401 replay, bad credentials."""

from __future__ import annotations

import asyncio
import base64
import json
import pickle

import aiohttp
import pytest

from genauth_async import AuthenticationError, GenAuthAPIError, RetryPolicy, WrongHostError, bulk
from genauth_async._auth import MIN_REFRESH_INTERVAL, userpool_id_from_jwt
from genauth_async.testing import (
    TOKEN_INVALID_API_CODE,
    Faults,
    GenAuthEmulator,
    seeded_user_id,
)

TOKEN_PATH = "/api/v3/get-management-token"


async def test_200_concurrent_first_calls_make_one_token_request(client, emulator):
    results = await asyncio.gather(
        *(client.get_user_mfa_status(user_id=seeded_user_id(i % 30 // 2 * 2)) for i in range(200))
    )
    assert len(results) == 200
    assert emulator.stats.requests[TOKEN_PATH] == 1
    assert emulator.stats.tokens_issued == 1 == client.tokens_fetched


async def test_a_short_lived_token_is_replaced_before_calls_meet_it_dead(make_client, emulator):
    emulator.token_lifetime = 1.0
    client = make_client()
    for _ in range(12):  # ~1.8 s: the token expires once or twice meanwhile
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
        await asyncio.sleep(0.15)
    # replaced ahead of its end (by a call, as the refresher waits MIN_REFRESH_INTERVAL):
    # no call ever met a dead token
    assert emulator.stats.unauthorized == 0
    assert emulator.stats.tokens_issued >= 2
    assert client.tokens_fetched == emulator.stats.tokens_issued


class FakeTime:
    """The token provider's clock and sleep, driven by the test: no real time passes."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._sleepers: dict[asyncio.Task, float] = {}  # each sleeping task's wake-up time

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        wake = self._sleepers[asyncio.current_task()] = self.now + delay
        while self.now < wake:  # noqa: ASYNC110  (the test moves the clock)
            await asyncio.sleep(0.001)

    def _due(self) -> list[float]:
        return [wake for task, wake in self._sleepers.items() if not task.done()]

    async def run_for(self, seconds: float) -> None:
        """Move the clock on by ``seconds``, from one wake-up to the next, each sleeper done
        with what it woke up for (a token request) before the clock moves again."""
        end = self.now + seconds
        async with asyncio.timeout(30):  # a hang guard only
            while not self._due():  # noqa: ASYNC110  (the refresher is yet to start)
                await asyncio.sleep(0.001)
            while (wake := min(self._due())) <= end:
                self.now = wake
                while any(w <= self.now for w in self._due()):  # noqa: ASYNC110
                    await asyncio.sleep(0.001)
            self.now = end


@pytest.fixture
def fake_time(make_client, monkeypatch):
    """A client whose token refresh runs on a FakeTime."""
    fake = FakeTime()

    def make(**options):
        client = make_client(**options)
        monkeypatch.setattr(client._transport.auth, "_clock", fake.clock)
        monkeypatch.setattr(client._transport.auth, "_sleep", fake.sleep)
        return client

    return fake, make


async def test_refresh_happens_without_traffic(fake_time, emulator):
    fake, make = fake_time
    emulator.token_lifetime = 100.0
    client = make()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    # no calls: only the background task can fetch, at 80% of each token's lifetime
    await fake.run_for(79)
    assert client.tokens_fetched == 1
    await fake.run_for(1)
    assert client.tokens_fetched == 2
    await fake.run_for(80)
    assert client.tokens_fetched == 3


async def test_a_tiny_expires_in_does_not_make_a_refresh_storm(fake_time, emulator):
    fake, make = fake_time
    client = make()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))  # a 7200 s token
    emulator.token_lifetime = 0.001  # every later answer says expires_in: 0.001
    await fake.run_for(7200 * 0.8 + 600)  # refreshed once, then 10 idle minutes
    # one refresh per MIN_REFRESH_INTERVAL, not one every 0.8 s (750 in 10 minutes)
    fetched = emulator.stats.requests[TOKEN_PATH]
    assert 2 <= fetched <= 2 + 600 / MIN_REFRESH_INTERVAL
    assert client.tokens_fetched == fetched


async def test_revoked_token_is_replaced_and_the_call_replayed_once(client, emulator):
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.revoke_tokens()
    calls = [client.get_user_mfa_status(user_id=seeded_user_id(2)) for _ in range(50)]
    results = await asyncio.gather(*calls)
    assert all(r.mfa_token for r in results)
    # every in-flight call hit the dead token, but it was dropped and refreshed once
    assert emulator.stats.tokens_issued == 2
    assert emulator.stats.unauthorized == 50


async def test_a_token_rejected_by_an_http_200_envelope_is_replaced_and_replayed(client, emulator):
    # some GenAuth deployments answer a dead token with HTTP 200 and statusCode 401
    emulator.token_error_http_status = 200
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.revoke_tokens()
    calls = [client.get_user_mfa_status(user_id=seeded_user_id(2)) for _ in range(20)]
    results = await asyncio.gather(*calls)
    assert all(r.mfa_token for r in results)
    assert emulator.stats.unauthorized == 20  # each call met the dead token once...
    assert emulator.stats.tokens_issued == 2  # ...and one new token served them all
    assert emulator.stats.requests["/api/v3/get-mfa-status"] == 41


async def test_a_configured_api_code_rejects_the_token_whatever_the_status(make_client, emulator):
    emulator.token_error_http_status = 200
    emulator.token_error_status_code = 400
    client = make_client(token_invalid_api_codes={TOKEN_INVALID_API_CODE})
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.revoke_tokens()
    assert (await client.get_user_mfa_status(user_id=seeded_user_id(2))).mfa_token
    assert (emulator.stats.unauthorized, emulator.stats.tokens_issued) == (1, 2)
    assert emulator.stats.requests["/api/v3/get-mfa-status"] == 3


async def test_without_the_api_code_a_status_400_rejection_is_not_replayed(make_client, emulator):
    emulator.token_error_http_status = 200
    emulator.token_error_status_code = 400
    client = make_client()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    emulator.revoke_tokens()
    with pytest.raises(GenAuthAPIError) as caught:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    assert not isinstance(caught.value, AuthenticationError)
    error = caught.value
    assert (error.http_status, error.status_code, error.api_code) == (
        200,
        400,
        TOKEN_INVALID_API_CODE,
    )
    assert emulator.stats.tokens_issued == 1
    assert emulator.stats.requests["/api/v3/get-mfa-status"] == 2


async def test_a_token_that_keeps_failing_is_not_replayed_forever(make_client, emulator):
    async def revoke_everything(session, ctx, params) -> None:
        if params.url.path != TOKEN_PATH:
            emulator.revoke_tokens()  # every token is dead by the time a call arrives

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(revoke_everything)
    client = make_client(trace_configs=[trace])
    with pytest.raises(AuthenticationError):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    # the call, its free replay, then replays counted as retries up to the policy's attempts
    attempts = RetryPolicy().max_attempts
    assert emulator.stats.requests["/api/v3/get-mfa-status"] == attempts + 1
    assert emulator.stats.tokens_issued == attempts + 1


async def test_wrong_credentials_fail_fast_without_a_retry_storm(make_client, emulator):
    client = make_client(access_key_secret="wrong")
    results = await asyncio.gather(
        *(client.get_user_mfa_status(user_id=seeded_user_id(2)) for _ in range(100)),
        return_exceptions=True,
    )
    assert all(isinstance(r, AuthenticationError) for r in results)
    assert "could not obtain a management token" in str(results[0])
    assert emulator.stats.requests[TOKEN_PATH] == 1
    assert emulator.stats.requests["/api/v3/get-mfa-status"] == 0


async def test_a_host_without_the_token_endpoint_is_a_wrong_host_not_a_wrong_key(
    make_client, emulator
):
    client = make_client(host=emulator.url + "/genauth")
    with pytest.raises(WrongHostError) as info:
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    err = info.value
    url = emulator.url + "/genauth" + TOKEN_PATH
    assert (err.url, err.http_status) == (url, 404)
    assert str(err).startswith(f"{url} answered HTTP 404")
    assert "the host (or the path in it) is wrong" in str(err)
    assert not isinstance(err, AuthenticationError)
    assert emulator.access_key_secret not in str(err)
    # a bulk run (and the command line, which prints this reason) stops: not the key's fault
    reason = bulk.fatal_reason(err)
    assert reason is not None and "host" in reason and "access key" not in reason
    assert not bulk.may_have_applied(err)
    assert pickle.loads(pickle.dumps(err)).url == url


async def test_close_cancels_the_refresh_task(make_client):
    client = make_client()
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    refresher = client._transport.auth._refresher
    assert refresher is not None and not refresher.done()
    await client.close()
    assert refresher.done()
    assert client._transport.auth._refresher is None


async def test_cancelled_caller_does_not_cancel_the_shared_fetch(make_client, emulator):
    emulator.faults = Faults(latency_ms=100, routes=frozenset({TOKEN_PATH}))
    client = make_client()
    first = asyncio.ensure_future(client.get_user_mfa_status(user_id=seeded_user_id(2)))
    second = asyncio.ensure_future(client.get_user_mfa_status(user_id=seeded_user_id(2)))
    await asyncio.sleep(0.03)
    first.cancel()
    assert (await second).mfa_token
    assert first.cancelled()
    assert emulator.stats.tokens_issued == 1


def _jwt(claims: dict) -> str:
    def part(d: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part(claims)}.sig"


def test_userpool_id_is_decoded_with_base64url():
    # "~~~" makes the payload contain '-' / '_' in base64url: plain b64decode gets it wrong
    token = _jwt({"scoped_userpool_id": "pool-1", "pad": "~~~?>>"})
    assert "-" in token.split(".")[1] or "_" in token.split(".")[1]
    assert userpool_id_from_jwt(token) == "pool-1"
    assert userpool_id_from_jwt("not-a-jwt") is None
    assert userpool_id_from_jwt(_jwt({"other": 1})) is None


async def test_token_repr_hides_the_token(client):
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    token = client._transport.auth._token
    assert token is not None
    assert token.access_token not in repr(token)
    assert token.access_token not in repr(client._transport.auth)


async def test_emulator_in_fixture_form(genauth_client, genauth_emulator: GenAuthEmulator):
    assert (await genauth_client.get_user_mfa_status(user_id=seeded_user_id(0))).mfa_token
    assert genauth_emulator.stats.tokens_issued == 1
