"""`GenAuthEmulator`: a local GenAuth Management API server for tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final, Self

from aiohttp import web

from ._app import build_app
from ._faults import FaultInjector, Faults
from ._services import SERVICES
from ._services.end_user import EndUserBackend
from ._services.event_stream import EVENTS_PATH, EventHub
from ._services.oidc import OidcBackend, oidc_backend
from ._state import EmulatorState, EmulatorUser, Stats, UserPool, seeded_username
from ._world import dump_fixture, load_fixture

__all__ = [
    "DEFAULT_ACCESS_KEY_ID",
    "DEFAULT_ACCESS_KEY_SECRET",
    "DEFAULT_USERPOOL_ID",
    "GenAuthEmulator",
]

DEFAULT_ACCESS_KEY_ID: Final = "emulator-access-key-id"
DEFAULT_ACCESS_KEY_SECRET: Final = "emulator-access-key-secret"
DEFAULT_USERPOOL_ID: Final = "65a1000000000000000000aa"


def _check_token_error(http_status: int, status_code: int) -> None:
    """ValueError unless a token rejection can be HTTP `http_status` with `status_code`."""
    for name, value in (("http_status", http_status), ("status_code", status_code)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"token_error_{name} must be an int, got {value!r}")
    if http_status != 200 and not 400 <= http_status <= 499:
        raise ValueError(f"token_error_http_status must be 200 or 4xx, got {http_status}")
    if not 400 <= status_code <= 499:
        raise ValueError(f"token_error_status_code must be 4xx, got {status_code}")


class GenAuthEmulator:
    """A real HTTP server on 127.0.0.1 speaking the GenAuth management wire protocol.

    Options:
        access_key_id, access_key_secret: the only pair get-management-token accepts.
        userpool_id: the `scoped_userpool_id` of issued tokens; requests must send it in
            `x-genauth-userpool-id`.
        token_lifetime: seconds a management token lives (`expires_in`); may be fractional.
        seed: seeds the fault RNG (unless `Faults.seed` is set).
        faults: the initial `Faults`.
        clock: the time source for token expiry and rate limiting (default `time.time`).
        token_error_http_status, token_error_status_code: how a missing, unknown, expired or
            revoked token is rejected: the HTTP status (401, or 200 to fail in the envelope
            only, as some GenAuth deployments do) and the envelope's `statusCode` (401 by
            default, e.g. 400 to try a client's `token_invalid_api_codes`). The envelope's
            apiCode is always TOKEN_INVALID_API_CODE.

    Use as `async with GenAuthEmulator() as emulator:`, or `await start()` / `await stop()`.
    """

    def __init__(
        self,
        *,
        access_key_id: str = DEFAULT_ACCESS_KEY_ID,
        access_key_secret: str = DEFAULT_ACCESS_KEY_SECRET,
        userpool_id: str = DEFAULT_USERPOOL_ID,
        token_lifetime: float = 7200.0,
        seed: int = 0,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.time,
        token_error_http_status: int = 401,
        token_error_status_code: int = 401,
    ) -> None:
        if token_lifetime <= 0:
            raise ValueError("token_lifetime must be positive")
        _check_token_error(token_error_http_status, token_error_status_code)
        self._state = EmulatorState(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            userpool_id=userpool_id,
            token_lifetime=float(token_lifetime),
            injector=FaultInjector(faults or Faults(), default_seed=seed, clock=clock),
            clock=clock,
            token_error_http_status=token_error_http_status,
            token_error_status_code=token_error_status_code,
            backend_kinds=tuple(kind for service in SERVICES for kind in service.backends),
        )
        self._state.events = EventHub()
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def access_key_id(self) -> str:
        return self._state.access_key_id

    @property
    def access_key_secret(self) -> str:
        return self._state.access_key_secret

    @property
    def userpool_id(self) -> str:
        return self._state.userpool_id

    @property
    def token_lifetime(self) -> float:
        return self._state.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        """Applies to tokens issued from now on."""
        if seconds <= 0:
            raise ValueError("token_lifetime must be positive")
        self._state.token_lifetime = float(seconds)

    @property
    def token_error_http_status(self) -> int:
        return self._state.token_error_http_status

    @token_error_http_status.setter
    def token_error_http_status(self, status: int) -> None:
        _check_token_error(status, self._state.token_error_status_code)
        self._state.token_error_http_status = status

    @property
    def token_error_status_code(self) -> int:
        return self._state.token_error_status_code

    @token_error_status_code.setter
    def token_error_status_code(self, status: int) -> None:
        _check_token_error(self._state.token_error_http_status, status)
        self._state.token_error_status_code = status

    @property
    def url(self) -> str:
        """`http://<host>:<port>` (host and port as given to `start()`), once started."""
        if self._url is None:
            raise RuntimeError("the emulator is not running; call start() first")
        return self._url

    @property
    def websocket_host(self) -> str:
        """`ws://127.0.0.1:<port>`: the client's `websocket_host`, once started."""
        return "ws" + self.url.removeprefix("http")

    @property
    def websocket_url(self) -> str:
        """The event websocket, `ws://127.0.0.1:<port>/events/v1/management/sub` (add
        `?code=<eventCode>`; the handshake must be signed)."""
        return self.websocket_host + EVENTS_PATH

    @property
    def signature_max_skew(self) -> float:
        """How far (seconds) a signed request's `date` may be from the emulator's clock."""
        return self._state.signatures.max_skew

    @signature_max_skew.setter
    def signature_max_skew(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds <= 0:
            raise ValueError(f"signature_max_skew must be positive seconds, got {seconds!r}")
        self._state.signatures.max_skew = float(seconds)

    @property
    def signed_requests(self) -> int:
        """Signed requests and websocket handshakes accepted so far."""
        return self._state.signatures.verified

    async def publish(self, event_code: str, data: Any) -> int:
        """Send an event to every subscriber of `event_code` (a string as it is, anything
        else as JSON text); returns how many sockets it was sent to."""
        hub: EventHub = self._state.events
        delivered = hub.publish_nowait(event_code, data)
        await hub.flush()
        return delivered

    def websocket_subscribers(self, event_code: str) -> int:
        """How many event sockets listen to `event_code` now."""
        hub: EventHub = self._state.events
        return hub.subscribers(event_code)

    @property
    def published_events(self) -> list[tuple[str, str]]:
        """The last (event code, text) pairs published, by any means, delivered or not."""
        hub: EventHub = self._state.events
        return list(hub.history)

    async def drop_websockets(self) -> int:
        """Close every event socket at once (code 1012, as a restarting server); returns how
        many were open."""
        hub: EventHub = self._state.events
        return await hub.drop_all()

    @property
    def pool(self) -> UserPool:
        return self._state.pool

    @property
    def stats(self) -> Stats:
        return self._state.stats

    @property
    def faults(self) -> Faults:
        """The live fault configuration. Assigning a new `Faults` also reseeds the RNG."""
        return self._state.injector.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self._state.injector.configure(faults)

    def app(self) -> web.Application:
        """A new aiohttp application over this emulator's state (e.g. for aiohttp's TestServer)."""
        return build_app(self._state, SERVICES)

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start serving; returns the URL. Port 0 picks a free port."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the emulator only binds to the loopback address 127.0.0.1")
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port must be an int in 0..65535 (0 picks a free port), got {port!r}")
        runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        bound_port = runner.addresses[0][1]
        self._url = f"http://{host}:{bound_port}"
        return self._url

    async def stop(self) -> None:
        """Stop serving (idempotent). The state is kept."""
        runner, self._runner, self._url = self._runner, None, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def seed_users(self, n: int) -> list[EmulatorUser]:
        """Add `n` deterministic users (see `UserPool.seed`): user i has the id
        `seeded_user_id(i)` (`65a1...`, 24 hex digits) and the username `seeded_username(i)`
        (`user000000`)."""
        return self._state.pool.seed(n)

    def add_user(self, user_id: str, **fields: Any) -> EmulatorUser:
        """Add a user; `fields` are `EmulatorUser` fields (username=..., identities=[...])."""
        return self._state.pool.add(EmulatorUser(user_id=user_id, **fields))

    def load_fixture(self, fixture: dict[str, Any]) -> None:
        """Replace the whole world with one JSON-shaped document: `users` (camelCase users,
        as `dump_fixture` gives them), `roles`, `groups`, `organizations`, `applications`,
        `namespaces`, `resources`, `authorizations`, `customFields`, `webhooks`, `events`.
        Keys left out are emptied. ValueError, and no change, if anything does not fit."""
        load_fixture(self._state, fixture)

    def dump_fixture(self) -> dict[str, Any]:
        """The whole world in the form `load_fixture` reads (a deep copy)."""
        return dump_fixture(self._state)

    def revoke_tokens(self) -> int:
        """Revoke every live management token now; returns how many."""
        return self._state.tokens.revoke_all()

    def reset_stats(self) -> None:
        self._state.stats = Stats()

    # -- the OIDC provider (see _services/oidc.py) -----------------------------------------

    @property
    def oidc(self) -> OidcBackend:
        """The OIDC provider: its applications, keys, grants and counters."""
        return oidc_backend(self._state)

    @property
    def app_id(self) -> str:
        """The default application's id: the `aud` of the tokens it gets."""
        return self.oidc.app.app_id

    @property
    def app_secret(self) -> str:
        return self.oidc.app.app_secret

    @property
    def issuer(self) -> str:
        """`<url>/oidc`: the `iss` of every token, once started."""
        return self.url + "/oidc"

    def rotate_signing_key(self, *, retire_old: bool = False) -> str:
        """Sign tokens with a new RSA key from now on (the old ones stay in the JWKS unless
        `retire_old`); returns its kid."""
        return self.oidc.rotate_signing_key(retire_old=retire_old)

    def authorize(self, authorize_url: str, user: int | str) -> str:
        """Sign `user` (a seeded user's index, or a username, email, phone or user id) in at
        `authorize_url` (`/oidc/auth?...`) without a browser: the callback URL the provider
        redirects to, with `code` and `state`."""
        user_id = self._oidc_user(user).user_id
        return self.oidc.authorize_url(authorize_url, user_id, self._state.clock())

    def issue_tokens(self, user: int | str, *, scope: str = "openid profile email") -> Any:
        """A token set for `user` (as `authorize`) from the default application, as the token
        endpoint would answer it."""
        found = self._oidc_user(user)
        return self.oidc.issue_tokens(found, self.app_id, scope, self.issuer, self._state.clock())

    def last_passcode(self, phone_or_email: str) -> str | None:
        """The live passcode `send-sms` / `send-email` sent to that phone or email (what the
        SMS or email would carry), or None."""
        return self._state.backend(EndUserBackend).last_passcode(phone_or_email)

    def _oidc_user(self, user: int | str) -> EmulatorUser:
        login = seeded_username(user) if isinstance(user, int) else user
        found = self.oidc.find_user(login)
        if found is None:
            raise KeyError(f"no user {login!r}")
        return found
