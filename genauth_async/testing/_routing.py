"""What the framework and the services share: routes, the request a handler sees, errors.

A service is one module under `_services/` with its own `RouteTable`:

    routes = RouteTable()

    @routes.get("/api/v3/get-mfa-status")
    def get_mfa_status(call: Call) -> Any:
        return call.user().mfa_trigger_data

    SERVICE = Service("users", routes, backends=(UsersBackend,))

A handler is a plain (synchronous) function: it reads the request through `Call`, calls its
backend's methods with plain arguments, returns the envelope's `data` (None for an envelope
without `data`), and raises `ApiError` to fail. Being synchronous, it runs atomically with
respect to other requests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from aiohttp import web

from ._spec import QUERY_BOOLEANS, Args, Operation, args_of, query_list
from ._state import USER_ID_TYPES, Backend, EmulatorState, EmulatorUser

__all__ = [
    "ADMIN_PREFIX",
    "END_USER_TOKENS",
    "INVALID_CREDENTIALS_API_CODE",
    "INVALID_PARAMETER_API_CODE",
    "NOT_FOUND_API_CODE",
    "RATE_LIMITED_API_CODE",
    "ROUTE_NOT_FOUND_API_CODE",
    "SERVER_ERROR_API_CODE",
    "TOKEN_INVALID_API_CODE",
    "USER_NOT_FOUND_API_CODE",
    "ApiError",
    "Call",
    "Route",
    "RouteTable",
    "Service",
    "bad_request",
    "end_user_token",
]

END_USER_TOKENS: Final[web.AppKey[Callable[[str], bool]]] = web.AppKey("end_user_tokens")
"""Set by the service that issues end users' tokens: is this one live (the end user's routes
check it)."""


def end_user_token(request: web.Request) -> str:
    """The end user's access token a request carries: the `authorization` header as it is,
    or after `Bearer ` ("" if none)."""
    token = request.headers.get("authorization", "")
    if token[:7].lower() == "bearer ":
        token = token[7:]
    return token.strip()


INVALID_PARAMETER_API_CODE: Final = 40000
"""statusCode 400: a required field is missing, or a value has the wrong type or is not allowed."""
TOKEN_INVALID_API_CODE: Final = 40100
"""HTTP 401: bearer token missing, unknown, expired or revoked, or wrong x-genauth-userpool-id.
(The HTTP status and statusCode are settable: `GenAuthEmulator(token_error_http_status=200)`.)"""
INVALID_CREDENTIALS_API_CODE: Final = 40101
"""statusCode 401 (HTTP 200): get-management-token with a wrong accessKeyId/accessKeySecret."""
USER_NOT_FOUND_API_CODE: Final = 40400
"""statusCode 404 (HTTP 200): no user matches userId/userIdType."""
NOT_FOUND_API_CODE: Final = 40402
"""statusCode 404 (HTTP 200): no role, group, application, namespace, resource, webhook, ...
with that code or id."""
ROUTE_NOT_FOUND_API_CODE: Final = 40401
"""HTTP 404/405: unknown path or method."""
RATE_LIMITED_API_CODE: Final = 42900
"""HTTP 429: over `Faults.rate_limit_rps`."""
SERVER_ERROR_API_CODE: Final = 50000
"""HTTP 5xx: an injected error."""

ADMIN_PREFIX: Final = "/__emulator__/"
_NOT_SET: Final = object()


class ApiError(Exception):
    """Answer with a failing envelope. `http_status` defaults to 200, as GenAuth does."""

    def __init__(
        self,
        status_code: int,
        api_code: int,
        message: str,
        *,
        http_status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.api_code = api_code
        self.message = message
        self.http_status = http_status
        self.headers = dict(headers or {})


def bad_request(message: str) -> ApiError:
    return ApiError(400, INVALID_PARAMETER_API_CODE, message)


Handler = Callable[["Call"], Any]


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    handler: Handler
    auth: bool = True
    """Require a valid management token."""
    admin: bool = False
    """An /__emulator__/ control route: no auth, no faults, not counted, answers bare JSON."""
    op: Operation | None = None
    """The spec's operation: requests are checked against it before the handler runs."""
    end_user: bool = False
    """Also take a live end user's token instead of a management token (`END_USER_TOKENS`)."""
    user_token_optional: bool = False
    """An end user's route the spec says needs their token, whose handler asks for it only
    where GenAuth does (e.g. a sign-in passcode needs none)."""


class RouteTable:
    """Endpoints registered with `@routes.get(path)` / `@routes.post(path)`."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def get(self, path: str, *, auth: bool = True) -> Callable[[Handler], Handler]:
        return self._add("GET", path, auth=auth)

    def post(
        self,
        path: str,
        *,
        auth: bool = True,
        end_user: bool = False,
        user_token_optional: bool = False,
    ) -> Callable[[Handler], Handler]:
        return self._add(
            "POST", path, auth=auth, end_user=end_user, user_token_optional=user_token_optional
        )

    def admin(self, method: str, path: str) -> Callable[[Handler], Handler]:
        return self._add(method, ADMIN_PREFIX + path, auth=False, admin=True)

    def _add(
        self,
        method: str,
        path: str,
        *,
        auth: bool,
        admin: bool = False,
        end_user: bool = False,
        user_token_optional: bool = False,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            route = Route(
                method,
                path,
                handler,
                auth=auth,
                admin=admin,
                end_user=end_user,
                user_token_optional=user_token_optional,
            )
            self.routes.append(route)
            return handler

        return register


class Call:
    """One request as a handler sees it: arguments from the query (GET) or JSON body (POST)."""

    def __init__(
        self,
        request: web.Request,
        state: EmulatorState,
        route: Route,
        payload: Any,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.request = request
        self.state = state
        self.route = route
        self.payload = payload
        """The parsed JSON body: an object, or also an array for admin routes ({} if none)."""
        self.body: dict[str, Any] = payload if isinstance(payload, dict) else {}
        self.params: dict[str, Any] = params or {}
        """Query and path parameters as the spec types them (numbers, booleans, lists)."""

    def args(self) -> Args:
        """Everything the request said, for schema-shaped answers (see `_spec.args_of`)."""
        return args_of(self.request.query, self.body, self.params)

    def shaped(self) -> Any:
        """A schema-valid answer for this route's operation, echoing the request."""
        op = self.route.op
        if op is None or op.shape is None:
            return None
        return op.shape(self.args(), 0)

    def arg(self, name: str) -> Any:
        """The raw argument, or None. Query values are strings; body values any JSON."""
        if self.request.method == "GET":
            return self.request.query.get(name)
        return self.body.get(name)

    def require(self, name: str, kind: type = str) -> Any:
        """A required argument of type `kind` (empty strings count as missing)."""
        value = self.arg(name)
        if value is None or value == "":
            raise bad_request(f"{name} is required")
        if not isinstance(value, kind):
            raise bad_request(f"{name} must be of type {_TYPE_NAMES.get(kind, kind.__name__)}")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean: JSON true/false, or query `true`/`false`/`True`/`False` (python-requests)."""
        value = self.arg(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if self.request.method == "GET" and value in QUERY_BOOLEANS:
            return QUERY_BOOLEANS[value]
        raise bad_request(f"{name} must be a boolean (true or false)")

    def arg_list(self, name: str, *, required: bool = False) -> list[Any]:
        """An array: a JSON list, or repeated query keys (`k=a&k=b`, also axios' `k[]=a`)."""
        if self.request.method == "GET":
            query = self.request.query
            values: Any = query_list(query, name)
        else:
            values = self.body.get(name, [])
            if values is None:
                values = []
            if not isinstance(values, list):
                raise bad_request(f"{name} must be an array")
        if required and not values:
            raise bad_request(f"{name} is required")
        return list(values)

    def options(self) -> dict[str, Any]:
        """The body's `options` object ({} when absent)."""
        options = self.body.get("options")
        if options is None:
            return {}
        if not isinstance(options, dict):
            raise bad_request("options must be an object")
        return options

    def user(self, *, user_id_type: Any = _NOT_SET) -> EmulatorUser:
        """The user named by the `userId` argument and `user_id_type` (default: the
        `userIdType` argument; None means `user_id`)."""
        user_id = self.require("userId")
        kind = self.arg("userIdType") if user_id_type is _NOT_SET else user_id_type
        kind = "user_id" if kind is None else kind
        if kind not in USER_ID_TYPES:
            raise bad_request(f"userIdType must be one of {', '.join(USER_ID_TYPES)}; got {kind!r}")
        if kind == "custom_field":
            raise bad_request("userIdType custom_field is not supported by the emulator")
        user = self.state.pool.resolve(kind, user_id)
        if user is None:
            raise ApiError(404, USER_NOT_FOUND_API_CODE, f"user not found ({kind}={user_id})")
        return user

    def count_write(self, user: EmulatorUser) -> None:
        """Record that this request changed `user` (see `Stats.writes`)."""
        user.touch(self.state.clock())
        self.state.stats.count_write(self.route.path, user.user_id)

    def count_writes(self, users: Iterable[EmulatorUser]) -> None:
        """Record that this request changed each of `users`."""
        for user in users:
            self.count_write(user)


_TYPE_NAMES: Final[dict[type, str]] = {str: "string", dict: "object", list: "array"}


@dataclass(frozen=True)
class Service:
    """What a service hands the framework: its routes, the backends holding its state (their
    `fixture_keys` are its part of a fixture), and anything it adds to the application."""

    name: str
    routes: RouteTable
    backends: tuple[type[Backend], ...] = ()
    setup: Callable[[web.Application, EmulatorState], None] | None = field(default=None)
    """Called with each new application (e.g. to add a websocket route)."""
