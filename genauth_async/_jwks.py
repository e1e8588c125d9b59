"""Offline verification of GenAuth's JWTs with PyJWT: the provider's key set, cached.

- The key set (JWKS) is fetched once and kept for ``ttl`` seconds; once stale it is refreshed
  in the background while the keys in hand keep verifying.
- A token whose ``kid`` is unknown triggers at most one refetch per ``refetch_cooldown``
  (concurrent ones share it): a flood of made-up ``kid``s cannot turn into a flood of
  requests to the provider.
- When the provider cannot be reached the last good keys keep serving; a failed fetch is not
  tried again before the cooldown has passed.
- Only the allowlisted algorithms verify (RS256 and ES256 by default): never ``none``, never
  an HMAC algorithm keyed with a public key; a key is used only for its own algorithm.
- ``exp``, ``nbf``, ``iat``, ``aud`` and ``iss`` are checked against an injectable clock, with
  a leeway; a token larger than ``max_token_bytes`` is refused before it is parsed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import attrs
import jwt
import orjson
from jwt.exceptions import InvalidAlgorithmError, InvalidSignatureError, PyJWKError, PyJWTError

from .errors import (
    ClientClosedError,
    GenAuthError,
    MalformedTokenError,
    ServerError,
    TokenAudienceError,
    TokenExpiredError,
    TokenIssuerError,
    TokenNonceError,
    TokenNotYetValidError,
    TokenSignatureError,
    UnknownSigningKeyError,
)

__all__ = [
    "ALLOWED_ALGORITHMS",
    "DEFAULT_MAX_TOKEN_BYTES",
    "KeySet",
    "TokenClaims",
    "TokenVerifier",
]

_log = logging.getLogger("genauth_async")

#: the algorithms a token may be signed with; asymmetric only
ALLOWED_ALGORITHMS: tuple[str, ...] = ("RS256", "ES256")
#: a GenAuth access or ID token is 1-2 KiB; anything far larger is refused unparsed
DEFAULT_MAX_TOKEN_BYTES = 16 * 1024
#: the algorithm of a JWK that does not name one, by key type (and curve)
_ALGORITHM_OF_KEY: Mapping[tuple[Any, Any], str] = {
    ("RSA", None): "RS256",
    ("EC", "P-256"): "ES256",
}

JwksFetcher = Callable[[], Awaitable[Any]]


@attrs.frozen
class TokenClaims:
    """The verified claims of a token.

    The registered claims are attributes; ``claims`` holds every claim as sent (``name``,
    ``email``, ``roles``, ...). ``scopes`` is the ``scope`` claim split on spaces.
    """

    sub: str | None
    iss: str | None
    aud: tuple[str, ...]
    exp: float | None
    iat: float | None
    nbf: float | None
    scopes: frozenset[str]
    claims: Mapping[str, Any] = attrs.field(repr=False)

    def __getitem__(self, name: str) -> Any:
        return self.claims[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.claims.get(name, default)


def _seconds(name: str, value: object, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum:g}, got {value!r}")
    return float(value)


def _check_algorithms(algorithms: Iterable[str]) -> tuple[str, ...]:
    algs = tuple(algorithms)
    wrong = [a for a in algs if a not in ALLOWED_ALGORITHMS]
    if not algs or wrong:
        raise ValueError(
            f"algorithms must be taken from {', '.join(ALLOWED_ALGORITHMS)} "
            f"(asymmetric only), got {list(algs)!r}"
        )
    return algs


def parse_jwks(document: Any, algorithms: Iterable[str]) -> dict[str | None, jwt.PyJWK]:
    """The usable signing keys of a JWKS document, by ``kid``.

    Keys for another use, of another algorithm than allowed, or that PyJWT cannot load are
    skipped (a provider may publish encryption keys too). ServerError if the document is not
    a key set at all.
    """
    keys = document.get("keys") if isinstance(document, Mapping) else None
    if not isinstance(keys, list):
        raise ServerError("the JWKS document has no 'keys' array", status_code=502, http_status=200)
    allowed = set(algorithms)
    out: dict[str | None, jwt.PyJWK] = {}
    for jwk in keys:
        if not isinstance(jwk, Mapping) or jwk.get("use", "sig") != "sig":
            continue
        kty, crv = jwk.get("kty"), jwk.get("crv")
        alg = jwk.get("alg") or _ALGORITHM_OF_KEY.get((kty, crv if kty == "EC" else None))
        if alg not in allowed:
            continue
        kid = jwk.get("kid")
        if kid is not None and not isinstance(kid, str):
            continue
        try:
            out[kid] = jwt.PyJWK(dict(jwk), algorithm=alg)
        except (PyJWKError, PyJWTError, ValueError, TypeError):
            continue
    return out


class KeySet:
    """The provider's signing keys, fetched with ``fetch`` and cached (see module docstring).

    ``fetches`` counts the fetches attempted, for observability and tests.
    """

    def __init__(
        self,
        fetch: JwksFetcher,
        *,
        ttl: float = 600.0,
        refetch_cooldown: float = 30.0,
        algorithms: Iterable[str] = ALLOWED_ALGORITHMS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._fetch = fetch
        self._ttl = _seconds("jwks_ttl", ttl, 1.0)
        self._cooldown = _seconds("jwks_refetch_cooldown", refetch_cooldown)
        self._algorithms = _check_algorithms(algorithms)
        self._clock = clock
        self._keys: dict[str | None, jwt.PyJWK] = {}
        self._fresh_until = -math.inf  # when the keys in hand become stale
        self._next_attempt = -math.inf  # no fetch before this (after a failure)
        self._next_forced = -math.inf  # no refetch for an unknown kid before this
        self._last_error: GenAuthError | None = None
        self._inflight: asyncio.Future[None] | None = None
        self._closed = False
        self.fetches = 0

    @classmethod
    def static(cls, document: Any, *, algorithms: Iterable[str] = ALLOWED_ALGORITHMS) -> KeySet:
        """A key set that is exactly ``document`` (a JWKS as a dict) and is never fetched."""

        async def same() -> Any:
            return document

        keys = cls(same, algorithms=algorithms)
        keys._keys = parse_jwks(document, keys._algorithms)
        keys._fresh_until = math.inf
        keys._next_forced = math.inf
        return keys

    @property
    def kids(self) -> list[str | None]:
        """The ``kid``s of the keys in hand."""
        return list(self._keys)

    async def key(self, kid: str | None) -> jwt.PyJWK:
        """The key with that ``kid`` (fetched or refetched as the rules allow)."""
        now = self._clock()
        keys = self._keys
        if not keys:
            await self._fetch_now(now)
            keys = self._keys
        elif now >= self._fresh_until and now >= self._next_attempt and self._inflight is None:
            self._start_refresh()  # stale: refreshed behind the keys in hand
        found = keys.get(kid)
        if found is not None:
            return found
        if kid is None and len(keys) == 1:
            return next(iter(keys.values()))  # a key set of one key, a token without kid
        if self._inflight is not None:
            # a fetch is under way anyway: its keys may have this kid
            await asyncio.shield(self._inflight)
        elif now >= self._next_forced:
            self._next_forced = now + self._cooldown
            await self._fetch_now(now, keep_going=True)
        found = self._keys.get(kid)
        if found is None:
            shown = "no kid" if kid is None else f"kid {kid[:64]!a}"
            raise UnknownSigningKeyError(f"the token names a key ({shown}) the provider has not")
        return found

    async def _fetch_now(self, now: float, *, keep_going: bool = False) -> None:
        """Wait for a fetch (one shared by every caller); with no keys at all, its error."""
        if self._closed:
            raise ClientClosedError("the client is closed; its key set fetches no more")
        if self._inflight is None:
            if now < self._next_attempt and self._last_error is not None:
                if keep_going and self._keys:
                    return
                # failed a moment ago: not asked again before the cooldown
                raise _again(self._last_error)
            self._start_refresh()
        assert self._inflight is not None
        await asyncio.shield(self._inflight)
        if not self._keys and self._last_error is not None:
            raise _again(self._last_error)

    def _start_refresh(self) -> None:
        if self._closed:
            return
        self._inflight = asyncio.ensure_future(self._refresh())

    async def _refresh(self) -> None:
        self.fetches += 1
        try:
            document = await self._fetch()
            keys = parse_jwks(document, self._algorithms)
            if not keys:
                raise ServerError(
                    "the JWKS has no usable signing key", status_code=502, http_status=200
                )
        except GenAuthError as exc:
            self._last_error = exc
            self._next_attempt = self._clock() + self._cooldown
            if self._keys:
                _log.warning(
                    "could not refresh the token signing keys (%s); the %d keys in hand keep "
                    "verifying",
                    type(exc).__name__,
                    len(self._keys),
                )
        else:
            self._keys = keys
            self._last_error = None
            self._fresh_until = self._clock() + self._ttl
        finally:
            self._inflight = None

    async def aclose(self) -> None:
        """Stop a background refresh; the key set fetches nothing more."""
        self._closed = True
        inflight, self._inflight = self._inflight, None
        if inflight is not None:
            inflight.cancel()
            with contextlib.suppress(BaseException):
                await inflight


def _again(error: GenAuthError) -> GenAuthError:
    """The remembered fetch error, raised afresh: raising the one instance again and again
    would grow its traceback with every caller."""
    fresh = copy.copy(error)
    fresh.__cause__ = error.__cause__
    return fresh.with_traceback(None)


_UNSET: Any = object()


class TokenVerifier:
    """Verifies JWTs offline against a :class:`KeySet`.

    Args:
        keys: where the signing keys come from.
        audience: the ``aud`` a token must carry (one of, when it carries several); None to
            skip the check.
        issuer: the ``iss`` a token must carry; None to skip the check.
        leeway: seconds of clock skew allowed on ``exp``, ``nbf`` and ``iat`` (default 30).
        max_token_bytes: larger tokens are refused unparsed (default 16 KiB).
        algorithms: allowed signature algorithms, among RS256 and ES256.
        clock: the time source (``time.time``), for tests.
    """

    def __init__(
        self,
        keys: KeySet,
        *,
        audience: str | None = None,
        issuer: str | None = None,
        leeway: float = 30.0,
        max_token_bytes: int = DEFAULT_MAX_TOKEN_BYTES,
        algorithms: Iterable[str] = ALLOWED_ALGORITHMS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(max_token_bytes, bool) or not isinstance(max_token_bytes, int):
            raise TypeError(f"max_token_bytes must be an int, got {max_token_bytes!r}")
        if max_token_bytes < 256:
            raise ValueError(f"max_token_bytes must be >= 256, got {max_token_bytes}")
        self.keys = keys
        self.audience = audience
        self.issuer = issuer
        self._leeway = _seconds("leeway", leeway)
        self._max_bytes = max_token_bytes
        self._algorithms = _check_algorithms(algorithms)
        self._clock = clock

    def with_keys(self, keys: KeySet) -> TokenVerifier:
        """The same checks against another key set."""
        other = copy.copy(self)
        other.keys = keys
        return other

    async def verify(
        self,
        token: str,
        *,
        audience: str | None = _UNSET,
        issuer: str | None = _UNSET,
        nonce: str | None = None,
    ) -> TokenClaims:
        """The token's claims once its signature, algorithm and claims check out.

        ``audience``/``issuer`` override the verifier's for this call; ``nonce`` is checked
        against an ID token's ``nonce`` claim when given. A failure raises a subclass of
        :class:`~genauth_async.errors.TokenVerificationError`.
        """
        if not isinstance(token, str):
            raise TypeError(f"token must be a str, got {type(token).__name__}")
        if len(token) > self._max_bytes:
            raise MalformedTokenError(
                f"the token is {len(token):,} bytes, more than max_token_bytes "
                f"({self._max_bytes:,})"
            )
        header = _header(token)
        alg = header.get("alg")
        if alg not in self._algorithms:
            raise TokenSignatureError(
                f"the token's algorithm {ascii(alg)[:40]} is not allowed "
                f"(allowed: {', '.join(self._algorithms)})"
            )
        kid = header.get("kid")
        if kid is not None and not isinstance(kid, str):
            raise MalformedTokenError("the token's kid is not a string")
        key = await self.keys.key(kid)
        if key.algorithm_name != alg:
            raise TokenSignatureError(
                f"the token says {alg} but its key is for {key.algorithm_name}"
            )
        try:
            payload: dict[str, Any] = jwt.decode(
                token, key, algorithms=[alg], options=_SIGNATURE_ONLY
            )
        except (InvalidSignatureError, InvalidAlgorithmError):
            raise TokenSignatureError("the token's signature does not verify") from None
        except PyJWTError as exc:
            raise MalformedTokenError(f"the token cannot be read: {type(exc).__name__}") from None
        return self._check_claims(
            payload,
            self.audience if audience is _UNSET else audience,
            self.issuer if issuer is _UNSET else issuer,
            nonce,
        )

    def _check_claims(
        self, payload: dict[str, Any], audience: str | None, issuer: str | None, nonce: str | None
    ) -> TokenClaims:
        now = self._clock()
        leeway = self._leeway
        exp = _time_claim(payload, "exp")
        nbf = _time_claim(payload, "nbf")
        iat = _time_claim(payload, "iat")
        if exp is None:
            raise MalformedTokenError("the token has no exp claim")
        if exp <= now - leeway:
            raise TokenExpiredError(f"the token expired {now - exp:.0f} s ago")
        if nbf is not None and nbf > now + leeway:
            raise TokenNotYetValidError(f"the token is not valid for {nbf - now:.0f} s more")
        if iat is not None and iat > now + leeway:
            raise TokenNotYetValidError(f"the token was issued {iat - now:.0f} s in the future")
        raw_aud = payload.get("aud")
        if raw_aud is None:
            aud: tuple[str, ...] = ()
        elif isinstance(raw_aud, str):
            aud = (raw_aud,)
        elif isinstance(raw_aud, list) and all(isinstance(a, str) for a in raw_aud):
            aud = tuple(raw_aud)
        else:
            raise MalformedTokenError("the token's aud is neither a string nor strings")
        if audience is not None and audience not in aud:
            raise TokenAudienceError("the token is not meant for this audience")
        iss = payload.get("iss")
        if iss is not None and not isinstance(iss, str):
            raise MalformedTokenError("the token's iss is not a string")
        if issuer is not None and iss != issuer:
            raise TokenIssuerError(f"the token was not issued by {issuer}")
        if nonce is not None and payload.get("nonce") != nonce:
            raise TokenNonceError("the ID token's nonce is not the one sent")
        sub = payload.get("sub")
        if sub is not None and not isinstance(sub, str):
            raise MalformedTokenError("the token's sub is not a string")
        scope = payload.get("scope")
        scopes = frozenset(scope.split()) if isinstance(scope, str) else frozenset()
        return TokenClaims(
            sub=sub, iss=iss, aud=aud, exp=exp, iat=iat, nbf=nbf, scopes=scopes, claims=payload
        )


#: PyJWT checks the signature and that the payload is a JSON object; the claims are checked
#: here, against the verifier's clock
_SIGNATURE_ONLY: Any = {
    "verify_signature": True,
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
    "verify_aud": False,
    "verify_iss": False,
    "verify_sub": False,
    "verify_jti": False,
}


#: a base64url segment, without padding
_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")


def _header(token: str) -> dict[str, Any]:
    """The JOSE header, read only to pick the key: PyJWT reads it again and verifies with
    that key and the header's algorithm, so a header read differently here cannot pass.
    (PyJWT's own ``get_unverified_header`` decodes the whole token a second time.)"""
    head, dot, _ = token.partition(".")
    if not dot or not _SEGMENT.fullmatch(head):
        raise MalformedTokenError("the token is not a JWS compact JWT")
    try:
        header = orjson.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    except (ValueError, orjson.JSONDecodeError):
        raise MalformedTokenError("the token's header is not base64url JSON") from None
    if not isinstance(header, dict):
        raise MalformedTokenError("the token's header is not a JSON object")
    return header


def _time_claim(payload: Mapping[str, Any], name: str) -> float | None:
    value = payload.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MalformedTokenError(f"the token's {name} is not a number")
    return float(value)
