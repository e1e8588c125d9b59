"""Memory per call waiting for a connection and per call on the wire: this SDK beside the same
calls written with raw aiohttp.

N calls (``set_users_mfa_status``, 10,000 by default) start at once against an emulator that
holds every answer for a minute:

- queued: a pool of one connection, so all calls but one wait for it;
- on the wire: a pool of N connections, so every call has sent its request and waits for the
  answer (the emulator has counted all N before the measurement).

Each measurement runs in a fresh process, SDK and raw aiohttp alternately, and reads either
the Python heap (``tracemalloc``, the bytes Python objects hold) or the resident set size (RSS,
``/proc/self/statm``: what the process costs the machine, sockets' buffers and C allocations
included; tracemalloc is off then, since its own bookkeeping is resident too). The figure is
(during - before) / N, with the call arguments built before "before" for both clients.

    python benchmarks/queued_memory.py                      # 3 rounds of 10,000 calls
    python benchmarks/queued_memory.py --rounds 1 --calls 2000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async import AsyncManagementClient
from genauth_async.testing import EmulatorInfo, run_emulator_process

__all__ = ["memory_costs"]

HERE = Path(__file__).resolve().parent
ROUTE = "/api/v3/set-mfa-status"
MODES = ("queued", "wire")
METRICS = ("heap", "rss")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _arrived(info: EmulatorInfo) -> int:
    return int(info.admin("GET", "stats")["requests"].get(ROUTE, 0))


async def _measure(client_name: str, mode: str, metric: str, info: EmulatorInfo, n: int) -> float:
    limit = 1 if mode == "queued" else n
    if client_name == "sdk":
        client = AsyncManagementClient(
            access_key_id=info.access_key_id,
            access_key_secret=info.access_key_secret,
            host=info.url,
            connection_limit=limit,
            # thousands of connects at once overflow the emulator's listen backlog: the
            # kernel retries them for seconds, which is no failure here
            timeout=aiohttp.ClientTimeout(total=600, sock_connect=600),
        )
        call = d.sdk_call(client, "set_users_mfa_status")
        close = client.close
    else:
        raw = d.RawClient(info, d.sdk_headers(), connections=limit, timeout=600)
        await raw.start()
        call = d.raw_call(raw, "set_users_mfa_status")
        close = raw.close
    # set up both paths before measuring: token, session, converter hooks, one connection
    await call(0)
    arrived = _arrived(info)
    info.admin("POST", "faults", {"latency_ms": 300_000})  # hold every answer from now on
    # the call arguments exist before the burst in both cases (built by the caller)
    awaitables = [call(i) for i in range(1, n + 1)]
    gc.collect()
    if metric == "heap":
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
    else:
        before = _rss()
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    # until every call is queued (one on the wire) or on the wire
    expected = arrived + (1 if mode == "queued" else n)
    for _ in range(600):
        await asyncio.sleep(0.1)
        if await asyncio.to_thread(_arrived, info) >= expected:
            break
    else:
        raise RuntimeError(f"only {_arrived(info) - arrived} of {n} calls reached the emulator")
    await asyncio.sleep(0.2)
    gc.collect()
    if metric == "heap":
        during = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    else:
        during = _rss()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await close()
    return (during - before) / n


def _child(args: argparse.Namespace) -> None:
    info = EmulatorInfo(**json.loads(args.info))
    value = asyncio.run(_measure(args.client, args.mode, args.metric, info, args.calls))
    print(json.dumps({"bytes_per_call": value}))


def _raise_fd_limit() -> None:
    # N connections need N descriptors here and in the emulator (a child: it inherits this)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def memory_costs(
    rounds: int, calls: int, metrics: tuple[str, ...] = METRICS, log: Any = print
) -> dict[str, Any]:
    """Median bytes per call, for every client x mode x metric, each in a fresh process."""
    _raise_fd_limit()
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    wire_calls = calls
    if soft != resource.RLIM_INFINITY and soft < calls + 1000:
        wire_calls = max(100, soft - 1000)
    values: dict[str, list[float]] = {}
    with run_emulator_process(users=d.USERS) as info:
        info_json = json.dumps(
            {k: getattr(info, k) for k in ("url", "access_key_id", "access_key_secret")}
            | {"userpool_id": info.userpool_id, "pid": info.pid}
        )
        for r in range(rounds):
            for mode in MODES:
                n = calls if mode == "queued" else wire_calls
                for metric in metrics:
                    clients = ("sdk", "raw") if r % 2 == 0 else ("raw", "sdk")
                    for client in clients:
                        info.admin("POST", "faults", {"latency_ms": 0})
                        command = [sys.executable, __file__, "--child", "--client", client]
                        command += ["--mode", mode, "--metric", metric, "--info", info_json]
                        out = subprocess.run(
                            [*command, "--calls", str(n)],
                            check=False,
                            capture_output=True,
                            text=True,
                            timeout=600,
                        )
                        if out.returncode:
                            raise RuntimeError(f"{client} {mode} {metric} failed:\n{out.stderr}")
                        value = json.loads(out.stdout.strip().splitlines()[-1])["bytes_per_call"]
                        values.setdefault(f"{client} {mode} {metric}", []).append(value)
                        log(f"  round {r + 1}: {client} {mode} {metric}: {value:,.0f} B/call")
    medians = {key: statistics.median(v) for key, v in values.items()}
    ratios = {
        f"{mode} {metric}": medians[f"sdk {mode} {metric}"] / medians[f"raw {mode} {metric}"]
        for mode in MODES
        for metric in metrics
    }
    return {
        "calls": calls,
        "wire_calls": wire_calls,
        "rounds": rounds,
        "bytes_per_call": medians,
        "all": values,
        "sdk_over_raw": ratios,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", choices=["sdk", "raw"], help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--metric", choices=METRICS, help=argparse.SUPPRESS)
    parser.add_argument("--info", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "memory.json")
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    result = memory_costs(args.rounds, args.calls)
    print("\n| per call | metric | SDK bytes | raw aiohttp bytes | SDK/raw |")
    print("|---|---|--:|--:|--:|")
    for mode in MODES:
        for metric in METRICS:
            if f"sdk {mode} {metric}" not in result["bytes_per_call"]:
                continue
            sdk = result["bytes_per_call"][f"sdk {mode} {metric}"]
            raw = result["bytes_per_call"][f"raw {mode} {metric}"]
            print(f"| {mode} | {metric} | {sdk:,.0f} | {raw:,.0f} | {sdk / raw:.2f} |")
    args.json.parent.mkdir(exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
