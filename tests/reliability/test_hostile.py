"""A hostile server and hostile input: bounded memory, bounded time, no identity confusion,
no secret in any message.

Every server here is written for its test (an aiohttp app on 127.0.0.1), not the emulator:
it answers what a broken proxy, an attacker on the path or a misbehaving deployment would.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import gc
import gzip
import logging
import pickle
import sys
import threading
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web

from genauth_async import (
    AsyncManagementClient,
    AuthenticationError,
    EventLoopMismatchError,
    GenAuthAPIError,
    GenAuthError,
    GenAuthTimeoutError,
    PoolTimeoutError,
    RateLimitError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    WrongHostError,
    bulk,
)
from genauth_async._auth import Redacted
from genauth_async._signature import RequestSigner

SECRET = "hostile-test-secret-0123456789abcdef"
KEY_ID = "hostile-key-id"
TOKEN_PATH = "/api/v3/get-management-token"
MFA_PATH = "/api/v3/get-mfa-status"
CREATE_PATH = "/api/v3/create-user"
IMPORT_PATH = "/api/v3/import-otp"  # not idempotent, no data in the answer
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_token(n: int = 0) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    claims = orjson.dumps({"scoped_userpool_id": "pool1", "jti": f"hostile-jti-{n:08d}"})
    header = part(orjson.dumps({"alg": "HS256"}))
    return f"{header}.{part(claims)}.{part(b'signature-%08d' % n)}"


TOKEN = make_token()


def envelope(data: Any = None, status: int = 200, **extra: Any) -> bytes:
    return orjson.dumps({"statusCode": status, "message": "ok", "data": data, **extra})


async def token_ok(request: web.Request) -> web.StreamResponse:
    await request.read()
    return web.Response(body=envelope({"access_token": TOKEN, "expires_in": 7200}))


MFA_DATA = {"mfaToken": "mfa-token", "applicationMfa": []}


async def mfa_ok(request: web.Request) -> web.StreamResponse:
    return web.Response(body=envelope(MFA_DATA))


class Hostile:
    """An aiohttp app on 127.0.0.1: a handler per path, hits counted per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {TOKEN_PATH: token_ok, MFA_PATH: mfa_ok}
        self.hits: collections.Counter[str] = collections.Counter()
        self.queries: list[str] = []
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.queries.append(request.query_string)
        handler = self.routes.get(request.path)
        if handler is None:
            return web.Response(status=404, body=envelope(status=404))
        return await handler(request)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        # handlers still sleeping (slow answers nobody waits for any more) end here
        handlers = [
            t
            for t in asyncio.all_tasks()
            if "aiohttp/web_" in getattr(getattr(t.get_coro(), "cr_code", None), "co_filename", "")
        ]
        for task in handlers:
            task.cancel()
        if handlers:
            await asyncio.wait(handlers, timeout=2)


@pytest.fixture
async def server() -> AsyncIterator[Hostile]:
    srv = Hostile()
    await srv.start()
    yield srv
    await srv.stop()


@pytest.fixture
async def connect(server: Hostile, log_watch: Any):
    clients: list[AsyncManagementClient] = []
    log_watch.watch_secret(SECRET)
    log_watch.tokens.add(TOKEN)

    def make(**options: Any) -> AsyncManagementClient:
        options.setdefault("access_key_id", KEY_ID)
        options.setdefault("access_key_secret", SECRET)
        options.setdefault("host", server.url)
        client = AsyncManagementClient(**options)
        clients.append(client)
        return client

    yield make
    for c in clients:
        await c.close()


class LoopLag:
    """The longest the event loop went without running a 5 ms ticker."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, loop.time() - before - 0.005)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


# -- 1. the size of an answer ------------------------------------------------------------------


async def test_gzip_bomb_is_dropped_at_the_limit_without_freezing_the_loop(server, connect):
    bomb = gzip.compress(b"{" + b" " * (64 * 1024 * 1024), compresslevel=9)  # ~64 KiB
    assert len(bomb) < 200_000

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip"})

    server.routes[MFA_PATH] = handler
    client = connect(max_response_bytes=1024 * 1024)
    with LoopLag() as lag, pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
        await client.get_user_mfa_status(user_id="u1")
    assert server.hits[MFA_PATH] == 1  # a GET, and still not retried: it would come back as big
    # the inflating happens in bounded steps; a generous bound (2 cores shared with others)
    assert lag.worst < 0.5
    assert len(client.session.connector._acquired) == 0


async def test_endless_chunked_body_is_cut_at_the_default_limit(server, connect):
    sent = 0

    async def endless(request: web.Request) -> web.StreamResponse:
        nonlocal sent
        resp = web.StreamResponse()
        await resp.prepare(request)
        chunk = b"x" * 65536
        with_exit = (ConnectionResetError, ConnectionError, RuntimeError)
        try:
            while sent < 512 * 1024 * 1024:
                await resp.write(chunk)
                sent += len(chunk)
        except with_exit:
            pass
        return resp

    server.routes[MFA_PATH] = endless
    client = connect(timeout=20, max_retries=0)
    with pytest.raises(ResponseTooLargeError, match=r"4,194,304 bytes"):
        await client.get_user_mfa_status(user_id="u1")
    assert sent < 64 * 1024 * 1024  # the client hung up soon after 4 MiB


async def test_a_large_body_with_content_length_is_refused_before_reading(server, connect):
    big = envelope({**MFA_DATA, "pad": "x" * (5 * 1024 * 1024)})

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=big)

    server.routes[MFA_PATH] = handler
    client = connect()
    with pytest.raises(ResponseTooLargeError):
        await client.get_user_mfa_status(user_id="u1")
    client2 = connect(max_response_bytes=8 * 1024 * 1024)
    assert (await client2.get_user_mfa_status(user_id="u1")) is not None


async def test_the_attempt_timeout_fires_on_time_whatever_the_body_does(server, connect):
    async def trickle(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()
        await resp.prepare(request)
        try:
            for _ in range(200):
                await resp.write(b" ")
                await asyncio.sleep(0.05)
        except (ConnectionError, RuntimeError):
            pass
        return resp

    server.routes[MFA_PATH] = trickle
    client = connect(max_retries=0, max_response_bytes=64 * 1024 * 1024)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(GenAuthTimeoutError):
        await client.get_user_mfa_status(user_id="u1", timeout=0.3)
    assert loop.time() - started < 2.0


def test_max_response_bytes_is_checked():
    with pytest.raises(ValueError, match="max_response_bytes"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", max_response_bytes=10)
    with pytest.raises(TypeError, match="max_response_bytes"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", max_response_bytes=1e6)


# -- 2. Unicode on the wire --------------------------------------------------------------------


async def test_lone_surrogate_in_a_query_id_is_refused_before_sending(server, connect):
    client = connect()
    with pytest.raises(ValueError, match=r"^user_id is not valid Unicode"):
        await client.get_user_mfa_status(user_id="admin\ud800")
    with pytest.raises(ValueError, match=r"^user_ids is not valid Unicode"):
        await client.get_user_batch(user_ids=["ok", "b\udcff"])
    assert sum(server.hits.values()) == 0  # not even a token was fetched


async def test_lone_surrogate_in_a_body_is_a_value_error_naming_the_field(server, connect):
    client = connect()
    with pytest.raises(ValueError, match=r"^username is not valid Unicode"):
        await client.create_user(username="admin\ud800")
    with pytest.raises(ValueError, match=r"custom_data\.nick"):
        await client.create_user(username="fine", custom_data={"nick": "x\udc80"})
    assert sum(server.hits.values()) == 0


async def test_lone_surrogate_in_signature_mode_is_the_same_value_error(server, connect):
    messages = []
    for client in (connect(), connect(auth="signature")):
        with pytest.raises(ValueError, match=r"^user_id is not valid Unicode") as info:
            await client.get_user_mfa_status(user_id="a\udcff")
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert sum(server.hits.values()) == 0


# -- 3. secrets --------------------------------------------------------------------------------


def _rendered(exc: BaseException) -> str:
    tb = traceback.TracebackException.from_exception(exc, capture_locals=True)
    return "".join(tb.format()) + repr(exc) + str(exc)


def _no_secret(text: str, *tokens: str) -> None:
    assert SECRET not in text
    for token in tokens:
        for part in token.split(".")[1:]:
            assert part not in text


async def test_unparseable_token_answer_is_never_quoted(server, connect):
    async def broken(request: web.Request) -> web.StreamResponse:
        await request.read()
        body = f'{{"statusCode":200,"data":{{"access_token":"{TOKEN}","expires_in":72'
        return web.Response(body=body.encode())

    server.routes[TOKEN_PATH] = broken
    client = connect(max_retries=0)
    with pytest.raises(GenAuthError) as info:
        await client.get_user_mfa_status(user_id="u1")
    assert "not shown" in str(info.value)
    _no_secret(_rendered(info.value), TOKEN)


async def test_echoed_server_text_is_redacted_and_escaped(server, connect):
    async def echo(request: web.Request) -> web.StreamResponse:
        auth = request.headers.get("authorization", "")
        text = f"bad\r\n\x1b[31mINFO forged line\u2028 key={SECRET} {auth}"
        return web.Response(status=500, text=text)

    async def echo_envelope(request: web.Request) -> web.StreamResponse:
        auth = request.headers.get("authorization", "")
        return web.Response(
            status=400, body=envelope(status=400, message=f"no\r\nX {auth}\x1b[0m", apiCode=1)
        )

    server.routes[MFA_PATH] = echo
    server.routes[CREATE_PATH] = echo_envelope
    client = connect(max_retries=0)
    with pytest.raises(ServerError) as info:
        await client.get_user_mfa_status(user_id="u1")
    text = str(info.value)
    assert "<redacted>" in text and "\\x1b[31mINFO" in text
    assert not any(c in text for c in "\r\n\x1b\u2028")
    _no_secret(_rendered(info.value), TOKEN)
    with pytest.raises(GenAuthAPIError) as info2:
        await client.create_user(username="x")
    text = str(info2.value)
    assert "<redacted>" in text and not any(c in text for c in "\r\n\x1b")
    _no_secret(_rendered(info2.value), TOKEN)


async def test_token_request_locals_show_no_secret(server, connect):
    async def fail(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.Response(status=502, text="<html>bad gateway</html>")

    server.routes[TOKEN_PATH] = fail
    client = connect(max_retries=0)
    with pytest.raises(ServerError) as info:
        await client.get_user_mfa_status(user_id="u1")
    rendered = _rendered(info.value)
    assert "_fetch_token" in rendered or "request" in rendered
    _no_secret(rendered)


def test_a_failure_while_signing_shows_no_secret_in_its_frames_locals():
    signer = RequestSigner(KEY_ID, Redacted(SECRET), {"x-genauth-lang": "zh-CN"})
    # a text that cannot be signed fails inside the signing functions themselves
    with pytest.raises(UnicodeEncodeError) as info:
        signer.headers("GET", "/api/v3/get-mfa-status", {"userId": "a\udcff"})
    rendered = _rendered(info.value)
    assert "in sign" in rendered and "key = " in rendered  # the signing frames, rendered
    _no_secret(rendered)


@pytest.mark.parametrize(
    "bad",
    [
        {"host": "ftp://genauth.example"},
        {"lang": "xx"},
        {"timeout": -1},
        {"tenant_id": "a\r\nb"},
        {"max_response_bytes": 5},
        {"deadline": -1},
        {"auth": "hmac"},
        {"websocket_host": "http://events.example"},
    ],
)
def test_a_client_that_fails_to_construct_shows_no_secret_in_its_traceback_locals(bad):
    with pytest.raises(ValueError) as info:
        AsyncManagementClient(access_key_id=KEY_ID, access_key_secret=SECRET, **bad)
    # rendering the frames' locals needs a repr of the half-built client too
    rendered = _rendered(info.value)
    assert "__init__" in rendered
    _no_secret(rendered)


def test_a_secret_that_cannot_be_sent_is_refused_without_showing_it():
    with pytest.raises(ValueError, match="access_key_secret must be a str") as info:
        AsyncManagementClient(access_key_id=KEY_ID, access_key_secret=SECRET + "\ud800")
    _no_secret(_rendered(info.value))


# -- 4. a call's deadline ----------------------------------------------------------------------


async def test_per_attempt_timeout_bounds_the_wait_for_a_slow_token(server, connect):
    async def slow_token(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(3)
        return await token_ok(request)

    server.routes[TOKEN_PATH] = slow_token
    client = connect()
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with asyncio.timeout(2.5):
        with pytest.raises(GenAuthTimeoutError, match=r"no management token within 0\.3 s"):
            await client.get_user_mfa_status(user_id="u1", timeout=0.3)
    assert loop.time() - started < 1.5
    assert server.hits[MFA_PATH] == 0


async def test_retry_after_past_the_deadline_fails_at_once(server, connect):
    async def limited(request: web.Request) -> web.StreamResponse:
        return web.Response(status=429, body=envelope(status=429), headers={"Retry-After": "10"})

    async def unavailable(request: web.Request) -> web.StreamResponse:
        return web.Response(status=503, text="down", headers={"Retry-After": "10"})

    server.routes[MFA_PATH] = limited
    server.routes[CREATE_PATH] = unavailable
    client = connect()
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(RateLimitError, match="would pass the call's deadline") as info:
        await client.get_user_mfa_status(user_id="u1", deadline=2)
    assert (info.value.retry_after, info.value.retry_after_honoured) == (10, 10)
    with pytest.raises(GenAuthTimeoutError, match="after the call's deadline"):
        await client.create_user(username="x", deadline=2)
    assert loop.time() - started < 1.5
    assert server.hits[MFA_PATH] == 1 and server.hits[CREATE_PATH] == 1


async def test_rate_limit_error_says_what_was_asked_and_what_was_honoured(server, connect):
    async def limited(request: web.Request) -> web.StreamResponse:
        return web.Response(
            status=429, body=envelope(status=429), headers={"Retry-After": "999999"}
        )

    server.routes[MFA_PATH] = limited
    client = connect(retry=RetryPolicy(max_attempts=2, retry_after_max=0.01))
    with pytest.raises(RateLimitError) as info:
        await client.get_user_mfa_status(user_id="u1")
    assert server.hits[MFA_PATH] == 2  # waited the honoured 0.01 s, not 999999 s, then retried
    err = info.value
    assert (err.retry_after, err.retry_after_honoured) == (999999.0, 0.01)
    back = pickle.loads(pickle.dumps(err))
    assert (back.retry_after, back.retry_after_honoured) == (999999.0, 0.01)
    with pytest.raises(RateLimitError) as info:
        await connect(max_retries=0).get_user_mfa_status(user_id="u1")
    assert (info.value.retry_after, info.value.retry_after_honoured) == (999999.0, 60.0)


async def test_deadline_bounds_every_attempt_together(server, connect):
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.3)
        return web.Response(status=502, text="gateway")

    server.routes[MFA_PATH] = slow
    retry = RetryPolicy(max_attempts=10, backoff_base=0.01, backoff_max=0.02)
    loop = asyncio.get_running_loop()
    for client, kwargs in (
        (connect(retry=retry), {"deadline": 0.8}),
        (connect(retry=retry, deadline=0.8), {}),
    ):
        started = loop.time()
        with pytest.raises(GenAuthTimeoutError, match=r"deadline of 0\.8 s"):
            await client.get_user_mfa_status(user_id="u1", **kwargs)
        assert loop.time() - started < 1.3
    assert server.hits[MFA_PATH] <= 2 * 4


async def test_iterators_give_each_page_the_deadline(server, connect):
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.5)
        return web.Response(body=envelope({"totalCount": 0, "list": []}))

    server.routes["/api/v3/list-archived-users"] = slow
    client = connect()
    with pytest.raises(GenAuthTimeoutError, match="deadline"):
        async for _ in client.iter_archived_users(deadline=0.2, page_retries=0):
            pass


async def test_bad_deadlines_are_refused_before_sending(server, connect):
    client = connect()
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="deadline"):
            await client.get_user_mfa_status(user_id="u1", deadline=bad)
    for bad in ("5", True):
        with pytest.raises(TypeError, match="deadline"):
            await client.get_user_mfa_status(user_id="u1", deadline=bad)
    with pytest.raises(ValueError, match="deadline"):
        connect(deadline=0)
    assert sum(server.hits.values()) == 0


# -- 5. never sent vs. answer lost -------------------------------------------------------------


def otp(i: int) -> dict[str, Any]:
    return {"userId": f"u{i}", "otp": {"secret": f"otp-secret-{i}"}}


def _slow_create(delay: float) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        await asyncio.sleep(delay)
        return web.Response(body=envelope(None))

    return handler


async def test_waiting_for_a_pooled_connection_is_not_a_server_timeout(server, connect):
    server.routes[IMPORT_PATH] = _slow_create(1.0)
    timeout = aiohttp.ClientTimeout(total=3, connect=0.2)
    client = connect(connection_limit=2, max_retries=0, timeout=timeout)
    await client.get_user_mfa_status(user_id="warm")  # token in hand
    results = await asyncio.gather(
        *(client.import_otp(list=[otp(i)]) for i in range(6)), return_exceptions=True
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 4
    for err in errors:
        assert isinstance(err, PoolTimeoutError)
        assert "no free connection within 0.2 s (pool limit 2)" in str(err)
        assert "was not sent" in str(err)
    assert server.hits[IMPORT_PATH] == 2  # only the calls that got a connection reached it


class Held:
    """A handler that holds every request until ``gate`` is set (``arrived``: one came)."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.arrived = asyncio.Event()

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        self.arrived.set()
        await self.gate.wait()
        return web.Response(body=envelope(None))


async def test_a_queued_call_builds_no_request_until_it_has_a_connection(server, connect):
    """What keeps a queued call small (item 8: memory per queued call): it waits for a pool
    slot before aiohttp builds its request, where raw aiohttp builds the request (headers,
    URL, body payload, timers) first and then queues it for a connection."""
    started: list[str] = []
    queued_in_aiohttp: list[str] = []

    async def on_start(session: Any, ctx: Any, params: aiohttp.TraceRequestStartParams) -> None:
        started.append(params.url.path)

    async def on_queued(session: Any, ctx: Any, params: Any) -> None:
        queued_in_aiohttp.append("queued")

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_start)
    trace.on_connection_queued_start.append(on_queued)
    held = Held()
    server.routes[IMPORT_PATH] = held
    client = connect(connection_limit=1, trace_configs=[trace])
    await client.get_user_mfa_status(user_id="warm")  # token in hand
    started.clear()
    calls = [asyncio.ensure_future(client.import_otp(list=[otp(i)])) for i in range(20)]
    await asyncio.wait_for(held.arrived.wait(), 5)
    await asyncio.sleep(0.1)  # time for the other 19 to start, if they were going to
    # one call on the wire; the other 19 wait without a request built
    assert started == [IMPORT_PATH]
    assert queued_in_aiohttp == []
    held.gate.set()
    await asyncio.gather(*calls)
    assert started == [IMPORT_PATH] * 20
    assert queued_in_aiohttp == []


async def test_a_call_that_never_got_a_connection_is_retried_even_if_not_idempotent(
    server, connect
):
    server.routes[IMPORT_PATH] = _slow_create(0.3)
    retry = RetryPolicy(max_attempts=5, backoff_base=0.05, backoff_max=0.1)
    client = connect(connection_limit=1, retry=retry, timeout=0.5)
    await client.get_user_mfa_status(user_id="warm")
    results = await asyncio.gather(*(client.import_otp(list=[otp(i)]) for i in range(3)))
    assert len(results) == 3
    assert server.hits[IMPORT_PATH] == 3  # each create sent once


async def test_a_deadline_that_passes_while_waiting_for_a_connection_says_not_sent(server, connect):
    held = Held()
    server.routes[IMPORT_PATH] = held
    client = connect(connection_limit=1)  # 30 s to get a connection: the deadline comes first
    await client.get_user_mfa_status(user_id="warm")  # token in hand
    holder = asyncio.ensure_future(client.import_otp(list=[otp(0)]))
    try:
        await asyncio.wait_for(held.arrived.wait(), 10)
        with pytest.raises(PoolTimeoutError, match="was not sent") as info:
            await client.import_otp(list=[otp(1)], deadline=0.2)
        assert "deadline of 0.2 s (pool limit 1)" in str(info.value)
        assert not bulk.may_have_applied(info.value)
        assert server.hits[IMPORT_PATH] == 1  # only the holder reached the server
    finally:
        held.gate.set()
        await holder


async def test_a_deadline_that_passes_while_waiting_for_the_token_says_not_sent(server, connect):
    held = Held()
    server.routes[TOKEN_PATH] = held  # the token never comes
    client = connect()
    try:
        with pytest.raises(GenAuthTimeoutError, match=r"before POST \S+ was sent") as info:
            await client.import_otp(list=[otp(0)], deadline=0.2)
        assert info.value.sent is False
        assert not bulk.may_have_applied(info.value)
        assert server.hits.get(IMPORT_PATH, 0) == 0
    finally:
        held.gate.set()


# -- 6. one client, one event loop -------------------------------------------------------------


@pytest.fixture
def threaded_server() -> Iterator[str]:
    """A server on its own loop in a thread, for tests that run several loops themselves."""
    srv = Hostile()
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(srv.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(srv.stop())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(5)
    yield srv.url
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


def test_a_second_event_loop_gets_a_clear_error_and_close_never_raises(threaded_server):
    unraisable: list[Any] = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = unraisable.append
    try:
        client = AsyncManagementClient(
            access_key_id=KEY_ID, access_key_secret=SECRET, host=threaded_server
        )
        asyncio.run(client.get_user_mfa_status(user_id="u1"))  # the classic asyncio.run twice
        with pytest.raises(EventLoopMismatchError, match="one client per event loop"):
            asyncio.run(client.get_user_mfa_status(user_id="u1"))
        asyncio.run(client.close())  # the first loop is closed: must not raise
        asyncio.run(client.close())
        assert client.closed
        del client
        gc.collect()
    finally:
        sys.unraisablehook = old_hook
    assert unraisable == []


def test_a_call_from_this_threads_loop_while_the_clients_loop_runs_in_another(threaded_server):
    # the client's loop, running in another thread, is not this thread's running loop
    client = AsyncManagementClient(
        access_key_id=KEY_ID, access_key_secret=SECRET, host=threaded_server
    )
    first = asyncio.new_event_loop()
    runner = threading.Thread(target=first.run_forever, daemon=True)
    runner.start()
    try:
        call = client.get_user_mfa_status(user_id="u1")
        asyncio.run_coroutine_threadsafe(call, first).result(10)
        with pytest.raises(EventLoopMismatchError, match="one client per event loop"):
            asyncio.run(client.get_user_mfa_status(user_id="u1"))
        # ... while calls on its own loop go on
        again = asyncio.run_coroutine_threadsafe(
            client.get_user_mfa_status(user_id="u1"), first
        ).result(10)
        assert again is not None
    finally:
        asyncio.run_coroutine_threadsafe(client.close(), first).result(10)
        first.call_soon_threadsafe(first.stop)
        runner.join(10)
        first.close()


async def test_close_from_another_loop_while_the_first_one_runs(server, connect):
    client = connect()
    await client.get_user_mfa_status(user_id="u1")
    result: list[BaseException | None] = []

    def other_thread() -> None:
        try:
            asyncio.run(client.close())
            result.append(None)
        except BaseException as exc:
            result.append(exc)

    thread = threading.Thread(target=other_thread)
    thread.start()
    # this loop keeps running (the close is carried out on it) while the thread waits
    await asyncio.get_running_loop().run_in_executor(None, thread.join)
    assert result == [None]
    assert client.closed and client.session.closed


# -- 7. the smaller ones -----------------------------------------------------------------------


@pytest.mark.parametrize("expires_in", [0, -5, True, "7200", None])
async def test_unusable_token_lifetimes_are_a_bad_token_answer(server, connect, expires_in):
    async def odd_token(request: web.Request) -> web.StreamResponse:
        await request.read()
        return web.Response(body=envelope({"access_token": TOKEN, "expires_in": expires_in}))

    server.routes[TOKEN_PATH] = odd_token
    client = connect(max_retries=0)
    with pytest.raises(AuthenticationError, match="expires_in"):
        await client.get_user_mfa_status(user_id="u1")
    await asyncio.sleep(1.0)
    assert server.hits[TOKEN_PATH] == 1  # no refresher fetching a token every 0.8 s


@pytest.mark.parametrize("tenant_id", ["t1\r\nx-evil: 1", "t 1", "tenant\x00", "租户"])
def test_header_values_are_checked_at_construction(tenant_id):
    with pytest.raises(ValueError, match="tenant_id"):
        AsyncManagementClient(access_key_id="k", access_key_secret="s", tenant_id=tenant_id)


async def test_verify_ssl_false_with_a_session_is_refused():
    async with aiohttp.ClientSession() as session:
        with pytest.raises(ValueError, match="verify_ssl"):
            AsyncManagementClient(
                access_key_id="k", access_key_secret="s", session=session, verify_ssl=False
            )


def test_plain_http_to_a_remote_host_warns_once(caplog):
    with caplog.at_level(logging.WARNING, logger="genauth_async"):
        for _ in range(3):
            AsyncManagementClient(
                access_key_id="k", access_key_secret="s", host="http://genauth.example.test"
            )
        for host in ("http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"):
            AsyncManagementClient(access_key_id="k", access_key_secret="s", host=host)
    warnings = [r for r in caplog.records if "plain http://" in r.getMessage()]
    assert len(warnings) == 1 and "genauth.example.test" in warnings[0].getMessage()


async def _html_404(request: web.Request) -> web.StreamResponse:
    await request.read()
    return web.Response(status=404, text="<html>no such page</html>")


async def _method_not_allowed(request: web.Request) -> web.StreamResponse:
    await request.read()
    return web.Response(status=405, body=envelope(status=405, message="Method Not Allowed"))


async def _refused_in_an_envelope(request: web.Request) -> web.StreamResponse:
    await request.read()
    return web.Response(body=envelope(status=404, message="no such access key", apiCode=1))


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (_html_404, WrongHostError),
        (_method_not_allowed, WrongHostError),
        # GenAuth answered at its token endpoint: what it says is about the key
        (_refused_in_an_envelope, AuthenticationError),
    ],
)
async def test_a_token_endpoint_that_is_not_there_is_a_wrong_host(
    server, connect, handler, expected
):
    server.routes[TOKEN_PATH] = handler
    client = connect(max_retries=0)
    with pytest.raises(GenAuthError) as info:
        await client.get_user_mfa_status(user_id="u1")
    assert type(info.value) is expected
    if expected is WrongHostError:
        assert str(info.value).startswith(f"{server.url}{TOKEN_PATH} answered HTTP 40")
    _no_secret(_rendered(info.value))
    assert server.hits[MFA_PATH] == 0


@pytest.mark.parametrize("status", [301, 302, 304, 307, 308])
async def test_a_redirect_is_never_a_success(server, connect, status):
    async def redirect(request: web.Request) -> web.StreamResponse:
        return web.Response(
            status=status,
            body=envelope(MFA_DATA),
            headers={"Location": "https://elsewhere.example/"},
        )

    server.routes[MFA_PATH] = redirect
    client = connect(max_retries=0)
    with pytest.raises(GenAuthAPIError, match="redirect") as info:
        await client.get_user_mfa_status(user_id="u1")
    assert info.value.http_status == status
    assert "elsewhere.example" in str(info.value)


# -- cookies -------------------------------------------------------------------------------------


async def test_a_cookie_the_server_sets_is_never_sent_back(server, connect):
    """The Management API is authenticated by headers: a cookie planted by a server (or a
    proxy on the path) must not ride along on later calls, as with the official SDKs."""
    cookies_seen: list[str | None] = []

    async def plant(request: web.Request) -> web.StreamResponse:
        cookies_seen.append(request.headers.get("Cookie"))
        response = web.Response(body=envelope(MFA_DATA))
        response.set_cookie("planted", "by-the-server", path="/")
        return response

    server.routes[MFA_PATH] = plant
    # a host name, not an IP: aiohttp's cookie jar would keep this cookie
    client = connect(host=server.url.replace("127.0.0.1", "localhost"))
    for _ in range(3):
        await client.get_user_mfa_status(user_id="u1")
    assert cookies_seen == [None, None, None]
