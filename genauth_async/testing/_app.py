"""The aiohttp application: one route table, the middlewares, and the helpers handlers share.

To add an endpoint, write a handler in the module of its API group (e.g. `_users.py`):

    @routes.get("/api/v3/get-mfa-status")
    def get_mfa_status(call: Call) -> Any:
        return call.user().mfa_trigger_data

A handler is a plain (synchronous) function: it reads the request through `Call`, returns the
envelope's `data` (None for an envelope without `data`), and raises `ApiError` to fail. Being
synchronous, it runs atomically with respect to other requests.

Responses follow GenAuth: business errors are HTTP 200 with a failing `statusCode` in the
envelope; auth failures are HTTP 401 (or HTTP 200 and a failing envelope, as
`EmulatorState.token_error_http_status` says); unparsable bodies are HTTP 400; injected faults
use their own HTTP status.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hmac
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import orjson
from aiohttp import web
from aiohttp.typedefs import Handler as AiohttpHandler

from ._faults import Faults
from ._signature import SIGNATURE_INVALID_API_CODE, SIGNATURE_SCHEMES, query_params
from ._spec import (
    QUERY_BOOLEANS,
    Args,
    Operation,
    RequestError,
    args_of,
    operations,
    query_list,
)
from ._state import (
    USER_ID_TYPES,
    EmulatorState,
    EmulatorUser,
    Stats,
    UserPool,
    user_from_wire,
    user_to_wire,
)

__all__ = [
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
    "build_app",
    "routes",
]

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
_PATH_PARAM: Final = re.compile(r"\{(\w+)\}")
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


class RouteTable:
    """Endpoints registered with `@routes.get(path)` / `@routes.post(path)`."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def get(self, path: str, *, auth: bool = True) -> Callable[[Handler], Handler]:
        return self._add("GET", path, auth=auth)

    def post(self, path: str, *, auth: bool = True) -> Callable[[Handler], Handler]:
        return self._add("POST", path, auth=auth)

    def admin(self, method: str, path: str) -> Callable[[Handler], Handler]:
        return self._add(method, ADMIN_PREFIX + path, auth=False, admin=True)

    def _add(
        self, method: str, path: str, *, auth: bool, admin: bool = False
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes.append(Route(method, path, handler, auth=auth, admin=admin))
            return handler

        return register


routes = RouteTable()


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


_TYPE_NAMES: Final[dict[type, str]] = {str: "string", dict: "object", list: "array"}

STATE_KEY: Final = web.AppKey("state", EmulatorState)
_ROUTES_KEY: Final[web.AppKey[dict[web.AbstractRoute, Route]]] = web.AppKey("routes")


def _json(
    payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    return web.Response(
        body=orjson.dumps(payload), status=status, headers=headers, content_type="application/json"
    )


def _error_response(error: ApiError) -> web.Response:
    envelope = {
        "statusCode": error.status_code,
        "message": error.message,
        "apiCode": error.api_code,
        "requestId": uuid.uuid4().hex,
    }
    return _json(envelope, error.http_status, error.headers)


def _route_of(request: web.Request) -> Route | None:
    return request.app[_ROUTES_KEY].get(request.match_info.route)


async def _read_body(request: web.Request, *, allow_array: bool = False) -> Any:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict) and not (allow_array and isinstance(body, list)):
        expected = "a JSON object or array" if allow_array else "a JSON object"
        raise ApiError(400, INVALID_PARAMETER_API_CODE, f"body must be {expected}", http_status=400)
    return body


def _endpoint(route: Route) -> AiohttpHandler:
    op = route.op
    data_key = "data" if op is None or op.data_key is None else op.data_key

    async def endpoint(request: web.Request) -> web.StreamResponse:
        body = await _read_body(request, allow_array=route.admin) if request.method != "GET" else {}
        params = None
        if op is not None:
            try:
                params = op.check_request(request.query, body, request.match_info)
            except RequestError as exc:
                raise bad_request(str(exc)) from None
        data = route.handler(Call(request, request.app[STATE_KEY], route, body, params))
        if route.admin:
            return _json(data)
        envelope: dict[str, Any] = {
            "statusCode": 200,
            "message": "success",
            "requestId": uuid.uuid4().hex,
        }
        if data is not None:
            envelope[data_key] = data
        return _json(envelope)

    return endpoint


def _shaped(call: Call) -> Any:
    """The handler of every operation no backend serves: a schema-valid answer."""
    return call.shaped()


def _spec_routes() -> list[Route]:
    """Every registered route, and every operation of the spec (a backend's handler where one
    is registered, a schema-shaped answer otherwise), each bound to its operation."""
    spec = operations()
    out = []
    for route in routes.routes:
        op = spec.get((route.method, route.path))
        out.append(route if op is None else dataclasses.replace(route, op=op))
    served = {(route.method, route.path) for route in routes.routes}
    out.extend(
        Route(method, path, _shaped, op=op)
        for (method, path), op in spec.items()
        if (method, path) not in served
    )
    return out


@web.middleware
async def _envelope_middleware(request: web.Request, handler: AiohttpHandler) -> web.StreamResponse:
    """Outermost: counts and logs the request, turns errors into envelopes."""
    route = _route_of(request)
    if route is None or not route.admin:
        stats = request.app[STATE_KEY].stats
        stats.requests[request.path] += 1
        stats.recent.append(
            {
                "method": request.method,
                "path": request.path,
                "query": [[k, v] for k, v in request.query.items()],
                "headers": {k.lower(): v for k, v in request.headers.items()},
                # the raw body as text (aiohttp caches it, so the handler reads it again)
                "body": (await request.read()).decode("utf-8", "replace"),
            }
        )
    try:
        return await handler(request)
    except ApiError as error:
        return _error_response(error)
    except web.HTTPException as exc:  # no such route (404) or method (405)
        status = exc.status
        message = f"{exc.reason}: {request.method} {request.path}"
        return _error_response(
            ApiError(status, ROUTE_NOT_FOUND_API_CODE, message, http_status=status)
        )


_HTML_502: Final = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


def _drop(request: web.Request) -> web.StreamResponse:
    # Writing to the closed transport fails quietly inside aiohttp: the client sees the
    # connection close with no answer.
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=503)


@web.middleware
async def _fault_middleware(request: web.Request, handler: AiohttpHandler) -> web.StreamResponse:
    route = _route_of(request)
    state = request.app[STATE_KEY]
    injector, faults, counts = state.injector, state.injector.faults, state.stats.faults
    if route is None or route.admin or not faults.applies_to(route.path):
        return await handler(request)
    if delay := injector.delay():
        await asyncio.sleep(delay)
    if (retry_after := injector.throttle()) is not None:
        counts["rate_limited"] += 1
        raise ApiError(
            429,
            RATE_LIMITED_API_CODE,
            "too many requests",
            http_status=429,
            headers={"Retry-After": str(retry_after)},
        )
    if injector.roll(faults.drop_rate):
        counts["dropped"] += 1
        return _drop(request)
    if injector.roll(faults.error_rate_for(route.path)):
        counts["error"] += 1
        status = injector.error_status()
        raise ApiError(status, SERVER_ERROR_API_CODE, "injected server error", http_status=status)
    if injector.roll(faults.html_rate):
        counts["html"] += 1
        return web.Response(body=_HTML_502, status=502, content_type="text/html")
    if injector.roll(faults.malformed_json_rate):
        counts["malformed_json"] += 1
        return web.Response(body=b'{"statusCode": 200, "data": {"', content_type="application/json")
    response = await handler(request)
    if injector.roll(faults.fail_after_apply_rate):
        counts["fail_after_apply"] += 1
        if faults.fail_after_apply_action == "drop":
            return _drop(request)
        raise ApiError(503, SERVER_ERROR_API_CODE, "injected error after apply", http_status=503)
    return response


@web.middleware
async def _auth_middleware(request: web.Request, handler: AiohttpHandler) -> web.StreamResponse:
    route = _route_of(request)
    if route is None or not route.auth:
        return await handler(request)
    state = request.app[STATE_KEY]
    if state.injector.revocation_due():
        state.tokens.revoke_all()
        state.stats.faults["revoked_tokens"] += 1
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() in SIGNATURE_SCHEMES:  # signed with the access key (node SDK style)
        problem = await _check_signed(request, state)
        if problem is None:
            return await handler(request)
        state.stats.unauthorized += 1
        raise ApiError(401, SIGNATURE_INVALID_API_CODE, problem, http_status=401)
    issued = None
    if scheme.lower() == "bearer":
        issued = state.tokens.lookup(token.strip(), state.clock())
    if issued is None:
        message = "access token is missing, invalid, expired or revoked"
    elif request.headers.get("x-genauth-userpool-id") != issued.userpool_id:
        message = "x-genauth-userpool-id does not match the access token"
    else:
        return await handler(request)
    state.stats.unauthorized += 1
    raise ApiError(
        state.token_error_status_code,
        TOKEN_INVALID_API_CODE,
        message,
        http_status=state.token_error_http_status,
    )


async def _check_signed(request: web.Request, state: EmulatorState) -> str | None:
    if request.method == "GET":
        params = query_params(request.query)
    else:
        params = await _read_body(request)
    return state.signatures.check_request(
        method=request.method,
        path=request.path,
        headers={k.lower(): v for k, v in request.headers.items()},
        params=params,
        access_key_id=state.access_key_id,
        access_key_secret=state.access_key_secret,
        now=state.clock(),
    )


def build_app(state: EmulatorState) -> web.Application:
    """The application serving every registered route against `state`."""
    from . import _backends, _events, _oidc, _users  # noqa: F401  (importing registers routes)

    app = web.Application(middlewares=[_envelope_middleware, _fault_middleware, _auth_middleware])
    app[STATE_KEY] = state
    app[_ROUTES_KEY] = {
        # a path parameter takes any segment, braces too: both official SDKs send a literal
        # `{id}` for three DELETE routes, and GenAuth answers them
        app.router.add_route(
            route.method, _PATH_PARAM.sub(r"{\1:[^/]+}", route.path), _endpoint(route)
        ): route
        for route in _spec_routes()
    }
    if state.events is None:
        state.events = _events.EventHub()
    _events.add_event_routes(app)
    _oidc.add_oidc_routes(app, state)
    return app


# The token endpoint and the emulator's control routes; user endpoints are in _users.py.


@routes.post("/api/v3/get-management-token", auth=False)
def get_management_token(call: Call) -> Any:
    state = call.state
    key_id, secret = call.require("accessKeyId"), call.require("accessKeySecret")
    # compare both, always, so timing doesn't tell which one was wrong
    id_ok = hmac.compare_digest(key_id.encode(), state.access_key_id.encode())
    secret_ok = hmac.compare_digest(secret.encode(), state.access_key_secret.encode())
    if not (id_ok and secret_ok):
        raise ApiError(401, INVALID_CREDENTIALS_API_CODE, "invalid accessKeyId or accessKeySecret")
    lifetime = state.token_lifetime
    token = state.tokens.issue(
        userpool_id=state.userpool_id,
        secret=state.access_key_secret,
        now=state.clock(),
        lifetime=lifetime,
        dies_after=state.injector.faults.early_expiry_s,
    )
    state.stats.tokens_issued += 1
    expires_in = int(lifetime) if lifetime.is_integer() else lifetime
    return {"access_token": token, "expires_in": expires_in}


@routes.admin("GET", "stats")
def admin_stats(call: Call) -> Any:
    state = call.state
    return {**state.stats.snapshot(), "users": len(state.pool), "live_tokens": len(state.tokens)}


@routes.admin("GET", "requests")
def admin_requests(call: Call) -> Any:
    return list(call.state.stats.recent)


@routes.admin("GET", "faults")
def admin_get_faults(call: Call) -> Any:
    return call.state.injector.faults.to_json()


@routes.admin("POST", "faults")
def admin_set_faults(call: Call) -> Any:
    """Replace the fault configuration (fields left out get their defaults) and reseed."""
    try:
        faults = Faults.from_json(call.body)
    except (TypeError, ValueError) as exc:
        raise ApiError(400, INVALID_PARAMETER_API_CODE, str(exc), http_status=400) from None
    call.state.injector.configure(faults)
    return faults.to_json()


@routes.admin("POST", "users")
def admin_put_users(call: Call) -> Any:
    """Create or replace users: a JSON array of camelCase user objects (see `user_from_wire`),
    or `{"users": [...]}`. All of them or, with HTTP 400, none."""
    items = call.payload.get("users") if isinstance(call.payload, dict) else call.payload
    if not isinstance(items, list):
        raise ApiError(
            400, INVALID_PARAMETER_API_CODE, "body must be an array of users", http_status=400
        )
    try:
        users = [user_from_wire(item, call.state.clock()) for item in items]
        created, replaced = call.state.pool.put(users)
    except ValueError as exc:
        raise ApiError(400, INVALID_PARAMETER_API_CODE, str(exc), http_status=400) from None
    return {"created": created, "replaced": replaced}


@routes.admin("GET", "fixture")
def admin_dump_fixture(call: Call) -> Any:
    """The whole world as one JSON document: the form `POST /__emulator__/fixture` loads."""
    from ._backends import dump_world

    state = call.state
    return {"users": [user_to_wire(u) for u in state.pool], **dump_world(state)}


@routes.admin("POST", "fixture")
def admin_load_fixture(call: Call) -> Any:
    """Replace the whole world (users, roles, groups, organizations, applications, namespaces,
    resources, authorizations, custom fields, webhooks, events) with one JSON document: all
    of it or, with HTTP 400, none. Faults, counters and tokens are kept."""
    from ._backends import load_world

    doc = call.payload
    if not isinstance(doc, dict):
        raise ApiError(400, INVALID_PARAMETER_API_CODE, "body must be an object", http_status=400)
    state = call.state
    try:
        unknown = set(doc) - {"users", "namespaces", "resources", *_fixture_keys()}
        if unknown:
            raise ValueError(f"unknown fixture keys {sorted(unknown)}")
        items = doc.get("users") or []
        if not isinstance(items, list):
            raise ValueError("users must be an array")
        users = [user_from_wire(item, state.clock()) for item in items]
        pool = UserPool()
        pool.put(users)
        load_world(state, doc)
    except ValueError as exc:
        raise ApiError(400, INVALID_PARAMETER_API_CODE, str(exc), http_status=400) from None
    state.pool.clear()
    state.pool.put(users)
    state.archived.clear()
    return {"users": len(users), **{k: len(doc.get(k) or []) for k in doc if k != "users"}}


def _fixture_keys() -> list[str]:
    from ._backends import FIXTURE_KEYS

    return list(FIXTURE_KEYS)


@routes.admin("POST", "revoke-tokens")
def admin_revoke_tokens(call: Call) -> Any:
    return {"revoked": call.state.tokens.revoke_all()}


@routes.admin("POST", "reset")
def admin_reset(call: Call) -> Any:
    """Clear faults, counters and tokens; users are kept."""
    state = call.state
    state.injector.configure(Faults())
    state.stats = Stats()
    state.tokens.revoke_all()
    return {"reset": True}
