"""``AsyncManagementClient``: configuration, session lifetime, and the API modules."""

from __future__ import annotations

import logging
import os
import ssl as _ssl
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

import aiohttp

from ._auth import HEADER_SAFE, Redacted
from ._raw import RawResponseClient
from ._signature import RequestSigner
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy, Transport, seconds_timeout
from ._version import __version__
from .api import ENDPOINTS, ManagementAPI
from .errors import ClientClosedError
from .events import EventStreamAPI, EventSubscription, _events_endpoint

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WEBSOCKET_ENDPOINT",
    "DEFAULT_WEBSOCKET_HOST",
    "AsyncManagementClient",
]

_log = logging.getLogger("genauth_async")

DEFAULT_HOST = "https://api.genauth.ai"
DEFAULT_WEBSOCKET_HOST = "wss://events.genauth.ai"
DEFAULT_WEBSOCKET_ENDPOINT = "/events/v1/management/sub"
#: explicit, unlike aiohttp's own default of 300 s in total
DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=30.0, sock_connect=10.0)
LANGS = ("zh-CN", "en-US", "zh-TW", "ja-JP")


def _connection_options(
    host: str,
    *,
    timeout: float | aiohttp.ClientTimeout,
    lang: str | None,
    max_retries: int,
    retry: RetryPolicy | None,
    use_unverified_ssl: bool,
    verify_ssl: bool,
    ssl: _ssl.SSLContext | None,
    session: aiohttp.ClientSession | None,
    calls: str,
) -> tuple[aiohttp.ClientTimeout, RetryPolicy, _ssl.SSLContext | bool, dict[str, str]]:
    """A client's connection options checked: its timeout, retry policy, TLS argument and the
    headers every call sends (``calls`` names them in the warning when TLS is off)."""
    if lang is None:
        lang = "zh-CN"  # what the node SDK sends; the Python one sends an empty header
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    if not isinstance(timeout, aiohttp.ClientTimeout):
        timeout = seconds_timeout(timeout)
    if retry is None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries!r}")
        retry = RetryPolicy(max_attempts=max_retries + 1)
    if use_unverified_ssl not in (True, False) or verify_ssl not in (True, False):
        raise TypeError("use_unverified_ssl and verify_ssl must be True or False")
    if use_unverified_ssl:
        verify_ssl = False  # the official SDK's name for it
    ssl_arg: _ssl.SSLContext | bool = True if ssl is None else ssl
    if not verify_ssl and session is not None:
        raise ValueError(
            "verify_ssl=False has no effect on a session you pass in: configure TLS on "
            "that session's connector instead"
        )
    if not verify_ssl:
        _log.warning(
            "TLS certificate verification is OFF for %s: anyone on the network path can "
            "read and change %s",
            host,
            calls,
        )
        ssl_arg = False
    headers = {
        "x-genauth-sdk-version": f"genauth-async-py:{__version__}",
        "x-genauth-lang": lang,
        "user-agent": f"genauth-async/{__version__} aiohttp/{aiohttp.__version__}",
    }
    return timeout, retry, ssl_arg, headers


class _ClientLifecycle:
    """``async with`` for the clients: entering a closed client fails, leaving one closes it."""

    __slots__ = ()
    _transport: Transport

    async def close(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        if self._transport.closed:
            # a closed client cannot be reopened; failing here beats failing at the first call
            raise ClientClosedError(f"the client is closed; create a new {type(self).__name__}")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncManagementClient(ManagementAPI, EventStreamAPI, _ClientLifecycle):
    """The asyncio client of the GenAuth Management API.

    One client owns one ``aiohttp.ClientSession`` and one management token, shared by every
    task that uses it; create it once (e.g. in your app's lifespan) and close it at the end,
    with ``async with`` or ``await client.close()``.

    The first eight arguments are the official SDK's, in its order, so
    ``AsyncManagementClient(key_id, secret, host)`` works as ``ManagementClient(...)`` does.

    Args:
        access_key_id: the user pool's access key id (default: ``$GENAUTH_ACCESS_KEY_ID``).
        access_key_secret: its secret (default: ``$GENAUTH_ACCESS_KEY_SECRET``). Never logged.
        host: the API host, for private deployments (default: ``$GENAUTH_HOST`` or
            ``https://api.genauth.ai``).
        timeout: seconds, or an ``aiohttp.ClientTimeout``, for each attempt of a call (default
            30 s total, 10 s to connect). Every method also takes ``timeout=`` for one call.
        lang: ``x-genauth-lang``: ``zh-CN`` (default, also for ``None``), ``en-US``, ``zh-TW``
            or ``ja-JP``.
        use_unverified_ssl: the official SDK's name for ``verify_ssl=False``.
        websocket_host, websocket_endpoint: where GenAuth's event stream is (default
            ``wss://events.genauth.ai`` and ``/events/v1/management/sub``).
        tenant_id: sent as ``x-genauth-app-id``, as GenAuth's node SDK does.
        deadline: seconds for a whole call: waiting for a token and a pooled connection, every
            attempt and every wait between attempts (default none). Every method also takes
            ``deadline=`` for one call.
        max_response_bytes: the largest answer read, after decompression (default 4 MiB);
            a larger one is dropped with ``ResponseTooLargeError``.
        max_retries: retries after the first attempt (default 2, so 3 attempts).
        retry: a full :class:`RetryPolicy` (overrides ``max_retries``).
        session: an ``aiohttp.ClientSession`` to use; the client never closes it (its own
            TLS settings apply: ``verify_ssl=False`` with a session is a ``ValueError``).
        connection_limit, connection_limit_per_host: the pool limits of the session the client
            creates (default 100 and unlimited).
        proxy, trust_env: passed to aiohttp.
        ssl: an ``ssl.SSLContext`` for the session the client creates.
        verify_ssl: certificates are verified by default; ``False`` turns that off and logs
            a WARNING.
        trace_configs: ``aiohttp.TraceConfig`` hooks for the session the client creates.
        token_refresh_ratio: when, as a fraction of its lifetime, the token is refreshed in the
            background (default 0.8, at most 0.9).
        token_invalid_api_codes: apiCodes that, like HTTP 401, say the token itself was
            rejected: the token is dropped, a new one fetched and the call replayed once.
        auth: ``"token"`` (default): a management token, fetched once and refreshed;
            ``"signature"``: every call signed with the access key (HMAC-SHA1, as GenAuth's
            node SDK does), no token ever fetched.
        tracer_provider, meter_provider: OpenTelemetry providers for the client's spans and
            metrics (default: the global ones as they are at the first call). Needs the
            ``[otel]`` extra; with no live provider nothing is recorded and nothing is paid.
        otel_record_arguments: also record argument values (the ids in a query or a path,
            the error message) in spans; off by default, as they identify users. Bodies,
            secrets and tokens are never recorded.
        strict_responses: ``True`` raises ``ResponseValidationError`` (with every wire path
            and the ``data`` sent) for an answer that differs from its model; by default it is
            decoded leniently (see ``response_deviations``).
    """

    __slots__ = ("_events", "_host", "_subscriptions", "_transport", "access_key_id", "auth")

    def __init__(
        self,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        host: str | None = None,
        timeout: float | aiohttp.ClientTimeout = DEFAULT_TIMEOUT,
        lang: str | None = None,
        use_unverified_ssl: bool = False,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        *,
        tenant_id: str | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        session: aiohttp.ClientSession | None = None,
        connection_limit: int = 100,
        connection_limit_per_host: int = 0,
        proxy: str | None = None,
        ssl: _ssl.SSLContext | None = None,
        verify_ssl: bool = True,
        trust_env: bool = False,
        trace_configs: list[aiohttp.TraceConfig] | None = None,
        token_refresh_ratio: float = 0.8,
        token_invalid_api_codes: Iterable[int] = (),
        auth: str = "token",
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        otel_record_arguments: bool = False,
        strict_responses: bool = False,
    ) -> None:
        # held redacted from here on, and the argument dropped: a traceback rendered with its
        # frames' locals (error trackers) of any error below must not show the secret
        secret: Redacted[str] = Redacted(
            access_key_secret or os.environ.get("GENAUTH_ACCESS_KEY_SECRET") or ""
        )
        del access_key_secret
        key_id = access_key_id or os.environ.get("GENAUTH_ACCESS_KEY_ID")
        if not key_id:
            raise ValueError("access_key_id is required (or set GENAUTH_ACCESS_KEY_ID)")
        if not secret.value:
            raise ValueError("access_key_secret is required (or set GENAUTH_ACCESS_KEY_SECRET)")
        try:
            secret.value.encode()
        except (AttributeError, UnicodeEncodeError):
            raise ValueError(
                "access_key_secret must be a str that encodes as UTF-8 (it is sent in a JSON "
                "body or used as a signing key); the value is not shown"
            ) from None
        host = host or os.environ.get("GENAUTH_HOST") or DEFAULT_HOST
        if not host.startswith(("https://", "http://")):
            raise ValueError(f"host must start with https:// or http://, got {host!r}")
        if auth not in ("token", "signature"):
            raise ValueError(f"auth must be 'token' or 'signature', got {auth!r}")
        timeout, retry, ssl_arg, headers = _connection_options(
            host,
            timeout=timeout,
            lang=lang,
            max_retries=max_retries,
            retry=retry,
            use_unverified_ssl=use_unverified_ssl,
            verify_ssl=verify_ssl,
            ssl=ssl,
            session=session,
            calls="management calls",
        )
        if tenant_id:
            if not isinstance(tenant_id, str) or not HEADER_SAFE.fullmatch(tenant_id):
                raise ValueError(
                    "tenant_id must be visible ASCII without spaces or control characters, "
                    f"got {ascii(tenant_id)[:80]}"
                )
            headers["x-genauth-app-id"] = tenant_id
        self.access_key_id = key_id
        self.auth = auth
        self._host = host
        self._events = _events_endpoint(
            websocket_host or DEFAULT_WEBSOCKET_HOST,
            websocket_endpoint or DEFAULT_WEBSOCKET_ENDPOINT,
            key_id,
            secret,
            headers["user-agent"],
        )
        self._subscriptions: set[EventSubscription] = set()
        self._transport = Transport(
            host=host,
            access_key_id=key_id,
            access_key_secret=secret,
            headers=headers,
            timeout=timeout,
            retry=retry,
            session=session,
            connector_limit=connection_limit,
            connector_limit_per_host=connection_limit_per_host,
            proxy=proxy,
            ssl=ssl_arg,
            trust_env=trust_env,
            trace_configs=trace_configs,
            token_refresh_ratio=token_refresh_ratio,
            token_invalid_api_codes=frozenset(token_invalid_api_codes),
            signer=RequestSigner(key_id, secret, headers) if auth == "signature" else None,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
            otel_record_arguments=otel_record_arguments,
            endpoints=ENDPOINTS,
            strict_responses=bool(strict_responses),
        )

    def __repr__(self) -> str:
        # also for a client whose construction failed half-way: a traceback rendered with its
        # frames' locals (error trackers) shows ``self`` of ``__init__``
        transport = getattr(self, "_transport", None)
        if transport is None:
            return "<AsyncManagementClient (not constructed)>"
        state = "closed" if transport.closed else "open"
        return (
            f"<AsyncManagementClient host={self._host!r} "
            f"access_key_id={self.access_key_id!r} {state}>"
        )

    @property
    def host(self) -> str:
        return self._host

    @property
    def closed(self) -> bool:
        return self._transport.closed

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The aiohttp session in use (``None`` until the first call)."""
        return self._transport.session

    @property
    def with_raw_response(self) -> RawResponseClient:
        """Every endpoint method, returning the :class:`RawResponse` (HTTP status, headers,
        requestId, the envelope as sent, and the decoded result) of its one request:
        ``raw = await client.with_raw_response.get_user("u-1")``."""
        return RawResponseClient(self)

    @property
    def response_deviations(self) -> Mapping[tuple[str, str], int]:
        """How often answers differed from their model, by (endpoint path, wire path):
        e.g. ``{("api/v3/list-users", "$.list[].createdAt"): 50}``. Each one is also logged
        at DEBUG on the ``genauth_async`` logger."""
        return self._transport.deviations

    @property
    def tokens_fetched(self) -> int:
        """How many management tokens this client has obtained."""
        return self._transport.auth.tokens_fetched

    async def close(self) -> None:
        """Close event subscriptions, cancel the token refresh and close the session (unless
        it was given to us)."""
        await self._close_subscriptions()
        await self._transport.aclose()

    aclose = close

    def __reduce__(self) -> Any:
        raise TypeError("AsyncManagementClient cannot be pickled (it holds a live session)")
