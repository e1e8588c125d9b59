"""Event subscriptions against the emulator's websocket, and against hostile servers."""

from __future__ import annotations

import asyncio
import logging
import socket

import aiohttp
import pytest
from aiohttp import web

from genauth_async import AuthenticationError, GenAuthConnectionError
from genauth_async.events import Event
from genauth_async.testing import Faults


@pytest.fixture
def events_client(make_client, emulator):
    def make(**options):
        options.setdefault("websocket_host", emulator.websocket_host)
        return make_client(**options)

    return make


async def until(predicate, timeout=5.0):
    async with asyncio.timeout(timeout):
        while not predicate():  # noqa: ASYNC110  (polls the server's state)
            await asyncio.sleep(0.01)


async def test_events_are_delivered_with_code_data_and_raw(events_client, emulator):
    client = events_client()
    async with client.subscribe("user.created") as events:
        assert emulator.websocket_subscribers("user.created") == 1
        assert await emulator.publish("user.created", {"userId": "u1", "n": [1, 2]}) == 1
        assert await emulator.publish("other.code", {"x": 1}) == 0
        assert await emulator.publish("user.created", "not json") == 1
        first = await anext(events)
        second = await anext(events)
    assert first == Event(
        code="user.created", data={"userId": "u1", "n": [1, 2]}, raw='{"userId":"u1","n":[1,2]}'
    )
    assert (second.data, second.raw) == (None, "not json")
    await until(lambda: emulator.websocket_subscribers("user.created") == 0)
    assert emulator.signed_requests == 1  # the handshake was signed and checked


async def test_reconnects_after_a_drop_and_loses_nothing_published_afterwards(
    events_client, emulator, caplog
):
    client = events_client()
    caplog.set_level(logging.INFO, logger="genauth_async")
    async with client.subscribe("custom.evt", backoff_base=0.01, backoff_max=0.05) as events:
        await emulator.publish("custom.evt", 1)
        assert (await anext(events)).data == 1
        received = []

        async def consume():
            async for event in events:
                received.append(event.data)
                if len(received) == 20:
                    return

        consumer = asyncio.create_task(consume())
        for round_ in range(4):
            assert await emulator.drop_websockets() == 1
            await until(lambda: emulator.websocket_subscribers("custom.evt") == 1)
            for i in range(5):
                await emulator.publish("custom.evt", round_ * 5 + i)
        await asyncio.wait_for(consumer, 5)
        assert received == list(range(20))
        assert events.reconnects == 4
    assert any("reconnected" in r.getMessage() for r in caplog.records if r.levelno == logging.INFO)


async def test_reconnects_across_a_server_restart(events_client, emulator):
    client = events_client()
    port = int(emulator.url.rsplit(":", 1)[1])
    async with client.subscribe("evt", backoff_base=0.05, backoff_max=0.2) as events:
        await emulator.stop()
        pending = asyncio.create_task(anext(events))
        await asyncio.sleep(0.3)  # the client is trying, and failing, to reconnect
        assert not pending.done()
        await emulator.start(port=port)
        await until(lambda: emulator.websocket_subscribers("evt") == 1)
        await emulator.publish("evt", {"after": "restart"})
        assert (await asyncio.wait_for(pending, 5)).data == {"after": "restart"}


async def test_random_socket_drops_are_survived(events_client, emulator):
    emulator.faults = Faults(websocket_drop_rate=1.0)  # every socket dies after one event
    client = events_client()
    async with client.subscribe("evt", backoff_base=0.01, backoff_max=0.02) as events:
        for i in range(3):
            await until(lambda: emulator.websocket_subscribers("evt") == 1)
            await emulator.publish("evt", i)
            assert (await asyncio.wait_for(anext(events), 5)).data == i
    assert emulator.stats.faults["websocket_dropped"] == 3


async def test_gives_up_after_max_retries(events_client, emulator):
    client = events_client()
    async with client.subscribe("evt", max_retries=2, backoff_base=0.01) as events:
        await emulator.stop()
        with pytest.raises(GenAuthConnectionError, match="after 3 attempts"):
            await anext(events)


async def test_a_refused_handshake_raises_at_once(events_client, emulator):
    client = events_client(access_key_secret="wrong-secret")
    with pytest.raises(AuthenticationError, match="HTTP 401"):
        async with client.subscribe("evt"):
            pass
    assert emulator.stats.unauthorized == 1


async def test_cancelling_the_consumer_closes_the_socket(events_client, emulator):
    client = events_client()

    async def worker():
        async with client.subscribe("evt") as events:
            async for _ in events:
                pass

    task = asyncio.create_task(worker())
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await until(lambda: emulator.websocket_subscribers("evt") == 0)
    assert not client._subscriptions
    # the no-leaked-task check of conftest runs after this test


async def test_breaking_out_closes_and_client_close_ends_iteration(events_client, emulator):
    client = events_client()
    async with client.subscribe("evt") as events:
        await emulator.publish("evt", 1)
        async for _ in events:
            break
    await until(lambda: emulator.websocket_subscribers("evt") == 0)
    received = []
    subscription = client.subscribe("evt")

    async def consume():
        async with subscription as events:
            async for event in events:
                received.append(event)

    task = asyncio.create_task(consume())
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    await client.close()
    await asyncio.wait_for(task, 5)  # ended by itself, without an error
    assert subscription.closed and received == []


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_sub_event_calls_back_until_cancelled(events_client, emulator, kind):
    client = events_client()
    got: list[object] = []

    def sync_cb(event):
        got.append(event.data)

    async def async_cb(event):
        await asyncio.sleep(0)
        got.append(event.data)

    task = asyncio.create_task(client.sub_event("evt", sync_cb if kind == "sync" else async_cb))
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    for i in range(3):
        await emulator.publish("evt", i)
    await until(lambda: len(got) == 3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert got == [0, 1, 2]


async def test_sub_event_propagates_a_callback_error_and_ends_on_close(events_client, emulator):
    client = events_client()

    def boom(event):
        raise RuntimeError(f"bad event {event.data}")

    task = asyncio.create_task(client.sub_event("evt", boom))
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    await emulator.publish("evt", 7)
    with pytest.raises(RuntimeError, match="bad event 7"):
        await task
    await until(lambda: emulator.websocket_subscribers("evt") == 0)
    task = asyncio.create_task(client.sub_event("evt", lambda e: None))
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    await client.close()
    assert await asyncio.wait_for(task, 5) is None


def test_bad_subscribe_arguments(make_client):
    client = make_client()
    for kwargs, match in [
        ({"event_code": ""}, "event_code"),
        ({"event_code": "e", "heartbeat": 0}, "heartbeat"),
        ({"event_code": "e", "max_retries": -1}, "max_retries"),
        ({"event_code": "e", "backoff_base": 0}, "backoff"),
    ]:
        with pytest.raises(ValueError, match=match):
            client.subscribe(**kwargs)


async def test_heartbeat_detects_a_dead_connection(make_client):
    """A server that stops answering pings: the client notices and connects again."""
    connections = 0
    stop = asyncio.Event()

    async def handler(request):
        nonlocal connections
        connections += 1
        ws = web.WebSocketResponse(autoping=False)
        await ws.prepare(request)
        if connections == 1:
            await stop.wait()  # never reads, never answers a ping
        else:
            await ws.send_str('{"second": true}')
            async for _ in ws:
                pass
        return ws

    app = web.Application()
    app.router.add_get("/events/v1/management/sub", handler)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        client = make_client(websocket_host=f"ws://127.0.0.1:{port}")
        async with client.subscribe("evt", heartbeat=0.2, backoff_base=0.01) as events:
            event = await asyncio.wait_for(anext(events), 5)
            assert event.data == {"second": True}
            assert events.reconnects == 1
    finally:
        stop.set()
        await asyncio.sleep(0.05)
        await runner.cleanup()


async def test_emulator_publish_routes(emulator, make_client):
    client = make_client(websocket_host=emulator.websocket_host)
    async with client.subscribe("evt") as events, aiohttp.ClientSession() as http:
        async with http.post(
            emulator.url + "/api/v3/get-management-token",
            json={
                "accessKeyId": emulator.access_key_id,
                "accessKeySecret": emulator.access_key_secret,
            },
        ) as resp:
            token = (await resp.json())["data"]["access_token"]
        headers = {
            "authorization": f"Bearer {token}",
            "x-genauth-userpool-id": emulator.userpool_id,
        }
        for body in (
            {"eventType": "evt", "eventData": '{"a": 1}'},
            {"eventType": "evt", "eventData": {"b": 2}, "source": "tests"},
        ):
            async with http.post(
                emulator.url + "/api/v3/pub-event", json=body, headers=headers
            ) as r:
                assert (await r.json())["data"] == {"success": True}
        async with http.post(
            emulator.url + "/api/v3/pub-event", json={"eventType": "evt"}, headers=headers
        ) as r:
            assert (await r.json())["statusCode"] == 400
        async with http.post(
            emulator.url + "/__emulator__/events", json={"eventCode": "evt", "data": [3]}
        ) as r:
            assert await r.json() == {"delivered": 1}
        async with http.get(emulator.url + "/__emulator__/events") as r:
            assert await r.json() == {"evt": 1}
        got = [(await anext(events)).data for _ in range(3)]
    assert got == [{"a": 1}, {"b": 2}, [3]]
    assert [code for code, _ in emulator.published_events] == ["evt"] * 3
