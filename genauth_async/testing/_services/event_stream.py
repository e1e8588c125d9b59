"""The event stream: the event websocket hub, `POST /api/v3/pub-event` (and
`pub-userEvent`, which an end user's token may call too) and the admin publish route.
(Event definitions, `define-event`/`list-events`, are `event_definitions.py`.)

A subscriber opens `GET /events/v1/management/sub?code=<eventCode>` with the signed
`authorization` header (HMAC-SHA1 of `"websocket\\n"`); every event published to that code
afterwards is sent to it as one text message: the event data as JSON text (a string
`eventData` is sent as it is, since the SDKs publish JSON text). An end user subscribes on
`GET /events/v1/authentication/sub?code=<eventCode>&token=<their access token>` (a live token
of the OIDC provider) to the same events. Nothing is kept for sockets
that are not connected, as GenAuth does not replay events.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any, Final

import orjson
from aiohttp import WSCloseCode, web

from .._routing import (
    END_USER_TOKENS,
    TOKEN_INVALID_API_CODE,
    ApiError,
    Call,
    RouteTable,
    Service,
    bad_request,
)
from .._signature import SIGNATURE_INVALID_API_CODE
from .._state import EmulatorState

__all__ = ["EVENTS_PATH", "SERVICE", "USER_EVENTS_PATH", "EventHub", "event_text"]

EVENTS_PATH: Final = "/events/v1/management/sub"
USER_EVENTS_PATH: Final = "/events/v1/authentication/sub"


def event_text(data: Any) -> str:
    """What subscribers receive for `data`: a string as it is, anything else as JSON."""
    return data if isinstance(data, str) else orjson.dumps(data).decode()


class _Socket:
    __slots__ = ("queue", "ws")

    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws
        self.queue: asyncio.Queue[str] = asyncio.Queue()


class EventHub:
    """The open event sockets by event code, and what was published."""

    def __init__(self) -> None:
        self._sockets: defaultdict[str, set[_Socket]] = defaultdict(set)
        self.history: deque[tuple[str, str]] = deque(maxlen=1000)
        """The last (eventCode, text) pairs published, delivered or not."""

    def subscribers(self, code: str) -> int:
        return len(self._sockets.get(code, ()))

    def codes(self) -> dict[str, int]:
        return {code: len(s) for code, s in self._sockets.items() if s}

    def publish_nowait(self, code: str, data: Any) -> int:
        """Queue the event for every socket of `code`; returns how many."""
        text = event_text(data)
        self.history.append((code, text))
        sockets = self._sockets.get(code, ())
        for socket in sockets:
            socket.queue.put_nowait(text)
        return len(sockets)

    async def flush(self, timeout: float = 5.0) -> None:
        """Wait until every queued event was handed to its socket."""
        queues = [s.queue for group in self._sockets.values() for s in group]
        if queues:
            async with asyncio.timeout(timeout):
                await asyncio.gather(*(q.join() for q in queues))

    async def drop_all(self) -> int:
        """Close every open socket (code 1012, "service restart"); returns how many."""
        sockets = [s for group in self._sockets.values() for s in group]
        for code, group in list(self._sockets.items()):
            for socket in list(group):  # gone from now on, even before the close completes
                self._remove(code, socket)
        await asyncio.gather(
            *(s.ws.close(code=WSCloseCode.SERVICE_RESTART) for s in sockets),
            return_exceptions=True,
        )
        return len(sockets)

    def _add(self, code: str, socket: _Socket) -> None:
        self._sockets[code].add(socket)

    def _remove(self, code: str, socket: _Socket) -> None:
        group = self._sockets.get(code)
        if group is not None:
            group.discard(socket)
            if not group:
                del self._sockets[code]
        # whatever was still queued for this socket is lost, like on a real server
        while not socket.queue.empty():
            socket.queue.get_nowait()
            socket.queue.task_done()


async def _send_loop(state: EmulatorState, socket: _Socket) -> None:
    while True:
        text = await socket.queue.get()
        try:
            if socket.ws.closed:
                continue
            with contextlib.suppress(ConnectionError, RuntimeError):
                await socket.ws.send_str(text)
            if state.injector.roll(state.injector.faults.websocket_drop_rate):
                state.stats.faults["websocket_dropped"] += 1
                await socket.ws.close(code=WSCloseCode.SERVICE_RESTART)
        finally:
            socket.queue.task_done()


def _signed(state: EmulatorState, request: web.Request) -> None:
    """The management socket: the access key's signed `authorization` header."""
    problem = state.signatures.check_websocket(
        request.headers.get("authorization", ""),
        access_key_id=state.access_key_id,
        access_key_secret=state.access_key_secret,
    )
    if problem is not None:
        state.stats.unauthorized += 1
        raise ApiError(401, SIGNATURE_INVALID_API_CODE, problem, http_status=401)


def _end_user(state: EmulatorState, request: web.Request) -> None:
    """The end users' socket: a live access token of theirs as the `token` parameter."""
    live = request.app.get(END_USER_TOKENS)
    token = request.query.get("token", "")
    if live is None or not token or not live(token):
        state.stats.unauthorized += 1
        message = "token (the end user's access token) is missing, invalid or expired"
        raise ApiError(401, TOKEN_INVALID_API_CODE, message, http_status=401)


async def _websocket(
    state: EmulatorState,
    check: Callable[[EmulatorState, web.Request], None],
    request: web.Request,
) -> web.StreamResponse:
    check(state, request)
    code = request.query.get("code", "")
    if not code:
        raise ApiError(400, 40000, "code (the event code) is required", http_status=400)
    ws = web.WebSocketResponse(autoping=True)
    await ws.prepare(request)
    socket = _Socket(ws)
    hub = state.events
    hub._add(code, socket)
    sender = asyncio.get_running_loop().create_task(_send_loop(state, socket))
    try:
        async for _ in ws:  # subscribers have nothing to say; this waits for the close
            pass
    finally:
        hub._remove(code, socket)
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender
    return ws


def _setup(app: web.Application, state: EmulatorState) -> None:
    if state.events is None:
        state.events = EventHub()
    hub: EventHub = state.events

    async def close_sockets(app: web.Application) -> None:
        # on shutdown, once no new connection is accepted: open sockets would hold it up
        await hub.drop_all()

    app.router.add_get(EVENTS_PATH, functools.partial(_websocket, state, _signed))
    app.router.add_get(USER_EVENTS_PATH, functools.partial(_websocket, state, _end_user))
    app.on_shutdown.append(close_sockets)


routes = RouteTable()


@routes.post("/api/v3/pub-event")
def pub_event(call: Call) -> Any:
    """Publish `{eventType, eventData, source?}`: `eventData` is JSON text (a string, as the
    SDKs send it) or any JSON value."""
    return _publish(call)


@routes.post("/api/v3/pub-userEvent", end_user=True)
def pub_user_event(call: Call) -> Any:
    """As `pub-event`, with a management token or an end user's (`put_event`)."""
    return _publish(call)


def _publish(call: Call) -> Any:
    event_type = call.require("eventType")
    if "eventData" not in call.body or call.body["eventData"] is None:
        raise bad_request("eventData is required")
    source = call.arg("source")
    if source is not None and not isinstance(source, str):
        raise bad_request("source must be of type string")
    call.state.events.publish_nowait(event_type, call.body["eventData"])
    return {"success": True}


@routes.admin("POST", "events")
def admin_publish(call: Call) -> Any:
    """`{"eventCode": ..., "data": ...}`: deliver to every subscriber of the code."""
    code = call.body.get("eventCode")
    if not isinstance(code, str) or not code:
        raise ApiError(400, 40000, "eventCode must be a non-empty string", http_status=400)
    return {"delivered": call.state.events.publish_nowait(code, call.body.get("data"))}


@routes.admin("GET", "events")
def admin_subscribers(call: Call) -> Any:
    """The number of open sockets per event code."""
    return call.state.events.codes()


SERVICE = Service("event_stream", routes, setup=_setup)
