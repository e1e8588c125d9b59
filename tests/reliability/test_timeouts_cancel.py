"""Timeouts, cancellation and closing: typed errors, nothing leaked, nothing replayed unsafely.

tests/test_transport.py and tests/test_client.py already check that a per-call timeout
applies and that closing ends in-flight calls; these tests add what they don't: request
counts, every phase a call can be in (waiting for the token, on the wire, in a retry's
backoff), the connection pool and the tasks left behind.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from genauth_async import ClientClosedError, GenAuthTimeoutError, RetryPolicy
from genauth_async.testing import Faults, seeded_user_id

MFA_PATH = "/api/v3/get-mfa-status"
CREATE_PATH = "/api/v3/create-user"
TOKEN_PATH = "/api/v3/get-management-token"
USER = seeded_user_id(2)
PRINCIPAL_PATH = "/api/v3/get-user-principal-authentication-info"


def client_tasks() -> set[asyncio.Task[object]]:
    """Tasks other than this one and the emulator's own (it shares our loop)."""
    out = set()
    for task in asyncio.all_tasks():
        if task is asyncio.current_task():
            continue
        coro = task.get_coro()
        module = getattr(getattr(coro, "cr_code", None), "co_filename", "")
        if "aiohttp/web_" in module or "genauth_async/testing" in module:
            continue
        out.add(task)
    return out


def acquired(client) -> int:
    """Connections checked out of the client's pool (aiohttp's own bookkeeping)."""
    return len(client.session.connector._acquired)


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.005)):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the condition never came true")


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def warm(client) -> set[asyncio.Task[object]]:
    """One call (token fetched, refresher started); the tasks that are there from now on."""
    await client.get_user_mfa_status(user_id=USER)
    await settle()
    tasks = client_tasks()
    assert {t.get_coro().__qualname__ for t in tasks} == {"TokenProvider._refresh_loop"}
    return tasks


# -- timeouts ----------------------------------------------------------------------------------


async def test_client_timeout_trips_as_genauth_timeout_error(make_client, emulator):
    client = make_client(timeout=0.1, max_retries=0)
    baseline = await warm(client)
    emulator.faults = Faults(latency_ms=1000, routes=frozenset({MFA_PATH}))
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(GenAuthTimeoutError, match="timed out") as info:
        await client.get_user_mfa_status(user_id=USER)
    assert loop.time() - started < 0.6
    assert emulator.stats.requests[MFA_PATH] == 2  # the warm-up call, then one attempt
    assert info.value.__cause__ is None or isinstance(info.value.__cause__, BaseException)
    await settle()
    assert acquired(client) == 0
    assert client_tasks() == baseline


async def test_timed_out_idempotent_call_is_retried_up_to_the_policy(make_client, emulator):
    retry = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)
    client = make_client(retry=retry)
    await warm(client)
    emulator.faults = Faults(latency_ms=400, routes=frozenset({MFA_PATH}))
    with pytest.raises(GenAuthTimeoutError):
        await client.get_user_mfa_status(user_id=USER, timeout=0.05)
    assert emulator.stats.requests[MFA_PATH] == 1 + 3


async def test_timed_out_non_idempotent_call_is_not_replayed(make_client, emulator):
    # the create may have been applied after we stopped waiting: sending it again could
    # create the user twice
    retry = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)
    client = make_client(retry=retry)
    await warm(client)
    emulator.faults = Faults(latency_ms=300, routes=frozenset({CREATE_PATH}))
    with pytest.raises(GenAuthTimeoutError):
        await client.create_user(username="timed-out-create", timeout=0.05)
    assert emulator.stats.requests[CREATE_PATH] == 1
    await asyncio.sleep(0.4)  # the server finishes the request nobody waits for any more
    assert sum(u.username == "timed-out-create" for u in emulator.pool) <= 1


async def test_slow_token_endpoint_trips_the_timeout_too(make_client, emulator):
    emulator.faults = Faults(latency_ms=1000, routes=frozenset({TOKEN_PATH}))
    client = make_client(timeout=0.1, max_retries=0)
    with pytest.raises(GenAuthTimeoutError):
        await client.get_user_mfa_status(user_id=USER)
    assert emulator.stats.requests[MFA_PATH] == 0  # nothing was sent without a token
    assert client.tokens_fetched == 0


# -- cancellation ------------------------------------------------------------------------------


async def test_cancelling_a_call_on_the_wire_leaks_no_connection_and_no_task(make_client, emulator):
    client = make_client()
    baseline = await warm(client)
    emulator.faults = Faults(latency_ms=500, routes=frozenset({MFA_PATH}))
    calls = [asyncio.create_task(client.get_user_mfa_status(user_id=USER)) for _ in range(20)]
    await asyncio.sleep(0.1)
    assert acquired(client) == 20  # all on the wire
    for call in calls:
        call.cancel()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    await settle()
    assert acquired(client) == 0
    assert client_tasks() == baseline
    # and the client is as good as before
    emulator.faults = Faults()
    assert (await client.get_user_mfa_status(user_id=USER)).mfa_token


async def test_a_caller_timeout_is_a_cancellation_not_a_genauth_error(make_client, emulator):
    client = make_client()
    baseline = await warm(client)
    emulator.faults = Faults(latency_ms=500, routes=frozenset({MFA_PATH}))
    with pytest.raises(TimeoutError) as info:
        async with asyncio.timeout(0.05):
            await client.get_user_mfa_status(user_id=USER)
    assert not isinstance(info.value, GenAuthTimeoutError)  # the caller's own, untouched
    await settle()
    assert acquired(client) == 0
    assert client_tasks() == baseline


async def test_cancelling_during_retry_backoff_sends_nothing_more(make_client, emulator):
    client = make_client(retry=RetryPolicy(max_attempts=3, backoff_base=10, backoff_max=10))
    baseline = await warm(client)
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({MFA_PATH}))
    # a Retry-After-less 503: the backoff is drawn from [0, 10 s]; cancel once it sleeps
    call = asyncio.create_task(client.get_user_mfa_status(user_id=USER))
    await until(lambda: emulator.stats.requests[MFA_PATH] >= 2)
    await asyncio.sleep(0.02)
    if call.done():  # drew a backoff under 20 ms: retried at once; nothing to cancel
        pytest.skip("backoff too short to cancel into")
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    sent = emulator.stats.requests[MFA_PATH]
    await asyncio.sleep(0.05)
    assert emulator.stats.requests[MFA_PATH] == sent
    assert acquired(client) == 0
    assert client_tasks() == baseline


async def test_cancelling_one_token_waiter_does_not_cancel_the_shared_fetch(make_client, emulator):
    emulator.faults = Faults(latency_ms=200, routes=frozenset({TOKEN_PATH}))
    client = make_client()
    calls = [asyncio.create_task(client.get_user_mfa_status(user_id=USER)) for _ in range(3)]
    await asyncio.sleep(0.05)
    assert emulator.stats.requests[TOKEN_PATH] == 1  # one fetch, shared
    calls[0].cancel()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert isinstance(results[0], asyncio.CancelledError)
    assert all(r.mfa_token for r in results[1:])
    assert client.tokens_fetched == 1


async def test_cancelling_every_token_waiter_leaves_no_task_behind(make_client, emulator):
    emulator.faults = Faults(latency_ms=200, routes=frozenset({TOKEN_PATH}))
    client = make_client()
    before = client_tasks()
    calls = [asyncio.create_task(client.get_user_mfa_status(user_id=USER)) for _ in range(3)]
    await asyncio.sleep(0.05)
    for call in calls:
        call.cancel()
    await asyncio.gather(*calls, return_exceptions=True)
    # the shielded fetch still completes (the next call needs no new one) ...
    await until(lambda: client._transport.auth._inflight is None)
    assert client.tokens_fetched == 1
    await settle()
    # ... and what is left is the refresher, nothing else
    left = {t.get_coro().__qualname__ for t in client_tasks() - before}
    assert left == {"TokenProvider._refresh_loop"}
    assert acquired(client) == 0


# -- closing -----------------------------------------------------------------------------------


async def test_close_ends_waiting_and_sending_calls_with_client_closed_error(make_client, emulator):
    waiting_for_token = make_client()
    on_the_wire = make_client()
    await warm(on_the_wire)
    emulator.faults = Faults(latency_ms=300, routes=frozenset({TOKEN_PATH, PRINCIPAL_PATH}))
    calls = [
        *(
            asyncio.create_task(waiting_for_token.get_user_mfa_status(user_id=USER))
            for _ in range(3)
        ),
        *(
            asyncio.create_task(on_the_wire.get_user_principal_authentication_info(user_id=USER))
            for _ in range(3)
        ),
    ]
    await asyncio.sleep(0.05)
    assert acquired(on_the_wire) == 3
    sent = sum(emulator.stats.requests.values())
    await asyncio.gather(waiting_for_token.close(), on_the_wire.close())
    results = await asyncio.gather(*calls, return_exceptions=True)
    # not a CancelledError (nobody cancelled these tasks), not a bare connection error
    assert all(isinstance(r, ClientClosedError) for r in results), results
    for client in (waiting_for_token, on_the_wire):
        with pytest.raises(ClientClosedError):
            await client.get_user_mfa_status(user_id=USER)
    await asyncio.sleep(0.05)
    assert sum(emulator.stats.requests.values()) == sent  # nothing sent after close
    await settle()
    assert not client_tasks()


async def test_close_during_retry_backoff_ends_the_call_without_another_attempt(
    make_client, emulator
):
    client = make_client(retry=RetryPolicy(max_attempts=3, backoff_base=10, backoff_max=10))
    await warm(client)
    emulator.faults = Faults(error_rate=1.0, error_statuses=(503,), routes=frozenset({MFA_PATH}))
    call = asyncio.create_task(client.get_user_mfa_status(user_id=USER))
    await until(lambda: emulator.stats.requests[MFA_PATH] >= 2)
    await asyncio.sleep(0.02)
    if call.done():
        pytest.skip("backoff too short to close into")
    sent = emulator.stats.requests[MFA_PATH]
    loop = asyncio.get_running_loop()
    closed_at = loop.time()
    await client.close()
    with pytest.raises(ClientClosedError):
        await call
    assert loop.time() - closed_at < 0.5  # at once, not when the backoff would have ended
    assert emulator.stats.requests[MFA_PATH] == sent
    await settle()
    assert not client_tasks()
