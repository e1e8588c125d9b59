"""The aiohttp application: the services' routes, the middlewares, the envelope.

The framework imports no service: `build_app` is handed the services (see `_routing.Service`)
and serves their routes, the control routes (`_control.py`), and every other operation of
the spec with a schema-shaped answer.

Responses follow GenAuth: business errors are HTTP 200 with a failing `statusCode` in the
envelope; auth failures are HTTP 401 (or HTTP 200 and a failing envelope, as
`EmulatorState.token_error_http_status` says); unparsable bodies are HTTP 400; injected faults
use their own HTTP status.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

import orjson
from aiohttp import web
from aiohttp.typedefs import Handler as AiohttpHandler

from ._control import CONTROL
from ._faults import RequestDice
from ._routing import (
    END_USER_TOKENS,
    INVALID_PARAMETER_API_CODE,
    RATE_LIMITED_API_CODE,
    ROUTE_NOT_FOUND_API_CODE,
    SERVER_ERROR_API_CODE,
    TOKEN_INVALID_API_CODE,
    ApiError,
    Call,
    Route,
    Service,
    bad_request,
    end_user_token,
)
from ._signature import SIGNATURE_INVALID_API_CODE, SIGNATURE_SCHEMES, query_params
from ._spec import RequestError, operations
from ._state import EmulatorState

__all__ = ["STATE_KEY", "build_app"]

_PATH_PARAM: Final = re.compile(r"\{(\w+)\}")

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
    """The JSON body (None if there is none)."""
    raw = await request.read()
    if not raw.strip():
        return None
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
        if body is None:  # none sent
            if op is not None and op.body_required:
                raise bad_request("the request body is required: a JSON object")
            body = {}
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


def _spec_routes(tables: Iterable[Route]) -> list[Route]:
    """Every route handed in, and every operation of the spec (a service's handler where one
    is registered, a schema-shaped answer otherwise), each bound to its operation."""
    spec = operations()
    given = list(tables)
    out = []
    for route in given:
        op = spec.get((route.method, route.path))
        out.append(route if op is None else dataclasses.replace(route, op=op))
    served = {(route.method, route.path) for route in given}
    out.extend(
        Route(method, path, _shaped, op=op, auth=op.end_user is None)
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
    injector = state.injector
    faults = injector.faults
    if route is None or route.admin or not faults.applies_to(route.path):
        return await handler(request)
    if not (faults.is_random() or faults.latency_ms or faults.rate_limit_rps):
        return await handler(request)
    dice = injector.for_request(
        request.method, request.path, request.query_string, await request.read()
    )
    try:
        return await _faulted(request, handler, route.path, dice)
    finally:
        dice.close()


async def _faulted(
    request: web.Request, handler: AiohttpHandler, path: str, dice: RequestDice
) -> web.StreamResponse:
    state = request.app[STATE_KEY]
    injector, faults, counts = state.injector, state.injector.faults, state.stats.faults
    if delay := dice.delay(faults):
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
    if dice.roll(faults.drop_rate):
        counts["dropped"] += 1
        return _drop(request)
    if dice.roll(faults.error_rate_for(path)):
        counts["error"] += 1
        status = dice.error_status(faults)
        raise ApiError(status, SERVER_ERROR_API_CODE, "injected server error", http_status=status)
    if dice.roll(faults.html_rate):
        counts["html"] += 1
        return web.Response(body=_HTML_502, status=502, content_type="text/html")
    if dice.roll(faults.malformed_json_rate):
        counts["malformed_json"] += 1
        return web.Response(body=b'{"statusCode": 200, "data": {"', content_type="application/json")
    response = await handler(request)
    if dice.roll(faults.fail_after_apply_rate):
        counts["fail_after_apply"] += 1
        if faults.fail_after_apply_action == "drop":
            return _drop(request)
        raise ApiError(503, SERVER_ERROR_API_CODE, "injected error after apply", http_status=503)
    return response


@web.middleware
async def _auth_middleware(request: web.Request, handler: AiohttpHandler) -> web.StreamResponse:
    route = _route_of(request)
    if route is None or not route.auth:
        if (
            route is not None
            and route.op is not None
            and route.op.end_user == "required"
            and not route.user_token_optional
        ):
            _check_end_user(request)
        return await handler(request)
    if route.end_user and _end_user_token_live(request):
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


def _end_user_token_live(request: web.Request) -> bool:
    """Is the request's access token (as it is, or after `Bearer `) a live end user's."""
    token = end_user_token(request)
    live = request.app.get(END_USER_TOKENS)
    return live is not None and bool(token) and live(token)


def _check_end_user(request: web.Request) -> None:
    """An end user's route: the access token must be live."""
    if not _end_user_token_live(request):
        request.app[STATE_KEY].stats.unauthorized += 1
        message = "the end user's access token is missing, invalid, expired or revoked"
        raise ApiError(401, TOKEN_INVALID_API_CODE, message, http_status=401)


async def _check_signed(request: web.Request, state: EmulatorState) -> str | None:
    if request.method == "GET":
        params = query_params(request.query)
    else:
        params = await _read_body(request) or {}
    return state.signatures.check_request(
        method=request.method,
        path=request.path,
        headers={k.lower(): v for k, v in request.headers.items()},
        params=params,
        access_key_id=state.access_key_id,
        access_key_secret=state.access_key_secret,
        now=state.clock(),
    )


def build_app(state: EmulatorState, services: Iterable[Service]) -> web.Application:
    """The application serving the control routes and `services`' routes against `state`."""
    services = list(services)
    app = web.Application(middlewares=[_envelope_middleware, _fault_middleware, _auth_middleware])
    app[STATE_KEY] = state
    tables = [CONTROL, *(service.routes for service in services)]
    app[_ROUTES_KEY] = {
        # a path parameter takes any segment, braces too: both official SDKs send a literal
        # `{id}` for three DELETE routes, and GenAuth answers them
        app.router.add_route(
            route.method, _PATH_PARAM.sub(r"{\1:[^/]+}", route.path), _endpoint(route)
        ): route
        for route in _spec_routes(route for table in tables for route in table.routes)
    }
    for service in services:
        if service.setup is not None:
            service.setup(app, state)
    return app
