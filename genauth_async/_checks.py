"""Argument checks: what the caller gives is checked before anything is sent.

Every generated endpoint, ``bulk`` and the command line check arguments with these functions,
so a bad value gets the same error, naming the same argument, wherever it comes from. Each
check returns the value (converted where the meaning is certain), so it can sit inline where
a query or body is built.
"""

from __future__ import annotations

import re
import reprlib
import typing
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload
from urllib.parse import quote

import attrs
import cattrs
import orjson
from cattrs.v import format_exception

from ._convert import field_types, from_caller, strict_converter, to_camel
from .models._base import StrEnum, coerce_enum

if TYPE_CHECKING:
    from .models.common import UserIdType

E = TypeVar("E", bound=StrEnum)
B = TypeVar("B")

__all__ = [
    "MAX_PAGE_SIZE",
    "as_model",
    "as_models",
    "as_text",
    "check_enum",
    "check_enum_list",
    "check_flag",
    "check_int",
    "check_list",
    "check_mapping",
    "check_page",
    "check_page_size",
    "check_pagination",
    "check_str",
    "check_str_list",
    "check_user_id_type",
    "json_value",
    "path_segment",
    "require_enum",
    "require_flag",
    "require_id",
    "require_ids",
    "require_int",
    "require_str",
    "require_str_list",
    "value_at",
    "wire_path",
    "with_page",
]


def value_at(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def check_pagination(body: B, path: tuple[str, ...]) -> B:
    """``body`` with the page and page size nested in it (``options.pagination``) checked, and
    numeric strings made ints."""
    pagination = value_at(body, path)
    if pagination is None:
        return body
    name = ".".join(path)
    page = check_page(pagination.page, f"{name}.page")
    size = check_page_size(pagination.limit, f"{name}.limit")
    return typing.cast("B", with_page(body, path, page, size))


def with_page(obj: Any, path: tuple[str, ...], page: int | None, size: int | None) -> Any:
    """``obj`` with ``page`` and ``limit`` set in the model at ``path`` (made when absent), as
    the text the model types them as where it does so."""
    if not path:
        hint = field_types(type(obj))["page"]
        new: tuple[Any, Any] = (page, size)
        if str in (hint, *typing.get_args(hint)):
            new = (as_text(page), as_text(size))
        if _same(obj.page, new[0]) and _same(obj.limit, new[1]):
            return obj  # the usual case: already as sent (a caller's dict stays as given)
        return attrs.evolve(obj, page=new[0], limit=new[1])
    head, rest = path[0], path[1:]
    inner = current = getattr(obj, head)
    if inner is None:
        inner = _field_class(type(obj), head)()
    paged = with_page(inner, rest, page, size)
    return obj if paged is current else attrs.evolve(obj, **{head: paged})


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _field_class(cls: type, name: str) -> type:
    """The attrs class of field ``name`` of ``cls`` (its annotation may be ``X | None``)."""
    hint = field_types(cls)[name]
    for arg in (hint, *typing.get_args(hint)):
        if attrs.has(arg):
            return arg
    raise TypeError(f"{cls.__name__}.{name} is not a model field")


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


#: GenAuth documents "at most 50 per page" for its paginated lists
MAX_PAGE_SIZE = 50


def _page_number(value: int | str | None, name: str, required: bool) -> int | None:
    """An int, or a str of decimal digits as the official SDK takes (``"2"``), as an int."""
    if value is None and required:
        raise TypeError(f"{name} is required (an int), got None")
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"{name} must be an int or a numeric string, got {value!r}")
        return int(text)
    return value


def check_page(page: int | str | None, name: str = "page", *, required: bool = False) -> int | None:
    """A 1-based page number (an int or a numeric string), or None."""
    return check_int(_page_number(page, name, required), name, minimum=1)


def check_page_size(
    limit: int | str | None, name: str = "limit", *, required: bool = False
) -> int | None:
    """A page size GenAuth accepts (1 to 50; an int or a numeric string), or None."""
    size = check_int(_page_number(limit, name, required), name, minimum=1)
    if size is not None and size > MAX_PAGE_SIZE:
        raise ValueError(f"{name} must be between 1 and {MAX_PAGE_SIZE} (GenAuth's maximum)")
    return size


def as_text(value: int | None) -> str | None:
    """A checked number where the API types it as a string (some tenant lists' pages)."""
    return None if value is None else str(value)


def check_str(value: str | None, name: str) -> str | None:
    """A str or None; TypeError naming ``name`` otherwise."""
    if value is None or isinstance(value, str):
        return value
    # the type only, never the value: this may be a password or a secret
    raise TypeError(f"{name} must be a str or None, got {type(value).__name__}")


def require_str_list(values: object, name: str) -> list[str]:
    """A list of strings (possibly empty)."""
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of str, got {type(values).__name__}")
    return [require_str(v, f"{name}[{i}]") for i, v in enumerate(values)]


def check_str_list(values: Sequence[str] | None, name: str) -> list[str] | None:
    """None, or a list of non-empty string ids (possibly empty)."""
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of str or None, got {type(values).__name__}")
    return [require_id(v, f"{name}[{i}]") for i, v in enumerate(values)]


def check_user_id_type(value: UserIdType | str | None) -> UserIdType | None:
    """The ``userIdType`` argument as the enum, or ValueError naming the allowed values."""
    from .models.common import UserIdType

    return None if value is None else coerce_enum(UserIdType, value, "user_id_type")


def require_str(value: object, name: str) -> str:
    """A str (possibly empty); TypeError naming ``name`` otherwise."""
    if not isinstance(value, str):
        # the type only, never the value: this may be a password or a secret
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return value


def require_int(value: object, name: str, *, minimum: int | None = None) -> int:
    """An int (not a bool, not None), at least ``minimum`` when given."""
    if value is None:
        raise TypeError(f"{name} is required (an int), got None")
    result = check_int(value, name, minimum=minimum)  # type: ignore[arg-type]  # checked here
    assert result is not None
    return result


def require_flag(value: object, name: str) -> bool:
    """True or False (not None, not 1/0)."""
    if value is True or value is False:
        return value
    raise TypeError(f"{name} must be True or False, got {reprlib.repr(value)}")


def check_enum(enum_cls: type[E], value: E | str | None, name: str) -> E | None:
    """None, or ``value`` as a member of ``enum_cls``; ValueError naming the allowed values."""
    return None if value is None else coerce_enum(enum_cls, value, name)


def require_enum(enum_cls: type[E], value: E | str, name: str) -> E:
    """``value`` as a member of ``enum_cls`` (None is not allowed)."""
    return coerce_enum(enum_cls, value, name)


@overload
def check_enum_list(enum_cls: type[E], values: Sequence[E | str], name: str) -> list[E | str]: ...
@overload
def check_enum_list(
    enum_cls: type[E], values: Sequence[E | str] | None, name: str, *, optional: Literal[True]
) -> list[E | str] | None: ...
def check_enum_list(
    enum_cls: type[E], values: Sequence[E | str] | None, name: str, *, optional: bool = False
) -> list[E | str] | None:
    """A list of ``enum_cls`` members (None only when ``optional``)."""
    if values is None:
        if optional:
            return None
        raise TypeError(f"{name} is required (a list of {enum_cls.__name__} values), got None")
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of {enum_cls.__name__} values, got {values!r}")
    return [coerce_enum(enum_cls, v, f"{name}[{i}]") for i, v in enumerate(values)]


@overload
def check_list(values: object, name: str) -> list[Any]: ...
@overload
def check_list(values: object, name: str, *, optional: Literal[True]) -> list[Any] | None: ...
def check_list(values: object, name: str, *, optional: bool = False) -> list[Any] | None:
    """A list (of JSON values) or, when ``optional``, None."""
    if values is None:
        if optional:
            return None
        raise TypeError(f"{name} is required (a list), got None")
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list, got {type(values).__name__}")
    return list(values)


@overload
def check_mapping(value: object, name: str) -> dict[str, Any]: ...
@overload
def check_mapping(
    value: object, name: str, *, optional: Literal[True]
) -> dict[str, Any] | None: ...
def check_mapping(value: object, name: str, *, optional: bool = False) -> dict[str, Any] | None:
    """A JSON object given as a mapping, or, when ``optional``, None."""
    if value is None:
        if optional:
            return None
        raise TypeError(f"{name} is required (a dict), got None")
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return dict(value)


def json_value(value: object, name: str) -> Any:
    """Any JSON value, sent as it is (a dict as an object, a str as a JSON string)."""
    if value is None:
        raise TypeError(f"{name} is required (any JSON value), got None")
    try:
        orjson.dumps(value)
    except TypeError as exc:
        raise TypeError(f"{name} must be JSON-serializable: {exc}") from None
    return value


def path_segment(value: str, name: str) -> str:
    """An id placed in a URL path, percent-encoded so it stays one segment."""
    return quote(value, safe="")


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
        # a dict that fits is kept as given (and sent so); any other is built strictly, for
        # the error that names each problem
        checked = from_caller(value, cls)
        if checked is not None:
            return checked
        try:
            return strict_converter.structure(dict(value), cls)
        except cattrs.BaseValidationError as exc:
            # the paths as the caller's dict spells them ($.applicationMfa), not as the model
            problems = "; ".join(
                _WIRE_PATH.sub(lambda m: wire_path(m.group(), cls), problem)
                for problem in cattrs.transform_error(exc, format_exception=_describe)
            )
            raise ValueError(f"{name} is not a valid {cls.__name__}: {problems}") from None
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{name} is not a valid {cls.__name__}: {exc}") from None
    raise TypeError(
        f"{name} must be a {cls.__name__} (or a dict of its wire fields), "
        f"got {type(value).__name__}"
    )


@overload
def as_models(values: object, cls: type[M], name: str) -> list[M]: ...
@overload
def as_models(
    values: object, cls: type[M], name: str, *, optional: Literal[True]
) -> list[M] | None: ...
def as_models(values: object, cls: type[M], name: str, *, optional: bool = False) -> list[M] | None:
    """A non-empty list of ``cls`` models (items may be models or camelCase dicts)."""
    if values is None:
        if optional:
            return None
        raise ValueError(f"{name} is required")
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list, got {type(values).__name__}")
    if not values and not optional:
        raise ValueError(f"{name} must not be empty")
    out = []
    for i, v in enumerate(values):
        # the usual item, a plain dict that fits, checked without as_model's dispatch; any
        # other goes through it, for the error that names the item
        model = from_caller(v, cls) if type(v) is dict else None
        out.append(as_model(v, cls, f"{name}[{i}]") if model is None else model)
    return out


_WIRE_PATH = re.compile(r"\$[\w.\[\]]*")


def wire_path(path: str, cls: type) -> str:
    """``$.application_mfa[0].mfa_policy`` -> ``$.applicationMfa[0].mfaPolicy``, as the JSON
    the user wrote spells it."""
    out: list[str] = []
    current: Any = cls
    for part in re.split(r"(\.\w+|\[\d+\])", path):
        if not part.startswith("."):
            out.append(part)
            continue
        field = None
        if attrs.has(current):
            field = next((f for f in attrs.fields(current) if f.name == part[1:]), None)
        if field is None:
            out.append("." + to_camel(part[1:]))
            current = None
            continue
        out.append("." + (field.metadata.get("wire") or to_camel(field.name)))
        current = field_types(current).get(field.name)
        while typing.get_args(current):  # list[X] or X | None: on to X
            current = next(a for a in typing.get_args(current) if a is not type(None))
    return "".join(out)
