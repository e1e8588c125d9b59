from __future__ import annotations

import asyncio
import itertools
import socket
from collections.abc import AsyncIterator, Iterator

import pytest

from genauth_async import (
    AsyncManagementClient,
    AuthenticationError,
    GenAuthConnectionError,
    MfaTriggerData,
    NotFoundError,
    RetryPolicy,
    UserIdType,
    bulk,
)
from genauth_async.testing import (
    USER_NOT_FOUND_API_CODE,
    Faults,
    GenAuthEmulator,
    seeded_user_id,
)

SET_MFA = "/api/v3/set-mfa-status"
RESET_PA = "/api/v3/reset-user-principal-authentication-info"
MFA = MfaTriggerData(
    mfa_token="bulk-token",
    application_mfa=[],
    mfa_email="sec@example.com",
)
#: quick transport retries, and 429s left to the runner
FAST_RETRY = RetryPolicy(
    max_attempts=3,
    backoff_base=0.001,
    backoff_max=0.01,
    always_retry_statuses=bulk.BULK_RETRY_POLICY.always_retry_statuses,
)


@pytest.fixture
async def client(genauth_emulator: GenAuthEmulator) -> AsyncIterator[AsyncManagementClient]:
    async with AsyncManagementClient(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
        retry=FAST_RETRY,
    ) as client:
        # fetch the token before faults are switched on
        await client.get_user_mfa_status(user_id=seeded_user_id(0))
        genauth_emulator.reset_stats()
        yield client


def ids(n: int, start: int = 0) -> list[str]:
    return [seeded_user_id(i) for i in range(start, start + n)]


def assert_accounted(outcomes: list[bulk.Outcome], summary: bulk.Summary, taken: int) -> None:
    """Every taken input has exactly one outcome, and the summary adds up."""
    assert sorted(o.index for o in outcomes) == list(range(taken))
    assert summary.total == taken == len(outcomes)
    assert summary.succeeded + summary.failed + summary.cancelled == taken
    assert summary.succeeded == sum(o.ok for o in outcomes)
    assert summary.cancelled == sum(o.cancelled for o in outcomes)
    assert sum(summary.failed_by_kind.values()) == summary.failed
    assert summary.attempts >= sum(o.attempts for o in outcomes)


async def collect(run: bulk.BulkRun) -> list[bulk.Outcome]:
    async with run:
        return [outcome async for outcome in run]


# -- accounting under faults -------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=300)
async def test_every_input_accounted_for_under_503s(client, genauth_emulator):
    genauth_emulator.faults = Faults(error_rate=0.4, routes=frozenset({SET_MFA}), seed=7)
    users = ids(300)
    run = bulk.set_mfa_status(client, users, mfa_trigger_data=MFA, concurrency=16)
    outcomes = await collect(run)

    assert_accounted(outcomes, run.summary, 300)
    assert {o.input for o in outcomes} == set(users)
    assert run.summary.not_taken == 0 and run.summary.stop_reason is None
    failed = [o for o in outcomes if not o.ok]
    assert failed, "with 40% 503s and 3 attempts some inputs must fail"
    assert {o.error.kind for o in failed} == {"ServerError"}
    assert run.summary.failed_by_kind == {"ServerError": len(failed)}
    # a 503 is injected before the handler: exactly the successes were written, once each
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert {o.input for o in outcomes if o.ok} == set(writes)
    assert set(writes.values()) == {1}


@pytest.mark.genauth_emulator(users=200)
async def test_every_input_accounted_for_with_dropped_connections(client, genauth_emulator):
    genauth_emulator.faults = Faults(drop_rate=0.3, routes=frozenset({SET_MFA}), seed=3)
    run = bulk.set_mfa_status(client, ids(200), mfa_trigger_data=MFA, concurrency=16)
    outcomes = await collect(run)

    assert_accounted(outcomes, run.summary, 200)
    assert genauth_emulator.stats.faults["dropped"] > 0
    assert {o.error.kind for o in outcomes if not o.ok} <= {"GenAuthConnectionError"}
    writes = genauth_emulator.stats.writes_by_route[SET_MFA]
    assert {o.input for o in outcomes if o.ok} == set(writes)


@pytest.mark.genauth_emulator(users=150)
async def test_429s_lower_the_rate_and_every_input_succeeds(client, genauth_emulator):
    genauth_emulator.faults = Faults(rate_limit_rps=100, routes=frozenset({SET_MFA}))
    rates: list[float | None] = []
    run = bulk.set_mfa_status(
        client,
        ids(150),
        mfa_trigger_data=MFA,
        concurrency=32,
        rate=1000,
        max_attempts=50,
        max_backoff=0.05,
        progress=lambda counts: rates.append(counts.rate_limit),
        progress_interval=0,
    )
    outcomes = await collect(run)

    assert_accounted(outcomes, run.summary, 150)
    assert run.summary.succeeded == 150
    assert run.summary.rate_limited > 0
    assert genauth_emulator.stats.faults["rate_limited"] == run.summary.rate_limited
    # the runner retried the 429s itself, counting attempts
    assert any(o.attempts > 1 for o in outcomes)
    assert run.summary.attempts == sum(o.attempts for o in outcomes)
    # and the limiter really went down (multiplicatively) instead of hammering on
    assert run.controller is not None and run.controller.decreases >= 1
    assert run.controller.lowest <= 500
    assert min(r for r in rates if r is not None) <= 500
    assert run.rate is not None and run.rate < 1000
    assert set(genauth_emulator.stats.writes_by_route[SET_MFA].values()) == {1}


@pytest.mark.genauth_emulator(users=120)
async def test_429s_without_a_rate_start_one(client, genauth_emulator):
    genauth_emulator.faults = Faults(rate_limit_rps=60, routes=frozenset({SET_MFA}))
    run = bulk.set_mfa_status(
        client, ids(120), mfa_trigger_data=MFA, concurrency=32, max_attempts=50, max_backoff=0.05
    )
    assert run.rate is None
    outcomes = await collect(run)
    assert_accounted(outcomes, run.summary, 120)
    assert run.summary.succeeded == 120
    assert run.controller is not None and run.rate is not None


# -- AIMD ---------------------------------------------------------------------------------------


def test_adaptive_rate_decreases_multiplicatively_once_per_congestion_event():
    aimd = bulk.AdaptiveRate(100.0, floor=10.0, decrease_factor=0.5, settle_requests=5)
    assert aimd.on_rate_limited(started_at=1.0, now=2.0)
    assert aimd.rate == 50.0
    # requests sent before the decrease took effect (5 requests at 50/s: until 2.1) report
    # the same congestion: ignored
    assert not aimd.on_rate_limited(started_at=1.5, now=2.05)
    assert not aimd.on_rate_limited(started_at=2.09, now=2.2)
    assert aimd.rate == 50.0
    assert aimd.on_rate_limited(started_at=2.11, now=2.2)
    assert aimd.rate == 25.0
    aimd.on_rate_limited(started_at=3.0, now=3.0)
    aimd.on_rate_limited(started_at=4.0, now=4.0)
    assert aimd.rate == 10.0  # the floor
    assert not aimd.on_rate_limited(started_at=5.0, now=5.0)
    assert aimd.decreases == 5 and aimd.lowest == 10.0


def test_adaptive_rate_increases_additively_after_a_run_of_successes():
    aimd = bulk.AdaptiveRate(
        10.0, ceiling=12.0, increase_step=1.5, increase_after=3, decrease_factor=0.5
    )
    assert [aimd.on_success() for _ in range(3)] == [False, False, True]
    assert aimd.rate == 11.5
    aimd.on_success()
    aimd.on_rate_limited(started_at=0.0, now=0.0)  # resets the streak
    assert aimd.rate == 5.75
    assert [aimd.on_success() for _ in range(3)] == [False, False, True]
    assert aimd.rate == 7.25
    for _ in range(30):
        aimd.on_success()
    assert aimd.rate == 12.0  # the ceiling


def test_adaptive_rate_validates():
    with pytest.raises(ValueError):
        bulk.AdaptiveRate(0.0)
    with pytest.raises(ValueError):
        bulk.AdaptiveRate(10.0, decrease_factor=1.0)
    assert bulk.AdaptiveRate(0.5, floor=2.0).rate == 2.0


# -- cancellation ------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=200)
async def test_cancelling_the_reader_stops_and_reports_every_taken_input(client, genauth_emulator):
    genauth_emulator.faults = Faults(latency_ms=30)
    run = bulk.set_mfa_status(client, ids(200), mfa_trigger_data=MFA, concurrency=8)
    seen: list[bulk.Outcome] = []
    twenty = asyncio.Event()

    async def read() -> None:
        async for outcome in run:
            seen.append(outcome)
            if len(seen) == 20:
                twenty.set()

    reader = asyncio.create_task(read())
    await twenty.wait()
    reader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reader
    assert run.finished

    rest = [outcome async for outcome in run]  # what was not read before the cancel
    summary = run.summary
    assert_accounted(seen + rest, summary, summary.total)
    assert 20 <= summary.total < 200
    assert summary.stop_reason == "stopped"
    assert summary.not_taken == 200 - summary.total
    # in-flight calls were let finish (the grace period), so each taken input is done
    assert summary.succeeded == summary.total and summary.cancelled == 0
    assert sum(genauth_emulator.stats.writes_by_route[SET_MFA].values()) == summary.total


def hanging(in_flight: int):
    """A call that never returns, and an event set once ``in_flight`` of them are running."""
    started: list[int] = []
    ready = asyncio.Event()

    async def call(x: int) -> None:
        started.append(x)
        if len(started) == in_flight:
            ready.set()
        await asyncio.Event().wait()

    return call, ready


async def test_close_with_no_grace_records_in_flight_calls_as_cancelled():
    call, ready = hanging(5)
    run = bulk.run(call, range(100), concurrency=5)
    async with run:
        await ready.wait()
        summary = await run.aclose(grace=0)
    outcomes = [outcome async for outcome in run]

    assert_accounted(outcomes, summary, 5)
    assert summary.cancelled == 5
    assert all(o.cancelled and o.error.kind == "Cancelled" for o in outcomes)
    assert summary.not_taken == 95


async def test_abort_cancels_in_flight_calls():
    call, ready = hanging(3)
    run = bulk.run(call, range(50), concurrency=3)
    async with run:
        await ready.wait()
        run.abort()
        outcomes = [outcome async for outcome in run]
    assert_accounted(outcomes, run.summary, 3)
    assert run.summary.cancelled == 3 and run.summary.stop_reason == "stopped"


async def test_stop_with_grace_cancels_what_is_still_running():
    call, ready = hanging(4)
    run = bulk.run(call, range(50), concurrency=4)
    async with run:
        await ready.wait()
        run.stop(grace=0.01)
        outcomes = [outcome async for outcome in run]
    assert_accounted(outcomes, run.summary, 4)
    assert run.summary.cancelled == 4 and run.summary.not_taken == 46


async def test_breaking_out_of_the_loop_stops_the_run():
    async def echo(x: int) -> int:
        await asyncio.sleep(0)
        return x

    run = bulk.run(echo, itertools.count(), concurrency=4)
    seen = []
    async with run:
        async for outcome in run:
            seen.append(outcome)
            if len(seen) == 10:
                break
    assert run.finished and run.summary.stop_reason == "stopped"
    rest = [outcome async for outcome in run]
    assert_accounted(seen + rest, run.summary, run.summary.total)
    assert run.summary.succeeded == run.summary.total >= 10


# -- stop conditions ---------------------------------------------------------------------------


def unknown(n: int) -> list[str]:
    return [f"nobody-{i}" for i in range(n)]


@pytest.mark.genauth_emulator(users=100)
async def test_fail_fast_stops_taking_inputs(client):
    inputs = [*ids(10), *unknown(1), *ids(89, start=10)]
    run = bulk.set_mfa_status(client, inputs, mfa_trigger_data=MFA, concurrency=4, fail_fast=True)
    outcomes = await collect(run)
    summary = run.summary
    assert summary.stop_reason == "fail_fast" and summary.stopped_early
    assert summary.failed == 1 and summary.failed_by_kind == {"NotFoundError": 1}
    assert summary.total < 100 and summary.not_taken == 100 - summary.total
    assert_accounted(outcomes, summary, summary.total)
    [failure] = [o for o in outcomes if not o.ok]
    assert failure.input == "nobody-0" and failure.index == 10
    assert failure.error.api_code == USER_NOT_FOUND_API_CODE
    assert failure.error.request_id
    assert isinstance(failure.exception, NotFoundError)


@pytest.mark.genauth_emulator(users=10)
async def test_max_failures(client):
    run = bulk.get_mfa_status(client, unknown(500), concurrency=4, max_failures=5)
    outcomes = await collect(run)
    summary = run.summary
    assert summary.stop_reason == "max_failures"
    assert 5 <= summary.failed == summary.total <= 5 + 4  # plus what was in flight
    assert summary.not_taken == 500 - summary.total
    assert_accounted(outcomes, summary, summary.total)


@pytest.mark.genauth_emulator(users=200)
async def test_max_failure_ratio_waits_for_the_minimum_sample(client):
    # every 4th input fails: 25% < 50%, never stops
    mixed = [f"nobody-{i}" if i % 4 == 0 else seeded_user_id(i) for i in range(200)]
    run = bulk.get_mfa_status(client, mixed, max_failure_ratio=0.5, min_sample=20)
    summary = await run.wait()
    assert summary.stop_reason is None and summary.total == 200 and summary.failed == 50

    # the first 10 fail, then all succeed: 100% failures, but below the minimum sample
    early = [*unknown(10), *ids(190)]
    run = bulk.get_mfa_status(client, early, concurrency=1, max_failure_ratio=0.5, min_sample=20)
    summary = await run.wait()
    assert summary.stop_reason is None and summary.total == 200

    # 3 of every 4 fail: stops once 20 have finished
    bad = [seeded_user_id(i) if i % 4 == 0 else f"nobody-{i}" for i in range(200)]
    run = bulk.get_mfa_status(client, bad, concurrency=2, max_failure_ratio=0.5, min_sample=20)
    summary = await run.wait()
    assert summary.stop_reason == "max_failure_ratio"
    assert 20 <= summary.total < 30 and summary.not_taken == 200 - summary.total


@pytest.mark.genauth_emulator(users=10)
async def test_stop_on_an_error_class(client):
    run = bulk.get_mfa_status(client, unknown(100), concurrency=2, stop_on=(NotFoundError,))
    summary = await run.wait()
    assert summary.stop_reason == "stop_on" and summary.total <= 3


# -- causes that concern every input --------------------------------------------------------


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections: bound, never listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def client_for(emulator: GenAuthEmulator, **options) -> AsyncManagementClient:
    options.setdefault("host", emulator.url)
    options.setdefault("access_key_secret", emulator.access_key_secret)
    return AsyncManagementClient(access_key_id=emulator.access_key_id, retry=FAST_RETRY, **options)


@pytest.mark.genauth_emulator(users=10)
@pytest.mark.parametrize(
    ("where", "kind", "says"),
    [
        ("refused", "GenAuthConnectionError", "GenAuth cannot be reached"),
        ("https-to-http", "GenAuthConnectionError", "TLS connection to GenAuth failed"),
        ("wrong-secret", "AuthenticationError", "rejected the access key"),
    ],
)
async def test_a_cause_that_concerns_every_input_stops_the_run_at_once(
    genauth_emulator, refused_port, where, kind, says
):
    options = {
        "refused": {"host": f"http://127.0.0.1:{refused_port}"},
        "https-to-http": {"host": genauth_emulator.url.replace("http://", "https://")},
        "wrong-secret": {"access_key_secret": "not-the-secret"},
    }[where]
    users = ids(2000)
    async with client_for(genauth_emulator, **options) as client:
        run = bulk.set_mfa_status(client, users, mfa_trigger_data=MFA, concurrency=8)
        outcomes = await collect(run)
    summary = run.summary
    assert_accounted(outcomes, summary, summary.total)
    assert summary.stop_reason == "fatal" and summary.stopped_early
    assert summary.stop_message is not None and says in summary.stop_message
    assert summary.stop_error is not None and summary.stop_error.kind == kind
    # only the calls that were in flight were tried; every other user is not taken, not failed
    assert 1 <= summary.failed == summary.total <= 2 * 8
    assert summary.not_taken == len(users) - summary.total
    assert summary.failed_by_kind == {kind: summary.failed}
    assert not genauth_emulator.stats.writes


async def test_stop_on_fatal_false_tries_every_input(refused_port):
    async with AsyncManagementClient(
        access_key_id="id",
        access_key_secret="secret",
        host=f"http://127.0.0.1:{refused_port}",
        retry=RetryPolicy(max_attempts=1),
    ) as client:
        run = bulk.get_mfa_status(client, ids(40), concurrency=4, stop_on_fatal=False)
        summary = await run.wait()
    assert summary.stop_reason is None
    assert summary.failed == summary.total == 40 and summary.not_taken == 0


@pytest.mark.genauth_emulator(users=400)
async def test_genauth_going_away_mid_run_stops_it(client, genauth_emulator):
    seen = 0

    async def call(user_id: str):
        nonlocal seen
        seen += 1
        if seen == 100:
            await genauth_emulator.stop()  # the host goes away after 99 calls
        return await client.get_user_mfa_status(user_id=user_id)

    run = bulk.run(call, ids(400), concurrency=4)
    outcomes = await collect(run)
    summary = run.summary
    assert_accounted(outcomes, summary, summary.total)
    assert summary.stop_reason == "fatal"
    assert summary.succeeded >= 95 and summary.failed <= 2 * 4
    assert summary.not_taken == 400 - summary.total > 250
    assert summary.failed_by_kind == {"GenAuthConnectionError": summary.failed}


def test_fatal_reason_names_only_causes_that_concern_every_input():
    assert bulk.fatal_reason(NotFoundError("x", status_code=404, http_status=200)) is None
    assert bulk.fatal_reason(GenAuthConnectionError("connection lost")) is None
    assert bulk.fatal_reason(ValueError("bad")) is None
    rejected = AuthenticationError("bad key", status_code=401, http_status=200)
    assert "access key" in (bulk.fatal_reason(rejected) or "")


# -- lazy input --------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=50)
async def test_infinite_input_is_read_lazily(client):
    produced = 0
    closed = False
    window: list[int] = []
    done = 0

    def forever() -> Iterator[str]:
        nonlocal produced, closed
        try:
            for i in itertools.count():
                produced += 1
                window.append(produced - done)
                yield seeded_user_id(i % 50)
        finally:
            closed = True

    run = bulk.get_mfa_status(client, forever(), concurrency=8, max_inputs=300)
    async with run:
        async for _ in run:
            done += 1
    summary = run.summary
    assert summary.total == produced == done == 300
    assert summary.stop_reason == "max_inputs" and not summary.stopped_early
    assert summary.not_taken is None  # unknown: the input is endless
    assert max(window) <= 2 * 8  # never more than the window held at once
    assert closed  # the generator was closed when the run stopped


@pytest.mark.genauth_emulator(users=10)
async def test_infinite_async_input_stops_on_failures(client):
    produced = 0

    async def forever() -> AsyncIterator[str]:
        nonlocal produced
        for i in itertools.count():
            produced += 1
            yield f"nobody-{i}"

    run = bulk.get_mfa_status(client, forever(), concurrency=4, max_failures=10)
    outcomes = await collect(run)
    assert run.summary.stop_reason == "max_failures"
    assert produced == run.summary.total <= 10 + 2 * 4
    assert_accounted(outcomes, run.summary, produced)


async def test_an_input_error_ends_the_run_after_every_taken_outcome():
    async def echo(x: int) -> int:
        return x

    def broken() -> Iterator[int]:
        yield from range(10)
        raise OSError("disk gone")

    run = bulk.run(echo, broken(), concurrency=3)
    outcomes = []
    with pytest.raises(OSError, match="disk gone"):
        async with run:
            async for outcome in run:
                outcomes.append(outcome)
    assert sorted(o.result for o in outcomes) == list(range(10))
    assert run.summary.total == 10 and run.summary.stop_reason == "stopped"


# -- the generic runner ------------------------------------------------------------------------


async def test_run_any_coroutine_with_progress_and_percentiles():
    calls: list[bulk.Counts] = []

    async def square(x: int) -> int:
        await asyncio.sleep(0)
        if x % 10 == 3:
            raise ValueError(f"bad {x}")
        return x * x

    run = bulk.run(square, range(100), concurrency=7, progress=calls.append)
    outcomes = await collect(run)
    assert_accounted(outcomes, run.summary, 100)
    assert {o.input: o.result for o in outcomes if o.ok} == {
        x: x * x for x in range(100) if x % 10 != 3
    }
    assert run.summary.failed_by_kind == {"ValueError": 10}
    assert calls[-1].done == 100 and calls[-1].total == 100 and calls[-1].in_flight == 0
    assert run.summary.p50 is not None and run.summary.p99 is not None
    assert run.summary.p50 <= run.summary.p99
    assert run.summary.ok is False


async def test_a_failing_progress_hook_loses_nothing(caplog):
    async def echo(x: int) -> int:
        return x

    def hook(counts: bulk.Counts) -> None:
        raise RuntimeError("display broke")

    summary = await bulk.run(echo, range(20), progress=hook).wait()
    assert summary.succeeded == 20
    assert "progress hook failed" in caplog.text


def test_run_rejects_bad_options():
    async def echo(x: int) -> int:
        return x

    for bad in (
        {"concurrency": 0},
        {"rate": 0},
        {"max_failures": 0},
        {"max_failure_ratio": 1.5},
        {"max_attempts": 0},
    ):
        with pytest.raises(ValueError):
            bulk.run(echo, [1], **bad)
    with pytest.raises(TypeError):
        bulk.run(echo, 5)  # type: ignore[arg-type]


def test_latency_sample_stays_bounded():
    reservoir = bulk._Reservoir(size=100)
    for i in range(100_000):
        reservoir.add(i / 100_000)
    assert len(reservoir._sample) == 100
    p50 = reservoir.percentile(0.5)
    assert p50 is not None and 0.3 < p50 < 0.7


# -- the jobs ----------------------------------------------------------------------------------


@pytest.mark.genauth_emulator(users=30)
async def test_jobs_by_user_id_type(client, genauth_emulator):
    emails = [f"user{i:06d}@example.com" for i in range(30)]
    summary = await bulk.reset_principal_auth(
        client, emails, user_id_type=UserIdType.EMAIL, concurrency=4
    ).wait()
    assert summary.succeeded == 30
    assert set(genauth_emulator.stats.writes_by_route[RESET_PA]) == set(ids(30))

    outcomes = await collect(bulk.get_principal_auth(client, emails, user_id_type="email"))
    assert all(o.ok and o.result.total_count == 0 for o in outcomes)

    # a target's own type and MFA data win over the job's defaults
    targets = [bulk.UserTarget(f"ext-{i:06d}", user_id_type="external_id") for i in range(10)] + [
        bulk.UserTarget(
            seeded_user_id(10), mfa_trigger_data=MfaTriggerData(mfa_token="own", application_mfa=[])
        )
    ]
    summary = await bulk.set_mfa_status(
        client, targets, mfa_trigger_data={"mfaToken": "default", "applicationMfa": []}
    ).wait()
    assert summary.succeeded == 11
    mfa = await collect(bulk.get_mfa_status(client, ids(11)))
    tokens = {o.input: o.result.mfa_token for o in mfa}
    assert tokens[seeded_user_id(0)] == "default" and tokens[seeded_user_id(10)] == "own"


@pytest.mark.genauth_emulator(users=5)
async def test_set_mfa_without_data_fails_that_input(client):
    outcomes = await collect(bulk.set_mfa_status(client, ids(2)))
    assert [o.error.kind for o in outcomes] == ["ValueError", "ValueError"]
    with pytest.raises(ValueError, match="mfa_trigger_data"):
        bulk.set_mfa_status(client, ids(2), mfa_trigger_data={"nope": 1})
    with pytest.raises(ValueError, match="user_id_type"):
        bulk.get_mfa_status(client, ids(2), user_id_type="mail")


@pytest.mark.genauth_emulator(users=20)
async def test_kick_users(client, genauth_emulator):
    summary = await bulk.kick_users(client, ids(20), app_ids=["app1", "app2"]).wait()
    assert summary.succeeded == 20
    assert set(genauth_emulator.stats.writes_by_route["/api/v3/kick-users"].values()) == {1}
    with pytest.raises(ValueError):
        bulk.kick_users(client, ids(1), app_ids=[])
