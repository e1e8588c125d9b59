"""The one cattrs converter: camelCase on the wire, enums, datetimes, lenient decoding.

Every attrs model goes through the hook factories below, built once per class and cached
by cattrs. The wire name of a field is its snake_case name turned camelCase, unless the field
says otherwise with ``attrs.field(metadata={"wire": "zh-CN"})``: irregular names live with
the model that has them, so a new API module never needs a change here.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.orjson import make_converter

from .models._base import Page

__all__ = [
    "converter",
    "make_genauth_converter",
    "strict_converter",
    "structure",
    "to_camel",
    "unstructure",
]

T = TypeVar("T")


def to_camel(name: str) -> str:
    """``user_id_type`` -> ``userIdType``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire_names(cls: type) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for a in attrs.fields(get_origin(cls) or cls):
        wire = a.metadata.get("wire") or to_camel(a.name)
        if wire != a.name:
            overrides[a.name] = override(rename=wire)
    return overrides


def _parse_datetime(value: Any, _: type) -> datetime:
    if isinstance(value, str):  # the usual case first
        dt = datetime.fromisoformat(value)
    elif isinstance(value, datetime):
        dt = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        # GenAuth sends millisecond epochs in a few places
        return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, tz=UTC)
    else:
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


def _structure_int(value: Any, _: type) -> Any:
    """An int; never truncated: a number GenAuth sends with a fraction is kept as it is."""
    if type(value) is int:  # the usual case first
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return int(value)  # "7" -> 7; anything else fails the decoding, with the field's path


def _format_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


def _open_enum_union(tp: Any) -> type[enum.Enum] | None:
    """The enum of a ``SomeEnum | str`` (optionally ``| None``) annotation, else None."""
    if get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in get_args(tp) if a is not type(None)]
    if len(args) != 2 or str not in args:
        return None
    other = args[0] if args[1] is str else args[1]
    if isinstance(other, type) and issubclass(other, enum.Enum):
        return other
    return None


def _is_list_of(tp: Any) -> bool:
    origin: Any = get_origin(tp)
    return origin is list and bool(get_args(tp))


def make_genauth_converter(*, strict: bool = False) -> cattrs.Converter:
    """Build a converter; ``strict=True`` rejects unknown keys (used by our own tests)."""
    conv = make_converter(prefer_attrib_converters=True)

    def structure_attrs(cls: Any) -> Callable[[Any, Any], Any]:
        fn = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=strict, **_wire_names(cls))
        if get_origin(cls) is Page:
            # the docs' own samples omit totalCount; the length of the list is the best answer
            def structure_page(value: Any, tp: Any) -> Any:
                # ``type() is dict`` first: cheaper than the ABC check, and what orjson gives
                is_mapping = type(value) is dict or isinstance(value, Mapping)
                if is_mapping and "list" not in value and isinstance(value.get("data"), list):
                    # RoleListPageDto: the same page, its items under "data"
                    value = {k: v for k, v in value.items() if k != "data"} | {
                        "list": value["data"]
                    }
                if is_mapping and "totalCount" not in value:
                    items = value.get("list")
                    count = len(items) if isinstance(items, list) else int(items is not None)
                    value = {**value, "totalCount": count}
                return fn(value, tp)

            return structure_page
        return fn

    def unstructure_attrs(cls: Any) -> Callable[[Any], Any]:
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **_wire_names(cls))

    conv.register_structure_hook_factory(attrs.has, structure_attrs)
    conv.register_unstructure_hook_factory(attrs.has, unstructure_attrs)

    conv.register_structure_hook(int, _structure_int)
    # bool is a subclass of int: it keeps its own hook (cattrs' own: bool(value))
    conv.register_structure_hook(bool, lambda value, _: bool(value))
    conv.register_structure_hook(datetime, _parse_datetime)
    conv.register_unstructure_hook(datetime, _format_datetime)

    def structure_open_enum(tp: Any) -> Callable[[Any, Any], Any]:
        enum_cls = _open_enum_union(tp)
        assert enum_cls is not None
        lookup = enum_cls._value2member_map_
        optional = type(None) in get_args(tp)

        def structure(value: Any, _: Any) -> Any:
            if value is None and optional:
                return None
            member = lookup.get(value)
            if member is not None:
                return member
            if isinstance(value, str):
                return value
            raise ValueError(f"expected a string for {enum_cls.__name__}, got {value!r}")

        return structure

    conv.register_structure_hook_factory(
        lambda tp: _open_enum_union(tp) is not None, structure_open_enum
    )

    def structure_lenient_list(tp: Any) -> Callable[[Any, Any], Any]:
        (item,) = get_args(tp) or (Any,)
        item_hook = conv.get_structure_hook(item)

        def structure(value: Any, _: Any) -> list[Any]:
            if type(value) is list:  # the usual case first, without the ABC check below
                return [item_hook(v, item) for v in value]
            if isinstance(value, Mapping):
                # a single object where the contract says a list (seen in GenAuth's docs)
                return [item_hook(value, item)]
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [item_hook(v, item) for v in value]

        return structure

    conv.register_structure_hook_factory(_is_list_of, structure_lenient_list)

    def unstructure_model_list(tp: Any) -> Callable[[Any], Any]:
        # a list comprehension: cattrs' own list hook feeds list() a generator, slower
        (item,) = get_args(tp)
        item_hook = conv.get_unstructure_hook(item)

        def unstructure(value: Any) -> list[Any]:
            return [item_hook(v) for v in value]

        return unstructure

    conv.register_unstructure_hook_factory(
        lambda tp: _is_list_of(tp) and attrs.has(get_args(tp)[0]), unstructure_model_list
    )
    return conv


converter = make_genauth_converter()
#: rejects unknown keys: for checking what callers hand us, and in our own tests
strict_converter = make_genauth_converter(strict=True)


def structure(data: Any, cls: type[T]) -> T:
    return converter.structure(data, cls)


def unstructure(obj: Any) -> Any:
    return converter.unstructure(obj)
