"""List pages and batch writes: what typed decoding and sending cost against plain dicts.

    python benchmarks/decoding.py            # ~1 minute on 2 cores
    python benchmarks/decoding.py --quick    # fewer calls

Two measures:

- in process: decoding one page (``orjson.loads`` of the body, then the decoder the transport
  uses) in µs per page, against ``orjson.loads`` alone: a ``list_users`` page of 50 users
  with the ~30 fields of GenAuth's documented sample user, and a nested-model list (the same
  users, each with two external identities);
- client CPU per call (``time.process_time`` of this process; the server runs in a child
  process) at concurrency 16 against a loopback server answering fixed bodies, for
  ``list_users`` (50 rich users; then with their identities, the nested list) and
  ``create_users_batch`` (50 new users given as camelCase dicts, then as ``CreateUserInfo``
  models, answered by the 50 users), each made three ways: raw aiohttp + orjson (dicts), the
  SDK in strict mode (``strict_responses=True``: every value checked against the model), and
  the SDK by default (lenient: unknown keys kept).

The users are GenAuth's own documented sample user (``tests/data``), given distinct ids.

A third table is the budget of each target: the client CPU the SDK may spend at the target
ratio, what the same call costs with its answer left undecoded (the request, the transport and
``orjson.loads``; measured in the same rounds), so what is left for decoding; against it, in
process, the least any decoder has to do to know that the answer fits its model without
building anything: the key and value-type tuples of every item (C-level ``tuple`` and
``map(type, ...)``), and what the decoder takes now.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from genauth_async import AsyncManagementClient
from genauth_async.api import ENDPOINTS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = json.loads((ROOT / "tests" / "data" / "docs_samples.json").read_text("utf-8"))["samples"]
CONCURRENCY = 16
PER_PAGE = 50


def _as_served(value: Any) -> Any:
    """A docs sample as the server sends it: the docs show arrays as their JSON text, and a
    list of objects as its one object."""
    if isinstance(value, dict):
        return {k: _as_served(v) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("["):
        try:
            return _as_served(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return [_as_served(v) for v in value]
    return value


def _user(i: int) -> dict[str, Any]:
    user = _as_served(SAMPLES["/api/v3/get-user"]["sample"]["data"])
    user["userId"] = f"65a1{i:020x}"
    # the sample's identity lacks fields typed as required: left out, so that a strict
    # decoder (and the SDK's earlier versions) reads the page too
    del user["identities"]
    return user


def _user_with_identities(i: int) -> dict[str, Any]:
    """A user with two external identities (nested models), each complete."""
    identity = _as_served(SAMPLES["/api/v3/get-user"]["sample"]["data"]["identities"])
    identity = {"userInfoInIdp": {"openid": f"o-{i}"}, "originConnIds": ["c-1"], **identity}
    return {**_user(i), "identities": [identity, {**identity, "identityId": f"i-{i}"}]}


def _envelope(data: Any) -> bytes:
    return orjson.dumps({"statusCode": 200, "message": "ok", "requestId": "r", "data": data})


USERS = [_user(i) for i in range(PER_PAGE)]
USERS_PAGE = _envelope({"totalCount": 5000, "list": USERS})
NESTED_PAGE = _envelope(
    {"totalCount": 5000, "list": [_user_with_identities(i) for i in range(PER_PAGE)]}
)
USERS_BATCH = _envelope(USERS)
NEW_USERS = [
    {
        "status": "Activated",
        "email": f"user{i}@example.com",
        "phone": f"188{i:08d}",
        "phoneCountryCode": "+86",
        "username": f"user{i}",
        "name": "张三",
        "nickname": "三",
        "gender": "M",
        "birthdate": "2022-06-03",
        "country": "CN",
        "password": "passw0rd!",
    }
    for i in range(PER_PAGE)
]
ANSWERS = {
    "/api/v3/list-users": USERS_PAGE,
    "/api/v3/create-users-batch": USERS_BATCH,
}
TOKEN = orjson.dumps({"statusCode": 200, "data": {"access_token": "t.t.t", "expires_in": 7200}})


# -- the server, in a child process ------------------------------------------------------------


def _serve(port_queue: Any) -> None:
    from aiohttp import web

    async def handle(request: web.Request) -> web.Response:
        sent = await request.read()
        body = NESTED_PAGE if b"withIdentities" in sent else ANSWERS.get(request.path, TOKEN)
        return web.Response(body=body, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_queue.put(runner.addresses[0][1])
        await asyncio.Event().wait()

    asyncio.run(main())


# -- in process --------------------------------------------------------------------------------


def _per_call_us(fn: Callable[[], Any], seconds: float) -> float:
    runs = []
    for _ in range(5):
        n = 0
        start = time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds / 5:
            fn()
            n += 1
        runs.append(elapsed / n * 1e6)
    return min(runs)


def in_process(seconds: float) -> dict[str, dict[str, float]]:
    out = {}
    for label, endpoint, body in (
        ("list_users, 50 rich users", "list_users", USERS_PAGE),
        ("list_users, 50 users with 2 identities each", "list_users", NESTED_PAGE),
    ):
        into = ENDPOINTS[endpoint].into
        transport_decode = _decoder(into)
        loads = _per_call_us(lambda body=body: orjson.loads(body), seconds)
        typed = _per_call_us(
            lambda body=body, d=transport_decode: d(orjson.loads(body)["data"]), seconds
        )
        out[label] = {
            "bytes": len(body),
            "orjson.loads µs": loads,
            "loads + decode µs": typed,
            "ratio": typed / loads,
        }
    return out


def fit_check(seconds: float) -> dict[str, float]:
    """µs per page: proving each item's keys and value types (nothing built), and decoding."""
    out = {}
    for label, body in (("list_users", USERS_PAGE), ("create_users_batch", USERS_BATCH)):
        data = orjson.loads(body)["data"]
        items = data["list"] if isinstance(data, dict) else data
        into = ENDPOINTS[label].into
        decode = _decoder(into)
        out[f"{label}: shape check"] = _per_call_us(
            lambda items=items: [(tuple(u), tuple(map(type, u.values()))) for u in items],
            seconds,
        )
        out[f"{label}: decode"] = _per_call_us(lambda d=data, f=decode: f(d), seconds)
    return out


def _decoder(into: Any) -> Callable[[Any], Any]:
    try:  # the table-driven decoder, as the transport calls it
        from genauth_async._convert import decoder_for
    except ImportError:  # an older version: the converter's structure hook
        from genauth_async._convert import converter

        hook = converter.get_structure_hook(into)
        return lambda data: hook(data, into)
    decode = decoder_for(into)
    assert decode is not None
    return lambda data: decode(data, [])


# -- client CPU per call -----------------------------------------------------------------------


async def _load(call: Callable[[int], Awaitable[Any]], calls: int) -> float:
    """Client CPU µs per call, ``calls`` calls at CONCURRENCY."""
    for i in range(CONCURRENCY):  # warm up: connections, token, hooks
        await call(i)
    next_i = 0

    async def worker() -> None:
        nonlocal next_i
        while next_i < calls:
            i = next_i
            next_i += 1
            await call(i)

    start = time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.process_time() - start) / calls * 1e6


def _sdk_calls(client: AsyncManagementClient) -> dict[str, Callable[[int], Awaitable[Any]]]:
    from genauth_async.models import CreateUserInfo

    models = [client_model(CreateUserInfo, u) for u in NEW_USERS]
    return {
        "list_users": lambda i: client.list_users(
            options={"pagination": {"page": 1, "limit": PER_PAGE}}
        ),
        "list_users withIdentities (nested)": lambda i: client.list_users(
            options={"pagination": {"page": 1, "limit": PER_PAGE}, "withIdentities": True}
        ),
        "create_users_batch (dicts)": lambda i: client.create_users_batch(NEW_USERS),
        "create_users_batch (models)": lambda i: client.create_users_batch(models),
    }


def client_model(cls: Any, wire: dict[str, Any]) -> Any:
    from genauth_async._convert import strict_converter

    return strict_converter.structure(wire, cls)


async def _raw_calls(
    session: aiohttp.ClientSession, base: str
) -> dict[str, Callable[[int], Awaitable[Any]]]:
    headers = {"authorization": "t.t.t", "content-type": "application/json"}

    async def post(path: str, body: Any) -> Any:
        async with session.post(base + path, data=orjson.dumps(body), headers=headers) as r:
            return orjson.loads(await r.read())["data"]

    page = {"options": {"pagination": {"page": 1, "limit": PER_PAGE}}}
    nested = {"options": {"pagination": {"page": 1, "limit": PER_PAGE}, "withIdentities": True}}
    batch = {"list": NEW_USERS}
    return {
        "list_users": lambda i: post("/api/v3/list-users", page),
        "list_users withIdentities (nested)": lambda i: post("/api/v3/list-users", nested),
        "create_users_batch (dicts)": lambda i: post("/api/v3/create-users-batch", batch),
        "create_users_batch (models)": lambda i: post("/api/v3/create-users-batch", batch),
    }


async def client_cpu(base: str, calls: int, rounds: int) -> dict[str, dict[str, float]]:
    samples: dict[str, dict[str, list[float]]] = {}
    async with (
        aiohttp.ClientSession() as session,
        AsyncManagementClient(access_key_id="k", access_key_secret="s", host=base) as lenient,
        _strict_client(base) as strict,
    ):
        peers = {
            "raw aiohttp + orjson": await _raw_calls(session, base),
            "SDK strict": _sdk_calls(strict),
            "SDK lenient": _sdk_calls(lenient),
            UNDECODED: _sdk_calls(lenient),
        }
        for _ in range(rounds):
            for peer, ops in peers.items():
                for op, call in ops.items():
                    with _undecoded(peer == UNDECODED):
                        us = await _load(call, calls)
                    samples.setdefault(op, {}).setdefault(peer, []).append(us)
    return {
        op: {peer: statistics.median(v) for peer, v in by_peer.items()}
        for op, by_peer in samples.items()
    }


UNDECODED = "SDK, answer not decoded"


@contextlib.contextmanager
def _undecoded(on: bool) -> Iterator[None]:
    """The endpoints' answers handed back as parsed (``orjson.loads``), not decoded: the cost
    of everything else a call does."""
    if not on:
        yield
        return
    from genauth_async._transport import _as_is

    endpoints = [ENDPOINTS["list_users"], ENDPOINTS["create_users_batch"]]
    saved = [e.structure for e in endpoints]
    for e in endpoints:
        e.structure = _as_is
    try:
        yield
    finally:
        for e, structure in zip(endpoints, saved, strict=True):
            e.structure = structure


def _strict_client(base: str) -> AsyncManagementClient:
    try:
        return AsyncManagementClient(
            access_key_id="k", access_key_secret="s", host=base, strict_responses=True
        )
    except TypeError:  # an earlier version: strict is all there is
        return AsyncManagementClient(access_key_id="k", access_key_secret="s", host=base)


TARGETS = {
    "list_users": 0.67,
    "create_users_batch (dicts)": 0.5,
    "create_users_batch (models)": 0.5,
}


def budget(cpu: dict[str, dict[str, float]], check: dict[str, float]) -> list[str]:
    lines = [
        "",
        "The budget of each target, client CPU µs per call (lenient): what the SDK may spend at "
        "the target, what the call costs with its answer not decoded, what that leaves for "
        "decoding, and in process what decoding the answer takes and the shape check alone "
        "(each item's key and value-type tuples, nothing built)",
        "",
        "| call | target | SDK at target | SDK, not decoded | left for decoding "
        "| decoding now (network) | in process: decode | in process: shape check |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for op, target in TARGETS.items():
        m = cpu[op]
        allowed = m["raw aiohttp + orjson"] / target
        undecoded = m[UNDECODED]
        name = op.split(" ")[0]
        lines.append(
            f"| {op} | {target} | {allowed:.0f} | {undecoded:.0f} | {allowed - undecoded:.0f} | "
            f"{m['SDK lenient'] - undecoded:.0f} | {check[f'{name}: decode']:.0f} | "
            f"{check[f'{name}: shape check']:.0f} |"
        )
    return lines


def report(
    decode: dict[str, dict[str, float]],
    cpu: dict[str, dict[str, float]],
    check: dict[str, float],
) -> str:
    lines = [
        "In process, one page: `orjson.loads` of the body, then the transport's decoder",
        "",
        "| page | bytes | `orjson.loads` µs | loads + decode µs | x orjson |",
        "|---|--:|--:|--:|--:|",
    ]
    for label, m in decode.items():
        lines.append(
            f"| {label} | {m['bytes']:,} | {m['orjson.loads µs']:.0f} | "
            f"{m['loads + decode µs']:.0f} | {m['ratio']:.1f} |"
        )
    lines += [
        "",
        f"Client CPU µs per call, concurrency {CONCURRENCY} "
        "(raw/SDK: higher is better, 1.0 = parity)",
        "",
        "| call | raw aiohttp + orjson | SDK strict | SDK lenient | raw/strict | raw/lenient |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for op, m in cpu.items():
        raw, strict, lenient = m["raw aiohttp + orjson"], m["SDK strict"], m["SDK lenient"]
        lines.append(
            f"| {op} | {raw:.0f} | {strict:.0f} | {lenient:.0f} | "
            f"{raw / strict:.2f} | {raw / lenient:.2f} |"
        )
    return "\n".join(lines + budget(cpu, check))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls (~20 s)")
    args = parser.parse_args(argv)
    decode = in_process(2.0 if args.quick else 5.0)
    check = fit_check(1.0 if args.quick else 3.0)
    queue: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(queue,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{queue.get(timeout=30)}"
        calls, rounds = (200, 1) if args.quick else (600, 3)
        cpu = asyncio.run(client_cpu(base, calls, rounds))
    finally:
        server.terminate()
        server.join()
    sys.stdout.write(report(decode, cpu, check) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
