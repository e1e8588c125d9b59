"""The management token: fetched once, shared, refreshed in the background before it expires.

- Concurrent callers share ONE in-flight token request (single flight).
- A background task refreshes the token at ``refresh_ratio`` (80%) of its lifetime, so callers
  on the hot path never wait for a token after the first one; never sooner than
  ``MIN_REFRESH_INTERVAL`` after the token arrived, whatever ``expires_in`` says (a server
  answering ``expires_in: 0.001`` does not get a token request every 0.8 s from an idle
  client; a call after such a token's end fetches one, shared, when it needs it).
- ``invalidate(token)`` drops the token only if it is still the current one: a burst of 401s
  from calls that used the same stale token causes one refresh, not one each.
- The headers for a token are built once, when the token arrives.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import orjson
from multidict import CIMultiDict, CIMultiDictProxy

from .errors import AuthenticationError, ClientClosedError, GenAuthError

__all__ = [
    "HEADER_SAFE",
    "MIN_REFRESH_INTERVAL",
    "Redacted",
    "Token",
    "TokenProvider",
    "userpool_id_from_jwt",
]

_log = logging.getLogger("genauth_async")

V = TypeVar("V")

#: the shortest time between a token's arrival and its background refresh, in seconds
MIN_REFRESH_INTERVAL = 10.0


class Redacted(Generic[V]):
    """A secret (the access key secret, the token request's body) held so that no repr shows
    it: a traceback rendered with its frames' locals (error trackers do that) gets
    ``<redacted>`` where a plain local would give the value."""

    __slots__ = ("value",)

    def __init__(self, value: V) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<redacted>"


#: POST body -> (access_token, expires_in seconds)
TokenFetcher = Callable[[], Awaitable[tuple[str, float]]]

#: what may go into a header value: visible ASCII, as in a JWT (a control character or a
#: non-ASCII one makes aiohttp raise ValueError when the request is sent)
HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def userpool_id_from_jwt(token: str) -> str | None:
    """The ``scoped_userpool_id`` claim of a JWT, decoded (not verified) with base64url."""
    try:
        payload = token.split(".")[1]
        claims = orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, orjson.JSONDecodeError):
        return None
    value = claims.get("scoped_userpool_id") if isinstance(claims, dict) else None
    return value if isinstance(value, str) and HEADER_SAFE.fullmatch(value) else None


@attrs.frozen(repr=False, eq=False)
class Token:
    """A management token and the request headers that carry it (built once)."""

    access_token: str
    userpool_id: str | None
    obtained_at: float  # time.monotonic()
    lifetime: float
    headers: Mapping[str, str]

    @property
    def expires_at(self) -> float:
        return self.obtained_at + self.lifetime

    def __repr__(self) -> str:
        return f"Token(userpool_id={self.userpool_id!r}, lifetime={self.lifetime:.0f}s, <redacted>)"


class TokenProvider:
    """Caches the management token, shares one fetch among callers, refreshes it early."""

    def __init__(
        self,
        fetch: TokenFetcher,
        base_headers: Mapping[str, str],
        *,
        refresh_ratio: float = 0.8,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if not 0 < refresh_ratio <= 0.9:
            raise ValueError(f"refresh_ratio must be in (0, 0.9], got {refresh_ratio!r}")
        self._fetch = fetch
        self._base_headers = dict(base_headers)
        self._refresh_ratio = refresh_ratio
        # what the refresh schedule runs on (a test drives both)
        self._clock = clock
        self._sleep = sleep
        self._token: Token | None = None
        self._inflight: asyncio.Task[Token] | None = None
        self._refresher: asyncio.Task[None] | None = None
        self._closed = False
        #: how many tokens this provider has obtained (for tests and metrics)
        self.tokens_fetched = 0

    def __repr__(self) -> str:
        return f"<TokenProvider has_token={self._token is not None} fetched={self.tokens_fetched}>"

    async def get(self) -> Token:
        return self.current() or await self._shared_fetch()

    def current(self) -> Token | None:
        """The cached token while it is still good to use, else None (no I/O, no await)."""
        token = self._token
        # a token is used until its refresh point plus half the remaining margin, so the
        # background refresher normally replaces it long before callers would have to wait
        if token is not None and self._clock() < token.obtained_at + token.lifetime * 0.95:
            return token
        return None

    @property
    def token(self) -> Token | None:
        """The cached token, even if it is due for a refresh (to redact it from messages)."""
        return self._token

    def invalidate(self, token: Token) -> None:
        """Forget ``token`` if it is still the current one (it was rejected by GenAuth)."""
        if self._token is token:
            self._token = None

    async def _shared_fetch(self) -> Token:
        if self._closed:
            raise ClientClosedError("the client is closed")
        task = self._inflight
        if task is None:
            task = asyncio.get_running_loop().create_task(self._fetch_token())
            self._inflight = task
            task.add_done_callback(self._fetch_done)
        # shield: one caller giving up must not cancel the fetch the others are waiting on
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            # aclose() cancelled the fetch, not this caller: a CancelledError here would
            # reach a task that nobody cancelled
            current = asyncio.current_task()
            if self._closed and task.cancelled() and (current is None or not current.cancelling()):
                raise ClientClosedError("the client was closed during the call") from None
            raise

    def _fetch_done(self, task: asyncio.Task[Token]) -> None:
        if self._inflight is task:
            self._inflight = None
        if not task.cancelled():
            task.exception()  # retrieved here so an unawaited failure is never logged as lost

    async def _fetch_token(self) -> Token:
        started = self._clock()
        access_token, expires_in = await self._fetch()
        if not access_token:
            raise AuthenticationError(
                "GenAuth returned an empty management token", status_code=500, http_status=200
            )
        if not HEADER_SAFE.fullmatch(access_token):
            raise AuthenticationError(
                "GenAuth returned a malformed management token (not visible ASCII)",
                status_code=500,
                http_status=200,
            )
        userpool_id = userpool_id_from_jwt(access_token)
        headers = dict(self._base_headers)
        headers["authorization"] = f"Bearer {access_token}"
        if userpool_id:
            headers["x-genauth-userpool-id"] = userpool_id
        token = Token(
            access_token=access_token,
            userpool_id=userpool_id,
            obtained_at=started,
            lifetime=max(float(expires_in), 1.0),
            # aiohttp takes a multidict as it is; a dict it converts again on every call
            headers=CIMultiDictProxy(CIMultiDict(headers)),
        )
        self._token = token
        self.tokens_fetched += 1
        if self._refresher is None and not self._closed:
            self._refresher = asyncio.get_running_loop().create_task(self._refresh_loop())
        _log.debug("management token obtained, lifetime %.0fs", token.lifetime)
        return token

    async def _refresh_loop(self) -> None:
        failures = 0
        while not self._closed:
            token = self._token
            if token is not None:
                interval = max(token.lifetime * self._refresh_ratio, MIN_REFRESH_INTERVAL)
                delay = token.obtained_at + interval - self._clock()
                if delay > 0:
                    await self._sleep(delay)
                if self._token is not token:  # replaced meanwhile (e.g. after a 401)
                    continue
            try:
                await self._shared_fetch()
                failures = 0
            except ClientClosedError:
                return
            except GenAuthError as exc:
                failures += 1
                backoff = min(2.0**failures, 60.0)
                _log.warning(
                    "management token refresh failed (%s); retrying in %.0fs",
                    type(exc).__name__,
                    backoff,
                )
                await self._sleep(backoff)

    def abandon(self) -> None:
        """Forget the token and the tasks of an event loop that is gone (nothing to cancel)."""
        self._closed = True
        self._refresher = self._inflight = None
        self._token = None

    async def aclose(self) -> None:
        self._closed = True
        tasks = [t for t in (self._refresher, self._inflight) if t is not None]
        self._refresher = self._inflight = None
        self._token = None
        for t in tasks:
            t.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def token_payload(access_key_id: str, access_key_secret: Redacted[str]) -> dict[str, Any]:
    return {"accessKeyId": access_key_id, "accessKeySecret": access_key_secret.value}
