"""What the services share: ids, errors, pages, user answers, finding users.

Services import from here and from the framework, never each other's private helpers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from .._routing import NOT_FOUND_API_CODE, USER_NOT_FOUND_API_CODE, ApiError, Call, bad_request
from .._spec import shape_for
from .._state import USER_ID_TYPES, EmulatorUser, UserPool

__all__ = [
    "MAX_PAGE_SIZE",
    "dto_flags",
    "exists",
    "id_type",
    "int_arg",
    "matches",
    "membership",
    "need",
    "new_id",
    "not_found",
    "page",
    "paged",
    "resolve_user",
    "shaped",
    "strings",
    "user",
    "user_dto",
    "user_dto_of",
    "with_id",
]

MAX_PAGE_SIZE = 50


def new_id() -> str:
    return uuid.uuid4().hex[:24]


def not_found(kind: str, key: Any) -> ApiError:
    return ApiError(404, NOT_FOUND_API_CODE, f"{kind} not found: {key}")


def exists(kind: str, key: Any) -> ApiError:
    return bad_request(f"{kind} {key} already exists")


def shaped(schema: str, call: Call, **fields: Any) -> dict[str, Any]:
    """A schema-valid `schema` object echoing the request, with `fields` set over it."""
    dto: dict[str, Any] = shape_for(schema)(call.args(), 0)
    dto.update(fields)
    return dto


def need(item: dict[str, Any], key: str, where: str, kind: type = str) -> Any:
    """`item[key]`, required (not empty) and of type `kind` (400 naming `where.key`)."""
    value = item.get(key)
    if value is None or value == "" or not isinstance(value, kind):
        raise bad_request(f"{where}.{key} is required and must be a {kind.__name__}")
    return value


def with_id(items: Iterable[dict[str, Any]], ident: Any) -> dict[str, Any] | None:
    """The item whose `id` is `ident` (None for none, or an empty `ident`)."""
    return next((item for item in items if item["id"] == ident), None) if ident else None


def strings(call: Call, name: str) -> list[str]:
    """A required array of non-empty strings."""
    values = call.arg_list(name, required=True)
    if not all(isinstance(v, str) and v for v in values):
        raise bad_request(f"{name} must hold non-empty strings")
    return values


# -- pages ---------------------------------------------------------------------------------


def int_arg(call: Call, name: str, default: int | None = None) -> int | None:
    """A number argument: JSON number, or a query string of digits."""
    value = call.arg(name)
    if value is None or value == "":
        return default
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            raise bad_request(f"{name} must be a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad_request(f"{name} must be a number")
    return int(value)


def paged(items: list[Any], page: int | None, limit: int | None) -> dict[str, Any]:
    """`{totalCount, list}` of page `page` (default 1) of `limit` (default 10) items."""
    page = 1 if page is None else page
    limit = 10 if limit is None else limit
    if page < 1:
        raise bad_request("page must be >= 1")
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise bad_request(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    start = (page - 1) * limit
    return {"totalCount": len(items), "list": items[start : start + limit]}


def page(call: Call, items: list[Any]) -> dict[str, Any]:
    """`{totalCount, list}` of the request's page (query or body `page`/`limit`)."""
    return paged(items, int_arg(call, "page"), int_arg(call, "limit"))


def matches(value: Any, operator: str, operand: Any) -> bool:
    """Whether `value` passes an advancedFilter rule."""
    try:
        if operator == "IS_NULL":
            return value is None
        if operator == "NOT_NULL":
            return value is not None
        if operator == "EQUAL":
            return bool(value == operand)
        if operator == "NOT_EQUAL":
            return bool(value != operand)
        if operator in ("CONTAINS", "NOT_CONTAINS"):
            found = value is not None and str(operand) in str(value)
            return found if operator == "CONTAINS" else not found
        if operator == "IN":
            return isinstance(operand, list) and value in operand
        if value is None:
            return False
        if operator == "GREATER":
            return bool(value > operand)
        if operator == "LESSER":
            return bool(value < operand)
        low, high = operand  # BETWEEN
        return bool(low <= value <= high)
    except (TypeError, ValueError):
        raise bad_request(f"advancedFilter: {operator} cannot compare {operand!r}") from None


# -- users ---------------------------------------------------------------------------------


def membership(department_id: Any, joined_at: str, **flags: Any) -> dict[str, Any]:
    """A user's membership of a department, as `EmulatorUser.departments` holds it."""
    if not isinstance(department_id, str) or not department_id:
        raise bad_request("departmentId must be a non-empty string")
    return {
        "departmentId": department_id,
        "isLeader": bool(flags.get("isLeader")),
        "isMainDepartment": bool(flags.get("isMainDepartment")),
        "joinedAt": joined_at,
    }


def id_type(value: Any) -> str:
    """A `userIdType` the emulator resolves (None: `user_id`)."""
    kind = "user_id" if value is None else value
    if kind not in USER_ID_TYPES:
        raise bad_request(f"userIdType must be one of {', '.join(USER_ID_TYPES)}; got {kind!r}")
    if kind == "custom_field":
        raise bad_request("userIdType custom_field is not supported by the emulator")
    return str(kind)


def resolve_user(pool: UserPool, value: Any, kind: str, name: str = "userIds") -> EmulatorUser:
    """The user `value` names (400 if it is no string, 404 if nobody)."""
    if not isinstance(value, str) or not value:
        raise bad_request(f"{name} must hold non-empty strings")
    found = pool.resolve(kind, value)
    if found is None:
        raise ApiError(404, USER_NOT_FOUND_API_CODE, f"user not found ({kind}={value})")
    return found


def user(call: Call, user_id: Any) -> EmulatorUser:
    """The user with that id (404 if none)."""
    return resolve_user(call.state.pool, user_id, "user_id", "targetIdentifier")


def user_dto_of(
    found: EmulatorUser,
    *,
    with_custom_data: bool = False,
    flat_custom_data: bool = False,
    with_identities: bool = False,
    with_post: bool = False,
    with_department_ids: bool = False,
) -> dict[str, Any]:
    """The UserDto of a user, with what the flags ask for."""
    dto = found.to_dto(with_identities=with_identities)
    custom = dto.pop("customData", None)
    if found.profile:
        dto.update(found.profile)
    if with_custom_data:
        dto["customData"] = custom or {}
    if flat_custom_data and custom:
        dto.update(custom)
    if with_post:
        dto["postIdList"] = list(found.posts or ())
    if with_department_ids:
        dto["departmentIds"] = [d["departmentId"] for d in found.departments or ()]
    return dto


def dto_flags(call: Call, source: Callable[[str], bool] | None = None) -> dict[str, bool]:
    """The request's `with*` flags of a UserDto answer (read by `source`, else `call.flag`)."""
    flag = source or call.flag
    return {
        "with_custom_data": flag("withCustomData"),
        "flat_custom_data": flag("flatCustomData"),
        "with_identities": flag("withIdentities"),
        "with_post": flag("withPost"),
    }


def user_dto(call: Call, found: EmulatorUser) -> dict[str, Any]:
    """The UserDto of a user, with the flags the (spec-checked) request set to true."""

    def flag(name: str) -> bool:
        value = call.params.get(name, call.body.get(name))
        return value is True

    return user_dto_of(found, **dto_flags(call, flag))
