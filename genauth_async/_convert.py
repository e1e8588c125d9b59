"""The one cattrs converter: camelCase on the wire, enums, datetimes, lenient decoding.

Every attrs model goes through the hook factories below, built once per class and cached
by cattrs. The wire name of a field is its snake_case name turned camelCase, unless the field
says otherwise with ``attrs.field(metadata={"wire": "zh-CN"})``: irregular names live with
the model that has them, so a new API module never needs a change here.

Decoding GenAuth's answers follows one rule, kept in this module only: never reject or
change what the server sent. A model is decoded by a function built once per class that
walks the keys the answer carries (a table from wire name to attribute and check), so its
cost follows the fields present, not the fields declared:

- a value of the declared type is stored as it is;
- a value of another type is converted only where the meaning is certain (``"true"`` /
  ``"false"`` for a bool, a numeric string for an int, an epoch for a datetime, a JSON text
  where a list or model is declared) and kept as sent otherwise;
- a key the model does not declare is kept (``Model.model_extra``); a missing field reads as
  its default (``None`` where it has none).

Every such difference is reported to the caller of the decoder as a :class:`Deviation`; the
transport logs and counts them, and in strict mode turns them into ``ResponseValidationError``.

Decoded objects store only the fields that were sent (their ``__dict__``; the class holds
the defaults), so :func:`unstructure` gives back the keys GenAuth sent, unknown ones and
explicit ``null`` included. A model the caller builds is serialized without its unset
(``None``) fields.
"""

from __future__ import annotations

import enum
import operator
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar, get_args, get_origin

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.orjson import make_converter

from .models._base import Model, Page

__all__ = [
    "Deviation",
    "converter",
    "decoder_for",
    "field_types",
    "from_caller",
    "make_genauth_converter",
    "strict_converter",
    "structure",
    "to_camel",
    "unstructure",
]

T = TypeVar("T")

#: a fit function's answer for a value it cannot take without changing it
MISFIT: Any = object()
#: the keys a decoded object keeps in its ``__dict__`` beside its fields
EXTRA_KEY = "_genauth_extra"  # keys the model does not declare (None: there were none)
_ABSENT_KEY = "_genauth_absent"  # fields filled in without having been sent
_RENAMED_KEY = "_genauth_renamed"  # fields sent under another wire name
_GIVEN_KEY = "_genauth_given"  # a caller's dict the object was checked from: sent as it is

#: a fit function: the value as the declared type, or MISFIT; deviations go in the list
Fit = Callable[[Any, list[list[Any]]], Any]


class Deviation(NamedTuple):
    """Where an answer differs from its model, and what the decoder did about it.

    ``kind`` is ``"missing"`` (a required field absent), ``"kept"`` (a value that does not
    fit, kept as sent), ``"unknown"`` (a key the model does not declare, kept) or
    ``"converted"`` (a value turned into the declared type where the meaning is certain).
    ``path`` is the wire path, e.g. ``$.list[3].createdAt``.
    """

    kind: str
    path: str
    detail: str


def deviations(raw: list[list[Any]]) -> list[Deviation]:
    """The decoder's raw records (``[kind, detail, key_inner, ..., key_outer]``) as paths."""
    out = []
    for kind, detail, *keys in raw:
        path = "$" + "".join(f"[{k}]" if type(k) is int else f".{k}" for k in reversed(keys))
        out.append(Deviation(kind, path, detail))
    return out


def to_camel(name: str) -> str:
    """``user_id_type`` -> ``userIdType``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(field: attrs.Attribute[Any]) -> str:
    wire: str = field.metadata.get("wire") or to_camel(field.name)
    return wire


def _wire_names(cls: type) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for a in attrs.fields(get_origin(cls) or cls):
        wire = wire_name(a)
        if wire != a.name:
            overrides[a.name] = override(rename=wire)
    return overrides


# -- the conversions whose meaning is certain --------------------------------------------------

_INT_TEXT = re.compile(r"[+-]?\d+")
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")


def _fit_bool(value: Any, devs: list[list[Any]]) -> Any:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "false"):
            devs.append(["converted", "a string read as a bool"])
            return text == "true"
    return MISFIT  # never bool(value): bool("false") is True


def _fit_int(value: Any, devs: list[list[Any]]) -> Any:
    if type(value) is float and value.is_integer():
        return int(value)  # the same number
    if isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
        devs.append(["converted", "a string read as an int"])
        return int(value)
    return MISFIT  # a fraction or anything else is kept as sent, never truncated


def _fit_float(value: Any, devs: list[list[Any]]) -> Any:
    return value if type(value) is int else MISFIT


def _fit_str(value: Any, devs: list[list[Any]]) -> Any:
    return value if isinstance(value, str) else MISFIT  # a bool stays a bool, never "True"


def _epoch(number: float) -> datetime | Any:
    try:
        # GenAuth sends millisecond epochs in a few places
        return datetime.fromtimestamp(number / 1000 if abs(number) > 1e11 else number, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return MISFIT


def _iso(text: str) -> Any:
    """An ISO 8601 text as an aware datetime (UTC when it has no offset), else MISFIT; digits
    alone are an epoch, not a date."""
    if text.isdigit():
        return MISFIT
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return MISFIT
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


def _fit_datetime(value: Any, devs: list[list[Any]]) -> Any:
    if type(value) is str:  # the usual case first: ISO 8601
        dt = _iso(value)
        if dt is not MISFIT:
            return dt
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER_TEXT.fullmatch(text):
            devs.append(["converted", f"a {type(value).__name__} read as an epoch"])
            return _epoch(float(text))
        return _iso(text)  # with surrounding spaces
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    if isinstance(value, int | float) and not isinstance(value, bool):
        devs.append(["converted", f"a {type(value).__name__} read as an epoch"])
        return _epoch(value)
    return MISFIT


def _json_text(value: str, shape: type, devs: list[list[Any]]) -> Any:
    """A JSON array or object sent as a string, parsed if it has the declared shape."""
    text = value.strip()
    if not text.startswith("[" if shape is list else "{"):
        return MISFIT
    try:
        parsed = orjson.loads(text)
    except orjson.JSONDecodeError:
        return MISFIT
    if type(parsed) is not shape:
        return MISFIT
    devs.append(["converted", "JSON text parsed"])
    return parsed


def _format_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


def _parse_datetime(value: Any, _: type) -> datetime:
    dt = _fit_datetime(value, [])
    if dt is MISFIT:
        raise TypeError(f"expected an ISO 8601 string or an epoch, got {value!r}")
    return dt  # type: ignore[no-any-return]


# -- types -------------------------------------------------------------------------------------


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (typing.Union, types.UnionType)


def _open_enum_union(tp: Any) -> type[enum.Enum] | None:
    """The enum of a ``SomeEnum | str`` (optionally ``| None``) annotation, else None."""
    if not _is_union(tp):
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


def field_types(cls: Any) -> dict[str, Any]:
    """The resolved annotation of every field of ``cls`` (a generic alias is substituted),
    resolved once per class: the annotations are strings, and resolving them compiles each
    one. The dict is shared: read it, never change it."""
    hints = _FIELD_TYPES.get(cls)
    if hints is None:
        hints = _FIELD_TYPES[cls] = _resolve_field_types(cls)
    return hints


_FIELD_TYPES: dict[Any, dict[str, Any]] = {}


def _resolve_field_types(cls: Any) -> dict[str, Any]:
    origin = get_origin(cls) or cls
    fields = {f.name for f in attrs.fields(origin)}
    hints = {k: v for k, v in typing.get_type_hints(origin).items() if k in fields}
    params = getattr(origin, "__parameters__", ())
    mapping = dict(zip(params, get_args(cls), strict=False))
    if not mapping:
        return hints

    def substitute(tp: Any) -> Any:
        if tp in mapping:
            return mapping[tp]
        args = get_args(tp)
        if not args:
            return tp
        new = tuple(substitute(a) for a in args)
        if _is_union(tp):
            return typing.Union[new]  # noqa: UP007
        return get_origin(tp)[new]

    return {name: substitute(tp) for name, tp in hints.items()}


class _Check(NamedTuple):
    """How one declared type is decoded: values of type ``exact`` are stored as they are
    (``exact`` None: every value is), ``optional``: None is too; anything else goes to
    ``fit``."""

    exact: type | None
    optional: bool
    fit: Fit | None
    label: str


class _Decoders:
    """The decoders of one converter, built once per type."""

    def __init__(self) -> None:
        self._checks: dict[Any, _Check] = {}
        self._classes: dict[Any, Fit] = {}

    def check(self, tp: Any) -> _Check:
        check = self._checks.get(tp)
        if check is None:
            check = self._checks[tp] = self._build_check(tp)
        return check

    def _build_check(self, tp: Any) -> _Check:
        optional = False
        if _is_union(tp) and type(None) in get_args(tp):
            optional = True
            rest = [a for a in get_args(tp) if a is not type(None)]
            tp = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
        label = getattr(tp, "__name__", None) or str(tp)
        if tp is Any or tp is object:
            return _Check(None, optional, None, "any")
        if tp is str:
            return _Check(str, optional, _fit_str, label)
        if tp is bool:
            return _Check(bool, optional, _fit_bool, label)
        if tp is int:
            return _Check(int, optional, _fit_int, label)
        if tp is float:
            return _Check(float, optional, _fit_float, label)
        if tp is datetime:
            return _Check(_NeverExact, optional, _fit_datetime, label)
        enum_cls = _open_enum_union(tp)
        if enum_cls is None and isinstance(tp, type) and issubclass(tp, enum.Enum):
            enum_cls = tp
        if enum_cls is not None:
            return _Check(_NeverExact, optional, _enum_fit(enum_cls), enum_cls.__name__)
        if _is_union(tp):
            members = get_args(tp)
            if all(m in (str, int, float, bool) for m in members):
                return _Check(_NeverExact, optional, _union_fit(members), label)
            return _Check(None, optional, None, label)
        if attrs.has(tp):
            return _Check(_NeverExact, optional, self.for_class(tp), label)
        if _is_list_of(tp):
            return _Check(_NeverExact, optional, self._list_fit(get_args(tp)[0]), label)
        origin = get_origin(tp) or tp
        if origin is dict:
            return _Check(dict, optional, _container_fit(dict), "dict")
        if origin is list:
            return _Check(list, optional, _container_fit(list), "list")
        return _Check(None, optional, None, label)

    def _list_fit(self, item_tp: Any) -> Fit:
        item = self.check(item_tp)
        exact, optional, item_fit = item.exact, item.optional, item.fit
        label = item.label
        plain: frozenset[type] = frozenset()
        if exact is not None and exact is not _NeverExact:
            plain = frozenset({exact, _NONE} if optional else {exact})

        def fit(value: Any, devs: list[list[Any]]) -> Any:
            if type(value) is not list:
                value = _reshape(value, list, devs)
                if value is MISFIT:
                    return MISFIT
            if item_fit is None or (plain and set(map(type, value)) <= plain):
                return value  # every item as declared: the list as sent
            out: list[Any] = []
            append = out.append
            for i, x in enumerate(value):
                if type(x) is exact or (x is None and optional):
                    append(x)
                    continue
                if x is not None:  # the usual case inline: a model that decodes cleanly
                    n = len(devs)
                    y = item_fit(x, devs)
                    if y is not MISFIT and len(devs) == n:
                        append(y)
                        continue
                    del devs[n:]  # decoded again below, to record where
                append(_fitted(item_fit, x, label, i, devs))
            return out

        return fit

    def for_class(self, cls: Any) -> Fit:
        """The decoder of attrs class ``cls`` (built on first use)."""
        decoder = self._classes.get(cls)
        if decoder is None:
            # a placeholder first: a model may (indirectly) contain itself
            self._classes[cls] = lambda value, devs: self._classes[cls](value, devs)
            decoder = self._classes[cls] = self._build_class(cls)
        return decoder

    def _build_class(self, cls: Any) -> Fit:
        origin = get_origin(cls) or cls
        install_defaults(origin)
        hints = field_types(cls)
        table: dict[str, tuple[str, type | None, bool, Fit | None, str]] = {}
        required = []
        for a in attrs.fields(origin):
            check = self.check(hints[a.name])
            table[wire_name(a)] = (a.name, check.exact, check.optional, check.fit, check.label)
            if a.default is attrs.NOTHING:
                required.append(a.name)
        required_names = frozenset(required)
        lookup = table.get
        new = object.__new__
        is_page = origin is Page
        slotted = "__slots__" in origin.__dict__
        fields = [
            (a.name, None if a.default is attrs.NOTHING else a.default)
            for a in attrs.fields(origin)
        ]
        # the fast path. The items of one answer share a shape: the same keys, with values
        # of the same types. For a shape whose every key is declared and whose every plain
        # value has its declared type, a function is generated once (see _shape_builder):
        # it unpacks the values and fills a copy of a dict of the same keys, with
        # dates, enums and nested values converted inline. It hands back REDO for a value
        # that needs more than that (a date that does not parse, a nested model that
        # deviates): the object is then read key by key below, which records where.
        plans: dict[tuple[tuple[str, ...], tuple[type, ...]], Any] = {}
        #: the shape and builder of the object decoded last
        last: list[tuple[Any, ...]] = [((), (), None)]

        def make_plan(keys: tuple[str, ...], types: tuple[type, ...]) -> Callable[..., Any] | None:
            if is_page or slotted:
                return None
            names = []
            work: dict[int, tuple[int, Any]] = {}
            for i, (key, tp) in enumerate(zip(keys, types, strict=True)):
                entry = lookup(key)
                if entry is None:
                    return None  # an unknown key: kept by the slow path
                name, exact, optional, fit, _ = entry
                names.append(name)
                if tp is exact or fit is None or (tp is _NONE and optional):
                    continue
                if exact is not _NeverExact:
                    return None  # a plain value of another type
                if fit is _fit_datetime and tp is str:
                    work[i] = (_DATETIME, None)
                elif tp is str and hasattr(fit, "members"):
                    work[i] = (_ENUM, fit.members)
                else:
                    work[i] = (0, fit)
            missing = [_wire_of[n] for n in required if n not in names]
            return _shape_builder(origin, names, work, missing)

        page_items = table["list"][3] if is_page else None
        enums = {
            wire: fit.members  # type: ignore[union-attr]
            for wire, (_, _, _, fit, _) in table.items()
            if hasattr(fit, "members")
        }

        def decode(value: Any, devs: list[list[Any]]) -> Any:
            if type(value) is not dict:
                value = _reshape(value, dict, devs)
                if value is MISFIT:
                    return MISFIT
            renamed = False
            if page_items is not None and len(value) == 2:
                # the usual page, {totalCount, list}, its items as declared: no key-by-key
                # reading (every list endpoint answers one)
                total, items = value.get("totalCount"), value.get("list")
                if type(total) is int and type(items) is list:
                    n = len(devs)
                    items = page_items(items, devs)
                    if items is not MISFIT and len(devs) == n:
                        obj = new(origin)
                        obj.__dict__ = {"total_count": total, "list": items, EXTRA_KEY: None}
                        return obj
                    del devs[n:]  # read key by key below, to record where
            if is_page and "list" not in value and type(value.get("data")) is list:
                # RoleListPageDto: the same page, its items under "data"
                value = {("list" if k == "data" else k): v for k, v in value.items()}
                renamed = True
            extra: dict[str, Any] | None = None
            plan: Callable[..., Any] | None = None
            if len(value) > _PLAN_FROM:
                keys = tuple(value)
                types = tuple(map(type, value.values()))
                seen = last[0]  # one read: another thread may replace it meanwhile
                if keys == seen[0] and types == seen[1]:  # the item before had this shape
                    plan = seen[2]
                else:
                    shape = (keys, types)
                    plan = plans.get(shape, _FIRST)
                    if plan is _FIRST:
                        # a builder costs a compile: made when the shape comes again, so
                        # objects that each have a shape of their own are read key by key
                        plan = None
                        if len(plans) < _MAX_SHAPES:
                            plans[shape] = _FIRST_SEEN
                    else:
                        if plan is _FIRST_SEEN:
                            plan = plans[shape] = make_plan(keys, types)
                        last[0] = (keys, types, plan)
            if plan is not None:
                n = len(devs)
                obj = plan(value, devs)
                if obj is not REDO:
                    return obj
                del devs[n:]
            vals = {}
            for key, x in value.items():
                entry = lookup(key)
                if entry is None:
                    if extra is None:
                        extra = {}
                    extra[key] = x
                    devs.append(["unknown", "kept", key])
                    continue
                name, exact, optional, fit, label = entry
                if type(x) is exact or fit is None or (x is None and optional):
                    vals[name] = x
                    continue
                if type(x) is str:
                    members = enums.get(key)
                    if members is not None:
                        vals[name] = members.get(x, x)  # a value added later stays a str
                        continue
                    if fit is _fit_datetime:
                        y = _iso(x)
                        if y is not MISFIT:
                            vals[name] = y
                            continue
                elif x is not None:  # the usual case inline: a model or list that fits
                    n = len(devs)
                    y = fit(x, devs)
                    if y is not MISFIT and len(devs) == n:
                        vals[name] = y
                        continue
                    del devs[n:]  # read again below, to record where
                vals[name] = _fitted(fit, x, label, key, devs)
            if not vals.keys() >= required_names:
                for name in required:
                    if name not in vals:
                        devs.append(["missing", "required field absent", _wire_of[name]])
            if is_page:
                if renamed:
                    vals[_RENAMED_KEY] = {"list": "data"}
                if "total_count" not in vals:
                    # the docs' own samples omit totalCount: the length of the list is the
                    # best answer, and the paginator relies on it; unstructure leaves it out
                    items = vals.get("list")
                    count = len(items) if isinstance(items, list) else int(items is not None)
                    vals["total_count"] = count
                    vals[_ABSENT_KEY] = ("total_count",)
            obj = new(origin)
            if slotted:
                # a slotted attrs class (not one of our models): every field set, unknown
                # keys dropped
                for name, default in fields:
                    object.__setattr__(obj, name, vals.get(name, default))
                return obj
            vals[EXTRA_KEY] = extra
            obj.__dict__ = vals
            return obj

        _wire_of = {entry[0]: wire for wire, entry in table.items()}
        return decode


def _fitted(fit: Fit | None, x: Any, label: str, where: str | int, devs: list[list[Any]]) -> Any:
    """A value that is not of its declared type: converted where the meaning is certain, else
    kept as sent; what was done is recorded at ``where`` (a key or a list index)."""
    n = len(devs)
    y = fit(x, devs) if fit is not None and x is not None else MISFIT
    if y is MISFIT:
        devs.append(["kept", f"{type(x).__name__} kept as sent (declared {label})"])
        y = x
    if len(devs) > n:
        for record in devs[n:]:
            record.append(where)
    return y


_ENUM, _DATETIME = 1, 2  # the fields a shape builder converts inline
#: a shape builder's answer for an object it leaves to the key-by-key reading
REDO: Any = object()
#: a shape not seen yet, and one seen once (its builder is made on the next sighting)
_FIRST: Any = object()
_FIRST_SEEN: Any = object()
_NONE = type(None)
#: shapes remembered per model: answers of one endpoint have a few
_MAX_SHAPES = 64
#: an object with this many keys or fewer is read key by key: cheaper than finding its
#: shape's plan (measured: 1 key 0.6 against 0.8 µs; 5 keys 1.4 against 1.2 µs)
_PLAN_FROM = 3


def _shape_builder(
    cls: type, names: list[str], work: dict[int, tuple[int, Any]], missing: list[str]
) -> Callable[[dict[str, Any], list[list[Any]]], Any]:
    """The function that decodes an object of one shape: its keys' attribute ``names`` in
    order; ``work``: by position, the values to convert (a date, an enum, or another fit
    function: a model, a list); ``missing``: the required wire names the shape lacks.

    Generated source: the values are unpacked into locals and the object's ``__dict__`` is
    a copy of a dict of the same keys, filled in place. Returns REDO, with nothing recorded,
    when a value needs the key-by-key reading.
    """
    env: dict[str, Any] = {
        "new": object.__new__,
        "cls": cls,
        "REDO": REDO,
        "MISFIT": MISFIT,
        "fromiso": datetime.fromisoformat,
        "UTC": UTC,
    }
    values = [f"a{i}" for i in range(len(names))]
    body = [f"    {', '.join(values)}, = value.values()"]
    dates = [i for i, (kind, _) in work.items() if kind == _DATETIME]
    calls = [i for i, (kind, _) in work.items() if kind == 0]
    if dates:
        body.append("    try:")
        body += [f"        d{i} = fromiso(a{i})" for i in dates]
        body.append("    except ValueError:\n        return REDO")
        for i in dates:
            # digits alone are an epoch (fromisoformat reads them as a naive date)
            body.append(f"    if d{i}.tzinfo is None:")
            body.append(f"        if a{i}.isdigit():\n            return REDO")
            body.append(f"        d{i} = d{i}.replace(tzinfo=UTC)")
    if calls:
        body.append("    n = len(devs)")
        for i in calls:
            env[f"f{i}"] = work[i][1]
            body.append(f"    a{i} = f{i}(a{i}, devs)")
        failed = " or ".join(f"a{i} is MISFIT" for i in calls)
        body.append(f"    if {failed} or len(devs) != n:\n        return REDO")
    for i, (kind, members) in work.items():
        if kind == _ENUM:
            env[f"m{i}"] = members.get
            body.append(f"    a{i} = m{i}(a{i}, a{i})")  # a value added later stays a str
    body += [f"    devs.append(['missing', 'required field absent', {wire!r}])" for wire in missing]
    for i in dates:
        values[i] = f"d{i}"
    # a copy of a dict with the same keys, then filled: cheaper than a large dict display
    # (which CPython builds in chunks of 16, merged) or dict(zip(...)) (resized as it grows)
    env["template"] = dict.fromkeys([*names, EXTRA_KEY])
    body.append("    vals = template.copy()")
    body += [f"    vals[{name!r}] = {value}" for name, value in zip(names, values, strict=True)]
    body.append("    obj = new(cls)")
    if cls.__setattr__ is object.__setattr__:  # type: ignore[comparison-overlap]
        body.append("    obj.__dict__ = vals")
    else:  # a request model's attrs __setattr__ (it runs converters) has nothing to do here
        env["setattr"] = object.__setattr__
        body.append("    setattr(obj, '__dict__', vals)")
    body.append("    return obj")
    source = "def build(value, devs):\n" + "\n".join(body) + "\n"
    # the source holds only our own attribute and wire names (never a key from an answer)
    exec(compile(source, f"<decoder of {cls.__qualname__}>", "exec"), env)
    build: Callable[[dict[str, Any], list[list[Any]]], Any] = env["build"]
    return build


class _NeverExact:
    """A type no value has: the value always goes through the field's fit function."""


def _enum_fit(enum_cls: type[enum.Enum]) -> Fit:
    lookup = enum_cls._value2member_map_

    def fit(value: Any, devs: list[list[Any]]) -> Any:
        if isinstance(value, str):
            # a value GenAuth adds later is kept as a plain string
            return lookup.get(value, value)
        return MISFIT

    fit.members = lookup  # type: ignore[attr-defined]  # read by the class decoders
    return fit


def _union_fit(members: tuple[Any, ...]) -> Fit:
    def fit(value: Any, devs: list[list[Any]]) -> Any:
        return value if type(value) in members else MISFIT

    return fit


def _container_fit(shape: type) -> Fit:
    def fit(value: Any, devs: list[list[Any]]) -> Any:
        return _reshape(value, shape, devs)

    return fit


def _reshape(value: Any, shape: type, devs: list[list[Any]]) -> Any:
    """A list or dict (``shape``) given in another form: the JSON text of one, a tuple, a
    mapping; else MISFIT."""
    if isinstance(value, str):
        return _json_text(value, shape, devs)
    if isinstance(value, shape):
        return value
    if isinstance(value, tuple if shape is list else Mapping):
        return shape(value)
    return MISFIT


def install_defaults(cls: type) -> None:
    """Give the class the defaults of its fields, so an object decoded without them reads
    them (``None`` where the field has no default).

    Models are attrs classes without slots: a decoded object's ``__dict__`` holds the fields
    that were sent, and the class answers for the others.
    """
    if cls.__dict__.get("__genauth_defaults__") or "__slots__" in cls.__dict__:
        return
    for a in attrs.fields(cls):
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            continue  # a decoded object without it reads None
        if a.name not in cls.__dict__:
            type.__setattr__(cls, a.name, None if default is attrs.NOTHING else default)
    type.__setattr__(cls, "__genauth_defaults__", True)


_DECODERS = _Decoders()


def decoder_for(tp: Any) -> Fit | None:
    """The decoder of ``tp``: ``decoder(value, records)`` returns the decoded value (or
    MISFIT when the value as a whole does not fit) and appends one record per deviation
    (see :func:`deviations`). None: values of ``tp`` are taken as they are."""
    check = _DECODERS.check(tp)
    if check.fit is None:
        return None
    exact, optional, fit = check.exact, check.optional, check.fit
    if exact is _NeverExact and not optional:
        return fit  # a model's or a list's own decoder: it takes any value

    def decode(value: Any, devs: list[list[Any]]) -> Any:
        if type(value) is exact or (value is None and optional):
            return value
        return fit(value, devs)

    return decode


def from_caller(data: Mapping[str, Any], cls: type[T]) -> T | None:
    """A caller's camelCase dict as a ``cls`` model that holds exactly that dict, so it is
    sent as it is; None unless it fits the model as given (no unknown key, no missing
    required field, no value of another type, every enum value allowed): then the strict
    converter is the one to say why.

    The same table-driven decoder reads it, without building the model field by field and
    serializing it back; the fields' own converters check their values as the constructor
    would (a request enum's converter by a look at the decoded value: a member, or a string
    it does not allow).
    """
    decode = _DECODERS.for_class(cls)
    records: list[list[Any]] = []
    given = dict(data)  # what is sent: the caller's later changes to theirs are not
    obj = decode(given, records)
    if records or obj is MISFIT or not _converted(obj):
        return None
    obj.__dict__[_GIVEN_KEY] = given
    return obj  # type: ignore[no-any-return]


def _converted(obj: Any) -> bool:
    """Whether the values of ``obj`` (and of the models in it) pass their fields' attrs
    converters; the values are replaced by what the converters return."""
    values = obj.__dict__
    checks, nested = _caller_plan(type(obj))
    for name, check in checks:
        value = values.get(name)
        if value is None:
            continue
        if check is _MEMBER:  # the decoder made every allowed value a member
            if type(value) is str:
                return False
        elif check is _MEMBERS:
            if type(value) is not list or str in map(type, value):
                return False
        else:
            try:
                values[name] = check(value)
            except (TypeError, ValueError):
                return False
    for name in nested:
        value = values.get(name)
        if type(value) is list:
            for item in value:
                if attrs.has(type(item)) and not _converted(item):
                    return False
        elif value is not None and attrs.has(type(value)) and not _converted(value):
            return False
    return True


#: a field whose converter takes a member of its enum (or its exact value), one whose
#: converter takes a list of them
_MEMBER: Any = object()
_MEMBERS: Any = object()
_Plan = tuple[tuple[tuple[str, Any], ...], tuple[str, ...]]
_PLANS: dict[type, _Plan] = {}


def _caller_plan(cls: type) -> _Plan:
    """The fields of ``cls`` with a converter (how each is checked), and those that may hold
    models."""
    plan = _PLANS.get(cls)
    if plan is None:
        fields = attrs.fields(cls)
        hints = field_types(cls)

        def holds_models(tp: Any) -> bool:
            return attrs.has(tp) or any(holds_models(a) for a in get_args(tp))

        def check(convert: Any) -> Any:
            kind = getattr(convert, "enum_kind", None)
            return _MEMBER if kind == "member" else _MEMBERS if kind == "members" else convert

        plan = _PLANS[cls] = (
            tuple((a.name, check(a.converter)) for a in fields if a.converter),
            tuple(a.name for a in fields if holds_models(hints[a.name])),
        )
    return plan


# -- serializing ------------------------------------------------------------------------------


def _plain_unstructurer(conv: cattrs.Converter) -> Callable[[Any], Any]:
    hooks: dict[type, Callable[[Any], Any]] = {}  # per type, found once

    def plain(value: Any) -> Any:
        """Any value as JSON-ready data: models, datetimes and enums turned to wire form."""
        tp = type(value)
        if tp is str or tp is int or tp is bool or tp is float or value is None:
            return value
        hook = hooks.get(tp)
        if hook is None:
            hook = hooks[tp] = hook_for(tp)
        return hook(value)

    plain.hooks = hooks  # type: ignore[attr-defined]  # read by the generated serializers

    def hook_for(tp: type) -> Callable[[Any], Any]:
        if attrs.has(tp):
            return conv.get_unstructure_hook(tp)
        if issubclass(tp, datetime):
            return _format_datetime
        if issubclass(tp, enum.Enum):
            return operator.attrgetter("_value_")
        if issubclass(tp, Mapping):
            return lambda value: {k: plain(v) for k, v in value.items()}
        if issubclass(tp, list | tuple):
            return lambda value: [plain(v) for v in value]
        return lambda value: value

    return plain


def _json_plain(tp: Any) -> bool:
    """Whether values of ``tp`` (optional or not) are JSON as they are: str, int, bool, float."""
    if _is_union(tp):
        args = [t for t in get_args(tp) if t is not type(None)]
        tp = args[0] if len(args) == 1 else tp
    return tp in (str, int, bool, float)


def _unstructure_fn(cls: Any, plain: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """One function per class: the fields present as their wire names.

    An object decoded from an answer gives back the keys that were sent (explicit nulls and
    unknown keys included); one built by the caller leaves out its unset (None) fields.
    """
    origin = get_origin(cls) or cls
    hints = field_types(cls)
    table: dict[str, tuple[str, bool, bool]] = {}
    for a in attrs.fields(origin):
        as_is = _json_plain(hints[a.name])
        # a field whose default is None is left out while unset; a required one never is
        table[a.name] = (wire_name(a), as_is, a.default is None)
    lookup = table.get
    slotted = "__slots__" in origin.__dict__
    names = list(table)

    def unstructure(obj: Any) -> dict[str, Any]:
        values = {n: getattr(obj, n) for n in names} if slotted else obj.__dict__
        decoded = EXTRA_KEY in values
        if decoded and _GIVEN_KEY in values:
            return dict(values[_GIVEN_KEY])
        out: dict[str, Any] = {}
        for name, value in values.items():
            entry = lookup(name)
            if entry is None:
                continue
            wire, as_is, optional = entry
            if value is None:
                if optional and not decoded:
                    continue
                out[wire] = None
            else:
                out[wire] = value if as_is else plain(value)
        if decoded:
            extra = values[EXTRA_KEY]
            if extra:
                for key, value in extra.items():
                    out.setdefault(key, value)
            for name in values.get(_ABSENT_KEY, ()):
                out.pop(table[name][0], None)
            for name, wire in values.get(_RENAMED_KEY, {}).items():
                if table[name][0] in out:
                    out[wire] = out.pop(table[name][0])
        return out

    return unstructure


def _built_unstructure_fn(
    cls: Any, plain: Callable[[Any], Any], decoded: Callable[[Any], Any]
) -> Callable[[Any], Any]:
    """One generated, straight-line function per class for a model the caller built: every
    field whose value differs from its default (a required one always), by its wire name;
    plain strings and numbers as they are, anything else by the hook of its type (found by
    ``plain`` the first time). An object decoded from an answer (or a caller's dict kept as
    given) goes to ``decoded``: it gives back the keys it was made from.

    cattrs' own generated function (``omit_if_default``) does the same, with a hook call per
    field; this one calls nothing for the usual fields.
    """
    origin = get_origin(cls) or cls
    hints = field_types(cls)
    env: dict[str, Any] = {"plain": plain, "hook": plain.hooks.get, "decoded": decoded}  # type: ignore[attr-defined]
    body = [
        "def unstructure(obj):",
        f"    if {EXTRA_KEY!r} in obj.__dict__:\n        return decoded(obj)",
        "    out = {}",
    ]
    for i, a in enumerate(attrs.fields(origin)):
        value = "v" if _json_plain(hints[a.name]) else "(hook(type(v)) or plain)(v)"
        body.append(f"    v = obj.{a.name}")
        store = f"out[{wire_name(a)!r}] = {value}"
        if a.default is attrs.NOTHING:
            body.append(f"    {store}")
        elif a.default is None:
            body.append(f"    if v is not None:\n        {store}")
        else:
            env[f"d{i}"] = a.default
            body.append(f"    if v != d{i}:\n        {store}")
    body.append("    return out")
    source = "\n".join(body) + "\n"
    # the source holds only our own attribute and wire names
    exec(compile(source, f"<unstructure {origin.__qualname__}>", "exec"), env)
    fn: Callable[[Any], Any] = env["unstructure"]
    return fn


def make_genauth_converter(*, strict: bool = False) -> cattrs.Converter:
    """Build a converter.

    ``strict=False``: structuring is the lenient decoder above. ``strict=True``: for what
    callers hand us (a camelCase dict given for a request model): cattrs' own checks,
    unknown keys rejected, every problem reported with its path. Both serialize the same way.
    """
    conv = make_converter(prefer_attrib_converters=True)
    plain = _plain_unstructurer(conv)

    if strict:

        def structure_attrs(cls: Any) -> Callable[[Any, Any], Any]:
            return make_dict_structure_fn(
                cls, conv, _cattrs_forbid_extra_keys=True, **_wire_names(cls)
            )

        conv.register_structure_hook(str, _strict_str)
        conv.register_structure_hook(bool, _strict_bool)
        conv.register_structure_hook(int, _strict_int)
        conv.register_structure_hook(datetime, _parse_datetime)

        def structure_open_enum(tp: Any) -> Callable[[Any, Any], Any]:
            enum_cls = _open_enum_union(tp)
            assert enum_cls is not None
            lookup = enum_cls._value2member_map_
            optional = type(None) in get_args(tp)

            def structure(value: Any, _: Any) -> Any:
                if value is None and optional:
                    return None
                if isinstance(value, str):
                    return lookup.get(value, value)
                raise ValueError(f"expected a string for {enum_cls.__name__}, got {value!r}")

            return structure

        conv.register_structure_hook_factory(
            lambda tp: _open_enum_union(tp) is not None, structure_open_enum
        )
    else:

        def structure_attrs(cls: Any) -> Callable[[Any, Any], Any]:
            decode = _DECODERS.for_class(cls)

            def structure(value: Any, _: Any) -> Any:
                result = decode(value, [])
                return value if result is MISFIT else result

            return structure

    def unstructure_attrs(cls: Any) -> Callable[[Any], Any]:
        origin = get_origin(cls) or cls
        if "__slots__" in origin.__dict__ or any(
            isinstance(a.default, attrs.Factory)  # type: ignore[arg-type]
            for a in attrs.fields(origin)
        ):
            built = make_dict_unstructure_fn(
                cls, conv, _cattrs_omit_if_default=True, **_wire_names(cls)
            )
            if "__slots__" in origin.__dict__:
                return built
        else:
            return _built_unstructure_fn(cls, plain, _unstructure_fn(cls, plain))
        # an object decoded from an answer (or a caller's dict kept as given) gives back the
        # keys it was made from; one the caller built, the fields set
        decoded = _unstructure_fn(cls, plain)

        def unstructure(obj: Any) -> Any:
            return decoded(obj) if EXTRA_KEY in obj.__dict__ else built(obj)

        return unstructure

    def unstructure_model_list(tp: Any) -> Callable[[Any], Any]:
        # a list comprehension: cattrs' own list hook feeds list() a generator, slower
        (item,) = get_args(tp)
        item_hook = conv.get_unstructure_hook(item)
        return lambda value: [item_hook(v) for v in value]

    conv.register_structure_hook_factory(attrs.has, structure_attrs)
    conv.register_unstructure_hook_factory(attrs.has, unstructure_attrs)
    conv.register_unstructure_hook_factory(
        lambda tp: _is_list_of(tp) and attrs.has(get_args(tp)[0]), unstructure_model_list
    )
    conv.register_unstructure_hook(datetime, _format_datetime)
    return conv


def _strict_str(value: Any, _: type) -> str | None:
    if isinstance(value, str) or value is None:  # None: the field left unset
        return value
    raise TypeError(f"expected a string, got {value!r}")  # never str(5) or str(True)


def _strict_bool(value: Any, _: type) -> bool | None:
    if isinstance(value, bool) or value is None:  # None: the field left unset
        return value
    converted = _fit_bool(value, [])
    if converted is MISFIT:
        raise TypeError(f"expected true or false, got {value!r}")
    return converted  # type: ignore[no-any-return]


def _strict_int(value: Any, _: type) -> int:
    if type(value) is int:
        return value
    converted = _fit_int(value, [])
    if converted is MISFIT:
        raise TypeError(f"expected an integer, got {value!r}")
    return converted  # type: ignore[no-any-return]


converter = make_genauth_converter()
Model._unstructure = converter.unstructure  # what Model.to_dict() gives
#: rejects unknown keys and values of another type: for checking what callers hand us
strict_converter = make_genauth_converter(strict=True)


def structure(data: Any, cls: type[T]) -> T:
    return converter.structure(data, cls)


def unstructure(obj: Any) -> Any:
    return converter.unstructure(obj)
