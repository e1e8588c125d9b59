"""What every API module shares: access to the transport and argument checks."""

from __future__ import annotations

import reprlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeVar, overload

import cattrs
from cattrs.v import format_exception

from .._convert import strict_converter
from ..models._base import coerce_enum
from ..models.users import UserIdType

if TYPE_CHECKING:
    from .._transport import Transport

__all__ = [
    "APIModule",
    "as_model",
    "check_flag",
    "check_int",
    "check_str",
    "check_str_list",
    "check_user_id_type",
    "require_id",
    "require_ids",
]


class APIModule:
    """Base of the API mixins; the client provides ``_transport``."""

    __slots__ = ()
    _transport: Transport


def require_id(value: object, name: str) -> str:
    """A non-empty string id, or a clear error before anything is sent."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    return value


def require_ids(values: object, name: str, *, max_items: int | None = None) -> list[str]:
    """A non-empty list of non-empty string ids (at most ``max_items``)."""
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of str, got {type(values).__name__}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    if max_items is not None and len(values) > max_items:
        raise ValueError(f"{name} has {len(values)} items; GenAuth accepts at most {max_items}")
    return [require_id(v, f"{name}[{i}]") for i, v in enumerate(values)]


# Optional scalar arguments. Each check returns the value unchanged, so it can sit inline
# where the query or body is built; None costs one identity test and nothing else.


def check_flag(value: bool | None, name: str) -> bool | None:
    """``value`` if it is True, False or None; TypeError naming ``name`` otherwise."""
    if value is None or value is True or value is False:
        return value
    # 1/0 and "true" would be sent as they are, and GenAuth answers 400
    raise TypeError(f"{name} must be True, False or None, got {reprlib.repr(value)}")


def check_int(value: int | None, name: str, *, minimum: int | None = None) -> int | None:
    """An int (not a bool, not a float) or None, at least ``minimum`` when given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or None, got {reprlib.repr(value)}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def check_str(value: str | None, name: str) -> str | None:
    """A str or None; TypeError naming ``name`` otherwise."""
    if value is None or isinstance(value, str):
        return value
    # the type only, never the value: this may be a password or a secret
    raise TypeError(f"{name} must be a str or None, got {type(value).__name__}")


def check_str_list(values: Sequence[str] | None, name: str) -> list[str] | None:
    """None, or a list of non-empty string ids (possibly empty)."""
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of str or None, got {type(values).__name__}")
    return [require_id(v, f"{name}[{i}]") for i, v in enumerate(values)]


def check_user_id_type(value: UserIdType | str | None) -> UserIdType | None:
    """The ``userIdType`` argument as the enum, or ValueError naming the allowed values."""
    return None if value is None else coerce_enum(UserIdType, value, "user_id_type")


M = TypeVar("M")


def _describe(exc: BaseException, tp: type | None) -> str:
    # our own validators (enum fields) already say what is allowed: keep their words
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    return format_exception(exc, tp)


@overload
def as_model(value: object, cls: type[M], name: str) -> M: ...
@overload
def as_model(value: object, cls: type[M], name: str, *, optional: Literal[True]) -> M | None: ...
def as_model(value: object, cls: type[M], name: str, *, optional: bool = False) -> M | None:
    """``value`` as a ``cls`` model; a camelCase dict (what the sync SDK takes) is converted.

    Raises TypeError/ValueError naming the argument when it does not fit, before sending.
    """
    if value is None:
        if optional:
            return None
        raise ValueError(f"{name} is required")
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return strict_converter.structure(dict(value), cls)
        except cattrs.BaseValidationError as exc:
            problems = "; ".join(cattrs.transform_error(exc, format_exception=_describe))
            raise ValueError(f"{name} is not a valid {cls.__name__}: {problems}") from None
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{name} is not a valid {cls.__name__}: {exc}") from None
    raise TypeError(
        f"{name} must be a {cls.__name__} (or a dict of its wire fields), "
        f"got {type(value).__name__}"
    )
