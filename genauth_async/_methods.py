"""What an endpoint method takes, read from its signature and the shipped spec.

Used by ``bulk.for_endpoint`` and by the ``call``/``bulk`` commands: argument names in
snake_case or camelCase, values from command-line text, CSV cells or JSON, and a rehearsal
that runs the method's own checks without sending anything.
"""

from __future__ import annotations

import difflib
import enum
import functools
import importlib.resources
import inspect
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

import attrs
import orjson

from ._convert import to_camel

__all__ = ["MethodInfo", "Param", "describe", "method_names", "operation", "rehearse"]

Kind = Literal["str", "int", "float", "bool", "enum", "model", "object", "json", "list"]

#: arguments of every method that are not the endpoint's (per-call settings)
_CALL_SETTINGS: Final = frozenset({"self", "timeout", "deadline"})
_TRUE: Final = frozenset({"true", "1", "yes", "y", "on"})
_FALSE: Final = frozenset({"false", "0", "no", "n", "off"})


@attrs.frozen
class Param:
    """One argument of an endpoint method."""

    name: str
    """The Python (snake_case) name."""
    wire: str
    """The camelCase name (GenAuth's)."""
    kind: Kind
    required: bool
    keyword_only: bool
    item: Param | None = None
    """For a list: what each item is."""
    enum: type[enum.Enum] | None = None
    model: type | None = None

    @property
    def values(self) -> list[str]:
        """The allowed values of an enum argument."""
        return [str(m.value) for m in self.enum] if self.enum is not None else []

    def describe(self) -> str:
        """A few words on what the argument takes."""
        if self.kind == "list":
            assert self.item is not None
            return f"list of {self.item.describe()}"
        if self.kind == "enum":
            return "one of " + ", ".join(self.values)
        if self.kind == "model":
            assert self.model is not None
            return f"{self.model.__name__} (JSON object, camelCase)"
        return {
            "str": "string",
            "int": "integer",
            "float": "number",
            "bool": "true/false",
            "object": "JSON object",
            "json": "any JSON value (or text)",
        }[self.kind]

    # -- values ------------------------------------------------------------------------------

    def from_text(self, text: str) -> Any:
        """The value of a command-line option or a CSV cell; ValueError says what is wrong."""
        if self.kind == "str":
            return text
        if self.kind == "list":
            assert self.item is not None
            if text.lstrip().startswith("["):
                return self.from_json(self._json(text))
            return [self.item.from_text(text)]
        if self.kind == "int":
            try:
                return int(text)
            except ValueError:
                raise ValueError(f"{self.name} must be an integer, got {text!r}") from None
        if self.kind == "float":
            try:
                return float(text)
            except ValueError:
                raise ValueError(f"{self.name} must be a number, got {text!r}") from None
        if self.kind == "bool":
            lowered = text.strip().lower()
            if lowered in _TRUE or lowered in _FALSE:
                return lowered in _TRUE
            raise ValueError(f"{self.name} must be true or false, got {text!r}")
        if self.kind == "enum":
            return self.from_json(text)
        if self.kind == "json":
            try:
                return orjson.loads(text)
            except orjson.JSONDecodeError:
                return text  # plain text is a JSON string
        return self.from_json(self._json(text))  # model, object

    def from_json(self, value: Any) -> Any:
        """A JSON value (a .jsonl field, a ``--json`` member) checked against the type."""
        if value is None or self.kind == "json":
            return value
        if self.kind == "list":
            assert self.item is not None
            if not isinstance(value, list):
                raise ValueError(f"{self.name} must be a JSON array, got {_json_type(value)}")
            item = attrs.evolve(self.item, name=f"{self.name}[]")
            return [item.from_json(v) for v in value]
        ok = {
            "str": lambda v: isinstance(v, str),
            "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "bool": lambda v: isinstance(v, bool),
            "enum": lambda v: isinstance(v, str),
            "model": lambda v: isinstance(v, dict),
            "object": lambda v: isinstance(v, dict),
        }[self.kind](value)
        if not ok:
            raise ValueError(f"{self.name} must be {self._article()}, got {_json_type(value)}")
        if self.kind == "enum" and value not in self.values:
            allowed = ", ".join(repr(v) for v in self.values)
            raise ValueError(f"{self.name} must be one of {allowed}, got {value!r}")
        return value

    def _json(self, text: str) -> Any:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"{self.name}: not valid JSON ({self.describe()}): {exc}") from None

    def _article(self) -> str:
        return {
            "str": "a string",
            "int": "an integer",
            "float": "a number",
            "bool": "true or false",
            "enum": "a string",
            "model": "a JSON object",
            "object": "a JSON object",
        }[self.kind]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {
        str: "a string",
        int: "a number",
        float: "a number",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


@attrs.frozen
class MethodInfo:
    """An endpoint method: its arguments and what the spec says of it."""

    name: str
    module: str
    http_method: str
    path: str
    idempotent: bool
    doc: str
    params: tuple[Param, ...]
    _by_key: dict[str, Param] = attrs.field(factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for p in self.params:
            for key in (p.name, p.wire, to_camel(p.name), p.name.replace("_", "-")):
                self._by_key.setdefault(key, p)

    def param(self, key: str) -> Param:
        """The argument named ``key`` (snake_case, camelCase or dashed); ValueError if none."""
        found = self._by_key.get(key)
        if found is not None:
            return found
        near = difflib.get_close_matches(key, list(self._by_key), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        names = ", ".join(p.name for p in self.params) or "none"
        raise ValueError(f"unknown argument {key!r} for {self.name}{hint}; it takes: {names}")

    def arguments(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """``given`` with every name made the Python one; ValueError on an unknown or doubled
        name."""
        out: dict[str, Any] = {}
        for key, value in given.items():
            name = self.param(key).name
            if name in out:
                raise ValueError(f"{name} is given twice (as {key!r} too)")
            out[name] = value
        return out

    def missing(self, args: Mapping[str, Any]) -> list[str]:
        """The required arguments ``args`` lacks (None counts as missing)."""
        return [p.name for p in self.params if p.required and args.get(p.name) is None]


@functools.cache
def _spec_operations() -> dict[str, dict[str, Any]]:
    raw = importlib.resources.files("genauth_async").joinpath("spec.json").read_bytes()
    spec = orjson.loads(raw)
    ops: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            entry = {**op, "_path": path, "_method": method.upper()}
            ops[op["x-python-name"]] = entry
            for alias in op.get("x-aliases", ()):
                ops.setdefault(alias, entry)
    return ops


def method_names() -> list[str]:
    """Every endpoint method, sorted."""
    from .api import ENDPOINTS

    return sorted(ENDPOINTS)


class _ModelNames(dict[str, Any]):
    """Names an annotation may use that its module imports only for type checkers."""

    def __missing__(self, key: str) -> Any:
        from . import models

        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


@functools.cache
def describe(name: str) -> MethodInfo:
    """The endpoint method ``name``; ValueError (with a suggestion) if there is none."""
    from .api import ENDPOINTS
    from .client import AsyncManagementClient

    endpoint = ENDPOINTS.get(name)
    if endpoint is None:
        near = difflib.get_close_matches(name, list(ENDPOINTS), n=3)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise ValueError(f"no endpoint method {name!r}{hint}")
    fn = getattr(AsyncManagementClient, name)
    hints = typing.get_type_hints(fn, localns=_ModelNames())
    params = []
    for p in inspect.signature(fn).parameters.values():
        if p.name in _CALL_SETTINGS:
            continue
        params.append(
            _param(
                p.name,
                to_camel(p.name),
                hints.get(p.name, Any),
                required=p.default is inspect.Parameter.empty,
                keyword_only=p.kind is inspect.Parameter.KEYWORD_ONLY,
            )
        )
    return MethodInfo(
        name=name,
        module=fn.__module__.rsplit(".", 1)[-1],
        http_method=endpoint.method,
        path="/" + endpoint.path,
        idempotent=endpoint.idempotent,
        doc=inspect.getdoc(fn) or "",
        params=tuple(params),
    )


def operation(name: str) -> Mapping[str, Any]:
    """What the shipped spec says of method ``name`` (summary, module, ``x-`` fields); read
    from the package on first use, for help texts."""
    ops = _spec_operations()
    op = ops.get(name)
    if op is None:  # a hand-written method: the entry of the endpoint it calls
        info = describe(name)
        op = next((o for o in ops.values() if o["_path"] == info.path), {})
    return op


def _param(name: str, wire: str, tp: Any, *, required: bool, keyword_only: bool) -> Param:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        models = [a for a in args if attrs.has(a)]
        if enums:
            return Param(name, wire, "enum", required, keyword_only, enum=enums[0])
        if models:
            return Param(name, wire, "model", required, keyword_only, model=models[0])
        if float in args:  # a timeout: seconds
            return Param(name, wire, "float", required, keyword_only)
        if len(args) == 1:
            return _param(name, wire, args[0], required=required, keyword_only=keyword_only)
        return Param(name, wire, "json", required, keyword_only)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Sequence):
        of = args[0] if args else Any
        item = _param(f"{name}[]", wire, of, required=True, keyword_only=False)
        return Param(name, wire, "list", required, keyword_only, item=item)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return Param(name, wire, "object", required, keyword_only)
    simple: dict[Any, Kind] = {str: "str", int: "int", float: "float", bool: "bool"}
    if tp in simple:
        return Param(name, wire, simple[tp], required, keyword_only)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return Param(name, wire, "enum", required, keyword_only, enum=tp)
    if attrs.has(tp):
        return Param(name, wire, "model", required, keyword_only, model=tp)
    return Param(name, wire, "json", required, keyword_only)


# -- rehearsal ---------------------------------------------------------------------------------


class _Prepared(Exception):
    """The method got as far as sending: its arguments passed every check."""


class _NoTransport:
    async def request(self, *args: Any, **kwargs: Any) -> Any:
        raise _Prepared


@functools.cache
def _rehearsal() -> Any:
    from .api import ManagementAPI

    class Rehearsal(ManagementAPI):
        __slots__ = ("_transport",)

    stage = Rehearsal()
    stage._transport = _NoTransport()  # type: ignore[assignment]
    return stage


def rehearse(name: str, args: Mapping[str, Any]) -> None:
    """Run method ``name``'s own argument checks on ``args`` without sending anything.

    Raises the TypeError/ValueError the method would raise before sending.
    """
    info = describe(name)
    missing = info.missing(args)
    if missing:
        raise ValueError(f"{name} needs {', '.join(missing)} (missing)")
    coro = getattr(_rehearsal(), name)(**args)
    try:
        coro.send(None)
    except (_Prepared, StopIteration):
        pass
    finally:
        coro.close()
