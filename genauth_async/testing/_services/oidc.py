"""The emulator as an OIDC provider over its user pool (one service: backend, handlers, routes).

Endpoints, under `/oidc` as GenAuth has them:

- `GET /oidc/.well-known/openid-configuration`: discovery;
- `GET /oidc/.well-known/jwks.json`: the RS256 signing keys (`rotate_signing_key()` adds one);
- `GET /oidc/auth`: the authorization endpoint. No login page: `login_hint` names the user
  (username, email or phone), as if they had signed in; without it the answer redirects
  with `error=login_required`. `OidcBackend.authorize_url()` does the same without HTTP;
- `POST /oidc/token`: grants `authorization_code` (PKCE S256 or plain), `refresh_token`,
  `client_credentials` (the application's pair, or the user pool's access key pair) and
  `password`;
- `POST /oidc/token/introspection`, `POST /oidc/token/revocation`;
- `GET|POST /oidc/me`: userinfo, for a bearer access token;
- `GET /oidc/session/end`: logout;
- `GET /cas-idp/{appId}/validate`: CAS 1.0 ticket validation (`yes\n<username>\n` or
  `no\n\n`), for tickets from `OidcBackend.issue_cas_ticket()`.

Clients authenticate with `client_secret_post`, `client_secret_basic` or `none`; an
application set to one method (`OidcApp.token_endpoint_auth_method`, ...) refuses the
others, and `OidcBackend.client_auth` counts the methods seen. Answers are plain JSON, errors
the OAuth `{"error", "error_description"}` with HTTP 400/401, as GenAuth answers them.

Tokens are RS256 JWTs: `iss` = `<emulator url>/oidc`, `aud` = the application id, `sub` =
the user id, `exp`, `iat`, `jti`, `scope`; refresh tokens (for scope `offline_access`) are
opaque. A seeded user's password is `seeded_password(i)`; a user's own `password`, when set,
wins.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import urllib.parse
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

import jwt
import orjson
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from .._routing import END_USER_TOKENS, RouteTable, Service
from .._state import EmulatorState, EmulatorUser, seeded_user_id, seeded_username

__all__ = [
    "DEFAULT_APP_ID",
    "DEFAULT_APP_SECRET",
    "SERVICE",
    "OidcApp",
    "OidcBackend",
    "OidcError",
    "add_oidc_routes",
    "basic_credentials",
    "issuer_of",
    "oidc_backend",
    "seeded_password",
]

DEFAULT_APP_ID: Final = "65a1a00000000000000000a1"
DEFAULT_APP_SECRET: Final = "emulator-app-secret"
_CLIENT_AUTH_METHODS: Final = ("client_secret_post", "client_secret_basic", "none")
_USER_LOOKUPS: Final = ("username", "email", "phone")


def seeded_password(i: int) -> str:
    """The password of the i-th seeded user (`Passw0rd-000002`), beside
    `seeded_username(i)`: sign in with both."""
    return f"Passw0rd-{i:06d}"


class OidcError(Exception):
    """An OAuth error answer: `{"error": error, "error_description": description}`."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status


@dataclass
class OidcApp:
    """An application (OIDC client). An auth method of None accepts any of the three."""

    app_id: str
    app_secret: str
    token_endpoint_auth_method: str | None = None
    introspection_endpoint_auth_method: str | None = None
    revocation_endpoint_auth_method: str | None = None


@dataclass
class _SigningKey:
    kid: str
    private: rsa.RSAPrivateKey
    jwk: dict[str, Any]


@dataclass
class _Code:
    app_id: str
    user_id: str
    redirect_uri: str
    scope: str
    nonce: str | None
    challenge: str | None
    challenge_method: str
    expires_at: float


@dataclass
class _Refresh:
    app_id: str
    user_id: str
    scope: str


@dataclass
class OidcBackend:
    """The provider's state and logic: plain arguments in, token sets and claims out."""

    state: EmulatorState = field(repr=False)
    fixture_keys: ClassVar[tuple[str, ...]] = ()
    apps: dict[str, OidcApp] = field(default_factory=dict)
    keys: list[_SigningKey] = field(default_factory=list, repr=False)
    """Published keys, the signing one last."""
    access_token_lifetime: int = 3600
    code_lifetime: int = 600
    jwks_status: int = 200
    """The JWKS endpoint's HTTP status: set 503 to stage an outage."""
    statuses: dict[str, int] = field(default_factory=dict)
    """Paths answering this HTTP status (and an OAuth error) instead: staged failures."""
    jwks_requests: int = 0
    client_auth: Counter[str] = field(default_factory=Counter)
    """`"<endpoint>:<method>"` -> how many requests authenticated that way."""
    codes: dict[str, _Code] = field(default_factory=dict, repr=False)
    refresh_tokens: dict[str, _Refresh] = field(default_factory=dict, repr=False)
    revoked: set[str] = field(default_factory=set)
    """jti of revoked access tokens."""
    cas_tickets: dict[str, tuple[str, str]] = field(default_factory=dict)
    """CAS service tickets: ticket -> (user id, service)."""

    def __post_init__(self) -> None:
        self.apps.setdefault(DEFAULT_APP_ID, OidcApp(DEFAULT_APP_ID, DEFAULT_APP_SECRET))

    # the service protocol of the emulator's backends: no fixture part
    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        return None

    @property
    def app(self) -> OidcApp:
        """The default application."""
        return self.apps[DEFAULT_APP_ID]

    # -- keys ----------------------------------------------------------------------------

    def rotate_signing_key(self, *, retire_old: bool = False) -> str:
        """Sign with a new RSA key from now on; the old keys stay published unless
        `retire_old`. Returns the new key's kid."""
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        kid = secrets.token_hex(8)
        jwk = RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
        jwk.update(kid=kid, alg="RS256", use="sig")
        if retire_old:
            self.keys.clear()
        self.keys.append(_SigningKey(kid, private, jwk))
        return kid

    def _signing_key(self) -> _SigningKey:
        if not self.keys:
            self.rotate_signing_key()
        return self.keys[-1]

    def jwks(self) -> dict[str, Any]:
        self._signing_key()
        return {"keys": [dict(k.jwk) for k in self.keys]}

    def sign(self, claims: Mapping[str, Any]) -> str:
        key = self._signing_key()
        return jwt.encode(dict(claims), key.private, algorithm="RS256", headers={"kid": key.kid})

    def _read_token(self, token: str, now: float) -> dict[str, Any] | None:
        """The claims of a live access token this provider issued, else None."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError:
            return None
        key = next((k for k in self.keys if k.kid == kid), None)
        if key is None:
            return None
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.private.public_key(),
                algorithms=["RS256"],
                options={"verify_aud": False, "verify_exp": False},
            )
        except jwt.PyJWTError:
            return None
        if claims.get("jti") in self.revoked or claims.get("exp", 0) <= now:
            return None
        if claims.get("token_use") != "access":
            return None
        return claims

    # -- clients and users -----------------------------------------------------------------

    def authenticate_client(
        self,
        endpoint: str,
        client_id: str | None,
        client_secret: str | None,
        basic: tuple[str, str] | None,
    ) -> OidcApp:
        """The application the request authenticates as (OidcError invalid_client if none)."""
        if basic is not None:
            method, (client_id, client_secret) = "client_secret_basic", basic
        elif client_secret is not None:
            method = "client_secret_post"
        else:
            method = "none"
        app = self.apps.get(client_id or "")
        if app is None:
            raise OidcError("invalid_client", "unknown client", 401)
        wanted = {
            "token": app.token_endpoint_auth_method,
            "introspection": app.introspection_endpoint_auth_method,
            "revocation": app.revocation_endpoint_auth_method,
        }[endpoint]
        if wanted is not None and wanted != method:
            raise OidcError("invalid_client", f"the client must use {wanted}, not {method}", 401)
        if method != "none" and not hmac.compare_digest(
            (client_secret or "").encode(), app.app_secret.encode()
        ):
            raise OidcError("invalid_client", "wrong client secret", 401)
        self.client_auth[f"{endpoint}:{method}"] += 1
        return app

    def find_user(self, login: str) -> EmulatorUser | None:
        pool = self.state.pool
        for kind in _USER_LOOKUPS:
            user = pool.resolve(kind, login)
            if user is not None:
                return user
        return pool.get(login)

    @staticmethod
    def password_of(user: EmulatorUser) -> str | None:
        """The user's password: their own, else a seeded user's, else None (none set)."""
        if user.password is not None:
            return user.password
        index = _seeded_index(user)
        return None if index is None else seeded_password(index)

    def check_password(self, user: EmulatorUser, password: str) -> bool:
        expected = self.password_of(user)
        if expected is None:
            return False
        return hmac.compare_digest(expected.encode(), password.encode())

    # -- grants ----------------------------------------------------------------------------

    def issue_tokens(
        self,
        user: EmulatorUser,
        app_id: str,
        scope: str,
        issuer: str,
        now: float,
        nonce: str | None = None,
    ) -> dict[str, Any]:
        """The token set of a signed-in user: access token, ID token (scope `openid`),
        refresh token (scope `offline_access`)."""
        lifetime = self.access_token_lifetime
        base = {"iss": issuer, "sub": user.user_id, "aud": app_id, "iat": int(now)}
        access = {
            **base,
            "exp": int(now) + lifetime,
            "jti": secrets.token_hex(12),
            "scope": scope,
            "client_id": app_id,
            "token_use": "access",
        }
        out: dict[str, Any] = {
            "access_token": self.sign(access),
            "token_type": "Bearer",
            "expires_in": lifetime,
            "scope": scope,
        }
        scopes = scope.split()
        if "openid" in scopes:
            id_claims = {**base, "exp": int(now) + lifetime, **self.userinfo_claims(user)}
            if nonce is not None:
                id_claims["nonce"] = nonce
            out["id_token"] = self.sign(id_claims)
        if "offline_access" in scopes:
            refresh = secrets.token_urlsafe(32)
            self.refresh_tokens[refresh] = _Refresh(app_id, user.user_id, scope)
            out["refresh_token"] = refresh
        return out

    def authorize(
        self,
        client_id: str,
        user_id: str,
        redirect_uri: str,
        scope: str,
        now: float,
        nonce: str | None = None,
        code_challenge: str | None = None,
        code_challenge_method: str | None = None,
    ) -> str:
        """A one-use authorization code for the user (as if they had signed in)."""
        if client_id not in self.apps:
            raise OidcError("unauthorized_client", "unknown client_id")
        method = code_challenge_method or ("S256" if code_challenge else "plain")
        if method not in ("S256", "plain"):
            raise OidcError("invalid_request", "code_challenge_method must be S256 or plain")
        code = secrets.token_urlsafe(24)
        self.codes[code] = _Code(
            client_id,
            user_id,
            redirect_uri,
            scope,
            nonce,
            code_challenge,
            method,
            now + self.code_lifetime,
        )
        return code

    def authorize_url(self, url: str, user_id: str, now: float) -> str:
        """The callback URL `/oidc/auth?...` redirects to once `user_id` has signed in."""
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        redirect_uri = params.get("redirect_uri") or ""
        if not redirect_uri:
            raise OidcError("invalid_request", "redirect_uri is required")
        if params.get("response_type", "code") != "code":
            raise OidcError("unsupported_response_type", "only response_type=code")
        code = self.authorize(
            params.get("client_id", ""),
            user_id,
            redirect_uri,
            params.get("scope") or "openid",
            now,
            params.get("nonce"),
            params.get("code_challenge"),
            params.get("code_challenge_method"),
        )
        answer = {"code": code}
        if "state" in params:
            answer["state"] = params["state"]
        return _with_query(redirect_uri, answer)

    def exchange_code(
        self,
        app: OidcApp,
        code: str,
        redirect_uri: str | None,
        code_verifier: str | None,
        issuer: str,
        now: float,
    ) -> dict[str, Any]:
        grant = self.codes.pop(code, None)  # one use, whatever happens next
        if grant is None or grant.expires_at <= now or grant.app_id != app.app_id:
            raise OidcError("invalid_grant", "the code is unknown, used, expired or not yours")
        if redirect_uri != grant.redirect_uri:
            raise OidcError("invalid_grant", "redirect_uri differs from the authorization's")
        if grant.challenge is not None:
            if not code_verifier:
                raise OidcError("invalid_grant", "code_verifier is required (PKCE)")
            if grant.challenge_method == "S256":
                digest = hashlib.sha256(code_verifier.encode()).digest()
                derived = base64.urlsafe_b64encode(digest).decode().rstrip("=")
            else:
                derived = code_verifier
            if not hmac.compare_digest(derived.encode(), grant.challenge.encode()):
                raise OidcError("invalid_grant", "code_verifier does not match code_challenge")
        user = self.state.pool.get(grant.user_id)
        if user is None:
            raise OidcError("invalid_grant", "the user is gone")
        return self.issue_tokens(user, app.app_id, grant.scope, issuer, now, grant.nonce)

    def refresh(self, app: OidcApp, refresh_token: str, issuer: str, now: float) -> dict[str, Any]:
        grant = self.refresh_tokens.pop(refresh_token, None)  # rotated: one use
        if grant is None or grant.app_id != app.app_id:
            raise OidcError("invalid_grant", "the refresh token is unknown or revoked")
        user = self.state.pool.get(grant.user_id)
        if user is None:
            raise OidcError("invalid_grant", "the user is gone")
        return self.issue_tokens(user, app.app_id, grant.scope, issuer, now)

    def password_grant(
        self, app: OidcApp, username: str, password: str, scope: str, issuer: str, now: float
    ) -> dict[str, Any]:
        user = self.find_user(username)
        if user is None or not self.check_password(user, password):
            raise OidcError("invalid_grant", "wrong username or password")
        return self.issue_tokens(user, app.app_id, scope, issuer, now)

    def client_credentials(
        self, client_id: str, client_secret: str, scope: str, issuer: str, now: float
    ) -> dict[str, Any]:
        """A token for a machine: the application's pair, or the user pool's access key."""
        state = self.state
        app = self.apps.get(client_id)
        expected = app.app_secret if app is not None else None
        if client_id == state.access_key_id:
            expected = state.access_key_secret
        if expected is None or not hmac.compare_digest(client_secret.encode(), expected.encode()):
            raise OidcError("invalid_client", "wrong client credentials", 401)
        lifetime = self.access_token_lifetime
        claims = {
            "iss": issuer,
            "sub": client_id,
            "aud": client_id,
            "iat": int(now),
            "exp": int(now) + lifetime,
            "jti": secrets.token_hex(12),
            "scope": scope,
            "client_id": client_id,
            "token_use": "access",
        }
        return {
            "access_token": self.sign(claims),
            "token_type": "Bearer",
            "expires_in": lifetime,
            "scope": scope,
        }

    def introspect(self, token: str, now: float) -> dict[str, Any]:
        claims = self._read_token(token, now)
        if claims is not None:
            keep = ("sub", "aud", "iss", "exp", "iat", "scope", "client_id", "jti")
            return {"active": True, "token_type": "Bearer", **{k: claims[k] for k in keep}}
        grant = self.refresh_tokens.get(token)
        if grant is not None:
            return {
                "active": True,
                "token_type": "refresh_token",
                "sub": grant.user_id,
                "client_id": grant.app_id,
                "scope": grant.scope,
            }
        return {"active": False}

    def revoke(self, token: str, now: float) -> None:
        """Revoke an access or a refresh token (an unknown token is not an error)."""
        self.refresh_tokens.pop(token, None)
        claims = self._read_token(token, now)
        if claims is not None:
            self.revoked.add(claims["jti"])

    def user_of(self, access_token: str, now: float) -> EmulatorUser | None:
        """The user of a live access token this provider issued, else None."""
        claims = self._read_token(access_token, now)
        return None if claims is None else self.state.pool.get(claims["sub"])

    def userinfo(self, access_token: str, now: float) -> dict[str, Any]:
        user = self.user_of(access_token, now)
        if user is None:
            raise OidcError("invalid_token", "the access token is invalid, expired or revoked", 401)
        return self.userinfo_claims(user)

    @staticmethod
    def userinfo_claims(user: EmulatorUser) -> dict[str, Any]:
        claims: dict[str, Any] = {
            "sub": user.user_id,
            "name": user.name,
            "nickname": user.nickname,
            "preferred_username": user.username,
            "email": user.email,
            "email_verified": user.email_verified,
            "phone_number": user.phone,
            "phone_number_verified": user.phone_verified,
        }
        return {k: v for k, v in claims.items() if v is not None}

    def issue_cas_ticket(self, user_id: str, service: str) -> str:
        """A one-use CAS service ticket for the user, as after a CAS sign-in at `service`."""
        ticket = f"ST-{secrets.token_urlsafe(18)}"
        self.cas_tickets[ticket] = (user_id, service)
        return ticket

    def validate_cas_ticket(self, app_id: str, ticket: str, service: str) -> str | None:
        """CAS 1.0 validation: the user's username (or id) if the ticket is good, else None.
        A ticket is spent by its first validation."""
        if app_id not in self.apps:
            return None
        grant = self.cas_tickets.pop(ticket, None)
        if grant is None or grant[1] != service:
            return None
        user = self.state.pool.get(grant[0])
        return None if user is None else (user.username or user.user_id)

    def discovery(self, issuer: str) -> dict[str, Any]:
        return {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/auth",
            "token_endpoint": f"{issuer}/token",
            "userinfo_endpoint": f"{issuer}/me",
            "jwks_uri": f"{issuer}/.well-known/jwks.json",
            "introspection_endpoint": f"{issuer}/token/introspection",
            "revocation_endpoint": f"{issuer}/token/revocation",
            "end_session_endpoint": f"{issuer}/session/end",
            "response_types_supported": ["code"],
            "grant_types_supported": [
                "authorization_code",
                "refresh_token",
                "client_credentials",
                "password",
            ],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256", "plain"],
            "token_endpoint_auth_methods_supported": list(_CLIENT_AUTH_METHODS),
            "scopes_supported": ["openid", "profile", "email", "phone", "offline_access"],
        }


def _seeded_index(user: EmulatorUser) -> int | None:
    user_id = user.user_id
    if len(user_id) != 24 or not user_id.startswith("65a1"):
        return None
    try:
        index = int(user_id[4:], 16)
    except ValueError:
        return None
    if seeded_user_id(index) != user_id or user.username != seeded_username(index):
        return None
    return index


def _with_query(url: str, params: Mapping[str, str]) -> str:
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{sep}{urllib.parse.urlencode(params)}"


def oidc_backend(state: EmulatorState) -> OidcBackend:
    """The state's OIDC provider, made on first use (its first key on first signature)."""
    return state.backend(OidcBackend)


# -- handlers: parse the request, call the backend, answer plain JSON -----------------------

_STATE: Final = web.AppKey("oidc_state", EmulatorState)


def _provider(request: web.Request) -> OidcBackend:
    return oidc_backend(request.app[_STATE])


def issuer_of(request: web.Request) -> str:
    """The `iss` of the tokens issued for this request: `<scheme>://<host>/oidc`."""
    return f"{request.scheme}://{request.host}/oidc"


def _json(
    payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    return web.Response(
        body=orjson.dumps(payload),
        status=status,
        headers={"Cache-Control": "no-store", **(headers or {})},
        content_type="application/json",
    )


def _oauth_error(exc: OidcError) -> web.Response:
    headers = {}
    if exc.status == 401:
        scheme = "Bearer" if exc.error == "invalid_token" else "Basic"
        headers["WWW-Authenticate"] = f'{scheme} error="{exc.error}"'
    body = {"error": exc.error, "error_description": exc.description}
    return _json(body, exc.status, headers)


def _redirect(location: str) -> web.Response:
    return web.Response(status=302, headers={"Location": location})


async def _form(request: web.Request) -> dict[str, str]:
    """The form body (or a JSON object body), string values only."""
    if request.content_type == "application/json":
        try:
            body = orjson.loads(await request.read())
        except orjson.JSONDecodeError:
            raise OidcError("invalid_request", "the body is not JSON") from None
        if not isinstance(body, dict):
            raise OidcError("invalid_request", "the body must be an object")
        return {k: v for k, v in body.items() if isinstance(v, str)}
    return {k: v for k, v in (await request.post()).items() if isinstance(v, str)}


def basic_credentials(request: web.Request) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise OidcError("invalid_client", "the Basic header is not base64", 401) from None
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise OidcError("invalid_client", "the Basic header has no ':'", 401)
    return urllib.parse.unquote_plus(client_id), urllib.parse.unquote_plus(secret)


def _client(request: web.Request, form: Mapping[str, str], endpoint: str) -> OidcApp:
    return _provider(request).authenticate_client(
        endpoint, form.get("client_id"), form.get("client_secret"), basic_credentials(request)
    )


def _required(form: Mapping[str, str], name: str) -> str:
    value = form.get(name)
    if not value:
        raise OidcError("invalid_request", f"{name} is required")
    return value


async def _token(request: web.Request) -> web.Response:
    form = await _form(request)
    provider, issuer, now = _provider(request), issuer_of(request), request.app[_STATE].clock()
    grant = form.get("grant_type")
    if grant == "client_credentials":
        basic = basic_credentials(request)
        client_id, secret = basic or (_required(form, "client_id"), form.get("client_secret", ""))
        return _json(
            provider.client_credentials(client_id, secret, form.get("scope", ""), issuer, now)
        )
    app = _client(request, form, "token")
    if grant == "authorization_code":
        tokens = provider.exchange_code(
            app,
            _required(form, "code"),
            form.get("redirect_uri"),
            form.get("code_verifier"),
            issuer,
            now,
        )
    elif grant == "refresh_token":
        tokens = provider.refresh(app, _required(form, "refresh_token"), issuer, now)
    elif grant == "password":
        tokens = provider.password_grant(
            app,
            _required(form, "username"),
            _required(form, "password"),
            form.get("scope") or "openid profile",
            issuer,
            now,
        )
    else:
        raise OidcError("unsupported_grant_type", f"grant_type {grant!r} is not supported")
    return _json(tokens)


async def _introspection(request: web.Request) -> web.Response:
    form = await _form(request)
    _client(request, form, "introspection")
    now = request.app[_STATE].clock()
    return _json(_provider(request).introspect(_required(form, "token"), now))


async def _revocation(request: web.Request) -> web.Response:
    form = await _form(request)
    _client(request, form, "revocation")
    _provider(request).revoke(_required(form, "token"), request.app[_STATE].clock())
    return web.Response(status=200)


async def _userinfo(request: web.Request) -> web.Response:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise OidcError("invalid_token", "a bearer access token is required", 401)
    now = request.app[_STATE].clock()
    return _json(_provider(request).userinfo(token.strip(), now))


async def _authorize(request: web.Request) -> web.Response:
    provider = _provider(request)
    query = request.query
    redirect_uri = query.get("redirect_uri")
    if not redirect_uri:
        raise OidcError("invalid_request", "redirect_uri is required")
    login = query.get("login_hint")
    user = None if login is None else provider.find_user(login)
    if user is None:
        answer = {"error": "login_required"}
        if "state" in query:
            answer["state"] = query["state"]
        return _redirect(_with_query(redirect_uri, answer))
    now = request.app[_STATE].clock()
    return _redirect(provider.authorize_url(str(request.url), user.user_id, now))


async def _end_session(request: web.Request) -> web.Response:
    target = request.query.get("post_logout_redirect_uri")
    if not target:
        return web.Response(text="signed out")
    state = request.query.get("state")
    return _redirect(_with_query(target, {"state": state}) if state else target)


async def _cas_validate(request: web.Request) -> web.Response:
    query = request.query
    username = _provider(request).validate_cas_ticket(
        request.match_info["app_id"], query.get("ticket", ""), query.get("service", "")
    )
    return web.Response(text="no\n\n" if username is None else f"yes\n{username}\n")


async def _discovery(request: web.Request) -> web.Response:
    return _json(_provider(request).discovery(issuer_of(request)))


async def _jwks(request: web.Request) -> web.Response:
    provider = _provider(request)
    provider.jwks_requests += 1
    if provider.jwks_status != 200:
        return _json({"error": "unavailable"}, provider.jwks_status)
    return _json(provider.jwks())


def _answers_oauth_errors(handler: Any) -> Any:
    async def handle(request: web.Request) -> web.StreamResponse:
        staged = _provider(request).statuses.get(request.path)
        if staged is not None:
            return _json({"error": "temporarily_unavailable"}, staged)
        try:
            response: web.StreamResponse = await handler(request)
        except OidcError as exc:
            return _oauth_error(exc)
        return response

    return handle


routes = web.RouteTableDef()
for _method, _path, _handler in (
    ("GET", "/oidc/.well-known/openid-configuration", _discovery),
    ("GET", "/oidc/.well-known/jwks.json", _jwks),
    ("GET", "/oidc/auth", _authorize),
    ("POST", "/oidc/token", _token),
    ("POST", "/oidc/token/introspection", _introspection),
    ("POST", "/oidc/token/revocation", _revocation),
    ("GET", "/oidc/me", _userinfo),
    ("POST", "/oidc/me", _userinfo),
    ("GET", "/oidc/session/end", _end_session),
    ("GET", "/cas-idp/{app_id}/validate", _cas_validate),
):
    routes.route(_method, _path)(_answers_oauth_errors(_handler))


def add_oidc_routes(app: web.Application, state: EmulatorState) -> None:
    """Serve the provider's routes in `app`, over `state`'s user pool; its access tokens are
    the end users' on their v3 routes."""
    app[_STATE] = state
    app[END_USER_TOKENS] = lambda token: (
        oidc_backend(state).user_of(token, state.clock()) is not None
    )
    app.router.add_routes(routes)


#: its routes answer plain JSON, not the envelope: added to the application by `setup`
SERVICE = Service("oidc", RouteTable(), backends=(OidcBackend,), setup=add_oidc_routes)
