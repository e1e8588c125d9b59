"""The event subscription against hostile websocket servers: bounded connections, bounded
memory, bounded close, and URLs that are not an event websocket.

Every server here is an aiohttp app on 127.0.0.1 written for its test, not the emulator. No
assertion is about time: connections and bytes are counted, and the only timeouts are
generous hang guards.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from genauth_async import AsyncManagementClient, GenAuthConnectionError, WrongHostError

SECRET = "events-hostile-secret-0123456789abcdef"
KEY_ID = "events-hostile-key-id"
PATH = "/events/v1/management/sub"
Handler = Callable[["WsServer", web.Request], Awaitable[web.StreamResponse]]

# a dead socket is a failed attempt: small, fixed waits between them
FAST = {"backoff_base": 0.001, "backoff_max": 0.001, "heartbeat": None}


class WsServer:
    """An event websocket that does what its handler says; connections counted."""

    def __init__(self) -> None:
        self.handler: Handler | None = None
        self.connections = 0
        self.sent = 0
        self.authorization: list[str] = []
        self.transports: list[Any] = []  # the server side of each websocket
        self.stop = asyncio.Event()
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.authorization.append(request.headers.get("authorization", ""))
        if request.path != PATH or self.handler is None:
            return web.Response(status=404, text="not found")
        self.connections += 1
        self.transports.append(request.transport)
        return await self.handler(self, request)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"ws://127.0.0.1:{self.runner.addresses[0][1]}"

    async def close(self) -> None:
        self.stop.set()
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def ws_server() -> AsyncIterator[WsServer]:
    server = WsServer()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def connect(ws_server: WsServer, log_watch: Any):
    clients: list[AsyncManagementClient] = []
    log_watch.watch_secret(SECRET)

    def make(**options: Any) -> AsyncManagementClient:
        options.setdefault("websocket_host", ws_server.url)
        client = AsyncManagementClient(KEY_ID, SECRET, "http://127.0.0.1:9", **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


async def until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):  # a hang guard only
        while not predicate():  # noqa: ASYNC110  (waits for the other side's state)
            await asyncio.sleep(0.005)


# -- a URL that is not an event websocket --------------------------------------------------


async def test_a_websocket_url_that_answers_404_fails_at_once_naming_it(ws_server, connect):
    client = connect(websocket_endpoint="/events/v1/wrong")
    async with asyncio.timeout(30):
        with pytest.raises(WrongHostError) as info:
            async with client.subscribe("evt"):
                pass
    url = f"{ws_server.url}/events/v1/wrong?code=evt"
    assert str(info.value).startswith(f"the event websocket {url} answered HTTP 404")
    assert (info.value.url, info.value.http_status) == (url, 404)
    assert len(ws_server.authorization) == 1  # one handshake, not ten
    header = ws_server.authorization[0]
    assert header and header not in str(info.value) and SECRET not in str(info.value)


# -- sockets that die right after the handshake ---------------------------------------------


async def _close_at_once(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    await ws.close()
    return ws


async def _drop_tcp_after_101(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    assert request.transport is not None
    request.transport.abort()
    return ws


async def _one_event_then_close(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    await ws.send_str('{"n": 1}')
    await ws.close()
    return ws


@pytest.mark.parametrize("handler", [_close_at_once, _drop_tcp_after_101, _one_event_then_close])
async def test_a_socket_that_dies_at_once_is_a_failed_attempt(ws_server, connect, handler):
    ws_server.handler = handler
    client = connect()
    received = []
    async with asyncio.timeout(30), client.subscribe("evt", max_retries=3, **FAST) as events:
        with pytest.raises(GenAuthConnectionError, match="after 4 attempts") as info:
            async for event in events:
                received.append(event.data)
    # the first socket, then one per allowed retry: not hundreds a second
    assert ws_server.connections == 4
    assert events.reconnects == 3
    assert "closed (" in str(info.value)
    assert received == ([{"n": 1}] * 4 if handler is _one_event_then_close else [])


# -- a stuck consumer and a server that floods -----------------------------------------------

FRAME = 256 * 1024
FRAMES = 400  # 100 MiB if nothing pushed back


async def _flood(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    payload = "x" * FRAME
    for _ in range(FRAMES):
        await ws.send_str(payload)  # waits while the client's TCP window is full
        server.sent += 1
    await server.stop.wait()
    return ws


async def test_the_buffer_is_bounded_in_bytes_and_the_socket_not_read_while_full(
    ws_server, connect
):
    ws_server.handler = _flood
    bound = 1024 * 1024
    most = 300 * 1024
    client = connect()
    full_at = bound - most  # the reader stops once one more message might not fit
    async with (
        asyncio.timeout(60),
        client.subscribe("evt", max_buffer_bytes=bound, max_message_bytes=most, **FAST) as events,
    ):
        received = 0
        while received < FRAMES:
            # the consumer is stuck until the reader has filled the buffer and stopped
            await until(lambda: events.buffered_bytes > full_at or ws_server.sent == FRAMES)
            assert events.buffered_bytes <= bound
            if received == 0:
                assert ws_server.sent < FRAMES  # the server was slowed down, not buffered
            for _ in range(4):
                event = await anext(events)
                assert len(event.raw) == FRAME
                received += 1
                assert events.buffered_bytes <= bound
    assert ws_server.connections == 1


async def _too_big(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    await ws.send_str("y" * (2 * 1024 * 1024))
    await server.stop.wait()
    return ws


async def test_a_message_over_max_message_bytes_closes_the_socket(ws_server, connect):
    ws_server.handler = _too_big
    client = connect()
    options = {"max_message_bytes": 1024 * 1024, "max_retries": 2, "close_timeout": 0.05}
    async with asyncio.timeout(30), client.subscribe("evt", **options, **FAST) as events:
        with pytest.raises(GenAuthConnectionError, match="after 3 attempts") as info:
            await anext(events)
    assert "1009" in str(info.value)  # the close code for a message too big
    assert ws_server.connections == 3
    assert events.buffered_bytes == 0


# -- closing has a time bound ----------------------------------------------------------------


async def _silent(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    await server.stop.wait()  # never reads: never answers a close frame
    return ws


async def _chatty(server: WsServer, request: web.Request) -> web.StreamResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    while not server.stop.is_set():  # sends for ever, never reads
        await ws.send_str("z" * 1000)
        server.sent += 1
    return ws


@pytest.mark.parametrize("handler", [_silent, _chatty])
@pytest.mark.parametrize("how", ["leave", "client.close"])
async def test_closing_ends_though_the_server_never_answers(ws_server, connect, handler, how):
    ws_server.handler = handler
    client = connect()
    async with asyncio.timeout(30):  # a hang guard: the close below takes close_timeout
        async with client.subscribe("evt", close_timeout=0.05, heartbeat=None) as events:
            if handler is _chatty:
                await until(lambda: events.buffered_bytes > 0)  # the consumer lags
            if how == "client.close":
                await client.close()
        assert events.closed and not events.connected
        if how == "leave":
            await client.close()
        # the connection was dropped, not left open: the server sees it gone
        (server_side,) = ws_server.transports
        assert server_side is not None
        await until(server_side.is_closing)


async def test_bad_buffer_and_close_options(connect):
    client = connect()
    for kwargs, match in [
        ({"max_buffer_bytes": 0}, "max_buffer_bytes"),
        ({"max_message_bytes": True}, "max_message_bytes"),
        ({"max_buffer_bytes": 1000, "max_message_bytes": 1000}, "hold at least one message"),
        ({"close_timeout": 0}, "close_timeout"),
        ({"close_timeout": float("inf")}, "close_timeout"),
    ]:
        with pytest.raises(ValueError, match=match):
            client.subscribe("evt", **kwargs)
