"""The only module that touches aiohttp: one session, the envelope, retries, error mapping.

An endpoint is declared once as data (:class:`Endpoint`); everything that is the same for
every endpoint (auth headers, query encoding, JSON, the ``{statusCode, message, apiCode,
requestId, data}`` envelope, retries, timeouts, logging, decoding into the model) is here.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import email.utils
import ipaddress
import logging
import math
import random
import re
import ssl as _ssl
import threading
import time
import urllib.parse
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, Literal, TypeVar

import aiohttp
import attrs
import orjson
from yarl import URL

from . import _otel
from ._auth import HEADER_SAFE, Redacted, Token, TokenProvider, token_payload
from ._convert import MISFIT, converter, decoder_for, deviations
from ._endpoint import Endpoint
from ._raw import RawResponse
from ._signature import RequestSigner
from .errors import (
    AuthenticationError,
    ClientClosedError,
    EventLoopMismatchError,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    GenAuthTimeoutError,
    PoolTimeoutError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    WrongHostError,
    _wrong_host_status,
    error_for_status,
)

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Endpoint",
    "RetryPolicy",
    "TimeoutArg",
    "Transport",
    "check_deadline",
    "seconds_timeout",
    "unreachable",
]

_log = logging.getLogger("genauth_async")
#: the end user's headers of the call under way (authentication client), so that a message
#: built from the server's text never shows that user's token either
_USER_HEADERS: contextvars.ContextVar[Redacted[dict[str, str]] | None] = contextvars.ContextVar(
    "genauth_user_headers", default=None
)
T = TypeVar("T")
TimeoutArg = float | aiohttp.ClientTimeout | None

#: the largest answer read (after decompression); a GenAuth page of 50 users is ~100 KiB
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before trying a call again.

    Retried for every call: connection failures before the request was sent, and HTTP (or
    envelope) status 408, 429 and 503 (the server says it did not process the request).
    Retried only for idempotent calls: other 5xx (a 502 or 504 from a gateway can follow a
    request that reached GenAuth), read timeouts and connections dropped after sending.
    Delays are capped exponential backoff with full jitter; ``Retry-After`` wins when sent.
    """

    max_attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    backoff_base: float = 0.25
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    always_retry_statuses: frozenset[int] = frozenset({408, 429, 503})

    def should_retry_status(self, status: int, idempotent: bool) -> bool:
        return status in self.always_retry_statuses or (idempotent and status >= 500)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return self.honoured(retry_after)
        return random.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))

    def honoured(self, retry_after: float) -> float:
        """The wait given to an answer that asked for ``retry_after`` seconds."""
        return min(max(retry_after, 0.0), self.retry_after_max)


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "nan" and "inf" parse as floats too; a NaN delay would make asyncio.sleep() return
        # at once, and both would end up in RateLimitError.retry_after
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


#: query text that no encoder would change: sent as it is
_PLAIN_QUERY_TEXT = re.compile(r"[A-Za-z0-9._~-]+")


def _encode_query(query: Mapping[str, Any]) -> str | list[tuple[str, str]]:
    """The query as sent: None dropped, booleans as true/false, lists as repeated keys.

    The query string itself when no value needs escaping (ids, e-mail-free usernames,
    numbers, flags: nearly every call), which costs the URL a third of what aiohttp's
    encoding of pairs does; otherwise the pairs (see :func:`_query_pairs`) for aiohttp to
    encode.
    """
    parts: list[str] = []
    for key, value in query.items():
        kind = type(value)
        if kind is str:
            if not (value.isascii() and (value.isalnum() or _PLAIN_QUERY_TEXT.fullmatch(value))):
                return _query_pairs(query)
            parts.append(f"{key}={value}")
        elif value is None:
            continue
        elif kind is bool or kind is int:
            parts.append(f"{key}={_query_scalar(value)}")
        else:
            return _query_pairs(query)
    return "&".join(parts)


def _query_pairs(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The query as pairs, every value checked to encode as UTF-8.

    A lone surrogate (``json.loads`` makes them from ``"\\ud800"``) would otherwise be
    dropped or mangled on the way and the call would ask about another id than the one given.
    """
    out: list[tuple[str, str]] = []
    try:
        for key, value in query.items():
            if type(value) is str:
                value.encode()
                out.append((key, value))
            elif value is None:
                continue
            elif isinstance(value, list | tuple):
                out.extend((key, _query_scalar(v)) for v in value)
            else:
                out.append((key, _query_scalar(value)))
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{_python_name(key)} is not valid Unicode text ({exc.reason} at index "
            f"{exc.start}); nothing was sent"
        ) from None
    return out


def _query_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    text.encode()
    return text


def _python_name(wire: str) -> str:
    """``userIds`` -> ``user_ids``: the argument a wire name comes from, for messages."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", wire).lower()


def _unencodable_path(value: Any, path: str = "") -> str | None:
    """Where in an unstructured body the first string that is not valid Unicode sits."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            return path or "<body>"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            name = _python_name(key) if not path and isinstance(key, str) else str(key)
            if isinstance(key, str) and _unencodable_path(key) is not None:
                return f"{path}.<key>" if path else "<key>"
            found = _unencodable_path(item, f"{path}.{name}" if path else name)
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found = _unencodable_path(item, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def _dumps(value: Any) -> bytes:
    try:
        data = orjson.dumps(value)
    except orjson.JSONEncodeError as exc:
        where = _unencodable_path(value)
        if where is not None:
            raise ValueError(
                f"{where} is not valid Unicode text (a lone surrogate cannot be sent); "
                "nothing was sent"
            ) from None
        raise TypeError(f"the request body cannot be sent as JSON: {exc}") from None
    # orjson hands back its whole working buffer (4 KiB for a 250-byte body); a queued call
    # holds its body until sent, so keep only the bytes
    return bytes(memoryview(data))


def check_deadline(value: object) -> float | None:
    """A call's deadline: None, or a positive, finite number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"deadline must be seconds (a positive number) or None, got {value!r}")
    if not 0 < value < float("inf"):
        raise ValueError(f"deadline must be a positive, finite number of seconds, got {value!r}")
    return float(value)


#: C0/C1 controls and the Unicode line separators: a server's text in a log line must not be
#: able to start a forged line or move the cursor
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape_controls(text: str) -> str:
    return _CONTROLS.sub(lambda m: ascii(m.group())[1:-1], text)


class _Progress:
    """How far a call with a deadline got: what its deadline passing means."""

    __slots__ = ("deadline_at", "pool_wait", "sent")

    def __init__(self, deadline_at: float) -> None:
        self.deadline_at = deadline_at  # on the loop's clock
        self.pool_wait = False  # waiting for a pooled connection
        self.sent = False  # an attempt went out (or tried to)


class _Slots:
    """The pool's connections as a FIFO semaphore we can time: waiting here is not the server.

    aiohttp counts the wait for a free pooled connection into the request's timeout, so a
    call stuck behind a full pool looked like one the server never answered (and a
    non-idempotent one was then not retried though it was never sent).
    """

    __slots__ = ("free", "limit", "waiters")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.free = limit
        self.waiters: deque[asyncio.Future[None]] = deque()

    async def wait(self, seconds: float | None) -> bool:
        """Wait for a slot; False if none came within ``seconds``."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiters.append(fut)
        try:
            if seconds is None:
                await fut
            else:
                async with asyncio.timeout(seconds):
                    await fut
        except TimeoutError:
            return fut.done() and not fut.cancelled()  # handed a slot as the timer fired
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.release()
            raise
        return True

    def release(self) -> None:
        waiters = self.waiters
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                return
        self.free += 1


def seconds_timeout(value: object) -> aiohttp.ClientTimeout:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"timeout must be seconds (a positive number) or an aiohttp.ClientTimeout, "
            f"got {type(value).__name__}"
        )
    if not value > 0 or value == float("inf"):
        raise ValueError(f"timeout must be a positive, finite number of seconds, got {value!r}")
    return aiohttp.ClientTimeout(total=float(value))


def _snippet(raw: bytes, limit: int = 120) -> str:
    text = raw[:limit].decode("utf-8", "replace")
    text = " ".join(text.split())
    return (text + "…") if len(raw) > limit else (text or "<empty body>")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen(slots=True)
class _Failure:
    """A failed attempt, and whether trying again could help."""

    error: GenAuthError
    retryable: bool
    retry_after: float | None = None
    token_rejected: bool = False


_CONTENT_ENCODING = aiohttp.hdrs.CONTENT_ENCODING
#: a header value: visible ASCII with single inner spaces (no CR/LF or other control characters)
_HEADER_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
#: plain-http hosts already warned about (once per process each)
_WARNED_PLAIN_HTTP: set[str] = set()


class Transport:
    """Sends requests for :class:`AsyncManagementClient`; not public API."""

    def __init__(
        self,
        *,
        host: str,
        access_key_id: str,
        access_key_secret: Redacted[str],
        headers: Mapping[str, str],
        timeout: aiohttp.ClientTimeout,
        retry: RetryPolicy,
        session: aiohttp.ClientSession | None = None,
        connector_limit: int = 100,
        connector_limit_per_host: int = 0,
        proxy: str | None = None,
        ssl: _ssl.SSLContext | bool = True,
        trust_env: bool = False,
        trace_configs: list[aiohttp.TraceConfig] | None = None,
        token_refresh_ratio: float = 0.8,
        token_invalid_api_codes: frozenset[int] = frozenset(),
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        signer: RequestSigner | None = None,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        otel_record_arguments: bool = False,
        strict_responses: bool = False,
        endpoints: Mapping[str, Endpoint[Any]] | None = None,
    ) -> None:
        #: signature mode when set: every call signed with the access key, no token
        self.signer = signer
        self._strict_responses = strict_responses
        #: (endpoint path, wire path with list indices as []) -> how many answers differed
        #: there from their model
        self.deviations: Counter[tuple[str, str]] = Counter()
        for name, value in headers.items():
            if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
                raise ValueError(
                    f"header {name} must be visible ASCII without line breaks or control "
                    f"characters, got {ascii(value)[:80]}"
                )
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int):
            raise TypeError(f"max_response_bytes must be an int, got {max_response_bytes!r}")
        if max_response_bytes < 1024:
            raise ValueError(f"max_response_bytes must be >= 1024, got {max_response_bytes}")
        self._deadline = check_deadline(deadline)
        self._max_response_bytes = max_response_bytes
        self._token_invalid_api_codes = token_invalid_api_codes
        self._base = URL(host.rstrip("/") + "/")
        plain = self._base.scheme == "http" and not _is_loopback(self._base.host)
        if plain and host not in _WARNED_PLAIN_HTTP:
            _WARNED_PLAIN_HTTP.add(host)
            _log.warning(
                "%s is plain http://: the access key secret and every management token "
                "cross the network unencrypted; use https://",
                host,
            )
        self._timeout = timeout
        self._retry = retry
        self._session = session
        self._owns_session = session is None
        self._connector_limit = connector_limit
        self._connector_limit_per_host = connector_limit_per_host
        self._proxy = proxy
        self._ssl = ssl
        self._trust_env = trust_env
        self._trace_configs = trace_configs
        self._closed = False
        # the event loop of the first call: session, connections and tasks belong to it
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = False  # the session is there and the pool's slots are set up
        self._slots: _Slots | None = None
        # set by aclose(): wakes calls sleeping before a retry (a Retry-After may be 60 s)
        self._closed_event = asyncio.Event()
        self._urls: dict[str, URL] = {}
        self._unstructure_hooks: dict[type, Callable[[Any], Any]] = {}
        self._base_headers = {**headers, "content-type": "application/json"}
        self._secret = access_key_secret.value  # for _scrub: an attribute, never a local
        # wrapped, so a traceback rendered with its frames' locals (error trackers do that)
        # shows the token request's body as <redacted>
        self._token_body = Redacted(_dumps(token_payload(access_key_id, access_key_secret)))
        self.auth = TokenProvider(
            self._token_fetch, self._base_headers, refresh_ratio=token_refresh_ratio
        )
        # OpenTelemetry: resolved at the first call (None: nothing to report to)
        self._otel_options = (
            tracer_provider,
            meter_provider,
            otel_record_arguments,
            self._base,
            endpoints or {},
        )
        self.otel: _otel.Telemetry | None = None

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        """The loop this call runs on, bound to the client on first use (another one:
        EventLoopMismatchError, see ``_bind``).

        The client's loop, when it runs in this thread, is the running one (a thread runs one
        loop at a time): known without ``asyncio.get_running_loop()``, which makes a getpid()
        system call on every call on Python 3.11.
        """
        loop = self._loop
        if loop is None or getattr(loop, "_thread_id", None) != threading.get_ident():
            loop = asyncio.get_running_loop()
            if loop is not self._loop:
                self._bind(loop)
        return loop

    def _get_session(self) -> aiohttp.ClientSession:
        """The session, created on first use, on the client's one event loop."""
        self._running_loop()
        session = self._session if self._ready else self._setup_session()
        assert session is not None
        return session

    def _setup_session(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None:
            # created lazily: ClientSession wants a running loop
            session = self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self._connector_limit,
                    limit_per_host=self._connector_limit_per_host,
                    ssl=self._ssl,
                ),
                timeout=self._timeout,
                trust_env=self._trust_env,
                trace_configs=self._trace_configs,
                # the Management API is authenticated by headers, never by cookies; like the
                # official SDKs, keep none: a server cannot plant one that later calls send
                # back, and no call pays for filtering and storing them
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        # a stand-in session (tests, benchmarks) may have no connector: then no slots
        connector = getattr(session, "connector", None)
        limits = [n for n in (connector.limit, connector.limit_per_host) if n] if connector else []
        self._slots = _Slots(min(limits)) if limits else None
        self._ready = True
        return session

    @property
    def session(self) -> aiohttp.ClientSession | None:
        return self._session

    def telemetry(self) -> _otel.Telemetry | None:
        """The client's OpenTelemetry hooks (resolved on first use), None when off."""
        self._running_loop()
        return self.otel

    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._loop is None:
            self._loop = loop
            self.otel = _otel.resolve(*self._otel_options)
            return
        state = "closed by now" if self._loop.is_closed() else "still open"
        raise EventLoopMismatchError(
            f"this AsyncManagementClient was first used on another event loop ({state}); its "
            "session, pooled connections and token refresh belong to that loop. Create one "
            "client per event loop (e.g. inside the coroutine given to asyncio.run()) and "
            "close it on that loop"
        )

    async def aclose(self) -> None:
        """Release everything; never raises, whatever loop it is called from."""
        if self._closed:
            return
        self._closed = True
        loop = self._loop
        try:
            if loop is None or loop is asyncio.get_running_loop():
                await self._release()
            elif loop.is_running():  # the client's loop runs in another thread: close there
                await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._release(), loop))
            else:
                # the client's loop is stopped or closed (asyncio.run() returned): nothing can
                # run on it any more; drop the token and close what closes without it
                self.auth.abandon()
                if self._owns_session and self._session is not None:
                    _abandon_session(self._session)
        except Exception as exc:  # closing is cleanup: it must not fail the caller
            _log.debug("error while closing the client: %s", type(exc).__name__)

    async def _release(self) -> None:
        self._closed_event.set()
        await self.auth.aclose()
        if self._owns_session and self._session is not None:
            await self._session.close()

    def _url(self, path: str) -> URL:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self._base.join(URL(path))
        return url

    # -- the token call --------------------------------------------------------------------

    def _token_fetch(self) -> Awaitable[tuple[str, float]]:
        otel = self.otel
        if otel is None:
            return self._fetch_token()
        # a token still good to use: the background refresh, which no call waits for
        auth = self.auth
        background = auth.current() is not None
        return otel.token_fetch(self._fetch_token(), auth.tokens_fetched > 0, background)

    async def _fetch_token(self) -> tuple[str, float]:
        try:
            data = await self.request(_TOKEN_ENDPOINT, body=self._token_body, authenticated=False)
        except GenAuthAPIError as exc:
            raise self._token_failure(exc) from exc
        if not isinstance(data, dict):
            raise AuthenticationError(
                "the management token response has no data", status_code=500, http_status=200
            )
        token, expires_in = data.get("access_token"), data.get("expires_in")
        if (
            not isinstance(token, str)
            or isinstance(expires_in, bool)
            or not isinstance(expires_in, int | float)
            or not 0 < expires_in < float("inf")
        ):
            # a lifetime of 0, -1 or true would have the refresher fetch a token every 0.8 s
            raise AuthenticationError(
                "the management token response is not usable: it needs access_token (a string) "
                "and expires_in (a positive number of seconds)",
                status_code=500,
                http_status=200,
            )
        return token, float(expires_in)

    def _token_failure(self, exc: GenAuthAPIError) -> GenAuthError:
        """What a failed token request says: the key refused, or no GenAuth at this host."""
        http_status = exc.http_status
        if _wrong_host_status(http_status):
            # the route itself is missing (GenAuth refuses a key at its route with an envelope)
            url = str(self._url(_TOKEN_ENDPOINT.path).with_user(None))
            return WrongHostError(
                f"{url} answered HTTP {http_status}: GenAuth's token endpoint is not there, so "
                "the host (or the path in it) is wrong",
                url=url,
                http_status=http_status,
            )
        if isinstance(exc, RateLimitError | ServerError):
            return exc
        refused = http_status == 200 or {exc.status_code, http_status} & _KEY_REFUSED_STATUSES
        return (AuthenticationError if refused else type(exc))(
            f"could not obtain a management token: {exc.message}",
            status_code=exc.status_code,
            http_status=http_status,
            api_code=exc.api_code,
            request_id=exc.request_id,
        )

    # -- requests --------------------------------------------------------------------------

    def request(
        self,
        endpoint: Endpoint[T],
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
        authenticated: bool = True,
        path: str | None = None,
        headers: Redacted[Mapping[str, str]] | None = None,
    ) -> Coroutine[Any, Any, T]:
        """One call (with its retries): awaiting it returns the typed ``data``.

        ``path`` replaces the endpoint's own for paths that carry an id (already encoded).
        ``headers`` (an end user's token, wrapped) go over the client's own and replace the
        management token or signature: the call is made as that user.

        Not a coroutine itself: the arguments are checked and encoded here, when the endpoint
        method runs, and what is awaited is the coroutine that sends. One frame fewer in the
        chain every resumption of every call passes through.
        """
        if self._closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        loop = self._running_loop()
        data: bytes | Redacted[bytes] | None
        wire: Any = None  # the body as the JSON value serialized into ``data``
        if body is None:
            data = None
        elif isinstance(body, bytes | Redacted):
            data = body
        else:
            unstructure = self._unstructure_hooks.get(body.__class__)
            if unstructure is None:
                unstructure = converter.get_unstructure_hook(body.__class__)
                self._unstructure_hooks[body.__class__] = unstructure
            wire = unstructure(body)
            data = _dumps(wire)
        as_client = authenticated and headers is None  # with the management token or signature
        user_headers = (
            None if headers is None else Redacted({**self._base_headers, **headers.value})
        )
        signer = self.signer if as_client else None
        signed: Any = None
        signed_path = ""
        params: list[tuple[str, str]] | None = None
        query_text = ""  # the query, when it is sent as it is
        if signer is not None:
            # signature mode: what is signed is what is sent (the query, or the JSON body as
            # serialized; bytes given as they are are read back), as the node SDK signs it
            if endpoint.method == "GET":
                signed = signer.signed_query(query or {})
            elif wire is not None:
                signed = wire
            else:
                raw_body = data.value if isinstance(data, Redacted) else data
                signed = orjson.loads(raw_body) if raw_body else {}
            signed_path = "/" + (path or endpoint.path)
            if query:
                # the check (and the ValueError) of token mode, before anything is signed
                _query_pairs(query)
            params = signer.encode_query(query) if query else None
        elif query:
            encoded = _encode_query(query)
            if isinstance(encoded, str):
                query_text = encoded
            else:
                params = encoded
        if timeout is not None and not isinstance(timeout, aiohttp.ClientTimeout):
            timeout = seconds_timeout(timeout)
        # paths with an id are not cached: one URL per id would grow without bound
        url = self._url(endpoint.path) if path is None else self._base.join(URL(path, encoded=True))
        if query_text:
            url = url.with_query(query_text)
        deadline = self._deadline if deadline is None else check_deadline(deadline)
        otel = self.otel
        progress = None if deadline is None else _Progress(loop.time() + deadline)
        send = self._send(
            endpoint,
            url,
            params,
            data,
            signed_path,
            signed,
            timeout,
            as_client,
            progress,
            user_headers,
        )
        if user_headers is not None:
            send = _as_user(user_headers, send)
        if progress is not None:
            assert deadline is not None
            send = self._within(endpoint, deadline, progress, send)
        if otel is None or not authenticated:  # the token request is its fetch's span
            return send
        return otel.call(endpoint, path, query, send)

    async def _within(
        self,
        endpoint: Endpoint[Any],
        deadline: float,
        progress: _Progress,
        send: Coroutine[Any, Any, T],
    ) -> T:
        """``send`` bounded by the call's deadline (which its waits before a retry know)."""
        try:
            async with asyncio.timeout_at(progress.deadline_at):
                return await send
        except TimeoutError:
            # every other TimeoutError is mapped inside the call: this one is the deadline's
            slots = self._slots
            if progress.pool_wait and not progress.sent and slots is not None:
                raise PoolTimeoutError(
                    f"no free connection within the call's deadline of {deadline:g} s (pool "
                    f"limit {slots.limit}): {endpoint.method} {endpoint.path} was not sent"
                ) from None
            if not progress.sent:
                # waiting for the management token: no attempt went out
                error = GenAuthTimeoutError(
                    f"the call's deadline of {deadline:g} s passed before {endpoint.method} "
                    f"{endpoint.path} was sent (waiting for the management token)"
                )
                error.sent = False
                raise error from None
            raise GenAuthTimeoutError(
                f"{endpoint.method} {endpoint.path}: no answer within the call's deadline of "
                f"{deadline:g} s"
            ) from None

    async def _send(
        self,
        endpoint: Endpoint[Any],
        url: URL,
        params: list[tuple[str, str]] | None,
        data: bytes | Redacted[bytes] | None,
        signed_path: str,
        signed_body: Any,
        timeout: aiohttp.ClientTimeout | None,
        authenticated: bool,
        progress: _Progress | None,
        user_headers: Redacted[dict[str, str]] | None = None,
    ) -> Any:
        """The call's attempts, each sent, read and decoded, until one succeeds or may not
        be retried.

        An attempt is inlined here, not a coroutine of its own: at high concurrency every
        frame of an awaited chain is CPU spent on each call (``_read_limited`` and the waits
        for a token or a pool slot are the slow paths, awaited only when needed).
        """
        signer = self.signer if authenticated else None
        policy = self._retry
        limit = self._max_response_bytes
        otel = self.otel
        attempt = 0
        replayed = False
        while True:
            attempt += 1
            token: Token | None = None
            signed: Mapping[str, str] | None = None
            if signer is not None:
                # a fresh nonce and date for every attempt; no token, no userpool header
                signed = signer.headers(endpoint.method, signed_path, signed_body)
            elif authenticated:
                # the cached token without a coroutine; awaits only to fetch or refresh one
                token = self.auth.current() or await self._wait_for_token(timeout)
            session = self._session if self._ready else self._setup_session()
            assert session is not None
            slots = self._slots
            result: Any = None
            if slots is not None:
                if slots.free > 0 and not slots.waiters:
                    slots.free -= 1
                elif progress is None:
                    result = await self._wait_for_slot(slots, endpoint, timeout)
                else:
                    progress.pool_wait = True
                    result = await self._wait_for_slot(slots, endpoint, timeout)
                    progress.pool_wait = False
            if result is None:
                if progress is not None:
                    progress.sent = True
                debug = _log.isEnabledFor(logging.DEBUG)
                started = time.perf_counter() if debug else 0.0
                try:
                    # the token's headers are never held in a local: tracebacks rendered with
                    # locals (error trackers) would show the token
                    async with session.request(
                        endpoint.method,
                        url,
                        params=params,
                        data=data.value if type(data) is Redacted else data,
                        headers=signed
                        or (
                            token.headers
                            if token is not None
                            else self._base_headers
                            if user_headers is None
                            else user_headers.value
                        ),
                        timeout=timeout if timeout is not None else self._timeout,
                        proxy=self._proxy,
                        # an API call is never redirected; following one would turn a POST
                        # into a GET
                        allow_redirects=False,
                    ) as resp:
                        status = resp.status
                        headers = resp.headers  # read only if the call failed
                        length = resp.content_length
                        raw: bytes | None
                        if length is None or _CONTENT_ENCODING in headers:
                            # the size is known only once read (and inflated)
                            raw = await self._read_limited(resp)
                        elif length <= limit:
                            raw = await resp.read()  # exactly Content-Length bytes
                        else:
                            resp.close()  # refused before reading any of it
                            raw = None
                except asyncio.CancelledError:
                    raise
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    result = self._connection_failure(endpoint, exc, token)
                else:
                    if raw is None:
                        result = self._too_large(endpoint, status)
                    else:
                        result = self._decode(endpoint, status, raw, headers, token)
                        if otel is not None:
                            otel.answered(attempt, status, raw, result)
                        if debug:
                            self._log_attempt(
                                endpoint, status, raw, result, token, attempt, started
                            )
                        # the token request's answer holds the token: not left in a local
                        # that a traceback rendered with locals (error trackers) would show
                        raw = None
                finally:
                    if slots is not None:
                        slots.release()
            if type(result) is not _Failure:
                return result
            if (
                result.token_rejected
                and token is not None
                and (not replayed or attempt < policy.max_attempts)
            ):
                # the token was revoked or expired early: drop it (only if still current),
                # fetch a fresh one and replay (a refused request was not processed). The
                # first replay is free; the fresh token refused too (tokens revoked again
                # meanwhile) is replaced again, as a retry, up to the policy's attempts
                self.auth.invalidate(token)
                if not replayed:
                    attempt -= 1
                replayed = True
                continue
            if not result.retryable or attempt >= policy.max_attempts or self._closed:
                raise result.error
            delay = policy.delay(attempt, result.retry_after)
            if progress is not None and (
                asyncio.get_running_loop().time() + delay >= progress.deadline_at
            ):
                raise _past_deadline(endpoint, result.error, delay, progress.sent) from result.error
            if otel is not None:
                otel.retry(attempt, delay, result.error, result.retry_after)
            if _log.isEnabledFor(logging.DEBUG):
                _log.debug(
                    "retrying %s %s after %s: attempt %d/%d in %.3fs",
                    endpoint.method,
                    endpoint.path,
                    type(result.error).__name__,
                    attempt + 1,
                    policy.max_attempts,
                    delay,
                )
            await self._pause(delay)

    async def _pause(self, delay: float) -> None:
        """The wait before a retry, cut short (ClientClosedError) if the client closes."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(delay):
                await self._closed_event.wait()
        if self._closed:
            raise ClientClosedError("the client was closed during the call")

    async def _wait_for_token(self, timeout: aiohttp.ClientTimeout | None) -> Token:
        if self.otel is not None:
            return await self.otel.waited("genauth.token.wait", self._token_wait(timeout))
        return await self._token_wait(timeout)

    async def _token_wait(self, timeout: aiohttp.ClientTimeout | None) -> Token:
        # the fetch is shared and goes on for the other callers; this call stops waiting for
        # it when its own attempt's time is up
        total = (timeout or self._timeout).total
        if total is None:
            return await self.auth.get()
        try:
            async with asyncio.timeout(total):
                return await self.auth.get()
        except TimeoutError:
            raise GenAuthTimeoutError(
                f"no management token within {total:g} s (the call's timeout)"
            ) from None

    async def _wait_for_slot(
        self, slots: _Slots, endpoint: Endpoint[Any], timeout: aiohttp.ClientTimeout | None
    ) -> _Failure | None:
        """Wait for a pooled connection: None once this call holds one, else the failure."""
        limits = timeout or self._timeout
        wait = limits.connect if limits.connect is not None else limits.total
        otel = self.otel
        if await (
            slots.wait(wait) if otel is None else otel.waited("genauth.pool.wait", slots.wait(wait))
        ):
            return None
        # nothing was sent: safe to try again, idempotent or not
        error = PoolTimeoutError(
            f"no free connection within {wait:g} s (pool limit {slots.limit}): "
            f"{endpoint.method} {endpoint.path} was not sent"
        )
        return _Failure(error, True)

    async def _read_limited(self, resp: aiohttp.ClientResponse) -> bytes | None:
        """The body, or None (and the connection dropped) once it passes the size limit.

        Read piece by piece as aiohttp hands it over (inflated in bounded steps), so neither
        an endless body nor a small gzip body that inflates to gigabytes is held in memory.
        """
        limit = self._max_response_bytes
        buf = bytearray()
        content = resp.content
        while chunk := await content.readany():
            if len(buf) + len(chunk) > limit:
                resp.close()
                return None
            buf += chunk
        return bytes(buf)

    def _too_large(self, endpoint: Endpoint[Any], status: int) -> _Failure:
        error = ResponseTooLargeError(
            f"{endpoint.method} {endpoint.path}: the answer (HTTP {status}) is larger than "
            f"max_response_bytes ({self._max_response_bytes:,} bytes); the connection was "
            "dropped"
        )
        return _Failure(error, False)

    def _log_attempt(
        self,
        endpoint: Endpoint[Any],
        status: int,
        raw: bytes,
        result: Any,
        token: Token | None,
        attempt: int,
        started: float,
    ) -> None:
        rid = _request_id(raw)
        _log.debug(
            "%s %s -> %d%s requestId=%s attempt=%d %.1fms",
            endpoint.method,
            endpoint.path,
            status,
            f" {type(result.error).__name__}" if type(result) is _Failure else "",
            None if rid is None else self._scrub(rid, token),
            attempt,
            (time.perf_counter() - started) * 1000,
        )

    def _scrub(self, text: str, token: Token | None = None) -> str:
        """Server text made safe for a message: secrets replaced, control characters escaped."""
        user = _USER_HEADERS.get()
        user_token = None if user is None else user.value.get("authorization")
        for secret in (self._secret, token, self.auth.token, user_token):
            if secret is None:
                continue
            # a JWT's parts one by one: an echo of its payload alone is as bad
            parts = (
                secret.split(" ", 1)[-1].split(".")  # the credentials after any scheme
                if secret is user_token
                else [secret]
                if isinstance(secret, str)
                else secret.access_token.split(".")
            )
            for part in parts:
                if len(part) >= 8 and part in text:
                    text = text.replace(part, "<redacted>")
        return _escape_controls(text)

    def _connection_failure(
        self, endpoint: Endpoint[Any], exc: BaseException, token: Token | None
    ) -> _Failure:
        failure = self._classify_connection_failure(endpoint, exc, token)
        # chained, as `raise ... from exc` would: tracebacks show it, unreachable() reads it
        failure.error.__cause__ = exc
        return failure

    def _classify_connection_failure(
        self, endpoint: Endpoint[Any], exc: BaseException, token: Token | None
    ) -> _Failure:
        if self._closed:
            return _Failure(ClientClosedError("the client was closed during the call"), False)
        where = f"{endpoint.method} {endpoint.path}"
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            # the connection was never established: nothing was sent
            err: GenAuthConnectionError = GenAuthTimeoutError(f"connect timeout: {where}")
            return _Failure(err, True)
        if isinstance(exc, TimeoutError):
            err = GenAuthTimeoutError(f"timed out waiting for GenAuth: {where}")
            return _Failure(err, endpoint.idempotent)
        # aiohttp's texts can quote what the server sent (a bad status line or header)
        detail = self._scrub(str(exc), token)
        if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
            return _Failure(GenAuthConnectionError(f"TLS error: {where}: {detail}"), False)
        if isinstance(exc, aiohttp.ClientConnectorError):
            return _Failure(GenAuthConnectionError(f"cannot connect: {where}: {detail}"), True)
        # dropped or reset after the request may have been received
        err = GenAuthConnectionError(f"connection lost: {where}: {type(exc).__name__}: {detail}")
        return _Failure(err, endpoint.idempotent)

    def _deviated(
        self,
        endpoint: Endpoint[Any],
        records: list[list[Any]],
        result: Any,
        envelope: dict[str, Any],
        token: Token | None,
    ) -> Any:
        """An answer that differs from its model: logged and counted; in strict mode, an
        error (conversions whose meaning is certain are not)."""
        found = deviations(records)
        for dev in found:
            self.deviations[endpoint.path, _INDEX.sub("[]", dev.path)] += 1
        if _log.isEnabledFor(logging.DEBUG):
            for dev in found:
                _log.debug(
                    "%s %s: answer differs from the model at %s: %s (%s)",
                    endpoint.method,
                    endpoint.path,
                    dev.path,
                    dev.kind,
                    self._scrub(dev.detail, token),
                )
        if not self._strict_responses:
            return result
        errors = [f"{d.kind}: {d.detail} @ {d.path}" for d in found if d.kind != "converted"]
        if not errors:
            return result
        name = getattr(endpoint.into, "__name__", str(endpoint.into))
        return _Failure(
            ResponseValidationError(
                f"{endpoint.path}: data does not fit {name}",
                errors=[self._scrub(e, token) for e in errors],
                request_id=_safe_id(envelope.get("requestId")),
                data=envelope.get("data"),
            ),
            False,
        )

    def _decode(
        self,
        endpoint: Endpoint[Any],
        http_status: int,
        raw: bytes,
        headers: Mapping[str, str],
        token: Token | None = None,
    ) -> Any:
        try:
            envelope = orjson.loads(raw)
        except orjson.JSONDecodeError:
            envelope = None
        status_code = envelope.get("statusCode") if type(envelope) is dict else None
        if status_code == 200 and 200 <= http_status < 300:
            data = envelope.get("data")
            if data is None and "data" not in envelope:
                # metadata/list-model is typed with its payload under "list" (discrepancies §4)
                data = envelope.get("list")
            decode = endpoint.structure
            if decode is None:
                into = endpoint.into
                decode = endpoint.structure = (
                    _as_is if into is None or into is Any else decoder_for(into) or _as_is
                )
            if decode is _as_is:
                result = data
            else:
                records: list[list[Any]] = []
                result = decode(data, records)
                if result is MISFIT:
                    records.append(["kept", f"{type(data).__name__} kept as sent"])
                    result = data
                if records:
                    result = self._deviated(endpoint, records, result, envelope, token)
            if endpoint.raw and type(result) is not _Failure:
                return RawResponse(http_status, headers, envelope, result)
            return result
        retry_after = headers.get("Retry-After")
        if 300 <= http_status < 400:
            # an API call is never redirected: whatever the body says, it was not done here
            location = self._scrub(headers.get("Location", "")[:200], token) or "nowhere"
            error: GenAuthAPIError = GenAuthAPIError(
                f"{endpoint.path}: GenAuth answered with a redirect (HTTP {http_status} to "
                f"{location}); API calls are not redirected, check the host",
                status_code=http_status,
                http_status=http_status,
            )
            return _Failure(error, False)
        if not isinstance(status_code, int) or isinstance(status_code, bool):
            kind = http_status if http_status >= 400 else 502
            err_cls = error_for_status(kind)
            err_cls = err_cls if err_cls is not GenAuthAPIError else ServerError
            # the token endpoint's body holds the token when it is an answer we cannot parse
            shown = (
                "<not shown: it may hold a token>"
                if endpoint is _TOKEN_ENDPOINT
                else self._scrub(_snippet(raw), token)
            )
            error = err_cls(
                f"{endpoint.path}: GenAuth answered HTTP {http_status} with a body that is not "
                f"its JSON envelope: {shown}",
                status_code=http_status,
                http_status=http_status,
            )
        else:
            kind = http_status if http_status >= 400 else status_code
            message = envelope.get("message")
            api_code = envelope.get("apiCode")
            request_id = envelope.get("requestId")
            err_cls = error_for_status(kind)
            kwargs: dict[str, Any] = {
                "status_code": status_code,
                "http_status": http_status,
                "api_code": api_code if isinstance(api_code, int) else None,
                "request_id": _safe_id(request_id),
            }
            text = message if isinstance(message, str) and message else "GenAuth call failed"
            text = f"{endpoint.path}: {self._scrub(text[:500], token)}"
            if err_cls is RateLimitError:
                error = self._rate_limited(text, _parse_retry_after(retry_after), **kwargs)
            else:
                error = err_cls(text, **kwargs)
        token_rejected = (
            error.status_code == 401
            or kind == 401
            or error.api_code in self._token_invalid_api_codes
        )
        return _Failure(
            error,
            self._retry.should_retry_status(kind, endpoint.idempotent),
            _parse_retry_after(retry_after) if kind in (429, 503) else None,
            token_rejected,
        )

    def _rate_limited(self, message: str, asked: float | None, **kwargs: Any) -> RateLimitError:
        """A 429: what GenAuth asked to wait, and the wait this client gives it."""
        honoured = None if asked is None else self._retry.honoured(asked)
        return RateLimitError(message, retry_after=asked, retry_after_honoured=honoured, **kwargs)

    # -- protocol endpoints: /oidc/*, /oauth/* answer plain JSON or text, not the envelope --

    def protocol_request(
        self,
        method: Literal["GET", "POST"],
        path: str,
        *,
        form: Redacted[Mapping[str, str]] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Redacted[Mapping[str, str]] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
        text: bool = False,
    ) -> Coroutine[Any, Any, Any]:
        """One call to a protocol endpoint: the decoded JSON answer (``text=True``: the text).

        Sent without the management token: ``headers`` (the client's Basic authentication,
        an end user's bearer token) go over the client's own; ``form`` is sent
        ``application/x-www-form-urlencoded``. The size limit, timeout, deadline and pool are
        the transport's. A failing status is retried only for a GET (a POST only when its
        request was never sent): a code exchange or a revocation is never replayed. A failing
        status raises the typed error of that status, its message taken from the OAuth
        ``error`` and ``error_description`` fields.

        ``form`` and ``headers`` come wrapped (they carry the client secret or a user's
        token) and stay wrapped down to the send: a traceback rendered with its frames'
        locals shows ``<redacted>``.
        """
        if self._closed:
            raise ClientClosedError("the client is closed; create a new client")
        endpoint: Endpoint[Any] = Endpoint(method, path, None, method == "GET")
        url = self._url(endpoint.path)
        if query:
            encoded = _encode_query(query)
            url = url.with_query(encoded)
        sent = Redacted({k: v for k, v in self._base_headers.items() if k != "content-type"})
        if headers is not None:
            sent.value.update(headers.value)
        data = None
        if form is not None:
            data = Redacted(urllib.parse.urlencode(form.value).encode())
            sent.value["content-type"] = "application/x-www-form-urlencoded"
        if timeout is not None and not isinstance(timeout, aiohttp.ClientTimeout):
            timeout = seconds_timeout(timeout)
        send = _as_user(sent, self._protocol_send(endpoint, url, data, sent, timeout, text))
        deadline = self._deadline if deadline is None else check_deadline(deadline)
        if deadline is not None:
            progress = _Progress(asyncio.get_running_loop().time() + deadline)
            progress.sent = True  # its stages are not tracked: a passed deadline: "maybe sent"
            send = self._within(endpoint, deadline, progress, send)
        otel = self.telemetry()
        if otel is None:
            return send
        return otel.protocol_call(method, path, query, send)

    async def _protocol_send(
        self,
        endpoint: Endpoint[Any],
        url: URL,
        data: Redacted[bytes] | None,
        headers: Redacted[dict[str, str]],
        timeout: aiohttp.ClientTimeout | None,
        text: bool,
    ) -> Any:
        policy = self._retry
        attempt = 0
        while True:
            attempt += 1
            session = self._get_session()
            slots = self._slots
            result: Any = None
            if slots is not None:
                if slots.free > 0 and not slots.waiters:
                    slots.free -= 1
                else:
                    result = await self._wait_for_slot(slots, endpoint, timeout)
            if result is None:
                try:
                    async with session.request(
                        endpoint.method,
                        url,
                        data=None if data is None else data.value,
                        headers=headers.value,
                        timeout=timeout if timeout is not None else self._timeout,
                        proxy=self._proxy,
                        allow_redirects=False,
                    ) as resp:
                        status, resp_headers = resp.status, resp.headers
                        raw = await self._read_limited(resp)
                except asyncio.CancelledError:
                    raise
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    result = self._connection_failure(endpoint, exc, None)
                else:
                    if raw is None:
                        result = self._too_large(endpoint, status)
                    else:
                        result = self._decode_protocol(endpoint, status, raw, resp_headers, text)
                        if self.otel is not None:
                            self.otel.answered(attempt, status, None, result)
                finally:
                    if slots is not None:
                        slots.release()
            if type(result) is not _Failure:
                return result
            if not result.retryable or attempt >= policy.max_attempts or self._closed:
                raise result.error
            delay = policy.delay(attempt, result.retry_after)
            if self.otel is not None:
                self.otel.retry(attempt, delay, result.error, result.retry_after)
            await self._pause(delay)

    def _decode_protocol(
        self,
        endpoint: Endpoint[Any],
        status: int,
        raw: bytes,
        headers: Mapping[str, str],
        text: bool,
    ) -> Any:
        if 200 <= status < 300:
            if text:
                return raw.decode("utf-8", "replace")
            if not raw.strip():
                return None
            try:
                return orjson.loads(raw)
            except orjson.JSONDecodeError:
                bad: GenAuthAPIError = ServerError(
                    f"{endpoint.path}: the answer (HTTP {status}) is not JSON: "
                    "<not shown: it may hold a token>",
                    status_code=status,
                    http_status=status,
                )
                return _Failure(bad, False)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            detail = body["error"]
            if isinstance(body.get("error_description"), str):
                detail += f": {body['error_description']}"
        elif isinstance(body, dict) and isinstance(body.get("message"), str):
            detail = body["message"]
        else:
            detail = _snippet(raw)
        if 300 <= status < 400:
            detail = f"a redirect to {headers.get('Location', 'nowhere')[:200]}"
        retry_after = _parse_retry_after(headers.get("Retry-After"))
        message = f"{endpoint.path}: HTTP {status}: {self._scrub(detail[:300])}"
        err_cls = error_for_status(status) if status >= 400 else GenAuthAPIError
        error: GenAuthAPIError
        if err_cls is RateLimitError:
            error = self._rate_limited(message, retry_after, status_code=status, http_status=status)
        else:
            error = err_cls(message, status_code=status, http_status=status)
        return _Failure(
            error,
            # a POST is not retried on any status: an authorization code is spent once
            policy_retry := (endpoint.idempotent and self._retry.should_retry_status(status, True)),
            retry_after if policy_retry and status in (429, 503) else None,
        )


def unreachable(exc: BaseException) -> Literal["connect", "tls"] | None:
    """Whether ``exc`` says GenAuth's host could not be reached at all, for any call: "tls"
    (the TLS handshake or the certificate failed: e.g. https:// to an http port), "connect"
    (DNS failure, connection refused, connect timeout, or a server there that is not GenAuth's
    API: :class:`WrongHostError`); None for anything else, such as a connection lost after the
    request was sent, which concerns that one call."""
    if not isinstance(exc, GenAuthConnectionError):
        return None
    if isinstance(exc, WrongHostError):
        return "connect"
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return "tls"
    if isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError):
        return "connect"
    return None


def _safe_id(value: object) -> str | None:
    """A requestId fit for a message: a string of visible ASCII, else dropped."""
    return value if isinstance(value, str) and HEADER_SAFE.fullmatch(value) else None


def _past_deadline(
    endpoint: Endpoint[Any], error: GenAuthError, delay: float, sent: bool
) -> GenAuthError:
    """The error of a call whose next wait would end after its deadline (raised at once)."""
    if isinstance(error, PoolTimeoutError) and not sent:
        return PoolTimeoutError(
            f"{error.message}; the next attempt (in {delay:.3g} s) would start after the "
            "call's deadline"
        )
    if isinstance(error, RateLimitError):
        return RateLimitError(
            f"{error.message}; waiting {delay:.3g} s as asked would pass the call's deadline",
            status_code=error.status_code,
            http_status=error.http_status,
            api_code=error.api_code,
            request_id=error.request_id,
            retry_after=error.retry_after,
            retry_after_honoured=error.retry_after_honoured,
        )
    return GenAuthTimeoutError(
        f"{endpoint.method} {endpoint.path}: the next attempt (in {delay:.3g} s) would start "
        f"after the call's deadline; the last one failed: {type(error).__name__}: {error}"
    )


def _abandon_session(session: aiohttp.ClientSession) -> None:
    """Close the sockets of a session whose event loop is closed, without that loop.

    aiohttp skips closing connections once their loop is closed, and asyncio cannot close a
    transport without it: the sockets would stay open until garbage collection, which warns.
    """
    connector = session.connector
    if connector is None:
        return
    if connector._loop.is_closed():
        protocols = [proto for conns in connector._conns.values() for proto, _ in conns]
        protocols += list(connector._acquired)
        for proto in protocols:
            transport = proto.transport
            if transport is None:
                continue
            with contextlib.suppress(Exception):
                transport.abort()  # marks it closing; fails where it would schedule on the loop
            lost = getattr(transport, "_call_connection_lost", None)
            if lost is not None:
                with contextlib.suppress(Exception):
                    lost(None)  # what the loop would have run next: closes the socket
    # marks the connector, and so the session, closed; closes what it can on an open loop
    with contextlib.suppress(Exception):
        connector._close()


def _as_is(value: Any, records: list[list[Any]]) -> Any:
    """The decoder of an endpoint whose ``data`` is returned as it is."""
    return value


async def _as_user(headers: Redacted[dict[str, str]], send: Coroutine[Any, Any, T]) -> T:
    """``send``, with the end user's headers known to ``Transport._scrub`` meanwhile."""
    mark = _USER_HEADERS.set(headers)
    try:
        return await send
    finally:
        _USER_HEADERS.reset(mark)


_INDEX = re.compile(r"\[\d+\]")

_TOKEN_ENDPOINT: Endpoint[Any] = Endpoint.post("api/v3/get-management-token", Any, idempotent=True)
#: statuses that say GenAuth looked at the access key and refused it
_KEY_REFUSED_STATUSES = frozenset({400, 401, 403})


def _request_id(raw: bytes) -> str | None:
    """The envelope's requestId, for the debug log only (parsed again, only when it is on)."""
    try:
        envelope = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    rid = envelope.get("requestId") if isinstance(envelope, dict) else None
    return rid if isinstance(rid, str) else None
