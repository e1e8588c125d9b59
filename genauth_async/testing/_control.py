"""The framework's own routes: the token endpoint and the emulator's control routes."""

from __future__ import annotations

import hmac
from typing import Any

from ._faults import Faults
from ._routing import (
    INVALID_CREDENTIALS_API_CODE,
    INVALID_PARAMETER_API_CODE,
    ApiError,
    Call,
    RouteTable,
)
from ._state import Stats, user_from_wire
from ._world import dump_fixture, load_fixture

__all__ = ["CONTROL"]

CONTROL = RouteTable()
"""The token endpoint and the control routes under `/__emulator__/`."""


@CONTROL.post("/api/v3/get-management-token", auth=False)
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


@CONTROL.admin("GET", "stats")
def admin_stats(call: Call) -> Any:
    state = call.state
    return {**state.stats.snapshot(), "users": len(state.pool), "live_tokens": len(state.tokens)}


@CONTROL.admin("GET", "requests")
def admin_requests(call: Call) -> Any:
    return list(call.state.stats.recent)


@CONTROL.admin("GET", "faults")
def admin_get_faults(call: Call) -> Any:
    return call.state.injector.faults.to_json()


@CONTROL.admin("POST", "faults")
def admin_set_faults(call: Call) -> Any:
    """Replace the fault configuration (fields left out get their defaults) and reseed."""
    try:
        faults = Faults.from_json(call.body)
    except (TypeError, ValueError) as exc:
        raise ApiError(400, INVALID_PARAMETER_API_CODE, str(exc), http_status=400) from None
    call.state.injector.configure(faults)
    return faults.to_json()


@CONTROL.admin("POST", "users")
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


@CONTROL.admin("GET", "fixture")
def admin_dump_fixture(call: Call) -> Any:
    """The whole world as one JSON document: the form `POST /__emulator__/fixture` loads."""
    return dump_fixture(call.state)


@CONTROL.admin("POST", "fixture")
def admin_load_fixture(call: Call) -> Any:
    """Replace the whole world (users and every service's resources) with one JSON document:
    all of it or, with HTTP 400, none. Faults, counters and tokens are kept."""
    doc = call.payload
    if not isinstance(doc, dict):
        raise ApiError(400, INVALID_PARAMETER_API_CODE, "body must be an object", http_status=400)
    try:
        load_fixture(call.state, doc)
    except ValueError as exc:
        raise ApiError(400, INVALID_PARAMETER_API_CODE, str(exc), http_status=400) from None
    return {"users": len(doc.get("users") or []), **{k: len(v or []) for k, v in doc.items()}}


@CONTROL.admin("POST", "revoke-tokens")
def admin_revoke_tokens(call: Call) -> Any:
    return {"revoked": call.state.tokens.revoke_all()}


@CONTROL.admin("POST", "reset")
def admin_reset(call: Call) -> Any:
    """Clear faults, counters and tokens; users are kept."""
    state = call.state
    state.injector.configure(Faults())
    state.stats = Stats()
    state.tokens.revoke_all()
    return {"reset": True}
