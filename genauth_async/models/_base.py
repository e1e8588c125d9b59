"""Building blocks shared by every models module.

Conventions (every generated or hand-written model follows them):

- ``@attrs.define(kw_only=True, slots=False)`` subclasses of :class:`Model`, snake_case
  attribute names; the converter maps them to camelCase on the wire (an irregular wire name
  is given by the field's ``metadata={"wire": ...}``). Without slots, an object decoded from
  an answer holds only the fields GenAuth sent, and its class answers for the others.
- Required DTO fields have no default; optional ones default to ``None`` and are omitted
  from request bodies when ``None``.
- Enum fields of response models are typed ``SomeEnum | str``: a value GenAuth adds later
  is kept as a plain string instead of failing the call.
- Enum fields of request models use :func:`enum_field`, which accepts the enum member or its
  exact wire string and raises ``ValueError`` naming the allowed values otherwise, at
  construction time, long before anything is sent.
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

import attrs

__all__ = [
    "Model",
    "Page",
    "StrEnum",
    "coerce_enum",
    "enum_converter",
    "enum_field",
    "enum_list_converter",
    "enum_list_field",
    "redacted",
]

E = TypeVar("E", bound="StrEnum")
T = TypeVar("T")


class StrEnum(enum.StrEnum):
    """A string enum whose ``str()`` is its wire value."""

    def __str__(self) -> str:
        return str(self.value)


def coerce_enum(enum_cls: type[E], value: object, name: str) -> E:
    """Return ``value`` as a member of ``enum_cls``; ``ValueError`` names the allowed values."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        member = enum_cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    allowed = ", ".join(repr(m.value) for m in enum_cls)
    raise ValueError(f"{name} must be one of {allowed} (or {enum_cls.__name__}.*), got {value!r}")


def enum_converter(enum_cls: type[E], name: str) -> Callable[[E | str | None], E | None]:
    def convert(value: E | str | None) -> E | None:
        if value is None:
            return None
        return coerce_enum(enum_cls, value, name)

    convert.enum_kind = "member"  # type: ignore[attr-defined]  # read by the dict check
    return convert


def enum_field(enum_cls: type[E], name: str, *, required: bool = False) -> Any:
    """An attrs field holding a request-side enum, validated when the model is built."""
    convert = enum_converter(enum_cls, name)
    if required:
        return attrs.field(converter=convert)
    return attrs.field(default=None, converter=convert)


def enum_list_converter(
    enum_cls: type[E], name: str
) -> Callable[[Iterable[E | str] | None], list[E] | None]:
    def convert(values: Iterable[E | str] | None) -> list[E] | None:
        if values is None:
            return None
        if isinstance(values, str):
            # a bare string is iterable too; reject it rather than split it into characters
            raise ValueError(f"{name} must be a list of {enum_cls.__name__} values, got {values!r}")
        return [coerce_enum(enum_cls, v, f"{name}[{i}]") for i, v in enumerate(values)]

    convert.enum_kind = "members"  # type: ignore[attr-defined]  # read by the dict check
    return convert


def enum_list_field(enum_cls: type[E], name: str, *, required: bool = False) -> Any:
    """Like :func:`enum_field`, for a list of request-side enum values."""
    convert = enum_list_converter(enum_cls, name)
    if required:
        return attrs.field(converter=convert)
    return attrs.field(default=None, converter=convert)


class Model:
    """Base of every model: what an answer carried beyond the declared fields."""

    __slots__ = ()

    #: the converter's unstructure, set by ``genauth_async._convert`` when it is built (the
    #: models sit below the converter and never import it)
    _unstructure: ClassVar[Callable[[Any], Any]]

    @property
    def model_extra(self) -> dict[str, Any]:
        """The keys of GenAuth's answer that this model does not declare, as sent."""
        extra: dict[str, Any] | None = self.__dict__.get("_genauth_extra")
        return dict(extra) if extra else {}

    def to_dict(self) -> dict[str, Any]:
        """The model as GenAuth's camelCase JSON: for a decoded answer, the keys it sent
        (unknown ones included); for a model you built, the fields you set."""
        data: dict[str, Any] = Model._unstructure(self)
        return data


@attrs.define(kw_only=True, slots=False)
class Page(Model, Generic[T]):
    """One page of a paginated GenAuth list: ``{totalCount, list}``."""

    total_count: int
    # spelled builtins.list: a bare `list` here would resolve to this very attribute
    list: builtins.list[T]


def redacted(value: object) -> str:
    """The ``repr`` of a secret field: whether it is set, never its value."""
    return "None" if value is None else "'***'"
