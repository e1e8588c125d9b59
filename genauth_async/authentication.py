"""``AsyncAuthenticationClient``: the end-user half of GenAuth, OIDC/OAuth and token checks.

The protocol endpoints (``/oidc/*``, ``/oauth/*``) answer plain JSON, not GenAuth's envelope:
they go through the transport's ``protocol_request`` (same session, pool, timeouts, size
limit and typed errors as the management client). Tokens are verified offline by
:class:`~genauth_async._jwks.TokenVerifier` against the application's cached key set.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import secrets
import ssl as _ssl
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Self

import aiohttp
import attrs

from ._auth import HEADER_SAFE, Redacted
from ._jwks import (
    ALLOWED_ALGORITHMS,
    DEFAULT_MAX_TOKEN_BYTES,
    KeySet,
    TokenClaims,
    TokenVerifier,
)
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy, Transport
from .api._authentication_patch import AuthenticationCustomizations
from .client import _ClientLifecycle, _connection_options
from .errors import ServerError
from .events import (
    Event,
    EventStreamAPI,
    EventSubscription,
    _Endpoint,
    _user_events_endpoint,
)

__all__ = [
    "AsyncAuthenticationClient",
    "TokenSet",
    "code_challenge_s256",
    "generate_code_verifier",
    "generate_nonce",
    "generate_state",
]

_log = logging.getLogger("genauth_async")

DEFAULT_APP_HOST = "https://api.genauth.ai"
#: explicit, unlike aiohttp's own default of 300 s in total
DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=10.0, sock_connect=5.0)
PROTOCOLS = ("oidc", "oauth", "saml", "cas")
CLIENT_AUTH_METHODS = ("client_secret_post", "client_secret_basic", "none")
_JWKS_PATH = "oidc/.well-known/jwks.json"
_DISCOVERY_PATH = "oidc/.well-known/openid-configuration"
#: RFC 7636: a verifier is 43 to 128 characters of [A-Za-z0-9-._~]
_VERIFIER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def generate_state() -> str:
    """A fresh ``state`` for an authorization request (from ``secrets``: unguessable)."""
    return secrets.token_urlsafe(24)


def generate_nonce() -> str:
    """A fresh ``nonce`` for an authorization request; check it with ``verify_id_token``."""
    return secrets.token_urlsafe(24)


def generate_code_verifier(length: int = 64) -> str:
    """A PKCE ``code_verifier``: ``length`` (43 to 128) URL-safe characters from ``secrets``."""
    if isinstance(length, bool) or not isinstance(length, int) or not 43 <= length <= 128:
        raise ValueError(f"length must be an int from 43 to 128, got {length!r}")
    return secrets.token_urlsafe(length)[:length]


def code_challenge_s256(code_verifier: str) -> str:
    """The PKCE S256 ``code_challenge`` of a verifier: base64url(sha256(verifier))."""
    if (
        not isinstance(code_verifier, str)
        or not 43 <= len(code_verifier) <= 128
        or not set(code_verifier) <= _VERIFIER_CHARS
    ):
        raise ValueError("a code_verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~")
    digest = hashlib.sha256(code_verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _hidden(value: object) -> str:
    return "<redacted>" if value else repr(value)


@attrs.frozen(repr=False)
class TokenSet:
    """What the token endpoint answers. Also readable as a dict (``tokens["access_token"]``),
    as the official SDK returns it; the repr never shows a token."""

    access_token: str
    token_type: str | None
    expires_in: int | None
    scope: str | None
    id_token: str | None
    refresh_token: str | None
    raw: Mapping[str, Any]

    @classmethod
    def from_response(cls, data: Any, path: str) -> TokenSet:
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise ServerError(
                f"{path}: the answer has no access_token", status_code=502, http_status=200
            )

        def text(name: str) -> str | None:
            value = data.get(name)
            return value if isinstance(value, str) else None

        expires_in = data.get("expires_in")
        return cls(
            access_token=data["access_token"],
            token_type=text("token_type"),
            expires_in=expires_in
            if isinstance(expires_in, int) and not isinstance(expires_in, bool)
            else None,
            scope=text("scope"),
            id_token=text("id_token"),
            refresh_token=text("refresh_token"),
            raw=data,
        )

    def __getitem__(self, name: str) -> Any:
        return self.raw[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.raw.get(name, default)

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_token={_hidden(self.access_token)}, "
            f"id_token={_hidden(self.id_token)}, refresh_token={_hidden(self.refresh_token)}, "
            f"token_type={self.token_type!r}, expires_in={self.expires_in!r}, "
            f"scope={self.scope!r})"
        )


_DEFAULT: Any = object()


class AsyncAuthenticationClient(AuthenticationCustomizations, EventStreamAPI, _ClientLifecycle):
    """The asyncio client of GenAuth's authentication side, for one application.

    The end user's v3 calls (sign-in and sign-up, profile, factors, devices, permissions) are
    generated from ``spec/genauth-authentication.openapi.json`` (``api/authentication.py``, with
    the official shortcuts over them in ``api/_authentication_patch.py``); the
    protocol flows and token checks are written here.

    The first sixteen arguments are the official ``AuthenticationClient``'s, in its order.
    One client serves every end user of a server: end-user tokens are never stored on it but
    passed per call, or bound to a cheap view with :meth:`with_access_token` (which shares the
    session, the key set and the discovery document).

    Args:
        app_id: the application id (the ``aud`` of its tokens).
        app_host: the application's host, e.g. ``https://myapp.genauth.ai``.
        app_secret: the application secret (for ``client_secret_post``/``_basic``). Never
            logged.
        access_token: an end user's token, for single-user scripts (see
            :meth:`set_access_token`).
        timeout: seconds, or an ``aiohttp.ClientTimeout``, per attempt (default 10 s).
        protocol: ``oidc`` (default), ``oauth``, ``saml`` or ``cas``.
        token_endpoint_auth_method, introspection_endpoint_auth_method,
        revocation_endpoint_auth_method: ``client_secret_post`` (default),
            ``client_secret_basic`` (the ``Authorization: Basic`` header) or ``none``.
        redirect_uri, post_logout_redirect_uri: the application's callback URLs.
        use_unverified_ssl: turns certificate checks off (logged as a WARNING).
        lang: ``x-genauth-lang`` (default ``zh-CN``).
        websocket_host, websocket_endpoint: the authentication event stream.
        real_ip: sent as ``x-real-ip``.
        session: an ``aiohttp.ClientSession`` to share (e.g. with the management client's);
            never closed by this client.
        issuer: the ``iss`` tokens must carry (default: the discovery document's).
        leeway: seconds of clock skew allowed on ``exp``/``nbf``/``iat`` (default 30).
        jwks_ttl: seconds the key set is kept before a background refresh (default 600).
        jwks_refetch_cooldown: at most one refetch per this many seconds for unknown ``kid``s
            and after a failed fetch (default 30).
        max_token_bytes: larger tokens are refused unparsed (default 16 KiB).
        algorithms: allowed token algorithms, among RS256 and ES256 (default both).
        clock: the time source for token checks and the key set's TTL (``time.time``).
        deadline, max_response_bytes, max_retries, retry, verify_ssl, ssl, proxy, trust_env,
        trace_configs, connection_limit, tracer_provider, meter_provider,
        otel_record_arguments, strict_responses: as for ``AsyncManagementClient``.
    """

    def __init__(
        self,
        app_id: str,
        app_host: str | None = None,
        app_secret: str | None = None,
        access_token: str | None = None,
        timeout: float | aiohttp.ClientTimeout = DEFAULT_TIMEOUT,
        protocol: str | None = None,
        token_endpoint_auth_method: str | None = None,
        introspection_endpoint_auth_method: str | None = None,
        revocation_endpoint_auth_method: str | None = None,
        redirect_uri: str | None = None,
        post_logout_redirect_uri: str | None = None,
        use_unverified_ssl: bool = False,
        lang: str | None = None,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        real_ip: str | None = None,
        *,
        session: aiohttp.ClientSession | None = None,
        issuer: str | None = None,
        leeway: float = 30.0,
        jwks_ttl: float = 600.0,
        jwks_refetch_cooldown: float = 30.0,
        max_token_bytes: int = DEFAULT_MAX_TOKEN_BYTES,
        algorithms: Iterable[str] = ALLOWED_ALGORITHMS,
        clock: Callable[[], float] = time.time,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        verify_ssl: bool = True,
        ssl: _ssl.SSLContext | None = None,
        proxy: str | None = None,
        trust_env: bool = False,
        trace_configs: list[aiohttp.TraceConfig] | None = None,
        connection_limit: int = 100,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        otel_record_arguments: bool = False,
        strict_responses: bool = False,
    ) -> None:
        # held redacted from here on: a traceback rendered with its frames' locals must not
        # show the secret or the token
        secret: Redacted[str | None] = Redacted(app_secret)
        user_token: Redacted[str | None] = Redacted(access_token)
        del app_secret, access_token
        if not isinstance(app_id, str) or not HEADER_SAFE.fullmatch(app_id):
            raise ValueError("app_id is required: visible ASCII without spaces")
        app_host = (app_host or DEFAULT_APP_HOST).rstrip("/")
        if not app_host.startswith(("https://", "http://")):
            raise ValueError(f"app_host must start with https:// or http://, got {app_host!r}")
        protocol = protocol or "oidc"
        if protocol not in PROTOCOLS:
            raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)}, got {protocol!r}")
        methods = []
        for name, value in (
            ("token_endpoint_auth_method", token_endpoint_auth_method),
            ("introspection_endpoint_auth_method", introspection_endpoint_auth_method),
            ("revocation_endpoint_auth_method", revocation_endpoint_auth_method),
        ):
            value = value or "client_secret_post"
            if value not in CLIENT_AUTH_METHODS:
                raise ValueError(
                    f"{name} must be one of {', '.join(CLIENT_AUTH_METHODS)}, got {value!r}"
                )
            methods.append(value)
        if secret.value is not None and not isinstance(secret.value, str):
            raise TypeError("app_secret must be a str (the value is not shown)")
        timeout, retry, ssl_arg, common = _connection_options(
            app_host,
            timeout=timeout,
            lang=lang,
            max_retries=max_retries,
            retry=retry,
            use_unverified_ssl=use_unverified_ssl,
            verify_ssl=verify_ssl,
            ssl=ssl,
            session=session,
            calls="sign-ins and tokens",
        )
        headers = {"x-genauth-app-id": app_id, "x-genauth-request-from": "sdk", **common}
        if real_ip:
            headers["x-real-ip"] = real_ip
        self.app_id = app_id
        self.app_host = app_host
        self.protocol = protocol
        self.token_endpoint_auth_method = methods[0]
        self.introspection_endpoint_auth_method = methods[1]
        self.revocation_endpoint_auth_method = methods[2]
        self.redirect_uri = redirect_uri
        self.post_logout_redirect_uri = post_logout_redirect_uri
        self.lang = headers["x-genauth-lang"]
        self.websocket_host = websocket_host or "wss://events.genauth.ai"
        self.websocket_endpoint = websocket_endpoint or "/events/v1/authentication/sub"
        self.real_ip = real_ip
        self._events = _user_events_endpoint(
            self.websocket_host, self.websocket_endpoint, headers["user-agent"]
        )
        # shared with the views, which subscribe for their user
        self._subscriptions: set[EventSubscription] = set()
        self._secret = secret
        self._user_token = user_token
        # shared with the views: one discovery document, one issuer
        self._shared: dict[str, Any] = {"issuer": issuer, "discovery": None}
        self._is_view = False
        self._transport = Transport(
            host=app_host,
            # the application's pair: the transport never asks for a management token with
            # it, but scrubs the secret from any server text it quotes
            access_key_id=app_id,
            access_key_secret=Redacted(secret.value or ""),
            headers=headers,
            timeout=timeout,
            retry=retry,
            session=session,
            connector_limit=connection_limit,
            proxy=proxy,
            ssl=ssl_arg,
            trust_env=trust_env,
            trace_configs=trace_configs,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
            otel_record_arguments=otel_record_arguments,
            strict_responses=bool(strict_responses),
        )
        self._keys = KeySet(
            self._fetch_jwks,
            ttl=jwks_ttl,
            refetch_cooldown=jwks_refetch_cooldown,
            algorithms=algorithms,
            clock=clock,
        )
        self._verifier = TokenVerifier(
            self._keys,
            audience=app_id,
            leeway=leeway,
            max_token_bytes=max_token_bytes,
            algorithms=algorithms,
            clock=clock,
        )

    def __repr__(self) -> str:
        transport = getattr(self, "_transport", None)
        if transport is None:
            return "<AsyncAuthenticationClient (not constructed)>"
        kind = " user view" if self._is_view else ""
        state = "closed" if transport.closed else "open"
        return f"<AsyncAuthenticationClient{kind} app_id={self.app_id!r} {state}>"

    def __reduce__(self) -> Any:
        raise TypeError("AsyncAuthenticationClient cannot be pickled (it holds a live session)")

    # -- lifetime --------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._transport.closed

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The aiohttp session in use (``None`` until the first call)."""
        return self._transport.session

    async def close(self) -> None:
        """Stop the key set's refresh and close the session (unless it was given to us).
        A view from :meth:`with_access_token` closes nothing: close the client."""
        if self._is_view:
            return
        await self._close_subscriptions()
        await self._keys.aclose()
        await self._transport.aclose()

    aclose = close

    # -- the authentication event stream -------------------------------------------------------

    def _event_endpoint(self) -> _Endpoint:
        # the end user's token authorizes the socket (as the ``token`` query parameter, as
        # GenAuth takes it); never logged, nor shown in a repr or an error
        return attrs.evolve(self._events, token=self._token_for(None, required=True))

    def subscribe(
        self, event_code: str, *, access_token: str | None = None, **options: Any
    ) -> EventSubscription:
        """Subscribe to the events of ``event_code`` as an end user: an async context manager
        and iterator (see ``AsyncManagementClient.subscribe`` for ``options``). The user's
        token: ``access_token``, else the view's or the client's."""
        client = self if access_token is None else self.with_access_token(access_token)
        return EventStreamAPI.subscribe(client, event_code, **options)

    async def sub_event(
        self,
        event_code: str,
        callback: Callable[[Event], Awaitable[object] | object],
        *,
        access_token: str | None = None,
        **options: Any,
    ) -> None:
        """Call ``callback(event)`` for every event of ``event_code`` published to the end
        user, until cancelled or the client closes (the official name; ``callback`` may be a
        coroutine function). The user's token: ``access_token``, else the view's or the
        client's; ``options`` are those of :meth:`subscribe`."""
        client = self if access_token is None else self.with_access_token(access_token)
        await EventStreamAPI.sub_event(client, event_code, callback, **options)

    # -- end users' tokens -------------------------------------------------------------------

    def with_access_token(self, access_token: str) -> Self:
        """A view of this client acting for one end user: calls that need a user's token use
        ``access_token``. Cheap (no new session, key set or discovery); make one per request.
        """
        _check_token(access_token, "access_token")
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view._user_token = Redacted(access_token)
        view._is_view = True
        return view

    def set_access_token(self, access_token: str | None) -> None:
        """Store an end user's token on this client, as the official SDK does.

        Meant for single-user scripts only: in a server one client serves every user, and a
        token stored here would be sent for whoever calls next. Pass ``access_token=`` per
        call, or use :meth:`with_access_token`, instead.
        """
        if access_token is not None:
            _check_token(access_token, "access_token")
        self._user_token = Redacted(access_token)

    def _bearer(self, access_token: str | None) -> Redacted[Mapping[str, str]]:
        token = self._token_for(access_token, required=True)
        return Redacted({"authorization": f"Bearer {token}"})

    def _user_headers(
        self, access_token: str | None, required: bool
    ) -> Redacted[Mapping[str, str]]:
        # the v3 routes take the token as it is, without "Bearer " (as both official SDKs
        # send it); no token: the client's headers only
        token = self._token_for(access_token, required=required)
        return Redacted({} if token is None else {"authorization": token})

    def _sign_in_headers(self, access_token: str | None) -> Redacted[Mapping[str, str]]:
        if self.token_endpoint_auth_method == "client_secret_basic":
            if not self._secret.value:
                raise ValueError("app_secret is required for client_secret_basic")
            return Redacted({"authorization": self._basic()})
        return self._user_headers(access_token, False)

    def _token_for(self, access_token: str | None, *, required: bool) -> str | None:
        """The end user's token for a call: ``access_token``, else the view's or the
        client's (None if there is none and none is ``required``)."""
        if access_token is None:
            access_token = self._user_token.value
        if access_token is None:
            if not required:
                return None
            raise ValueError("no access token: pass access_token=, or use with_access_token(token)")
        _check_token(access_token, "access_token")
        return access_token

    # -- client authentication ----------------------------------------------------------------

    def _client_auth(
        self, method: str, form: dict[str, str]
    ) -> tuple[Redacted[Mapping[str, str]], Redacted[Mapping[str, str]]]:
        """``form`` with the client's credentials added (``client_secret_post``, ``none``),
        and the headers (``client_secret_basic``); both wrapped, as they carry the secret."""
        if method != "none" and not self._secret.value:
            raise ValueError(f"app_secret is required for {method}")
        if method == "client_secret_basic":
            # RFC 6749 2.3.1: both form-encoded before they are joined
            return Redacted(form), Redacted({"authorization": self._basic()})
        form = {**form, "client_id": self.app_id}
        if method == "client_secret_post":
            form["client_secret"] = self._secret.value or ""
        return Redacted(form), Redacted({})

    def _basic(self) -> str:
        pair = f"{urllib.parse.quote_plus(self.app_id)}:"
        pair += urllib.parse.quote_plus(self._secret.value or "")
        return "Basic " + base64.b64encode(pair.encode()).decode()

    async def _client_call(
        self, tail: str, form: dict[str, str], method: str, timeout: Any, deadline: float | None
    ) -> Any:
        """POST ``form`` to a protocol endpoint, authenticated as the client by ``method``."""
        body, headers = self._client_auth(method, form)
        return await self._transport.protocol_request(
            "POST",
            self._path(tail),
            form=body,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            text=tail == "token/revocation",
        )

    def _path(self, tail: str) -> str:
        if self.protocol not in ("oidc", "oauth"):
            raise ValueError(f"this call needs protocol oidc or oauth, not {self.protocol}")
        return f"{self.protocol}/{tail}"

    async def _token_request(
        self, form: dict[str, str], timeout: Any, deadline: float | None
    ) -> TokenSet:
        method = self.token_endpoint_auth_method
        data = await self._client_call("token", form, method, timeout, deadline)
        return TokenSet.from_response(data, self._path("token"))

    # -- OIDC / OAuth --------------------------------------------------------------------------

    async def discovery(self) -> dict[str, Any]:
        """The OpenID provider's discovery document, fetched once and cached (a failed fetch
        is tried again by the next call)."""
        pending: asyncio.Future[dict[str, Any]] | None = self._shared["discovery"]
        if pending is None or (pending.done() and pending.exception() is not None):
            pending = self._shared["discovery"] = asyncio.ensure_future(self._fetch_discovery())
        return await asyncio.shield(pending)

    async def _fetch_discovery(self) -> dict[str, Any]:
        data = await self._transport.protocol_request("GET", _DISCOVERY_PATH)
        if not isinstance(data, dict) or not isinstance(data.get("issuer"), str):
            raise ServerError(
                f"{_DISCOVERY_PATH}: not a discovery document", status_code=502, http_status=200
            )
        return data

    async def _fetch_jwks(self) -> Any:
        return await self._transport.protocol_request("GET", _JWKS_PATH)

    def build_authorize_url(
        self,
        redirect_uri: str | None = None,
        response_type: str | None = None,
        response_mode: str | None = None,
        state: str | None = None,
        nonce: str | None = None,
        scope: str | None = None,
        code_challenge_method: str | None = None,
        code_challenge: str | None = None,
        service: str | None = None,
    ) -> str:
        """The URL to send the user's browser to, to sign in.

        ``state`` and ``nonce`` default to fresh values from ``secrets``, but then the caller
        cannot check them: pass your own (:func:`generate_state`, :func:`generate_nonce`),
        and keep them in the user's session with the PKCE verifier.
        """
        host = self.app_host
        if self.protocol == "saml":
            return f"{host}/api/v2/saml-idp/{urllib.parse.quote(self.app_id, safe='')}"
        if self.protocol == "cas":
            base = f"{host}/cas-idp/{urllib.parse.quote(self.app_id, safe='')}"
            return f"{base}?{urllib.parse.urlencode({'service': service or ''})}"
        params: dict[str, str | None] = {
            "client_id": self.app_id,
            "redirect_uri": redirect_uri or self.redirect_uri,
            "state": state or generate_state(),
        }
        if not params["redirect_uri"]:
            raise ValueError("redirect_uri is required (here or in the constructor)")
        if self.protocol == "oauth":
            response_type = response_type or "code"
            if response_type not in ("code", "token"):
                raise ValueError("response_type must be code or token")
            params.update(scope=scope or "user", response_type=response_type)
            return f"{host}/oauth/auth?{_query(params)}"
        scope = scope or "openid profile email phone address"
        params.update(
            scope=scope,
            response_type=response_type or "code",
            response_mode=response_mode,
            nonce=nonce or generate_nonce(),
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method
            or ("S256" if code_challenge is not None else None),
        )
        if "offline_access" in scope.split():
            params["prompt"] = "consent"
        return f"{host}/oidc/auth?{_query(params)}"

    def generate_code_challenge(self, length: int = 43) -> str:
        """A PKCE code verifier (the official SDK's name): ``length`` random characters."""
        return generate_code_verifier(length)

    def generate_code_challenge_digest(self, code_challenge: str, method: str | None = None) -> str:
        """The ``code_challenge`` sent for a verifier: S256 (default) or plain."""
        method = method or "S256"
        if method == "S256":
            return code_challenge_s256(code_challenge)
        if method == "plain":
            return code_challenge
        raise ValueError("method must be S256 or plain")

    def build_logout_url(
        self,
        redirect_uri: str | None = None,
        id_token: str | None = None,
        state: str | None = None,
    ) -> str:
        """The URL that ends the user's session at GenAuth, then goes to ``redirect_uri``."""
        host = self.app_host
        if self.protocol == "oidc":
            target = redirect_uri or self.post_logout_redirect_uri
            params: dict[str, str | None] = {
                "id_token_hint": id_token,
                "post_logout_redirect_uri": target,
                # without an id_token the provider knows the client by its id
                "client_id": self.app_id if target and not id_token else None,
                "state": state,
            }
            query = _query(params)
            return f"{host}/oidc/session/end" + (f"?{query}" if query else "")
        if self.protocol == "cas":
            query = _query({"url": redirect_uri})
            return f"{host}/cas-idp/logout" + (f"?{query}" if query else "")
        query = _query({"redirect_uri": redirect_uri, "state": state})
        return f"{host}/login/profile/logout" + (f"?{query}" if query else "")

    async def get_access_token_by_code(
        self,
        code: str,
        code_verifier: str | None = None,
        *,
        redirect_uri: str | None = None,
        timeout: Any = None,
        deadline: float | None = None,
    ) -> TokenSet:
        """Exchange an authorization code (and its PKCE verifier) for the user's tokens."""
        _check_token(code, "code")
        target = redirect_uri or self.redirect_uri
        if not target:
            raise ValueError("redirect_uri is required (here or in the constructor)")
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": target}
        if code_verifier is not None:
            form["code_verifier"] = code_verifier
        return await self._token_request(form, timeout, deadline)

    async def get_new_access_token_by_refresh_token(
        self, refresh_token: str, *, timeout: Any = None, deadline: float | None = None
    ) -> TokenSet:
        """New tokens for a refresh token (scope ``offline_access``)."""
        _check_token(refresh_token, "refresh_token")
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return await self._token_request(form, timeout, deadline)

    async def get_access_token_by_client_credentials(
        self,
        scope: str,
        access_key: str,
        access_secret: str,
        *,
        timeout: Any = None,
        deadline: float | None = None,
    ) -> TokenSet:
        """A machine-to-machine token for a programmatic access account."""
        if not scope:
            raise ValueError("scope is required: the permissions asked for, space-separated")
        if not access_key or not access_secret:
            raise ValueError("access_key and access_secret are required")
        # wrapped, and the argument dropped: a traceback rendered with its frames' locals
        # shows <redacted>
        form: Redacted[Mapping[str, str]] = Redacted(
            {
                "grant_type": "client_credentials",
                "scope": scope,
                "client_id": access_key,
                "client_secret": access_secret,
            }
        )
        del access_secret
        path = self._path("token")
        data = await self._transport.protocol_request(
            "POST", path, form=form, timeout=timeout, deadline=deadline
        )
        return TokenSet.from_response(data, path)

    async def get_user_info_by_access_token(
        self, access_token: str | None = None, *, timeout: Any = None, deadline: float | None = None
    ) -> dict[str, Any]:
        """The user's claims from the userinfo endpoint (the view's token if none given)."""
        data = await self._transport.protocol_request(
            "POST",
            self._path("me"),
            headers=self._bearer(access_token),
            timeout=timeout,
            deadline=deadline,
        )
        if not isinstance(data, dict):
            raise ServerError(
                "userinfo: the answer is not an object", status_code=502, http_status=200
            )
        return data

    async def introspect_token(
        self, token: str, *, timeout: Any = None, deadline: float | None = None
    ) -> dict[str, Any]:
        """Ask GenAuth whether an access or refresh token is active (``{"active": ...}``)."""
        _check_token(token, "token")
        method = self.introspection_endpoint_auth_method
        data = await self._client_call(
            "token/introspection", {"token": token}, method, timeout, deadline
        )
        if not isinstance(data, dict):
            raise ServerError(
                "introspection: the answer is not an object", status_code=502, http_status=200
            )
        return data

    async def revoke_token(
        self, token: str, *, timeout: Any = None, deadline: float | None = None
    ) -> bool:
        """Revoke an access or refresh token; True once GenAuth accepted it."""
        _check_token(token, "token")
        method = self.revocation_endpoint_auth_method
        await self._client_call("token/revocation", {"token": token}, method, timeout, deadline)
        return True

    async def validate_ticket_v1(
        self, ticket: str, service: str, *, timeout: Any = None, deadline: float | None = None
    ) -> dict[str, Any]:
        """Validate a CAS 1.0 service ticket: ``{"valid": True, "username": ...}``, or
        ``{"valid": False, "message": ...}``. A ticket is good for one validation."""
        _check_token(ticket, "ticket")
        if not service:
            raise ValueError("service is required: the CAS service URL the ticket was for")
        text = await self._transport.protocol_request(
            "GET",
            f"cas-idp/{urllib.parse.quote(self.app_id, safe='')}/validate",
            query={"service": service, "ticket": ticket},
            timeout=timeout,
            deadline=deadline,
            text=True,
        )
        answer, _, rest = text.partition("\n")
        username = rest.partition("\n")[0].strip()
        if answer.strip() == "yes":
            result: dict[str, Any] = {"valid": True}
            if username:
                result["username"] = username
            return result
        return {"valid": False, "message": "ticket is not valid"}

    # -- offline verification ----------------------------------------------------------------

    async def _expected_issuer(self) -> str:
        issuer: str | None = self._shared["issuer"]
        if issuer is None:
            issuer = self._shared["issuer"] = str((await self.discovery())["issuer"])
        return issuer

    async def verify_access_token(
        self, token: str, *, audience: str | None = _DEFAULT
    ) -> TokenClaims:
        """The claims of an access token, verified offline: signature with the application's
        cached keys, ``exp``/``nbf``/``iat``, ``iss`` and ``aud`` (the app id by default;
        None to skip). Raises a ``TokenVerificationError`` subclass when it is not valid."""
        return await self._verifier.verify(
            token,
            audience=self.app_id if audience is _DEFAULT else audience,
            issuer=await self._expected_issuer(),
        )

    async def verify_id_token(self, id_token: str, nonce: str | None = None) -> TokenClaims:
        """The claims of an ID token, verified offline (as ``verify_access_token``, with the
        app id as audience); ``nonce`` is the one sent in the authorization request."""
        return await self._verifier.verify(
            id_token, audience=self.app_id, issuer=await self._expected_issuer(), nonce=nonce
        )

    async def introspect_token_offline(
        self, token: str, server_jwks: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """The official name of :meth:`verify_access_token`: the claims as a dict.

        ``server_jwks`` verifies against that key set instead of the cached one.
        """
        if server_jwks is None:
            return dict((await self.verify_access_token(token)).claims)
        verifier = self._verifier.with_keys(KeySet.static(server_jwks))
        claims = await verifier.verify(
            token, audience=self.app_id, issuer=await self._expected_issuer()
        )
        return dict(claims.claims)


def _check_token(value: object, name: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty str")
    if not HEADER_SAFE.fullmatch(value):
        raise ValueError(f"{name} must be visible ASCII (the value is not shown)")


def _query(params: Mapping[str, str | None]) -> str:
    return urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
