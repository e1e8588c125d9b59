"""What the service backends share: finding their state, ids, errors, pages, user answers."""

from __future__ import annotations

import uuid
from typing import Any, Protocol, TypeVar

from .._app import NOT_FOUND_API_CODE, ApiError, Call, bad_request
from .._spec import shape_for
from .._state import EmulatorState, EmulatorUser

__all__ = [
    "Backend",
    "backend",
    "exists",
    "new_id",
    "not_found",
    "page",
    "shaped",
    "strings",
    "user_dto",
]


class Backend(Protocol):
    name: str

    def dump(self) -> list[dict[str, Any]]: ...

    def load(self, items: list[dict[str, Any]]) -> None: ...


_B = TypeVar("_B")


def backend(state: EmulatorState, kind: type[_B]) -> _B:
    """The state's backend of that class, made on first use."""
    name: str = kind.name  # type: ignore[attr-defined]
    found = state.backends.get(name)
    if found is None:
        found = state.backends[name] = kind()
    return found


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


def page(call: Call, items: list[Any]) -> dict[str, Any]:
    """`{totalCount, list}` of the request's page (query or body `page`/`limit`)."""
    from .._users import _page_of

    return _page_of(call, items)


def strings(call: Call, name: str) -> list[str]:
    """A required array of non-empty strings."""
    values = call.arg_list(name, required=True)
    if not all(isinstance(v, str) and v for v in values):
        raise bad_request(f"{name} must hold non-empty strings")
    return values


def user_dto(call: Call, user: EmulatorUser) -> dict[str, Any]:
    from .._users import _dto_flags, _user_dto

    def flag(name: str) -> bool:
        value = call.params.get(name, call.body.get(name))
        return value is True

    return _user_dto(user, **_dto_flags(call, flag))


def user(call: Call, user_id: Any) -> EmulatorUser:
    """The user with that id (404 if none)."""
    from .._users import _resolve

    return _resolve(call, user_id, "user_id", "targetIdentifier")
