"""`bulk.for_endpoint`: any endpoint method over inputs of arguments, from Python."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest

from genauth_async import (
    AsyncManagementClient,
    GenAuthConnectionError,
    GenAuthTimeoutError,
    NotFoundError,
    PoolTimeoutError,
    RateLimitError,
    ServerError,
    UserIdType,
    bulk,
)
from genauth_async.testing import Faults, GenAuthEmulator, seeded_user_id

CREATE = "/api/v3/create-user"


@pytest.fixture
async def client(genauth_emulator: GenAuthEmulator) -> AsyncIterator[AsyncManagementClient]:
    async with AsyncManagementClient(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
        retry=bulk.BULK_RETRY_POLICY,
    ) as client:
        yield client


async def collect(run: bulk.BulkRun) -> list[bulk.Outcome]:
    async with run:
        return sorted([o async for o in run], key=lambda o: o.index)


@pytest.mark.genauth_emulator(users=40)
async def test_any_method_with_camel_or_snake_names_and_constants(genauth_emulator, client):
    inputs = [
        {"userId": seeded_user_id(i), "departments": [{"departmentId": f"d{i}"}]}
        if i % 2
        else {"user_id": seeded_user_id(i)}
        for i in range(40)
    ]
    run = bulk.for_endpoint(
        client,
        "set_user_departments",
        inputs,
        constants={"departments": [{"departmentId": "default"}]},
        concurrency=8,
    )
    outcomes = await collect(run)
    assert [o.input for o in outcomes] == inputs and all(o.ok for o in outcomes)
    assert all(o.result.success for o in outcomes)
    for i in range(40):
        page = await client.get_user_departments(user_id=seeded_user_id(i))
        assert [d.department_id for d in page.list] == [f"d{i}" if i % 2 else "default"]


@pytest.mark.genauth_emulator(users=10)
async def test_args_maps_any_input_and_the_outcome_keeps_it(genauth_emulator, client):
    names = [f"user{i:06d}" for i in range(10)]
    run = bulk.for_endpoint(
        client,
        "get_user",
        names,
        args=lambda name: {"user_id": name},
        constants={"userIdType": UserIdType.USERNAME},
    )
    outcomes = await collect(run)
    assert [o.input for o in outcomes] == names
    assert [o.result.user_id for o in outcomes] == [seeded_user_id(i) for i in range(10)]


@pytest.mark.genauth_emulator(users=5)
async def test_bad_arguments_fail_their_input_without_sending(genauth_emulator, client):
    genauth_emulator.reset_stats()
    inputs = [{"user_id": ""}, {"userId": seeded_user_id(1), "gender": "X"}, {"nope": 1}, "a"]
    outcomes = await collect(bulk.for_endpoint(client, "update_user", inputs))
    assert [o.error.kind for o in outcomes] == ["ValueError", "ValueError", "ValueError",
                                                "TypeError"]  # fmt: skip
    assert "unknown argument 'nope' for update_user" in outcomes[2].error.message
    assert not any(o.unknown for o in outcomes)
    assert genauth_emulator.stats.requests.get("/api/v3/update-user", 0) == 0
    with pytest.raises(ValueError, match="no endpoint method 'update_usr'"):
        bulk.for_endpoint(client, "update_usr", inputs)
    with pytest.raises(ValueError, match="unknown argument 'colour'"):
        bulk.for_endpoint(client, "update_user", inputs, constants={"colour": "red"})


@pytest.mark.genauth_emulator(users=0)
async def test_a_non_idempotent_method_is_never_sent_twice(genauth_emulator, client):
    await client.is_user_exists(username="warm-up")  # the token first, without faults
    genauth_emulator.faults = Faults(
        fail_after_apply_rate=0.4, fail_after_apply_action="drop", routes=frozenset({CREATE}),
        seed=3,
    )  # fmt: skip
    inputs = [{"username": f"p{i}", "email": f"p{i}@example.com"} for i in range(80)]
    outcomes = await collect(bulk.for_endpoint(client, "create_user", inputs, concurrency=8))
    failed = [o for o in outcomes if not o.ok]
    assert failed and all(o.unknown for o in failed)
    assert all(o.attempts == 1 for o in outcomes)
    assert all(isinstance(o.exception, GenAuthConnectionError) for o in failed)
    assert sum(genauth_emulator.stats.writes_by_route[CREATE].values()) == 80


@pytest.mark.genauth_emulator(users=0)
async def test_on_send_is_told_of_each_input_just_before_it_goes_out(genauth_emulator, client):
    await client.is_user_exists(username="warm-up")
    genauth_emulator.reset_stats()
    seen_at_send: list[tuple[str, int]] = []

    def on_send(item: dict) -> None:
        # how many creates GenAuth had received when this one was about to go out
        seen_at_send.append((item["username"], genauth_emulator.stats.requests.get(CREATE, 0)))

    inputs = [{"username": f"s{i}"} for i in range(5)]
    inputs.insert(2, {"username": "bad", "colour": "red"})  # refused before the method: not sent
    outcomes = await collect(
        bulk.for_endpoint(client, "create_user", inputs, on_send=on_send, concurrency=1)
    )
    assert [o.ok for o in outcomes] == [True, True, False, True, True, True]
    assert seen_at_send == [("s0", 0), ("s1", 1), ("s2", 2), ("s3", 3), ("s4", 4)]
    assert genauth_emulator.stats.requests[CREATE] == 5


def test_what_may_have_applied():
    def api(cls, status):
        return cls("x", status_code=status, http_status=status)

    def lost():
        exc = GenAuthConnectionError("connection lost")
        exc.__cause__ = aiohttp.ServerDisconnectedError()
        return exc

    def refused():
        exc = GenAuthConnectionError("cannot connect")
        exc.__cause__ = aiohttp.ClientConnectorError(
            aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None),
            ConnectionRefusedError(),
        )
        return exc

    assert bulk.may_have_applied(lost())
    assert bulk.may_have_applied(GenAuthTimeoutError("read timeout"))
    assert bulk.may_have_applied(api(ServerError, 502))
    assert bulk.may_have_applied(api(ServerError, 500))
    assert bulk.may_have_applied(asyncio.CancelledError(), attempts=1)
    assert not bulk.may_have_applied(asyncio.CancelledError(), attempts=0)
    assert not bulk.may_have_applied(refused())
    assert not bulk.may_have_applied(PoolTimeoutError("no free connection"))
    assert not bulk.may_have_applied(api(ServerError, 503))
    assert not bulk.may_have_applied(api(NotFoundError, 404))
    assert not bulk.may_have_applied(api(RateLimitError, 429))
    assert not bulk.may_have_applied(ValueError("user_id must be a non-empty string"))
