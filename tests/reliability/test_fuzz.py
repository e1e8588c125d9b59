"""Property-based fuzzing: whatever GenAuth (or a proxy in front of it) answers, a call returns
its typed result or raises a ``GenAuthError``, never a stray ``KeyError``/``TypeError``/...;
and every model survives a trip through the converter and JSON.

The transport is driven for real: a tiny aiohttp server on 127.0.0.1 answers every request
with whatever the current hypothesis example says. The tests are synchronous and run the
coroutines on a loop of their own (``asyncio.Runner``), shared by the module, so that a
hypothesis example is one short ``runner.run(...)`` and nothing leaks between tests.
"""

from __future__ import annotations

import asyncio
import base64
import enum
import json
import math
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args, get_origin

import aiohttp
import attrs
import orjson
import pytest
from aiohttp import web
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import genauth_async.models as models_module
from genauth_async import AsyncManagementClient, GenAuthError, RateLimitError
from genauth_async._convert import converter, field_types, strict_converter
from genauth_async._transport import Endpoint
from genauth_async.api.users import ENDPOINTS
from genauth_async.models import Page

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results" / "reliability.json"
TOKEN_PATH = "/api/v3/get-management-token"
SECRET = "fuzz-access-key-secret-0123456789"
# a JWT-shaped token (header.payload.signature); its payload names the user pool
TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzY29wZWRfdXNlcnBvb2xfaWQiOiJmdXp6LXBvb2wifQ.c2lnbmF0dXJlLW9mLXRoZS1mdXp6LXRva2Vu"
)

#: examples run per test, reported at the end of the module (and quoted in the README)
CASES: Counter[str] = Counter()

FUZZ = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


# -- strategies for the models ---------------------------------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
#: any JSON value (what ``Any`` and ``dict[str, Any]`` fields hold)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
#: GenAuth dates: aware UTC, millisecond precision (what the wire format keeps)
DATETIMES = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(9999, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # JSON-encodable


def _enum_of(tp: Any) -> type[enum.Enum] | None:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) in (typing.Union, types.UnionType) and str in args and len(args) == 2:
        other = args[0] if args[1] is str else args[1]
        if isinstance(other, type) and issubclass(other, enum.Enum):
            return other
    return None


def strategy_for(tp: Any, *, validated: bool = False) -> st.SearchStrategy[Any]:
    """Values of the annotation ``tp``; ``validated``: the field converts (request enums), so
    only real members are allowed, not the free strings of an open ``Enum | str``."""
    if tp is Any:
        return JSON_VALUES
    if tp is type(None):
        return st.none()
    if tp is str:
        return TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=-(2**53), max_value=2**53)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if tp is datetime:
        return DATETIMES
    if attrs.has(tp):
        return model_strategy(tp)
    origin, args = get_origin(tp), get_args(tp)
    if origin in (typing.Union, types.UnionType):
        enum_cls = _enum_of(tp)
        rest = [a for a in args if a is not type(None)]
        if enum_cls is not None:
            members = st.sampled_from(list(enum_cls))
            inner = members if validated else members | TEXT
        else:
            inner = st.one_of([strategy_for(a, validated=validated) for a in rest])
        return st.none() | inner if type(None) in args else inner
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if origin is list:
        return st.lists(strategy_for(args[0], validated=validated), max_size=3)
    if origin is dict:
        return st.dictionaries(TEXT, strategy_for(args[1], validated=validated), max_size=3)
    raise NotImplementedError(f"no strategy for {tp!r}")


_MODELS: dict[Any, st.SearchStrategy[Any]] = {}


def model_strategy(cls: Any) -> st.SearchStrategy[Any]:
    if cls not in _MODELS:
        _MODELS[cls] = st.deferred(lambda: _build(cls))  # deferred: models may nest
    return _MODELS[cls]


def _build(cls: Any) -> st.SearchStrategy[Any]:
    origin = get_origin(cls) or cls
    kwargs = {}
    for a in attrs.fields(origin):
        tp = field_types(cls)[a.name]
        kwargs[a.name] = strategy_for(tp, validated=a.converter is not None)
    return st.builds(cls, **kwargs)


def _all_models() -> dict[str, Any]:
    """Every attrs model the package exports, by name (``Page[...]`` aliases included)."""
    found: dict[str, Any] = {}
    for module in (models_module, models_module.users):
        for name in module.__all__:
            value = getattr(module, name)
            if attrs.has(value) and value is not Page:
                found[name] = value
    return dict(sorted(found.items()))


MODELS = _all_models()


@pytest.mark.parametrize("name", MODELS)
@settings(FUZZ, max_examples=30)
@given(data=st.data())
def test_every_model_round_trips_through_the_converter_and_json(name, data):
    cls = MODELS[name]
    value = data.draw(model_strategy(cls))
    CASES["model round trips"] += 1
    wire = orjson.loads(orjson.dumps(converter.unstructure(value)))
    assert converter.structure(wire, cls) == value
    # what we send is exactly what we would accept back, even from the strict converter
    assert strict_converter.structure(wire, cls) == value
    assert converter.structure(converter.unstructure(value), cls) == value


def test_every_model_is_covered():
    # every Paging alias of the users module, and every class, without a list kept by hand
    assert {n for n in models_module.users.__all__ if n.endswith("Paging")} <= MODELS.keys()
    assert len(MODELS) >= 80


# -- the fake server -------------------------------------------------------------------------


@dataclass
class Answer:
    """What the fake server says to the next request (other than the token request)."""

    status: int = 200
    body: bytes = b'{"statusCode": 200, "message": "success"}'
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class TokenAnswer:
    status: int = 200
    body: bytes = orjson.dumps(
        {
            "statusCode": 200,
            "message": "success",
            "data": {"access_token": TOKEN, "expires_in": 7200},
        }
    )


class Harness:
    """The loop, the server and the client shared by the module's examples."""

    def __init__(self) -> None:
        self.answer = Answer()
        self.token_answer = TokenAnswer()
        self.runner = asyncio.Runner()
        self.site_runner: web.AppRunner | None = None
        self.client: AsyncManagementClient | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        if request.path == TOKEN_PATH:
            token = self.token_answer
            return web.Response(status=token.status, body=token.body)
        answer = self.answer
        return web.Response(status=answer.status, body=answer.body, headers=answer.headers)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.site_runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self.site_runner.setup()
        site = web.TCPSite(self.site_runner, "127.0.0.1", 0)
        await site.start()
        port = self.site_runner.addresses[0][1]
        self.client = AsyncManagementClient(
            access_key_id="fuzz-key-id",
            access_key_secret=SECRET,
            host=f"http://127.0.0.1:{port}",
            max_retries=0,
            timeout=2.0,
        )

    async def _stop(self) -> None:
        if self.client is not None:
            await self.client.close()
        if self.site_runner is not None:
            await self.site_runner.cleanup()

    def start(self) -> None:
        self.runner.run(self._start())

    def stop(self) -> None:
        try:
            self.runner.run(self._stop())
        finally:
            self.runner.close()

    def call(self, endpoint: Endpoint[Any]) -> tuple[Any, GenAuthError | None]:
        """Send one request; the typed result, or the GenAuthError. Anything else propagates."""
        assert self.client is not None
        transport = self.client._transport
        body = None if endpoint.method == "GET" else b"{}"

        async def one() -> tuple[Any, GenAuthError | None]:
            try:
                return await transport.request(endpoint, body=body), None
            except GenAuthError as exc:
                return None, exc

        return self.runner.run(one())


@pytest.fixture(scope="module")
def harness(_watch_logs: Any) -> Iterator[Harness]:
    # the session's log watch (tests/conftest.py) checks that neither ever reaches a log
    _watch_logs.watch_secret(SECRET)
    _watch_logs.tokens.add(TOKEN)
    harness = Harness()
    harness.start()
    yield harness
    harness.stop()


@pytest.fixture(scope="module", autouse=True)
def _record_cases() -> Iterator[None]:
    yield
    if CASES:
        _write_cases()


def _write_cases() -> None:
    try:
        data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    except ValueError:
        data = {}
    data["fuzz"] = {"cases": sum(CASES.values()), "by_test": dict(sorted(CASES.items()))}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


# -- strategies for the answers --------------------------------------------------------------

STATUSES = st.sampled_from(
    [200] * 8
    + [201, 202, 204, 301, 302, 304, 307, 308]
    + [400, 401, 403, 404, 405, 408, 409, 413, 418, 422, 429, 451]
    + [500, 501, 502, 503, 504, 520, 599]
)
ODD_NUMBERS = st.sampled_from(["nan", "NaN", "inf", "-inf", "Infinity", "-1", "0", "1e400", "-0"])
HTTP_DATES = st.builds(
    "{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} {}".format,
    st.sampled_from(["Mon", "Tue", "Sun", "Xyz"]),
    st.integers(0, 40),
    st.sampled_from(["Jan", "Feb", "Dec", "Foo"]),
    st.integers(0, 9999),
    st.integers(0, 30),
    st.integers(0, 70),
    st.integers(0, 70),
    st.sampled_from(["GMT", "+0000", "-0000", "+1400", "-1200", "UTC", "+9999", "XYZ"]),
)
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
RETRY_AFTER = (
    HEADER_TEXT
    | ODD_NUMBERS
    | HTTP_DATES
    | st.floats(allow_nan=False).map(repr)
    | st.integers(-(10**30), 10**30).map(str)
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/html",
        "text/plain; charset=bogus",
    ]
) | st.builds("{}/{}".format, HEADER_TEXT, HEADER_TEXT).map(str.strip)
ENCODINGS = st.sampled_from(["gzip", "deflate", "identity", "x-unknown", "gzip, deflate"])
LOCATIONS = st.sampled_from(
    ["/api/v3/elsewhere", "ftp://genauth.invalid/", "http://", "//", "http://[::1", "mailto:x@y"]
)


@st.composite
def headers(draw: Callable[..., Any], status: int) -> dict[str, str]:
    out: dict[str, str] = {}
    if draw(st.booleans()):
        out["Retry-After"] = draw(RETRY_AFTER)
    if draw(st.integers(0, 3)) == 0:
        out["Content-Type"] = draw(CONTENT_TYPES)
    if draw(st.integers(0, 7)) == 0:
        out["Content-Encoding"] = draw(ENCODINGS)
    if 300 <= status < 400 and draw(st.booleans()):
        out["Location"] = draw(LOCATIONS)
    return out


@st.composite
def mutated(draw: Callable[..., Any], value: Any, depth: int = 0) -> Any:
    """``value`` with a few things broken: a key dropped, a value of the wrong type, ..."""
    if depth > 3 or draw(st.integers(0, 3)) == 0:
        return draw(JSON_VALUES)
    if isinstance(value, dict) and value:
        key = draw(st.sampled_from(sorted(value)))
        out = dict(value)
        action = draw(st.sampled_from(["drop", "replace", "recurse", "add"]))
        if action == "drop":
            del out[key]
        elif action == "replace":
            out[key] = draw(JSON_VALUES)
        elif action == "add":
            out[draw(TEXT)] = draw(JSON_VALUES)
        else:
            out[key] = draw(mutated(value[key], depth + 1))
        return out
    if isinstance(value, list) and value:
        i = draw(st.integers(0, len(value) - 1))
        return [*value[:i], draw(mutated(value[i], depth + 1)), *value[i + 1 :]]
    return draw(JSON_VALUES)


def wire_data(into: Any) -> st.SearchStrategy[Any]:
    """Valid ``data`` for the endpoint's model, as GenAuth would send it (wire JSON)."""
    if into is None or into is Any:
        return JSON_VALUES
    return strategy_for(into).map(lambda v: orjson.loads(orjson.dumps(converter.unstructure(v))))


@st.composite
def envelopes(draw: Callable[..., Any], into: Any) -> Any:
    data = draw(st.sampled_from(["valid", "mutated", "garbage", "missing"]))
    envelope: dict[str, Any] = {}
    status_code = draw(
        st.sampled_from([200] * 6 + [400, 401, 403, 404, 429, 500, 503, 0, -1, 2**40])
        | st.sampled_from(["200", 200.0, True, None, [200], {"code": 200}])
    )
    if draw(st.integers(0, 9)):
        envelope["statusCode"] = status_code
    if draw(st.booleans()):
        envelope["message"] = draw(TEXT | JSON_VALUES)
    if draw(st.booleans()):
        envelope["apiCode"] = draw(st.sampled_from([2000, 2001, 2006, 40000, 0, -1]) | JSON_VALUES)
    if draw(st.booleans()):
        envelope["requestId"] = draw(TEXT | JSON_VALUES)
    if data == "valid":
        envelope["data"] = draw(wire_data(into))
    elif data == "mutated":
        envelope["data"] = draw(mutated(draw(wire_data(into))))
    elif data == "garbage":
        envelope["data"] = draw(JSON_VALUES)
    return envelope


@st.composite
def answers(draw: Callable[..., Any], into: Any) -> Answer:
    status = draw(STATUSES)
    kind = draw(st.sampled_from(["envelope"] * 6 + ["json", "bytes", "empty", "html", "truncated"]))
    if kind == "envelope":
        body = orjson.dumps(draw(envelopes(into)))
    elif kind == "json":
        body = orjson.dumps(draw(JSON_VALUES))
    elif kind == "bytes":
        body = draw(st.binary(max_size=64))
    elif kind == "html":
        body = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    elif kind == "truncated":
        full = orjson.dumps({"statusCode": 200, "data": draw(wire_data(into))})
        body = full[: draw(st.integers(0, max(len(full) - 1, 0)))]
    else:
        body = b""
    return Answer(status, body, draw(headers(status)))


def check_result(endpoint: Endpoint[Any], result: Any, error: GenAuthError | None) -> None:
    if error is not None:
        str(error), repr(error)  # formatting an error must not fail either
        if isinstance(error, RateLimitError):  # "nan", "inf", "-1" are no waits
            wait = error.retry_after
            assert wait is None or (math.isfinite(wait) and wait >= 0), wait
        return
    into = endpoint.into
    if into is None or into is Any:
        return
    # lenient decoding: the model, or what did not fit it kept as sent (plain JSON values)
    as_sent = (type(None), bool, int, float, str, list, dict)
    if get_origin(into) is list:
        (item,) = get_args(into)
        if isinstance(result, list):
            assert all(isinstance(x, (item, *as_sent)) for x in result)
        else:
            assert isinstance(result, as_sent)
    else:
        assert isinstance(result, (get_origin(into) or into, *as_sent))


ENDPOINT_NAMES = sorted(ENDPOINTS)


@pytest.mark.parametrize("name", ENDPOINT_NAMES)
@settings(FUZZ, max_examples=40)
@given(data=st.data())
def test_any_answer_is_a_typed_result_or_a_genauth_error(harness, name, data):
    endpoint = ENDPOINTS[name]
    harness.answer = data.draw(answers(endpoint.into), label="answer")
    CASES["answers per endpoint"] += 1
    result, error = harness.call(endpoint)
    check_result(endpoint, result, error)


@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_any_answer_to_any_endpoint(harness, data):
    name = data.draw(st.sampled_from(ENDPOINT_NAMES), label="endpoint")
    endpoint = ENDPOINTS[name]
    harness.answer = data.draw(answers(endpoint.into), label="answer")
    CASES["answers to any endpoint"] += 1
    result, error = harness.call(endpoint)
    check_result(endpoint, result, error)


@pytest.mark.parametrize("name", ENDPOINT_NAMES)
@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_valid_data_decodes_to_the_model(harness, name, data):
    endpoint = ENDPOINTS[name]
    into = endpoint.into
    value = data.draw(
        JSON_VALUES if into is None or into is Any else strategy_for(into), label="value"
    )
    wire = orjson.loads(orjson.dumps(converter.unstructure(value)))
    harness.answer = Answer(200, orjson.dumps({"statusCode": 200, "message": "ok", "data": wire}))
    CASES["valid data per endpoint"] += 1
    result, error = harness.call(endpoint)
    assert error is None, error
    assert result == value


@st.composite
def token_answers(draw: Callable[..., Any]) -> TokenAnswer:
    token = draw(
        st.sampled_from([TOKEN, "", "a.b.c", "not a jwt", "x" * 300])
        | TEXT
        | st.builds(
            lambda claims: (
                "e30."
                + base64.urlsafe_b64encode(orjson.dumps(claims)).decode().rstrip("=")
                + ".sig"
            ),
            st.fixed_dictionaries({"scoped_userpool_id": TEXT | JSON_VALUES}),
        )
        | JSON_VALUES
    )
    expires = draw(
        st.sampled_from([7200, 0, -5, 1e300, 0.001, "7200", None, True])
        | st.integers(-(2**63), 2**63 - 1)
    )
    data: Any = {"access_token": token, "expires_in": expires}
    if draw(st.integers(0, 4)) == 0:
        data = draw(mutated(data))
    envelope = {"statusCode": draw(st.sampled_from([200] * 5 + [401, 403, 500])), "data": data}
    if draw(st.integers(0, 9)) == 0:
        return TokenAnswer(draw(STATUSES), draw(st.binary(max_size=40)))
    return TokenAnswer(draw(st.sampled_from([200] * 5 + [401, 429, 502])), orjson.dumps(envelope))


def _token_answer(token: Any, expires_in: Any = 7200) -> TokenAnswer:
    data = {"access_token": token, "expires_in": expires_in}
    return TokenAnswer(200, orjson.dumps({"statusCode": 200, "data": data}))


@settings(FUZZ, max_examples=200)
@given(answer=token_answers())
# found by this test: a token (or its userpool claim) that cannot go into a header made
# aiohttp raise ValueError
@example(answer=_token_answer("\x1f"))
@example(answer=_token_answer("abc def"))
@example(answer=_token_answer("e30.eyJzY29wZWRfdXNlcnBvb2xfaWQiOiJhXG5iIn0.sig"))  # "a\nb"
@example(answer=_token_answer(TOKEN, 1e300))
def test_any_token_answer_is_a_token_or_a_genauth_error(harness, answer):
    client = harness.client
    auth = client._transport.auth
    harness.answer = Answer()  # the call itself would succeed: only the token is fuzzed
    harness.token_answer = answer
    CASES["token answers"] += 1
    try:
        if auth._token is not None:
            auth.invalidate(auth._token)
        result, error = harness.call(ENDPOINTS["set_users_mfa_status"])
        check_result(ENDPOINTS["set_users_mfa_status"], result, error)
    finally:
        harness.token_answer = TokenAnswer()
        token = auth._token
        if token is not None:
            auth.invalidate(token)


def test_the_server_really_answers_what_it_is_told(harness):
    # guards the harness itself: a typed success, then a typed failure
    harness.answer = Answer(200, b'{"statusCode": 200, "data": {"success": true}}')
    result, error = harness.call(ENDPOINTS["set_users_mfa_status"])
    assert error is None and result.success is True
    harness.answer = Answer(503, b"<html>down</html>", {"Retry-After": "nan"})
    result, error = harness.call(ENDPOINTS["get_user"])
    assert error is not None and "HTTP 503" in str(error)
    # found by the fuzzing: "nan" and "inf" parsed as waits
    for value in ("nan", "inf", "-3"):
        harness.answer = Answer(429, b'{"statusCode": 429}', {"Retry-After": value})
        result, error = harness.call(ENDPOINTS["get_user"])
        assert isinstance(error, RateLimitError)
        assert error.retry_after == (0.0 if value == "-3" else None)
    assert isinstance(harness.client.session, aiohttp.ClientSession)
