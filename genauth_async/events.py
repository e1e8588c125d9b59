"""GenAuth events: the event websocket as an async iterator, with reconnects and heartbeats.

    async with client.subscribe("user.created") as events:
        async for event in events:
            print(event.code, event.data)

Built on aiohttp's websocket client and the client's own session. One task per subscription
reads the socket (so a drop is noticed, and the socket reopened, even while the consumer is
busy); leaving the ``async with`` block, or cancelling the task inside it, cancels that task
and closes the socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import aiohttp
import attrs
import orjson
from yarl import URL

from .errors import AuthenticationError, ClientClosedError, GenAuthConnectionError, GenAuthError

if TYPE_CHECKING:
    from ._auth import Redacted
    from ._transport import Transport

__all__ = ["Event", "EventCallback", "EventStreamAPI", "EventSubscription"]

_log = logging.getLogger("genauth_async")

_END: Any = object()

#: what the event server may answer to a handshake that means "your key is wrong": no retry
_AUTH_STATUSES = frozenset({401, 403})


@attrs.frozen(slots=True)
class Event:
    """One event received on the websocket."""

    code: str
    """The event code subscribed to (e.g. ``user.created``)."""
    data: Any
    """The message parsed as JSON, or ``None`` when it is not JSON."""
    raw: str
    """The message as received (text; a binary frame is decoded as UTF-8)."""


def _event(code: str, raw: str) -> Event:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        data = None
    return Event(code=code, data=data, raw=raw)


@attrs.frozen(repr=False)
class _Endpoint:
    """Where and how to open the event websocket (the header is a credential: no repr)."""

    url: URL
    authorization: str
    user_agent: str

    def __repr__(self) -> str:
        return f"<event websocket {self.url}>"


class EventSubscription:
    """``async with client.subscribe(code) as events: async for event in events: ...``

    Reconnects by itself when the socket drops (capped exponential backoff with full jitter,
    logged at INFO), and raises :class:`GenAuthConnectionError` after ``max_retries``
    consecutive failed attempts (``None``: never gives up). A refused handshake (HTTP 401/403)
    raises :class:`AuthenticationError` at once. Events published while the socket was down
    are not replayed: GenAuth does not keep them.
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
        max_buffer: int = 1000,
    ) -> None:
        self._transport = transport
        self._endpoint = endpoint
        self._code = code
        self._heartbeat = heartbeat
        self._max_retries = max_retries
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._on_close = on_close
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        # events read ahead of the consumer (bounded: a slow consumer slows the reading
        # down), then _END or the error that ended the subscription
        self._queue: asyncio.Queue[Event | GenAuthError | object] = asyncio.Queue(max_buffer)
        self._closed = False
        self._stop = asyncio.Event()
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

    # -- connecting ------------------------------------------------------------------------

    async def _open(self) -> aiohttp.ClientWebSocketResponse:
        transport = self._transport
        if transport.closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        endpoint = self._endpoint
        try:
            return await transport._get_session().ws_connect(
                endpoint.url,
                headers={
                    "authorization": endpoint.authorization,
                    "user-agent": endpoint.user_agent,
                },
                heartbeat=self._heartbeat,
                proxy=transport._proxy,
                ssl=transport._ssl,
                autoping=True,
            )
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in _AUTH_STATUSES:
                raise AuthenticationError(
                    f"the event websocket refused the access key (HTTP {exc.status})",
                    status_code=exc.status,
                    http_status=exc.status,
                ) from None
            raise GenAuthConnectionError(
                f"event websocket handshake failed: HTTP {exc.status}"
            ) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise GenAuthConnectionError(
                f"cannot open the event websocket {endpoint.url.host}: {type(exc).__name__}: {exc}"
            ) from None

    async def _connect(self, *, first: bool) -> aiohttp.ClientWebSocketResponse:
        """Open the socket, trying again with backoff until it works or the limit is hit."""
        failures = 0
        while True:
            if self._closed:
                raise ClientClosedError("the subscription is closed")
            try:
                ws = await self._open()
            except GenAuthConnectionError as exc:
                failures += 1
                if self._max_retries is not None and failures > self._max_retries:
                    raise GenAuthConnectionError(
                        f"gave up on the event websocket for {self._code!r} after "
                        f"{failures} attempts: {exc.message}"
                    ) from None
                delay = random.uniform(
                    0, min(self._backoff_max, self._backoff_base * 2 ** (failures - 1))
                )
                _log.info(
                    "event websocket for %r: %s; attempt %d in %.2fs",
                    self._code,
                    exc.message,
                    failures + 1,
                    delay,
                )
                await self._sleep(delay)
                continue
            if not first:
                self.reconnects += 1
                _log.info(
                    "event websocket for %r reconnected (reconnect %d)",
                    self._code,
                    self.reconnects,
                )
            return ws

    async def _sleep(self, delay: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(delay):
                await self._stop.wait()

    # -- reading -------------------------------------------------------------------------

    async def _read_loop(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Read the socket into the queue, reopening it whenever it drops, until closed."""
        queue = self._queue
        try:
            while True:
                msg = await ws.receive()
                if msg.type is aiohttp.WSMsgType.TEXT:
                    await queue.put(_event(self._code, msg.data))
                    continue
                if msg.type is aiohttp.WSMsgType.BINARY:
                    await queue.put(_event(self._code, msg.data.decode("utf-8", "replace")))
                    continue
                if msg.type in (aiohttp.WSMsgType.PING, aiohttp.WSMsgType.PONG):
                    continue
                # CLOSE / CLOSING / CLOSED / ERROR: the socket is gone (a heartbeat left
                # unanswered ends here too)
                self._ws = None
                await ws.close()
                if self._closed or self._transport.closed:
                    break
                _log.info(
                    "event websocket for %r closed (%s%s); reconnecting",
                    self._code,
                    msg.type.name,
                    f" {ws.close_code}" if ws.close_code is not None else "",
                )
                ws = self._ws = await self._connect(first=False)
        except ClientClosedError:
            pass
        except GenAuthError as exc:
            await queue.put(exc)
            return
        await queue.put(_END)

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
        if self._closed and self._queue.empty():
            raise StopAsyncIteration
        item = await self._queue.get()
        if isinstance(item, Event):
            return item
        self._queue.put_nowait(item)  # every later call ends the same way
        if isinstance(item, GenAuthError):
            raise item
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Close the socket and stop reading; iteration ends. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._on_close(self)
        reader, self._reader = self._reader, None
        ws, self._ws = self._ws, None
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        if ws is not None:
            await ws.close()
        if not self._queue.full():
            self._queue.put_nowait(_END)


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
    ) -> EventSubscription:
        """Subscribe to the events of ``event_code``: an async context manager and iterator.

        Args:
            heartbeat: seconds between websocket pings; a ping left unanswered for half of
                that closes the socket, which is then reopened (``None``: no pings).
            max_retries: failed attempts in a row to reopen the socket before giving up with
                ``GenAuthConnectionError``; ``None`` tries forever. The count starts again
                after every successful reconnect.
            backoff_base, backoff_max: the delay before attempt n is drawn from
                ``[0, min(backoff_max, backoff_base * 2**(n-1))]`` seconds.
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
        if self._transport.closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        endpoint = self._events
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

    if not isinstance(host, str) or not host.startswith(("wss://", "ws://")):
        raise ValueError(f"websocket_host must start with wss:// or ws://, got {host!r}")
    if not isinstance(endpoint, str) or not endpoint.startswith("/"):
        raise ValueError(f"websocket_endpoint must be a path starting with /, got {endpoint!r}")
    # the scheme in lower case, as GenAuth's Python SDK sends it to this server
    auth = websocket_authorization(access_key_id, signing_key(access_key_secret), scheme="genauth")
    return _Endpoint(URL(host.rstrip("/") + endpoint), auth, user_agent)
