"""The client's event subscription: GenAuth's event websocket as an async iterator, with
reconnects, heartbeats, a bounded buffer and a bounded close.

    async with client.subscribe("user.created") as events:
        async for event in events:
            print(event.code, event.data)

This is the client's side of the stream, what ``client.subscribe`` and ``client.sub_event``
return and run: it only receives. The Management API's event endpoints (publishing with
``pub_event``, defining events, listing event apps) are the generated methods of
``genauth_async.api.events``.

Built on aiohttp's websocket client and the client's own session. One task per subscription
reads the socket (so a drop is noticed, and the socket reopened, even while the consumer is
busy) into a buffer bounded in bytes: when it is full the task stops reading, so the server
is slowed down by TCP rather than the client's memory growing. Leaving the ``async with``
block, or cancelling the task inside it, cancels that task and closes the socket within
``close_timeout``, then drops the connection.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import random
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import aiohttp
import attrs
import orjson
from yarl import URL

from .errors import (
    AuthenticationError,
    ClientClosedError,
    GenAuthConnectionError,
    GenAuthError,
    WrongHostError,
    _wrong_host_status,
)

if TYPE_CHECKING:
    from ._auth import Redacted
    from ._transport import Transport

__all__ = [
    "DEFAULT_CLOSE_TIMEOUT",
    "DEFAULT_MAX_BUFFER_BYTES",
    "DEFAULT_MAX_MESSAGE_BYTES",
    "HEALTHY_AFTER",
    "Event",
    "EventCallback",
    "EventStreamAPI",
    "EventSubscription",
]

_log = logging.getLogger("genauth_async")

#: what the event server may answer to a handshake that means "your key is wrong": no retry
_AUTH_STATUSES = frozenset({401, 403})

#: the most bytes of events read ahead of a consumer (payloads as received, plus
#: ``_MESSAGE_OVERHEAD`` each)
DEFAULT_MAX_BUFFER_BYTES = 8 * 1024 * 1024
#: the largest single message accepted; a larger one closes the socket (code 1009)
DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024
#: seconds a close waits for the server's close frame before dropping the connection
DEFAULT_CLOSE_TIMEOUT = 1.0
#: seconds a socket must stay open to count as working: one that closes sooner (whatever it
#: delivered) counts as a failed attempt, so a server that accepts and drops at once meets
#: the backoff and ``max_retries``
HEALTHY_AFTER = 10.0
#: counted for each buffered message on top of its payload, so empty messages fill it too
_MESSAGE_OVERHEAD = 64


@attrs.frozen(slots=True)
class Event:
    """One event received on the websocket."""

    code: str
    """The event code subscribed to (e.g. ``user.created``)."""
    data: Any
    """The message parsed as JSON, or ``None`` when it is not JSON."""
    raw: str
    """The message as received (text; a binary frame is decoded as UTF-8)."""


def _event(code: str, raw: str | bytes) -> Event:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        data = None
    return Event(code=code, data=data, raw=raw)


def _payload_size(data: str | bytes) -> int:
    """The message's size as it came over the wire (UTF-8 for text)."""
    if isinstance(data, bytes) or data.isascii():
        return len(data)
    return len(data.encode("utf-8", "surrogatepass"))


@attrs.frozen(repr=False)
class _Endpoint:
    """Where and how to open the event websocket (the header and the token are credentials:
    no repr, and the token is added to the URL only to connect)."""

    url: URL
    authorization: str | None
    """The signed handshake header (management), or None (none is sent)."""
    user_agent: str
    token: str | None = None
    """An end user's access token, sent as the ``token`` query parameter (authentication)."""
    credential: str = "access key"
    """What the server refuses on HTTP 401/403, for the error message."""

    def __repr__(self) -> str:
        return f"<event websocket {self.url}>"

    def connect_url(self) -> URL:
        return self.url if self.token is None else self.url.update_query(token=self.token)

    def headers(self) -> dict[str, str]:
        headers = {"user-agent": self.user_agent}
        if self.authorization is not None:
            headers["authorization"] = self.authorization
        return headers

    def scrub(self, text: str) -> str:
        """``text`` without the token (an aiohttp error may quote the URL)."""
        return text if not self.token else text.replace(self.token, "***")


class EventSubscription:
    """``async with client.subscribe(code) as events: async for event in events: ...``

    Reconnects by itself when the socket drops (capped exponential backoff with full jitter,
    logged at INFO), and raises :class:`GenAuthConnectionError` after ``max_retries``
    consecutive failed attempts (``None``: never gives up); a socket that closes within
    :data:`HEALTHY_AFTER` seconds of opening counts as a failed attempt. A refused handshake
    (HTTP 401/403) raises :class:`AuthenticationError` at once, a URL with no event websocket
    (HTTP 404/405/410 or a redirect) :class:`WrongHostError`. Events published while the
    socket was down are not replayed: GenAuth does not keep them.
    """

    def __init__(
        self,
        transport: Transport,
        endpoint: _Endpoint,
        code: str,
        *,
        heartbeat: float | None,
        max_retries: int | None,
        backoff_base: float,
        backoff_max: float,
        on_close: Callable[[EventSubscription], None],
        max_buffer_bytes: int = DEFAULT_MAX_BUFFER_BYTES,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        close_timeout: float = DEFAULT_CLOSE_TIMEOUT,
    ) -> None:
        self._transport = transport
        self._endpoint = endpoint
        self._code = code
        self._heartbeat = heartbeat
        self._max_retries = max_retries
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._on_close = on_close
        self._max_message_bytes = max_message_bytes
        self._close_timeout = close_timeout
        # the reader waits for room for one more message of the largest size before it
        # reads again: the buffer never holds more than max_buffer_bytes
        self._high_water = max_buffer_bytes - max_message_bytes - _MESSAGE_OVERHEAD
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        # messages read ahead of the consumer, as received, with their counted size
        self._buffer: deque[tuple[str | bytes, int]] = deque()
        self._buffered = 0
        self._room = asyncio.Event()  # set while another message fits
        self._room.set()
        self._readable = asyncio.Event()  # set while there is a message, or the end
        self._ended = False
        self._error: GenAuthError | None = None  # what ended the subscription, if not close
        self._closed = False
        self._stop = asyncio.Event()
        self._failures = 0  # failed attempts in a row
        #: how many times the socket was opened again after a drop (for tests and metrics)
        self.reconnects = 0

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("open" if self._ws is not None else "connecting")
        return f"<EventSubscription code={self._code!r} {state} reconnects={self.reconnects}>"

    @property
    def code(self) -> str:
        return self._code

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self._ws.closed

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def buffered_bytes(self) -> int:
        """Bytes of events read from the socket and not yet taken by the consumer."""
        return self._buffered

    # -- connecting ------------------------------------------------------------------------

    async def _open(self) -> aiohttp.ClientWebSocketResponse:
        transport = self._transport
        if transport.closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        endpoint = self._endpoint
        try:
            return await transport._get_session().ws_connect(
                endpoint.connect_url(),
                headers=endpoint.headers(),
                heartbeat=self._heartbeat,
                proxy=transport._proxy,
                ssl=transport._ssl,
                autoping=True,
                max_msg_size=self._max_message_bytes,
                # each wait for the server's close frame; the whole close is bounded too
                timeout=aiohttp.ClientWSTimeout(ws_close=self._close_timeout),
            )
        except aiohttp.WSServerHandshakeError as exc:
            status = exc.status
            if status in _AUTH_STATUSES:
                raise AuthenticationError(
                    f"the event websocket refused the {endpoint.credential} (HTTP {status})",
                    status_code=status,
                    http_status=status,
                ) from None
            if _wrong_host_status(status):
                url = str(endpoint.url.with_user(None))
                raise WrongHostError(
                    f"the event websocket {url} answered HTTP {status}: there is no event "
                    "websocket there, so websocket_host or websocket_endpoint is wrong",
                    url=url,
                    http_status=status,
                ) from None
            raise GenAuthConnectionError(
                f"event websocket handshake failed: HTTP {status}"
            ) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise GenAuthConnectionError(
                f"cannot open the event websocket {endpoint.url.host}: {type(exc).__name__}: "
                + endpoint.scrub(str(exc))
            ) from None

    async def _connect(self, *, first: bool) -> aiohttp.ClientWebSocketResponse:
        otel = None if self._transport.closed else self._transport.telemetry()
        if otel is None:
            return await self._connect_attempts(first)
        return await otel.connect(self._code, not first, self._connect_attempts(first))

    async def _connect_attempts(self, first: bool) -> aiohttp.ClientWebSocketResponse:
        """Open the socket, trying again with backoff until it works or the limit is hit."""
        while True:
            if self._closed:
                raise ClientClosedError("the subscription is closed")
            try:
                ws = await self._open()
            except WrongHostError:
                raise
            except GenAuthConnectionError as exc:
                await self._failed(exc.message)
                continue
            if not first:
                self.reconnects += 1
                _log.info(
                    "event websocket for %r reconnected (reconnect %d)",
                    self._code,
                    self.reconnects,
                )
            return ws

    async def _failed(self, reason: str) -> None:
        """Count a failed attempt: give up past ``max_retries``, else wait the backoff."""
        self._failures += 1
        failures = self._failures
        if self._max_retries is not None and failures > self._max_retries:
            raise GenAuthConnectionError(
                f"gave up on the event websocket for {self._code!r} after {failures} "
                f"attempts: {reason}"
            )
        ceiling = self._backoff_base * 2 ** min(failures - 1, 62)
        delay = random.uniform(0, min(self._backoff_max, ceiling))
        _log.info(
            "event websocket for %r: %s; attempt %d in %.2fs",
            self._code,
            reason,
            failures + 1,
            delay,
        )
        await self._sleep(delay)

    async def _sleep(self, delay: float) -> None:
        try:
            async with asyncio.timeout(delay):
                await self._stop.wait()
        except TimeoutError:
            pass

    async def _close_socket(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Close ``ws`` within ``close_timeout``; past it the connection is dropped.

        aiohttp reads until the server's close frame, each read with its own timeout: a
        server that keeps sending (or one that never answers) would hold it for ever.
        """
        try:
            async with asyncio.timeout(self._close_timeout):
                await ws.close()
        except TimeoutError:
            # cancelled inside close(), aiohttp closes the response (its connection) itself
            _log.debug("event websocket for %r: no close frame in time; dropped", self._code)

    # -- reading -------------------------------------------------------------------------

    async def _read_loop(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Read the socket into the buffer, reopening it whenever it drops, until closed."""
        loop = asyncio.get_running_loop()
        opened_at = loop.time()
        try:
            while True:
                if not self._room.is_set():
                    await self._room.wait()  # full: the socket is not read meanwhile
                msg = await ws.receive()
                kind = msg.type
                if kind is aiohttp.WSMsgType.TEXT or kind is aiohttp.WSMsgType.BINARY:
                    self._push(msg.data)
                    continue
                if kind is aiohttp.WSMsgType.PING or kind is aiohttp.WSMsgType.PONG:
                    continue
                # CLOSE / CLOSING / CLOSED / ERROR: the socket is gone (a heartbeat left
                # unanswered, or a message over max_message_bytes, ends here too)
                self._ws = None
                await self._close_socket(ws)
                if self._closed or self._transport.closed:
                    break
                reason = f"closed ({kind.name}"
                if ws.close_code is not None:
                    reason += f" {ws.close_code}"
                if kind is aiohttp.WSMsgType.ERROR and msg.data is not None:
                    reason += f": {msg.data}"
                reason += ")"
                if loop.time() - opened_at < HEALTHY_AFTER:
                    # it did not stay up: a failed attempt, whatever it delivered
                    await self._failed(reason)
                else:
                    self._failures = 0
                    _log.info("event websocket for %r %s; reconnecting", self._code, reason)
                ws = self._ws = await self._connect(first=False)
                opened_at = loop.time()
        except ClientClosedError:
            pass
        except GenAuthError as exc:
            self._error = exc
        self._ended = True
        self._readable.set()

    def _push(self, data: str | bytes) -> None:
        size = _payload_size(data) + _MESSAGE_OVERHEAD
        self._buffer.append((data, size))
        self._buffered += size
        self._readable.set()
        if self._transport.otel is not None:
            self._transport.otel.delivered(self._code)
        if self._buffered > self._high_water:
            self._room.clear()

    # -- iterating -------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        if self._reader is not None or self._closed:
            raise RuntimeError("a subscription can be entered only once")
        try:
            ws = self._ws = await self._connect(first=True)
        except BaseException:
            await self.aclose()
            raise
        self._reader = asyncio.get_running_loop().create_task(self._read_loop(ws))
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Event:
        if self._reader is None and not self._closed:
            raise RuntimeError("use the subscription in `async with client.subscribe(...)`")
        buffer = self._buffer
        while not buffer:
            if self._ended or self._closed:
                if self._error is not None:
                    raise self._error  # every later call ends the same way
                raise StopAsyncIteration
            self._readable.clear()
            await self._readable.wait()
        data, size = buffer.popleft()
        self._buffered -= size
        if self._buffered <= self._high_water:
            self._room.set()
        return _event(self._code, data)

    async def aclose(self) -> None:
        """Close the socket and stop reading; iteration ends. Idempotent.

        Done within about ``close_timeout`` (plus the reading task's end): past it the
        connection is dropped without waiting for the server's close frame.
        """
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._on_close(self)
        reader, self._reader = self._reader, None
        ws, self._ws = self._ws, None
        if reader is not None:
            reader.cancel()
            # a cancellation of this task itself still propagates from here
            await asyncio.wait({reader})
            if not reader.cancelled():
                reader.exception()  # retrieved: it ended by itself (never raises anything)
        if ws is not None:
            await self._close_socket(ws)
        self._readable.set()  # a consumer waiting for an event: iteration ends


EventCallback = Callable[[Event], Awaitable[object] | object]


async def _run_callback(subscription: EventSubscription, callback: EventCallback) -> None:
    """Feed every event of ``subscription`` to ``callback`` (plain or coroutine function)."""
    async with subscription as events:
        async for event in events:
            result = callback(event)
            if inspect.isawaitable(result):
                await result


class EventStreamAPI:
    """``subscribe`` and ``sub_event``; the client provides the attributes below."""

    __slots__ = ()
    _transport: Transport
    _events: _Endpoint
    _subscriptions: set[EventSubscription]

    def subscribe(
        self,
        event_code: str,
        *,
        heartbeat: float | None = 30.0,
        max_retries: int | None = 10,
        backoff_base: float = 0.5,
        backoff_max: float = 30.0,
        max_buffer_bytes: int = DEFAULT_MAX_BUFFER_BYTES,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        close_timeout: float = DEFAULT_CLOSE_TIMEOUT,
    ) -> EventSubscription:
        """Subscribe to the events of ``event_code``: an async context manager and iterator.

        Args:
            heartbeat: seconds between websocket pings; a ping left unanswered for half of
                that closes the socket, which is then reopened (``None``: no pings).
            max_retries: failed attempts in a row to reopen the socket before giving up with
                ``GenAuthConnectionError``; ``None`` tries forever. A socket that closes
                within ``HEALTHY_AFTER`` (10) seconds of opening is a failed attempt too; the
                count starts again once one has stayed open that long.
            backoff_base, backoff_max: the delay before attempt n is drawn from
                ``[0, min(backoff_max, backoff_base * 2**(n-1))]`` seconds.
            max_buffer_bytes: the most bytes of events read ahead of the consumer (default
                8 MiB); when they are there the socket is not read until the consumer takes
                some.
            max_message_bytes: the largest single message (default 1 MiB); a larger one
                closes the socket (code 1009), which is then reopened.
            close_timeout: seconds closing waits for the server's close frame before
                dropping the connection (default 1).
        """
        if not isinstance(event_code, str) or not event_code.strip():
            raise ValueError("event_code must be a non-empty string, e.g. 'user.created'")
        if heartbeat is not None and (isinstance(heartbeat, bool) or not heartbeat > 0):
            raise ValueError(f"heartbeat must be positive seconds or None, got {heartbeat!r}")
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError(f"max_retries must be an int >= 0 or None, got {max_retries!r}")
        if not 0 < backoff_base <= backoff_max:
            raise ValueError("backoff_base and backoff_max must satisfy 0 < base <= max")
        for name, value in (
            ("max_buffer_bytes", max_buffer_bytes),
            ("max_message_bytes", max_message_bytes),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        if max_buffer_bytes < max_message_bytes + _MESSAGE_OVERHEAD:
            raise ValueError(
                f"max_buffer_bytes ({max_buffer_bytes}) must hold at least one message of "
                f"max_message_bytes ({max_message_bytes}) plus {_MESSAGE_OVERHEAD}"
            )
        if (
            isinstance(close_timeout, bool)
            or not isinstance(close_timeout, int | float)
            or not 0 < close_timeout < math.inf
        ):
            raise ValueError(f"close_timeout must be positive seconds, got {close_timeout!r}")
        if self._transport.closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        endpoint = self._event_endpoint()
        endpoint = attrs.evolve(endpoint, url=endpoint.url.update_query(code=event_code))
        subscription = EventSubscription(
            self._transport,
            endpoint,
            event_code,
            heartbeat=heartbeat,
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            on_close=self._subscriptions.discard,
            max_buffer_bytes=max_buffer_bytes,
            max_message_bytes=max_message_bytes,
            close_timeout=float(close_timeout),
        )
        self._subscriptions.add(subscription)
        return subscription

    async def sub_event(
        self,
        event_code: str,
        callback: Callable[[Event], Awaitable[object] | object],
        **options: Any,
    ) -> None:
        """Call ``callback(event)`` for every event of ``event_code`` until cancelled or the
        client closes. ``callback`` may be a plain or a coroutine function; an exception it
        raises ends the subscription and propagates. ``options`` are those of ``subscribe``.
        """
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        await _run_callback(self.subscribe(event_code, **options), callback)

    def _event_endpoint(self) -> _Endpoint:
        """Where and how this client opens the event websocket."""
        return self._events

    async def _close_subscriptions(self) -> None:
        subscriptions = list(self._subscriptions)
        if subscriptions:
            await asyncio.gather(*(s.aclose() for s in subscriptions), return_exceptions=True)


def _events_endpoint(
    host: str,
    endpoint: str,
    access_key_id: str,
    access_key_secret: Redacted[str],
    user_agent: str,
) -> _Endpoint:
    """The event websocket's URL and handshake header, checked and built once."""
    from ._signature import signing_key, websocket_authorization

    # the scheme in lower case, as GenAuth's Python SDK sends it to this server
    auth = websocket_authorization(access_key_id, signing_key(access_key_secret), scheme="genauth")
    return _Endpoint(_events_url(host, endpoint), auth, user_agent)


def _user_events_endpoint(host: str, endpoint: str, user_agent: str) -> _Endpoint:
    """The end users' event websocket: no header, the user's token goes in the query (set
    it with ``attrs.evolve(endpoint, token=...)`` for each subscription)."""
    return _Endpoint(
        _events_url(host, endpoint), None, user_agent, credential="end user's access token"
    )


def _events_url(host: str, endpoint: str) -> URL:
    if not isinstance(host, str) or not host.startswith(("wss://", "ws://")):
        raise ValueError(f"websocket_host must start with wss:// or ws://, got {host!r}")
    if not isinstance(endpoint, str) or not endpoint.startswith("/"):
        raise ValueError(f"websocket_endpoint must be a path starting with /, got {endpoint!r}")
    return URL(host.rstrip("/") + endpoint)
