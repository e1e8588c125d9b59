"""The client's own cost, with the network taken out: µs per call above aiohttp.

Both clients get a stand-in for ``aiohttp.ClientSession`` that answers at once with the bytes
the emulator sends. The stand-ins do only the work in which the two ways of calling aiohttp
differ: for raw aiohttp, the stdlib ``json.dumps`` behind ``json=``, the encoding of
``params=`` into the URL and the decoding behind ``resp.json()`` (charset lookup, strip,
``json.loads``); the SDK hands aiohttp ready bytes and a URL that already carries a plain
query (pairs that need escaping it leaves to aiohttp, as raw code does), and reads
``resp.read()``. Everything aiohttp does the same way for both (sockets, HTTP parsing,
headers) is left out, so what remains is the SDK's own work (arguments, models, converter,
auth, envelope) against the hand-written code's.

    python benchmarks/layer.py                 # the table
    python benchmarks/layer.py --profile       # pyinstrument call tree of the SDK's calls
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson
from yarl import URL

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async import AsyncManagementClient

__all__ = ["layer_costs"]

_USERPOOL_ID = "65a1000000000000000000aa"
_CLAIMS = base64.urlsafe_b64encode(orjson.dumps({"scoped_userpool_id": _USERPOOL_ID}))
_TOKEN = f"eyJhbGciOiJIUzI1NiJ9.{_CLAIMS.decode().rstrip('=')}.c2ln"
_ANSWERS = {
    "api/v3/get-management-token": {"access_token": _TOKEN, "expires_in": 7200},
    "api/v3/set-mfa-status": {"success": True},
    "api/v3/get-user-principal-authentication-info": {
        "totalCount": 1,
        "list": [
            {
                "authenticated": True,
                "principalType": "P",
                "principalCode": "110101000000000003",
                "principalName": "User 3",
                "authenticatedAt": "2024-01-01T00:00:03.000Z",
            }
        ],
    },
}
_BODIES = {
    path: orjson.dumps({"statusCode": 200, "message": "success", "data": data})
    for path, data in _ANSWERS.items()
}


class _Response:
    status = 200
    headers = {"Content-Type": "application/json; charset=utf-8"}  # noqa: RUF012

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.content_length = len(body)  # as aiohttp sets it from Content-Length

    async def __aenter__(self) -> _Response:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    async def read(self) -> bytes:
        return self._body

    async def json(self) -> Any:
        # what aiohttp's ClientResponse.json() does once the body is in
        ctype = self.headers.get("Content-Type", "").lower()
        if "json" not in ctype:
            raise ValueError(ctype)
        encoding = ctype.partition("charset=")[2] or "utf-8"
        return json.loads(self._body.strip().decode(encoding))


class _Session:
    """Enough of ``aiohttp.ClientSession`` for both clients."""

    closed = False

    def request(self, method: str, url: URL, *, params: Any = None, **kwargs: Any) -> _Response:
        if params:  # what aiohttp does with params= (the SDK sends plain queries in the URL)
            url = url.extend_query(params)
        return _Response(_BODIES[url.raw_path[1:]])

    def post(self, url: str, *, json: Any = None, **kwargs: Any) -> _Response:
        _json_payload(json)
        return _Response(_BODIES[URL(url).raw_path[1:]])  # aiohttp parses a str URL

    def get(self, url: str, *, params: Any = None, **kwargs: Any) -> _Response:
        parsed = URL(url)  # what aiohttp does with a str URL and params=
        if params:
            parsed = parsed.extend_query(params)
        return _Response(_BODIES[parsed.raw_path[1:]])

    async def close(self) -> None:
        return None


def _json_payload(value: Any) -> bytes:
    # aiohttp's JsonPayload: json.dumps (its default) then str.encode
    return json.dumps(value).encode("utf-8")


class _Info:
    url = "http://127.0.0.1:9"
    access_key_id = "id"
    access_key_secret = "secret"
    userpool_id = _USERPOOL_ID


def _clients() -> tuple[AsyncManagementClient, d.RawClient]:
    sdk = AsyncManagementClient(
        access_key_id="id",
        access_key_secret="secret",
        host=_Info.url,
        session=_Session(),  # type: ignore[arg-type]
    )
    raw = d.RawClient(_Info(), d.sdk_headers())  # type: ignore[arg-type]
    raw.session = _Session()  # type: ignore[assignment]
    raw.headers = {
        **raw.headers,
        "authorization": f"Bearer {_TOKEN}",
        "x-genauth-userpool-id": _USERPOOL_ID,
    }
    return sdk, raw


async def _time(call: Callable[[int], Awaitable[Any]], n: int) -> float:
    for i in range(200):
        await call(i)
    started = time.process_time()
    for i in range(n):
        await call(i)
    return (time.process_time() - started) / n * 1e6


async def _layer_costs(n: int, rounds: int) -> list[dict[str, Any]]:
    sdk, raw = _clients()
    rows = []
    for op in d.OPS:
        calls = {"sdk": d.sdk_call(sdk, op), "raw": d.raw_call(raw, op)}
        times: dict[str, list[float]] = {"sdk": [], "raw": []}
        for _ in range(rounds):
            for name in ("sdk", "raw"):
                times[name].append(await _time(calls[name], n))
        sdk_us, raw_us = statistics.median(times["sdk"]), statistics.median(times["raw"])
        rows.append({"op": op, "sdk_us": sdk_us, "raw_us": raw_us, "raw_over_sdk": raw_us / sdk_us})
    await sdk.close()
    return rows


def layer_costs(n: int = 20_000, rounds: int = 5) -> list[dict[str, Any]]:
    """Median µs per call of each client's own code, per call (SDK and raw alternately)."""
    return asyncio.run(_layer_costs(n, rounds))


async def _profile(n: int) -> None:
    from pyinstrument import Profiler

    sdk, _ = _clients()
    calls = [d.sdk_call(sdk, op) for op in d.OPS]
    for call in calls:
        await _time(call, 1000)
    profiler = Profiler(interval=0.0001, async_mode="disabled")
    profiler.start()
    for call in calls:
        for i in range(n):
            await call(i)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    await sdk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.profile:
        asyncio.run(_profile(args.calls))
        return
    print("| call | SDK µs/call | raw aiohttp µs/call | raw/SDK |")
    print("|---|--:|--:|--:|")
    for row in layer_costs(args.calls, args.rounds):
        print(
            f"| `{row['op']}` | {row['sdk_us']:.1f} | {row['raw_us']:.1f} | "
            f"{row['raw_over_sdk']:.2f} |"
        )


if __name__ == "__main__":
    main()
