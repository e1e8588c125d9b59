"""The Management API as the emulator knows it: read once from the spec shipped in the package.

`operations()` reads `genauth_async/spec.json` (the compact copy of the OpenAPI spec) once per
process and compiles, for every operation, a request checker and a response shaper. Requests
then cost no walk of the spec: a checker and a shaper are closures over what the spec says.

This module reads the spec only; it shares no code with the client (models, converter), so a
mistake in one is not copied into the other.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import orjson

__all__ = [
    "SAMPLE_DATE",
    "Args",
    "Check",
    "Operation",
    "RequestError",
    "Shape",
    "load_spec",
    "operations",
    "shape_for",
]

SAMPLE_DATE: Final = "2024-01-01T00:00:00.000Z"
"""The date every schema-shaped answer carries."""
PAGE_SIZE: Final = 3
"""How many items a schema-shaped collection holds (so `totalCount` is 3)."""
_MAX_DEPTH: Final = 6
"""Past this nesting depth, shaped objects carry only their required fields and no lists."""

#: query booleans as clients send them: ours and node's lower case, python-requests' capitalized
QUERY_BOOLEANS: Final = {"true": True, "True": True, "false": False, "False": False}


def query_list(query: Any, name: str) -> list[str]:
    """An array in the query: repeated keys (``k=a&k=b``), also axios' ``k[]=a``."""
    return [*query.getall(name, []), *query.getall(name + "[]", [])]


class RequestError(ValueError):
    """A request the spec does not allow; the message names the field."""


Check = Callable[[Any, str], None]
"""Raises RequestError if the value does not fit; the second argument names it."""


class Args:
    """What a request said, for echoing: top-level body and `options` keys, query values."""

    __slots__ = ("limit", "page", "values")

    def __init__(self, values: Mapping[str, Any], page: int = 1, limit: int = 10) -> None:
        self.values = values
        self.page = page
        self.limit = limit


Shape = Callable[[Args, int], Any]
"""Builds a value valid for a schema; the int is the item's index in its list."""


#: the management spec, and the end user's (its operations take end users' tokens)
SPECS = ("spec.json", "spec-authentication.json")


@functools.cache
def load_spec(name: str = SPECS[0]) -> dict[str, Any]:
    """A spec, parsed once per process."""
    raw = importlib.resources.files("genauth_async").joinpath(name).read_bytes()
    spec: dict[str, Any] = orjson.loads(raw)
    return spec


# -- checking requests ---------------------------------------------------------------------


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class _Compiler:
    """Compiles schemas to checkers and shapers, one closure per schema (refs shared)."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self._checks: dict[str, Check] = {}
        self._shapes: dict[tuple[str, int], Shape] = {}

    # requests

    def check(self, schema: Mapping[str, Any]) -> Check:
        ref = schema.get("$ref")
        if ref is not None:
            name = ref.rsplit("/", 1)[-1]
            found = self._checks.get(name)
            if found is None:
                cell: list[Check] = []
                # set before compiling, so a schema that contains itself ends the recursion
                self._checks[name] = lambda value, where: cell[0](value, where)
                cell.append(self.check(self.schemas[name]))
                found = self._checks[name] = cell[0]
            return found
        if "anyOf" in schema:
            options = [self.check(s) for s in schema["anyOf"]]

            def any_of(value: Any, where: str) -> None:
                problems = []
                for option in options:
                    try:
                        option(value, where)
                        return
                    except RequestError as exc:
                        problems.append(str(exc))
                raise RequestError(problems[0])

            return any_of
        kind = schema.get("type")
        enum = schema.get("enum")
        if schema.get("x-json-text"):  # JSON as text, or (leniently) the JSON value itself
            return _anything
        if kind == "string":
            allowed = frozenset(enum) if enum else None
            choices = ", ".join(enum or ())

            def string(value: Any, where: str) -> None:
                if not isinstance(value, str):
                    raise RequestError(f"{where} must be a string, got {_type_name(value)}")
                if allowed is not None and value not in allowed:
                    raise RequestError(f"{where} must be one of {choices}; got {value!r}")

            return string
        if kind == "number":
            minimum = schema.get("minimum")

            def number(value: Any, where: str) -> None:
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise RequestError(f"{where} must be a number, got {_type_name(value)}")
                if not math.isfinite(value):
                    raise RequestError(f"{where} must be a finite number")
                if minimum is not None and value < minimum:
                    raise RequestError(f"{where} must be >= {minimum}")

            return number
        if kind == "boolean":

            def boolean(value: Any, where: str) -> None:
                if not isinstance(value, bool):
                    raise RequestError(f"{where} must be a boolean, got {_type_name(value)}")

            return boolean
        if kind == "null":

            def null(value: Any, where: str) -> None:
                if value is not None:
                    raise RequestError(f"{where} must be null")

            return null
        if kind == "array":
            item = self.check(schema.get("items", {}))

            def array(value: Any, where: str) -> None:
                if not isinstance(value, list):
                    raise RequestError(f"{where} must be an array, got {_type_name(value)}")
                for i, element in enumerate(value):
                    item(element, f"{where}[{i}]")

            return array
        if kind == "object":
            properties = {
                name: self.check(sub) for name, sub in schema.get("properties", {}).items()
            }
            required = tuple(schema.get("required", ()))

            def obj(value: Any, where: str) -> None:
                if not isinstance(value, dict):
                    raise RequestError(f"{where} must be an object, got {_type_name(value)}")
                prefix = f"{where}." if where else ""
                for name in required:
                    if value.get(name) is None:
                        raise RequestError(f"{prefix}{name} is required")
                # keys the spec does not know are accepted, as GenAuth does
                for name, sub in properties.items():
                    element = value.get(name)
                    if element is not None:  # null means "not given" for an optional field
                        sub(element, prefix + name)

            return obj
        return _anything

    # answers

    def shape(self, schema: Mapping[str, Any], name: str = "", depth: int = 0) -> Shape:
        ref = schema.get("$ref")
        if ref is not None:
            target = ref.rsplit("/", 1)[-1]
            key = (target, depth)
            found = self._shapes.get(key)
            if found is None:
                cell: list[Shape] = []
                self._shapes[key] = lambda args, index: cell[0](args, index)
                cell.append(self.shape(self.schemas[target], name, depth))
                found = self._shapes[key] = cell[0]
            return found
        if "anyOf" in schema:
            options = [s for s in schema["anyOf"] if s.get("type") != "null"]
            return self.shape(options[0] if options else {}, name, depth)
        kind = schema.get("type")
        if kind == "object" and schema.get("x-page"):
            return self._page(schema, depth)
        if kind == "object":
            required = set(schema.get("required", ()))
            deep = depth >= _MAX_DEPTH
            properties = [
                (prop, self.shape(sub, prop, depth + 1))
                for prop, sub in schema.get("properties", {}).items()
                if prop in required or not deep
            ]

            def obj(args: Args, index: int) -> Any:
                return {prop: shape(args, index) for prop, shape in properties}

            return obj
        if kind == "array":
            if depth >= _MAX_DEPTH:
                return lambda args, index: []
            item = self.shape(schema.get("items", {}), name, depth + 1)
            item_kind = schema.get("items", {}).get("type")
            echo = _echo_list(name, item_kind) if item_kind in _SCALARS else None

            def array(args: Args, index: int) -> Any:
                if echo is not None and (given := echo(args)) is not None:
                    return given
                return [item(args, index)]

            return array
        if kind in _SCALARS:
            return _scalar(schema, name)
        return lambda args, index: {}

    def _page(self, schema: Mapping[str, Any], depth: int) -> Shape:
        key = schema.get("x-page-key", "list")
        properties = schema.get("properties", {})
        item = self.shape(properties.get(key, {}).get("items", {}), key, depth + 1)
        others = [
            (prop, self.shape(sub, prop, depth + 1))
            for prop, sub in properties.items()
            if prop not in (key, "totalCount")
        ]

        def page(args: Args, index: int) -> Any:
            start = (args.page - 1) * args.limit
            count = max(0, min(args.limit, PAGE_SIZE - start))
            out = {prop: shape(args, index) for prop, shape in others}
            out["totalCount"] = PAGE_SIZE
            out[key] = [item(args, start + i) for i in range(count)]
            return out

        return page


_SCALARS: Final[dict[str, type | tuple[type, ...]]] = {
    "string": str,
    "number": (int, float),
    "boolean": bool,
}


def _anything(value: Any, where: str) -> None:
    return None


def _echo_list(name: str, kind: str) -> Callable[[Args], Any]:
    types = _SCALARS[kind]

    def echo(args: Args) -> Any:
        given = args.values.get(name)
        if isinstance(given, list) and all(
            isinstance(v, types) and not (kind == "number" and isinstance(v, bool)) for v in given
        ):
            return list(given)
        return None

    return echo


#: a string field's realistic value, by the end of its (or, for a list's items, its list's)
#: name; `{i}` is the item's index in its list
_REALISTIC: Final = (
    (
        re.compile(r"(logo|photo|avatar|icon|image|picture)s?$", re.I),
        "https://files.example.com/{name}.png",
    ),
    (re.compile(r"logout\w*(uri|url)s?$", re.I), "https://app.example.com/logout"),
    (re.compile(r"redirect\w*(uri|url)s?$", re.I), "https://app.example.com/callback"),
    (re.compile(r"login\w*(uri|url)s?$", re.I), "https://app.example.com/login"),
    (re.compile(r"(uri|url|link)s?$", re.I), "https://app.example.com/{name}"),
    (re.compile(r"email(s)?$", re.I), "user{i}@example.com"),
    (re.compile(r"phone(s)?$", re.I), "1380000000{i}"),
    (re.compile(r"(host|domain)s?$", re.I), "app.example.com"),
    (re.compile(r"ips?$"), "203.0.113.{i}"),
)


def _realistic(name: str) -> Callable[[int], str] | None:
    """A realistic value for a string field by its name (a URL for `appLogo`, an address
    for `email`, ...), or None: the field's name then stands for its value."""
    for pattern, template in _REALISTIC:
        if pattern.search(name):
            text = template.replace("{name}", name)
            if "{i}" not in text:
                return lambda index: text
            return lambda index: text.replace("{i}", str(index))
    return None


def _scalar(schema: Mapping[str, Any], name: str) -> Shape:
    kind = schema["type"]
    enum = schema.get("enum")
    if kind == "boolean":
        default: Any = True
    elif kind == "number":
        default = schema.get("minimum", 1) or 1
    elif enum:
        default = enum[0]
    elif schema.get("format") == "date-time":
        default = SAMPLE_DATE
    else:
        default = None  # a string: realistic, or the property name made unique per list item
    realistic = _realistic(name) if kind == "string" and default is None else None
    allowed = frozenset(enum) if enum else None
    types = _SCALARS[kind]
    is_number = kind == "number"
    fallback = name or "value"

    def scalar(args: Args, index: int) -> Any:
        given = args.values.get(name)
        if (
            given is not None
            and isinstance(given, types)
            and not (is_number and isinstance(given, bool))
            and (allowed is None or given in allowed)
        ):
            return given
        if default is not None:
            return default
        if realistic is not None:
            return realistic(index)
        return f"{fallback}-{index}" if index else fallback

    return scalar


# -- operations ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    location: str
    required: bool
    kind: str | None
    check: Check
    item_check: Check | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One (method, path) of the spec, compiled."""

    name: str
    method: str
    path: str
    module: str
    params: tuple[Param, ...]
    body_check: Check | None
    """Checks the JSON body (None: the operation takes no body)."""
    body_required: bool
    require_any_of: tuple[str, ...]
    data_key: str | None
    """Where the envelope holds the answer: `data`, `list` (x-data-key), or None (no data)."""
    shape: Shape | None
    """Builds a schema-valid answer (None: the envelope has no data)."""
    idempotent: bool = False
    end_user: str | None = None
    """An end user's operation: `required` or `optional` (their token); None: management."""

    def check_request(self, query: Any, body: Any, match: Mapping[str, str]) -> dict[str, Any]:
        """Raise RequestError unless the request fits; returns the parsed parameters."""
        parsed: dict[str, Any] = {}
        for param in self.params:
            if param.location == "path":
                raw: Any = match.get(param.name)
                if not raw:
                    raise RequestError(f"{param.name} is required")
                parsed[param.name] = raw
                continue
            if param.kind == "array":
                values = query_list(query, param.name)
                if not values:
                    if param.required:
                        raise RequestError(f"{param.name} is required")
                    continue
                if param.item_check is not None:
                    values = [
                        _from_query(v, param, f"{param.name}[{i}]") for i, v in enumerate(values)
                    ]
                parsed[param.name] = values
                continue
            raw = query.get(param.name)
            if raw is None or raw == "":
                if param.required:
                    raise RequestError(f"{param.name} is required")
                continue
            parsed[param.name] = _from_query(raw, param, param.name)
        if self.body_check is not None:
            self.body_check(body, "")
        if self.require_any_of:
            source = body if self.body_check is not None else parsed
            if not any(source.get(name) not in (None, "") for name in self.require_any_of):
                raise RequestError(f"one of {', '.join(self.require_any_of)} is required")
        return parsed


def _from_query(raw: str, param: Param, where: str) -> Any:
    """A query string as the value its schema says (numbers parsed, booleans in any case)."""
    kind = param.kind
    check = param.check
    if kind == "array":
        # items: strings, or numbers (rare)
        check = param.item_check or _anything
        kind = "string"
    if kind == "number":
        try:
            value: Any = float(raw)
        except ValueError:
            raise RequestError(f"{where} must be a number, got {raw!r}") from None
        if value.is_integer():
            value = int(value)
    elif kind == "boolean":
        if raw not in QUERY_BOOLEANS:
            raise RequestError(f"{where} must be a boolean (true or false), got {raw!r}")
        value = QUERY_BOOLEANS[raw]
    else:
        value = raw
    check(value, where)
    return value


def _camel(name: str) -> str:
    """The wire name of a parameter the spec names in snake case (`external_id`)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def shape_for(schema_name: str) -> Shape:
    """A shaper for a component schema (e.g. `RoleDto`), for stateful handlers to start from."""
    return _compiled()[1].shape({"$ref": f"#/components/schemas/{schema_name}"})


@functools.cache
def _compiled() -> tuple[dict[tuple[str, str], Operation], _Compiler]:
    spec = load_spec()
    compiler = _Compiler(spec["components"]["schemas"])
    table: dict[tuple[str, str], Operation] = {}
    for name in SPECS:
        doc = load_spec(name)
        end_user = name != SPECS[0]
        ops = _Compiler(doc["components"]["schemas"]) if end_user else compiler
        for path, methods in doc["paths"].items():
            for method, op in methods.items():
                table[(method.upper(), path)] = _operation(ops, method.upper(), path, op, end_user)
    return table, compiler


def operations() -> dict[tuple[str, str], Operation]:
    """Every operation of the spec by (METHOD, path), compiled once per process."""
    return _compiled()[0]


def _operation(
    compiler: _Compiler, method: str, path: str, op: Mapping[str, Any], end_user: bool = False
) -> Operation:
    params = []
    for p in op.get("parameters", ()):
        schema = p.get("schema", {})
        kind = schema.get("type")
        item_check = compiler.check(schema["items"]) if kind == "array" else None
        params.append(
            Param(
                p["name"],
                p["in"],
                bool(p.get("required")),
                kind,
                compiler.check(schema),
                item_check,
            )
        )
    body_check = None
    body_required = bool(op.get("requestBody", {}).get("required"))
    if "requestBody" in op:
        body_check = compiler.check(op["requestBody"]["content"]["application/json"]["schema"])
    response = op["responses"]["200"]["content"]["application/json"]["schema"]
    envelope = response
    if "$ref" in envelope:
        envelope = compiler.schemas[envelope["$ref"].rsplit("/", 1)[-1]]
    data_key: str | None = envelope.get("x-data-key", "data")
    data_schema = envelope.get("properties", {}).get(data_key)
    shape = None
    if data_schema is None:
        data_key = None
    else:
        shape = compiler.shape(data_schema, "data")
    return Operation(
        name=op["x-python-name"],
        method=method,
        path=path,
        module=op.get("x-module", ""),
        params=tuple(params),
        body_check=body_check,
        body_required=body_required,
        require_any_of=tuple(_camel(name) for name in op.get("x-require-any-of", ())),
        data_key=data_key,
        shape=shape,
        idempotent=bool(op.get("x-idempotent")),
        end_user=None if not end_user else "required" if op.get("security") else "optional",
    )


def args_of(query: Mapping[str, Any], body: Mapping[str, Any], params: Mapping[str, Any]) -> Args:
    """The request's values for echoing and paging."""
    values: dict[str, Any] = {}
    options = body.get("options")
    if isinstance(options, dict):
        values.update(options)
    values.update(body)
    values.update(params)
    pagination = values.get("pagination")
    source = pagination if isinstance(pagination, dict) else values
    return Args(values, _positive(source.get("page"), 1), _positive(source.get("limit"), 10))


def _positive(value: Any, default: int) -> int:
    if isinstance(value, str):  # some operations type page and limit as strings
        try:
            value = float(value)
        except ValueError:
            return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return max(1, min(int(value), 1000))
