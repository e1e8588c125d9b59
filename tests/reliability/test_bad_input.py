"""Bad arguments fail fast: ValueError/TypeError naming the argument, and nothing is sent.

The table is built from the signatures of the endpoint methods (every name in
``genauth_async.api.users.ENDPOINTS``, plus the ``iter_*`` companions), so an endpoint added
later is covered without editing this file: each argument is classified by its annotation
(id, list of ids, enum, request model, list of request models, page/limit, optional bool,
int, str or list of str) and given the bad values of its class; every other argument gets a
minimal valid value.
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import types
import typing
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, get_args, get_origin

import attrs
import pytest

from genauth_async import AsyncManagementClient, GenAuthError
from genauth_async._checks import MAX_PAGE_SIZE
from genauth_async.api.users import ENDPOINTS
from genauth_async.testing import seeded_user_id

USER = seeded_user_id(2)
#: what some methods need besides their required arguments, to be valid at all
EXTRA: dict[str, dict[str, Any]] = {
    "create_user": {"username": "bad-input-user"},
    "is_user_exists": {"username": "bad-input-user"},
}
METHODS = sorted({*ENDPOINTS, *(n for n in dir(AsyncManagementClient) if n.startswith("iter_"))})
#: the optional int arguments that are not page/limit: all UNIX timestamps, never negative.
#: A new int argument must be added here (or get its own rule), see the coverage test.
TIMESTAMPS = {"start", "end", "start_at", "updated_at_start", "updated_at_end"}
TIMESTAMPS |= {"start_time", "end_time"}
#: optional ints that are codes or numbers a log is filtered on (LDAP logs): any int
CODES = {"connection", "operation_number", "error_code"}
PAGING = {"page", "limit", "start_page", "page_retries"}
#: a valid non-None value for each optional scalar kind, all sent together
VALID_SCALARS: dict[Any, Any] = {bool: True, int: 1, str: "x"}


# -- classifying arguments ---------------------------------------------------------------------


def _union_args(tp: Any) -> list[Any]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        return [a for a in get_args(tp) if a is not type(None)]
    return [tp]


def _enum_in(tp: Any) -> type[enum.Enum] | None:
    for arg in _union_args(tp):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            return arg
    return None


def _model_in(tp: Any) -> Any:
    for arg in _union_args(tp):
        if attrs.has(arg):
            return arg
    return None


def _sequence_item(tp: Any) -> Any:
    for arg in _union_args(tp):
        if get_origin(arg) is Sequence or get_origin(arg) is list:
            return get_args(arg)[0]
    return None


def minimal(cls: Any) -> Any:
    """The smallest valid instance of a model: required fields only, simplest values."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for a in attrs.fields(cls):
        if a.default is not attrs.NOTHING:
            continue
        kwargs[a.name] = _minimal_value(hints[a.name])
    return cls(**kwargs)


def _minimal_value(tp: Any) -> Any:
    if (enum_cls := _enum_in(tp)) is not None:
        return next(iter(enum_cls))
    if (model := _model_in(tp)) is not None:
        return minimal(model)
    if (item := _sequence_item(tp)) is not None:
        return [_minimal_value(item)]
    simple = {str: "x", int: 1, float: 1.0, bool: True, datetime: datetime(2024, 1, 1, tzinfo=UTC)}
    for arg in _union_args(tp):
        if arg in simple:
            return simple[arg]
    return {}


def _enum_wire_key(model: Any) -> str | None:
    """The wire name of a request-side (validated) enum field of ``model``, if it has one."""
    from genauth_async._convert import to_camel

    for a in attrs.fields(model):
        if a.converter is not None:
            return a.metadata.get("wire") or to_camel(a.name)
    return None


def _scalar(tp: Any) -> Any:
    """``bool``, ``int``, ``str`` or ``list[str]`` for ``X | None``; None for anything else."""
    args = get_args(tp) if get_origin(tp) in (typing.Union, types.UnionType) else ()
    if len(args) != 2 or type(None) not in args:
        return None
    (arg,) = (a for a in args if a is not type(None))
    if arg in (bool, int, str):
        return arg
    return list if _sequence_item(tp) is str else None


@attrs.frozen
class Case:
    method: str
    arg: str
    value: Any
    errors: tuple[type[Exception], ...]
    why: str

    @property
    def id(self) -> str:
        return f"{self.method}-{self.arg}-{self.why}"


EITHER: tuple[type[Exception], ...] = (ValueError, TypeError)
TYPE: tuple[type[Exception], ...] = (TypeError,)
VALUE: tuple[type[Exception], ...] = (ValueError,)


def _bad_values(name: str, tp: Any, required: bool) -> list[tuple[Any, str, tuple[Any, ...]]]:
    """(value, why, errors) triples that must be refused for an argument annotated ``tp``."""
    if name in PAGING and int in _union_args(tp):
        if name == "page_retries":
            bad = [("1", "str", TYPE)]
        else:  # a page number or size: an int, or a numeric string as the official SDK takes
            bad = [("x", "non-numeric-str", VALUE), ("-1", "negative-str", VALUE)]
        bad += [(1.5, "float", TYPE), (True, "bool", TYPE)]
        bad += [(-1, "negative", VALUE)]
        if name != "page_retries":
            bad.append((0, "zero", VALUE))
        if name == "limit":
            bad.append((MAX_PAGE_SIZE + 1, "oversized", VALUE))
        if type(None) not in get_args(tp):  # the iter_* companions: a default, never None
            bad.append((None, "None", TYPE))
        return bad
    scalar = None if required else _scalar(tp)
    if scalar is bool:
        return [("yes", "str", TYPE), (1, "int", TYPE), ("true", "str-true", TYPE)]
    if scalar is int:
        bad = [("x", "str", TYPE), (1.5, "float", TYPE), (True, "bool", TYPE)]
        bad += [(datetime(2024, 1, 1, tzinfo=UTC), "datetime", TYPE)]
        if name in TIMESTAMPS:
            bad.append((-1, "negative", VALUE))
        return bad
    if scalar is str:
        return [(3, "int", TYPE), (b"x", "bytes", TYPE), (["x"], "list", TYPE)]
    if scalar is list:
        bad = [("abc", "bare-str", TYPE), ([1], "int-item", TYPE), ({"a": 1}, "dict", TYPE)]
        return [*bad, ([""], "empty-id", VALUE)]
    return [(value, why, EITHER) for value, why in _other_bad_values(name, tp, required)]


def _other_bad_values(name: str, tp: Any, required: bool) -> list[tuple[Any, str]]:
    if name == "timeout":
        return []
    if tp is str and required:  # an id (or a key): never empty, always a str
        return [("", "empty"), ("   ", "blank"), (123, "int"), (None, "None"), (b"id", "bytes")]
    if (enum_cls := _enum_in(tp)) is not None and str in _union_args(tp):
        return [("no-such-value", "unknown-enum"), (7, "int-enum"), (enum_cls, "enum-class")]
    item = _sequence_item(tp)
    if item is str and required:
        return [
            ("abc", "bare-str"),
            ([], "empty-list"),
            ([""], "empty-id"),
            ([1], "int-id"),
            (None, "None"),
            ({"a": 1}, "dict"),
        ]
    if item is not None and (model := _model_in(item)) is not None:
        bad = [
            ("abc", "bare-str"),
            ([42], "int-item"),
            ([{"noSuchField": 1}], "unknown-field"),
            ({"a": 1}, "dict"),
        ]
        if key := _enum_wire_key(model):
            wire = _wire(minimal(model))
            bad.append(([{**wire, key: "no-such-value"}], "unknown-nested-enum"))
        if required:
            bad += [([], "empty-list"), (None, "None")]
        return bad
    if (model := _model_in(tp)) is not None:
        bad = [(42, "int"), ("abc", "str"), ({"noSuchField": 1}, "unknown-field")]
        if key := _enum_wire_key(model):
            bad.append(({**_wire(minimal(model)), key: "no-such-value"}, "unknown-nested-enum"))
        if required:
            bad.append((None, "None"))
        return bad
    return []


def _wire(model: Any) -> dict[str, Any]:
    from genauth_async._convert import converter

    wire = converter.unstructure(model)
    assert isinstance(wire, dict)
    return wire


def _signature(method: str) -> list[tuple[str, Any, bool]]:
    fn = getattr(AsyncManagementClient, method)
    hints = typing.get_type_hints(fn)
    return [
        (p.name, hints[p.name], p.default is inspect.Parameter.empty)
        for p in inspect.signature(fn).parameters.values()
        if p.name != "self"
        and p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]


def valid_args(method: str) -> dict[str, Any]:
    args = {}
    for name, tp, required in _signature(method):
        if required:
            args[name] = USER if name == "user_id" else _minimal_value(tp)
    return {**args, **EXTRA.get(method, {})}


def cases() -> list[Case]:
    out = []
    for method in METHODS:
        for name, tp, required in _signature(method):
            for value, why, errors in _bad_values(name, tp, required):
                out.append(Case(method, name, value, errors, why))
    return out


CASES = cases()


# -- the tests -------------------------------------------------------------------------------


def sent(emulator) -> tuple[int, int]:
    return sum(emulator.stats.requests.values()), emulator.stats.tokens_issued


async def invoke(client: AsyncManagementClient, method: str, args: dict[str, Any]) -> Any:
    result = getattr(client, method)(**args)
    if inspect.isawaitable(result):
        return await result
    return await anext(result)  # an iter_* companion: validation may wait for the first page


def test_the_table_covers_every_endpoint_and_every_kind_of_check():
    covered = {c.method for c in CASES}
    # an endpoint without cases has nothing to check: no required argument at all
    for method in set(ENDPOINTS) - covered:
        assert not any(required for _, _, required in _signature(method)), method
    whys = {c.why for c in CASES}
    assert {"empty", "int", "unknown-enum", "empty-list", "unknown-field", "oversized"} <= whys
    assert {"unknown-nested-enum", "None"} <= whys
    assert {"str-true", "datetime", "bytes", "int-item", "float", "bool"} <= whys
    assert len(CASES) > 800


def test_every_optional_scalar_argument_has_wrong_type_cases():
    for method in METHODS:
        for name, tp, required in _signature(method):
            if required or name == "timeout" or (kind := _scalar(tp)) is None:
                continue
            wrong_type = [c for c in CASES if (c.method, c.arg) == (method, name)]
            wrong_type = [c for c in wrong_type if c.errors == TYPE]
            assert len(wrong_type) >= 3, (method, name)
            if kind is int and name not in PAGING:
                # an int that is neither a page nor a timestamp needs its own rule here
                assert name in TIMESTAMPS | CODES, (method, name)


def valid_scalars(method: str) -> dict[str, Any]:
    """Every optional bool/int/str/list-of-str argument of ``method`` with a valid value."""
    args = {}
    for name, tp, required in _signature(method):
        if not required and name not in PAGING and (kind := _scalar(tp)) is not None:
            args[name] = ["x"] if kind is list else VALID_SCALARS[kind]
    return args


@pytest.mark.parametrize("method", METHODS)
async def test_minimal_valid_arguments_are_accepted(client, emulator, method):
    # the baseline the bad cases start from: if this raised ValueError/TypeError, the cases
    # below would prove nothing
    args = valid_args(method)
    try:
        await invoke(client, method, args)
    except GenAuthError:
        pass  # e.g. 404 for an id that names nobody: GenAuth's answer, not ours
    except StopAsyncIteration:
        pass  # an empty list
    assert sent(emulator)[0] >= 1


@pytest.mark.parametrize("method", [m for m in METHODS if valid_scalars(m)])
async def test_valid_optional_scalars_are_sent(client, emulator, method):
    # True/False, ints, strs and lists of ids pass the checks unchanged and reach the server
    for flag in (True, False):
        before = sent(emulator)[0]
        scalars = valid_scalars(method)
        scalars = {k: flag if v is True else v for k, v in scalars.items()}
        with contextlib.suppress(GenAuthError, StopAsyncIteration):
            await invoke(client, method, {**valid_args(method), **scalars})
        assert sent(emulator)[0] > before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_bad_argument_is_refused_before_sending(client, emulator, case):
    before = sent(emulator)
    args = {**valid_args(case.method), case.arg: case.value}
    with pytest.raises(case.errors) as info:
        await invoke(client, case.method, args)
    assert case.arg in str(info.value), f"the message does not name {case.arg!r}: {info.value}"
    assert sent(emulator) == before


BATCH_LIMITS: dict[str, Callable[[int], dict[str, Any]]] = {
    "list_users": lambda n: {"options": {"pagination": {"page": 1, "limit": n}}},
    "list_users_legacy": lambda n: {"limit": n},
    "get_user_login_history": lambda n: {"user_id": USER, "limit": n},
    "list_archived_users": lambda n: {"limit": n},
}


@pytest.mark.parametrize("method", sorted(BATCH_LIMITS))
async def test_pages_beyond_genauths_maximum_are_refused(client, emulator, method):
    before = sent(emulator)
    with pytest.raises(ValueError, match=f"{MAX_PAGE_SIZE}"):
        await invoke(client, method, BATCH_LIMITS[method](MAX_PAGE_SIZE + 1))
    assert sent(emulator) == before
