"""Bytes held per queued call: this SDK against the same calls written with raw aiohttp.

N calls (``set_users_mfa_status``) are started at once against the emulator, which holds every
answer for seconds; with a pool of 100 connections, all but 100 wait for a connection. The
memory traced (``tracemalloc``) between before the burst and while every call waits, divided
by N, is what one queued call costs. Each measurement runs in a fresh process; SDK and raw
rounds alternate on the same emulator.

    python benchmarks/queued_memory.py                 # 5 rounds each of 5,000 calls
    python benchmarks/queued_memory.py --rounds 3 --calls 2000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async import AsyncManagementClient
from genauth_async.testing import EmulatorInfo
from genauth_async.testing._process import run_emulator_process

HERE = Path(__file__).resolve().parent
LIMIT = 100


async def _measure(mode: str, info: EmulatorInfo, calls: int) -> float:
    info.admin("POST", "faults", {"latency_ms": 0})
    if mode == "sdk":
        client = AsyncManagementClient(
            access_key_id=info.access_key_id,
            access_key_secret=info.access_key_secret,
            host=info.url,
            connection_limit=LIMIT,
            timeout=120,
        )
        call = d.sdk_call(client, "set_users_mfa_status")
        close = client.close
    else:
        raw = d.RawClient(info, d.sdk_headers())
        await raw.start()
        assert raw.session is not None
        raw.session.connector._limit = LIMIT  # type: ignore[union-attr]
        call = d.raw_call(raw, "set_users_mfa_status")
        close = raw.close
    # set up both paths before measuring: token, session, converter hooks, one connection
    await call(0)
    info.admin("POST", "faults", {"latency_ms": 60_000})
    # the call arguments exist before the burst in both cases (built by the caller)
    awaitables = [call(i) for i in range(1, calls + 1)]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    for _ in range(50):  # until every call is in flight or queued
        await asyncio.sleep(0.02)
    gc.collect()
    during = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await close()
    return (during - before) / calls


def child(mode: str, info_json: str, calls: int) -> None:
    info = EmulatorInfo(**json.loads(info_json))
    print(json.dumps({"mode": mode, "bytes_per_call": asyncio.run(_measure(mode, info, calls))}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--child", choices=["sdk", "raw"])
    parser.add_argument("--info")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "queued_memory.json")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.info, args.calls)
        return
    results: dict[str, list[float]] = {"sdk": [], "raw": []}
    with run_emulator_process(users=d.USERS) as info:
        info_json = json.dumps(
            {k: getattr(info, k) for k in ("url", "access_key_id", "access_key_secret")}
            | {"userpool_id": info.userpool_id, "pid": info.pid}
        )
        for r in range(args.rounds):
            for mode in ("sdk", "raw") if r % 2 == 0 else ("raw", "sdk"):
                cmd = [sys.executable, __file__, "--child", mode, "--info", info_json]
                out = subprocess.run(
                    [*cmd, "--calls", str(args.calls)],
                    check=False,
                    capture_output=True,
                    text=True,
                )
                if out.returncode:
                    raise SystemExit(f"{mode} round failed:\n{out.stderr}")
                value = json.loads(out.stdout.strip().splitlines()[-1])["bytes_per_call"]
                results[mode].append(value)
                print(f"round {r + 1} {mode}: {value:,.0f} bytes per queued call")
    sdk, raw = statistics.median(results["sdk"]), statistics.median(results["raw"])
    summary: dict[str, Any] = {
        "calls": args.calls,
        "pool_limit": LIMIT,
        "rounds": results,
        "sdk_bytes_per_call": sdk,
        "raw_bytes_per_call": raw,
        "ratio": sdk / raw,
    }
    print(f"median: SDK {sdk:,.0f} B, raw aiohttp {raw:,.0f} B per queued call: {sdk / raw:.2f}x")
    args.json.parent.mkdir(exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
