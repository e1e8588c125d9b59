"""The only module that touches aiohttp: one session, the envelope, retries, error mapping.

An endpoint is declared once as data (:class:`Endpoint`); everything that is the same for
every endpoint (auth headers, query encoding, JSON, the ``{statusCode, message, apiCode,
requestId, data}`` envelope, retries, timeouts, logging, decoding into the model) is here.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import math
import random
import ssl as _ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import aiohttp
import attrs
import cattrs
import orjson
from yarl import URL

from ._auth import Token, TokenProvider, token_payload
from ._convert import converter
from ._endpoint import Endpoint
from ._signature import RequestSigner
from .errors import (
    AuthenticationError,
    ClientClosedError,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    GenAuthTimeoutError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    error_for_status,
)

__all__ = [
    "Endpoint",
    "RetryPolicy",
    "TimeoutArg",
    "Transport",
    "seconds_timeout",
    "unreachable",
]

_log = logging.getLogger("genauth_async")
T = TypeVar("T")
TimeoutArg = float | aiohttp.ClientTimeout | None


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
            return min(max(retry_after, 0.0), self.retry_after_max)
        return random.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))


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


def _encode_query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Drop None, send booleans as true/false and lists as repeated keys."""
    out: list[tuple[str, str]] = []
    for key, value in query.items():
        if type(value) is str:  # the usual case (ids): no checks, no str() call
            out.append((key, value))
        elif value is None:
            continue
        elif isinstance(value, list | tuple):
            out.extend((key, _query_scalar(v)) for v in value)
        else:
            out.append((key, _query_scalar(value)))
    return out


def _query_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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


@attrs.frozen(slots=True)
class _Failure:
    """A failed attempt, and whether trying again could help."""

    error: GenAuthError
    retryable: bool
    retry_after: float | None = None
    token_rejected: bool = False


class Transport:
    """Sends requests for :class:`AsyncManagementClient`; not public API."""

    def __init__(
        self,
        *,
        host: str,
        access_key_id: str,
        access_key_secret: str,
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
        signer: RequestSigner | None = None,
    ) -> None:
        #: signature mode when set: every call signed with the access key, no token
        self.signer = signer
        self._token_invalid_api_codes = token_invalid_api_codes
        self._base = URL(host.rstrip("/") + "/")
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
        # set by aclose(): wakes calls sleeping before a retry (a Retry-After may be 60 s)
        self._closed_event = asyncio.Event()
        self._urls: dict[str, URL] = {}
        # the converter's hook per class, looked up once instead of dispatched per call; keyed
        # by id() because hashing a generic alias like Page[User] runs Python code
        self._structure_hooks: dict[int, tuple[Any, Callable[[Any, Any], Any]]] = {}
        self._unstructure_hooks: dict[type, Callable[[Any], Any]] = {}
        self._base_headers = {**headers, "content-type": "application/json"}
        self._token_body = orjson.dumps(token_payload(access_key_id, access_key_secret))
        self.auth = TokenProvider(
            self._fetch_token, self._base_headers, refresh_ratio=token_refresh_ratio
        )

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def _get_session(self) -> aiohttp.ClientSession:
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
            )
        return session

    @property
    def session(self) -> aiohttp.ClientSession | None:
        return self._session

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
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

    async def _fetch_token(self) -> tuple[str, float]:
        try:
            data = await self.request(_TOKEN_ENDPOINT, body=self._token_body, authenticated=False)
        except GenAuthAPIError as exc:
            if isinstance(exc, RateLimitError | ServerError):
                raise
            raise AuthenticationError(
                f"could not obtain a management token: {exc.message}",
                status_code=exc.status_code,
                http_status=exc.http_status,
                api_code=exc.api_code,
                request_id=exc.request_id,
            ) from exc
        if not isinstance(data, dict):
            raise AuthenticationError(
                "the management token response has no data", status_code=500, http_status=200
            )
        token, expires_in = data.get("access_token"), data.get("expires_in")
        if not isinstance(token, str) or not isinstance(expires_in, int | float):
            raise AuthenticationError(
                "the management token response lacks access_token/expires_in",
                status_code=500,
                http_status=200,
            )
        return token, float(expires_in)

    # -- requests --------------------------------------------------------------------------

    async def request(
        self,
        endpoint: Endpoint[T],
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
        authenticated: bool = True,
        path: str | None = None,
    ) -> T:
        """Send one call (with its retries) and return the typed ``data``.

        ``path`` replaces the endpoint's own for paths that carry an id (already encoded).
        """
        if self._closed:
            raise ClientClosedError("the client is closed; create a new AsyncManagementClient")
        if body is None:
            data = None
        elif isinstance(body, bytes):
            data = body
        else:
            unstructure = self._unstructure_hooks.get(body.__class__)
            if unstructure is None:
                unstructure = converter.get_unstructure_hook(body.__class__)
                self._unstructure_hooks[body.__class__] = unstructure
            data = orjson.dumps(unstructure(body))
        signer = self.signer if authenticated else None
        if signer is not None:
            # signature mode: what is signed is what is sent (the query, or the body as parsed
            # back from the bytes on the wire), as the node SDK signs it
            signed = (
                signer.signed_query(query or {})
                if endpoint.method == "GET"
                else (orjson.loads(data) if data else {})
            )
            params = signer.encode_query(query) if query else None
        else:
            params = _encode_query(query) if query else None
        if timeout is not None and not isinstance(timeout, aiohttp.ClientTimeout):
            timeout = seconds_timeout(timeout)
        # paths with an id are not cached: one URL per id would grow without bound
        url = self._url(endpoint.path) if path is None else self._base.join(URL(path, encoded=True))
        policy = self._retry
        auth = self.auth
        attempt = 0
        replayed = False
        while True:
            attempt += 1
            token: Token | None = None
            headers: Mapping[str, str] = self._base_headers
            if signer is not None:
                # a fresh nonce and date for every attempt; no token, no userpool header
                headers = signer.headers(endpoint.method, "/" + (path or endpoint.path), signed)
            elif authenticated:
                # the cached token without a coroutine; awaits only to fetch or refresh one
                token = auth.current() or await auth.get()
                headers = token.headers
            result = await self._attempt(endpoint, url, params, data, headers, timeout, attempt)
            if not isinstance(result, _Failure):
                return result  # type: ignore[no-any-return]
            if result.token_rejected and token is not None and not replayed:
                # the token was revoked or expired early: drop it (only if still current),
                # fetch a fresh one and replay once; this does not count as a retry
                self.auth.invalidate(token)
                replayed = True
                attempt -= 1
                continue
            if not result.retryable or attempt >= policy.max_attempts or self._closed:
                raise result.error
            delay = policy.delay(attempt, result.retry_after)
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
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._closed_event.wait()
            if self._closed:
                raise ClientClosedError("the client was closed during the call")

    async def _attempt(
        self,
        endpoint: Endpoint[Any],
        url: URL,
        params: list[tuple[str, str]] | None,
        data: bytes | None,
        headers: Mapping[str, str],
        timeout: aiohttp.ClientTimeout | None,
        attempt: int,
    ) -> Any:
        started = time.perf_counter()
        try:
            async with self._get_session().request(
                endpoint.method,
                url,
                params=params,
                data=data,
                headers=headers,
                timeout=timeout if timeout is not None else self._timeout,
                proxy=self._proxy,
                # an API call is never redirected; following one would turn a POST into a GET
                allow_redirects=False,
            ) as resp:
                raw = await resp.read()
                status = resp.status
                headers = resp.headers  # read only if the call failed
        except asyncio.CancelledError:
            raise
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return self._connection_failure(endpoint, exc)
        result = self._decode(endpoint, status, raw, headers)
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug(
                "%s %s -> %d%s requestId=%s attempt=%d %.1fms",
                endpoint.method,
                endpoint.path,
                status,
                f" {type(result.error).__name__}" if isinstance(result, _Failure) else "",
                _request_id(raw),
                attempt,
                (time.perf_counter() - started) * 1000,
            )
        return result

    def _connection_failure(self, endpoint: Endpoint[Any], exc: BaseException) -> _Failure:
        failure = self._classify_connection_failure(endpoint, exc)
        # chained, as `raise ... from exc` would: tracebacks show it, unreachable() reads it
        failure.error.__cause__ = exc
        return failure

    def _classify_connection_failure(self, endpoint: Endpoint[Any], exc: BaseException) -> _Failure:
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
        if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
            return _Failure(GenAuthConnectionError(f"TLS error: {where}: {exc}"), False)
        if isinstance(exc, aiohttp.ClientConnectorError):
            return _Failure(GenAuthConnectionError(f"cannot connect: {where}: {exc}"), True)
        # dropped or reset after the request may have been received
        err = GenAuthConnectionError(f"connection lost: {where}: {type(exc).__name__}: {exc}")
        return _Failure(err, endpoint.idempotent)

    def _decode(
        self, endpoint: Endpoint[Any], http_status: int, raw: bytes, headers: Mapping[str, str]
    ) -> Any:
        try:
            envelope = orjson.loads(raw)
        except orjson.JSONDecodeError:
            envelope = None
        status_code = envelope.get("statusCode") if type(envelope) is dict else None
        if status_code == 200 and http_status < 400:
            into = endpoint.into
            data = envelope.get("data")
            if into is None or into is Any:
                return data
            try:
                cached = self._structure_hooks.get(id(into))
                if cached is None or cached[0] is not into:
                    cached = self._structure_hooks[id(into)] = (
                        into,
                        converter.get_structure_hook(into),
                    )
                return cached[1](data, into)
            except Exception as exc:
                errors = (
                    cattrs.transform_error(exc)
                    if isinstance(exc, cattrs.BaseValidationError)
                    else [f"{type(exc).__name__}: {exc}"]
                )
                name = getattr(into, "__name__", str(into))
                request_id = envelope.get("requestId")
                return _Failure(
                    ResponseValidationError(
                        f"{endpoint.path}: data does not fit {name}",
                        errors=errors,
                        request_id=request_id if isinstance(request_id, str) else None,
                    ),
                    False,
                )
        retry_after = headers.get("Retry-After")
        if not isinstance(status_code, int) or isinstance(status_code, bool):
            kind = http_status if http_status >= 400 else 502
            err_cls = error_for_status(kind)
            err_cls = err_cls if err_cls is not GenAuthAPIError else ServerError
            error: GenAuthAPIError = err_cls(
                f"{endpoint.path}: GenAuth answered HTTP {http_status} with a body that is not "
                f"its JSON envelope: {_snippet(raw)}",
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
                "request_id": request_id if isinstance(request_id, str) else None,
            }
            text = message if isinstance(message, str) and message else "GenAuth call failed"
            text = f"{endpoint.path}: {text}"
            if err_cls is RateLimitError:
                error = RateLimitError(text, retry_after=_parse_retry_after(retry_after), **kwargs)
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


def unreachable(exc: BaseException) -> Literal["connect", "tls"] | None:
    """Whether ``exc`` says GenAuth's host could not be reached at all, for any call: "tls"
    (the TLS handshake or the certificate failed: e.g. https:// to an http port), "connect"
    (DNS failure, connection refused, connect timeout); None for anything else, such as a
    connection lost after the request was sent, which concerns that one call."""
    if not isinstance(exc, GenAuthConnectionError):
        return None
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return "tls"
    if isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError):
        return "connect"
    return None


_TOKEN_ENDPOINT: Endpoint[Any] = Endpoint.post("api/v3/get-management-token", Any, idempotent=True)


def _request_id(raw: bytes) -> str | None:
    """The envelope's requestId, for the debug log only (parsed again, only when it is on)."""
    try:
        envelope = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    rid = envelope.get("requestId") if isinstance(envelope, dict) else None
    return rid if isinstance(rid, str) else None
