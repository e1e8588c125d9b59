"""The one benchmark command: this SDK beside the clients users really choose between.

    python benchmarks/run.py                 # the full run, about 10 minutes on 2 cores
    python benchmarks/run.py --quick         # fewer cells, the same window lengths: ~3 min
    python benchmarks/run.py --dry-run       # say what would run, measure nothing
    python benchmarks/run.py --compare benchmarks/results/previous.json

Peers, against the emulator in a child process (so ``time.process_time()`` of this process
is the client's cost alone): this SDK, the same calls written with raw aiohttp (the floor),
the official sync SDK sequentially, from 64 threads, and from asyncio tasks through
``asyncio.to_thread`` (default executor) or a 64-thread executor, and the official node SDK.
Rounds alternate over every peer and ratios are medians of per-round ratios. Each window also
records the cores used by the client, the emulator and everything else on the machine, so a
noisy run shows itself. Start-up (``startup.py``) and memory per call (``queued_memory.py``)
run in fresh processes. See ``benchmarks/README.md`` for every column.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import aiohttp
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d
import layer
import node_peer
import queued_memory
import startup

from genauth_async import MfaTriggerData
from genauth_async._convert import converter
from genauth_async._version import __version__
from genauth_async.models import PrincipalAuthenticationInfoPaging, SetMfaStatus
from genauth_async.testing import EmulatorInfo, run_emulator_process

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LATENCIES_MS = (0.0, 50.0)
REFRESH_CONCURRENCY = 64
REFRESH_TOKEN_LIFETIME = 2.0
REFRESH_OP = "get_user_principal_authentication_info"
#: the threads of the loop's default executor, which ``asyncio.to_thread`` uses
DEFAULT_EXECUTOR_THREADS = min(32, (os.cpu_count() or 1) + 4)
POOL_THREADS = 64

#: the targets, and what ``--compare`` and ``--quick`` call reproducible
TARGET_CPU_RATIO = 1.0  # raw aiohttp's client CPU per call / the SDK's, at every concurrency
TARGET_RTT_SHARE = 0.9  # of 64 / RTT at 50 ms added latency, concurrency 64
TARGET_PER_CORE_VS_OFFICIAL = 10.0  # req/s per client core, SDK / official SDK (any way)
TARGET_MEMORY_RATIO = 1.0  # bytes per call, SDK / raw aiohttp
NOISE = 0.10  # ratios of two runs on a quiet machine agree within this
QUIET_OTHER_CORES = 0.10  # a window where other processes used more is called noisy

PEERS = {
    "sdk": "genauth-async",
    "raw": "raw aiohttp",
    "official": "official, sequential",
    "official-threads": f"official, {POOL_THREADS} threads",
    "official-to_thread": f"official, asyncio.to_thread ({DEFAULT_EXECUTOR_THREADS} threads)",
    "official-pool": f"official, run_in_executor ({POOL_THREADS} threads)",
    "node": "authing-node-sdk@4 (node)",
}

Cell = tuple[str, int]  # (peer, concurrency)


def _pairs(*concurrency: int) -> tuple[Cell, ...]:
    return tuple(cell for c in concurrency for cell in (("sdk", c), ("raw", c)))


_OFFICIAL_64: tuple[Cell, ...] = (
    ("official-threads", 64),
    ("official-to_thread", 64),
    ("official-pool", 64),
    ("node", 64),
)


@dataclass(frozen=True)
class Config:
    ops: tuple[str, ...]
    rounds: int  # every peer once per round, in turn
    cells: dict[float, tuple[Cell, ...]]  # per added latency
    windows: dict[float, tuple[float, float]]  # (measured, warm-up) seconds per latency
    startup_processes: int
    memory_rounds: int
    memory_calls: int
    memory_metrics: tuple[str, ...]
    refresh_rounds: int  # 0: skipped
    refresh_seconds: float
    converter_seconds: float  # 0: skipped
    layer_calls: int  # 0: skipped


FULL = Config(
    ops=d.OPS,
    rounds=3,
    cells={
        0.0: (*_pairs(1, 8, 64, 256), ("official", 1), *_OFFICIAL_64),
        50.0: (*_pairs(64, 256), *_OFFICIAL_64),
    },
    windows={0.0: (2.0, 0.3), 50.0: (3.0, 0.6)},
    startup_processes=11,
    memory_rounds=2,
    memory_calls=10_000,
    memory_metrics=("heap", "rss"),
    refresh_rounds=2,
    refresh_seconds=3.0,
    converter_seconds=0.2,
    layer_calls=20_000,
)
# Fewer cells, not shorter windows: the same 2-3 s windows and 3 rounds as the full run, so
# its ratios agree with a full run's and with the next quick run's within NOISE.
QUICK = Config(
    ops=d.OPS,
    rounds=3,
    cells={
        0.0: (*_pairs(64), ("official-pool", 64), ("node", 64)),
        50.0: (*_pairs(64), ("official-to_thread", 64)),
    },
    windows={0.0: (2.0, 0.3), 50.0: (3.0, 0.6)},
    startup_processes=7,
    memory_rounds=1,
    memory_calls=10_000,
    memory_metrics=("heap",),
    refresh_rounds=0,
    refresh_seconds=0.0,
    converter_seconds=0.0,
    layer_calls=0,
)


_T0 = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _T0:5.0f}s] {message}", file=sys.stderr, flush=True)


# -- load phases -----------------------------------------------------------------------------


class _Peers:
    """Every client of one latency phase, set up once and reused by every round."""

    def __init__(self, info: EmulatorInfo, node_where: Path | None) -> None:
        self.info = info
        self.node_where = node_where
        self.sdk = d.make_sdk(info)
        self.raw = d.RawClient(info, d.sdk_headers())
        self.official = d.make_official(info)
        self.pool = ThreadPoolExecutor(POOL_THREADS)

    async def __aenter__(self) -> _Peers:
        await self.raw.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.sdk.close()
        await self.raw.close()
        self.pool.shutdown(wait=False)

    async def run(self, peer: str, op: str, c: int, window: tuple[float, float]) -> d.Sample:
        seconds, warmup = window
        pid = self.info.pid
        if peer in ("sdk", "raw"):
            call = d.sdk_call(self.sdk, op) if peer == "sdk" else d.raw_call(self.raw, op)
            return await d.run_async(call, c, seconds, warmup, server_pid=pid)
        sync = d.official_call(self.official, op)
        if peer in ("official", "official-threads"):
            return await asyncio.to_thread(d.run_threads, sync, c, seconds, warmup, pid)
        if peer == "official-to_thread":
            return await d.run_async(d.to_thread_call(sync), c, seconds, warmup, server_pid=pid)
        if peer == "official-pool":
            call = d.executor_call(sync, self.pool)
            return await d.run_async(call, c, seconds, warmup, server_pid=pid)
        assert peer == "node" and self.node_where is not None
        where = self.node_where
        return await asyncio.to_thread(node_peer.run_node, where, self.info, op, c, *window)


def _cells(cfg: Config, latency: float, node: bool, r: int) -> list[Cell]:
    cells = [cell for cell in cfg.cells[latency] if node or cell[0] != "node"]
    if r % 2:  # raw aiohttp first in every other round
        for i in range(len(cells) - 1):
            if cells[i][0] == "sdk" and cells[i + 1] == ("raw", cells[i][1]):
                cells[i], cells[i + 1] = cells[i + 1], cells[i]
    return cells


async def _load_phase(
    info: EmulatorInfo, latency: float, cfg: Config, node_where: Path | None
) -> dict[tuple[str, str, int], list[d.Sample]]:
    samples: dict[tuple[str, str, int], list[d.Sample]] = {}
    async with _Peers(info, node_where) as peers:
        for r in range(cfg.rounds):
            log(f"{latency:.0f} ms, round {r + 1} of {cfg.rounds}")
            for op in cfg.ops:
                for peer, c in _cells(cfg, latency, node_where is not None, r):
                    sample = await peers.run(peer, op, c, cfg.windows[latency])
                    samples.setdefault((op, peer, c), []).append(sample)
                    log(_progress(latency, op, peer, c, sample))
    return samples


def _progress(latency: float, op: str, peer: str, c: int, s: d.Sample) -> str:
    other = s.other_cores
    return (
        f"  {latency:>3.0f} ms {op:<39} {peer:<18} c={c:<3} {s.rps:>6.0f} req/s "
        f"{s.cpu_us:>5.0f} us CPU/req p50 {s.percentile_ms(0.5):6.1f} ms"
        + ("" if other is None else f"  other {other:.2f} cores")
    )


def _reference(peer: str, c: int) -> Cell:
    """The SDK cell a peer is compared with: same concurrency (sequential: 1)."""
    return ("sdk", c if peer != "official" else 1)


def load_rows(
    latency: float, samples: dict[tuple[str, str, int], list[d.Sample]]
) -> list[dict[str, Any]]:
    rows = []
    for (op, peer, c), mine in samples.items():
        row: dict[str, Any] = {
            "latency_ms": latency,
            "op": op,
            "client": peer,
            "concurrency": c,
            "rounds": len(mine),
            **d.median_summary(mine),
        }
        row["rps_per_core"] = 1e6 / row["cpu_us"]
        sdk = samples.get((op, *_reference(peer, c)))
        if peer != "sdk" and sdk is not None:
            pairs = list(zip(mine, sdk, strict=False))
            # medians of per-round ratios: each pair ran in the same round, minutes apart at most
            row["cpu_over_sdk"] = statistics.median(p.cpu_us / s.cpu_us for p, s in pairs)
            row["sdk_rps_over"] = statistics.median(s.rps / p.rps for p, s in pairs)
        rows.append(row)
    return rows


async def _refresh_phase(steady: EmulatorInfo, short: EmulatorInfo, cfg: Config) -> dict[str, Any]:
    """Concurrency 64 against a 2 h token and against a 2 s one, alternately."""
    results: dict[str, list[dict[str, float | None]]] = {"without_refresh": [], "with_refresh": []}
    for _ in range(cfg.refresh_rounds):
        for name, info in (("without_refresh", steady), ("with_refresh", short)):
            async with d.make_sdk(info) as client:
                call = d.sdk_call(client, REFRESH_OP)
                sample = await d.run_async(
                    call, REFRESH_CONCURRENCY, cfg.refresh_seconds, 0.2, server_pid=info.pid
                )
                # the warm-up fetched the first token; count only the ones fetched under load
                summary = {**sample.summary(), "tokens_fetched": client.tokens_fetched - 1}
            results[name].append(summary)
    out: dict[str, Any] = {
        "op": REFRESH_OP,
        "concurrency": REFRESH_CONCURRENCY,
        "token_lifetime_s": REFRESH_TOKEN_LIFETIME,
        "seconds": cfg.refresh_seconds,
        "rounds": cfg.refresh_rounds,
    }
    for name, rows in results.items():
        out[name] = {
            key: statistics.median(v for r in rows if (v := r[key]) is not None)
            for key in ("rps", "p50_ms", "p99_ms", "tokens_fetched", "other_cores")
        }
    out["throughput_ratio"] = out["with_refresh"]["rps"] / out["without_refresh"]["rps"]
    log(
        f"  token refresh: {out['with_refresh']['rps']:.0f} req/s with "
        f"{out['with_refresh']['tokens_fetched']:.0f} refreshes vs "
        f"{out['without_refresh']['rps']:.0f} req/s without"
    )
    return out


# -- converter cost --------------------------------------------------------------------------


def _per_op_us(fn: Callable[[], Any], seconds: float) -> float:
    """Median of 5 timings of a loop sized to take about ``seconds / 5`` each."""
    timer = timeit.Timer(fn)
    per_call = timer.timeit(200) / 200
    number = max(100, int(seconds / 5 / per_call))
    return statistics.median(timer.repeat(repeat=5, number=number)) / number * 1e6


def converter_costs(seconds: float) -> list[dict[str, Any]]:
    mfa = d.mfa_model(7)
    body = SetMfaStatus(user_id="65a1" + "0" * 19 + "7", mfa_trigger_data=mfa)
    body_wire = converter.unstructure(body)
    mfa_wire = converter.unstructure(mfa)
    record = {
        "authenticated": True,
        "principalType": "P",
        "principalCode": "110101000000000003",
        "principalName": "User 3",
        "authenticatedAt": "2024-01-01T00:00:03.000Z",
    }
    page_wire = {"totalCount": 1, "list": [record]}
    page10_wire = {"totalCount": 10, "list": [record] * 10}
    page = converter.structure(page_wire, PrincipalAuthenticationInfoPaging)
    page10 = converter.structure(page10_wire, PrincipalAuthenticationInfoPaging)
    envelope = orjson.dumps({"statusCode": 200, "message": "success", "data": page_wire})
    cases: list[tuple[str, str, Callable[[], Any]]] = [
        ("MfaTriggerData", "structure", lambda: converter.structure(mfa_wire, MfaTriggerData)),
        ("MfaTriggerData", "unstructure", lambda: converter.unstructure(mfa)),
        ("SetMfaStatus", "structure", lambda: converter.structure(body_wire, SetMfaStatus)),
        ("SetMfaStatus", "unstructure", lambda: converter.unstructure(body)),
        (
            "Page[PrincipalAuthenticationInfo] (1 item)",
            "structure",
            lambda: converter.structure(page_wire, PrincipalAuthenticationInfoPaging),
        ),
        (
            "Page[PrincipalAuthenticationInfo] (1 item)",
            "unstructure",
            lambda: converter.unstructure(page),
        ),
        (
            "Page[PrincipalAuthenticationInfo] (10 items)",
            "structure",
            lambda: converter.structure(page10_wire, PrincipalAuthenticationInfoPaging),
        ),
        (
            "Page[PrincipalAuthenticationInfo] (10 items)",
            "unstructure",
            lambda: converter.unstructure(page10),
        ),
        # for scale: the whole body encode of each client, and the response decode of each
        (
            "SetMfaStatus body, SDK",
            "unstructure + orjson.dumps",
            lambda: orjson.dumps(converter.unstructure(body)),
        ),
        ("SetMfaStatus body, raw", "json.dumps + encode", lambda: json.dumps(body_wire).encode()),
        (
            "real-name envelope, SDK",
            "orjson.loads + structure",
            lambda: converter.structure(
                orjson.loads(envelope)["data"], PrincipalAuthenticationInfoPaging
            ),
        ),
        ("real-name envelope, raw", "json.loads", lambda: json.loads(envelope.decode())),
    ]
    rows = []
    for model, op, fn in cases:
        rows.append({"model": model, "op": op, "us_per_op": _per_op_us(fn, seconds)})
        log(f"  {model:<45} {op:<28} {rows[-1]['us_per_op']:7.2f} us")
    return rows


# -- report ----------------------------------------------------------------------------------


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _command_output(command: list[str]) -> str | None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd=ROOT)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def machine(node_where: Path | None) -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "unknown"
    node_sdk = None
    if node_where is not None:
        package = node_where / "node_modules" / "authing-node-sdk" / "package.json"
        node_sdk = json.loads(package.read_text()).get("version")
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "aiohttp": aiohttp.__version__,
        "genauth_async": __version__,
        "genauth (official)": _version("genauth"),
        "requests": _version("requests"),
        "orjson": _version("orjson"),
        "cattrs": _version("cattrs"),
        "node": _command_output(["node", "--version"]),
        "authing-node-sdk": node_sdk,
    }


def commit() -> str:
    head = _command_output(["git", "rev-parse", "--short=12", "HEAD"]) or "unknown"
    dirty = _command_output(["git", "status", "--porcelain", "--untracked-files=no"])
    return head + (" (with uncommitted changes)" if dirty else "")


def _by(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any] | None:
    for row in rows:
        if all(row.get(k) == v for k, v in match.items()):
            return row
    return None


def derived(rows: list[dict[str, Any]], cores: int) -> dict[str, Any]:
    """What the load rows say beyond themselves: this machine's ceiling, the 64 / RTT limit."""
    out: dict[str, Any] = {"ceiling": [], "rtt": []}
    for row in rows:
        if row["latency_ms"] == 0 and row["client"] in ("sdk", "raw") and row["concurrency"] == 64:
            both = row["cpu_us"] + (row["server_cpu_us"] or 0.0)
            out["ceiling"].append(
                {
                    "op": row["op"],
                    "client": row["client"],
                    "client_cpu_us": row["cpu_us"],
                    "emulator_cpu_us": row["server_cpu_us"],
                    # every core busy with client and emulator, nothing else
                    "ceiling_rps": cores / both * 1e6,
                    "measured_rps": row["rps"],
                    "per_client_core_rps": 1e6 / row["cpu_us"],
                }
            )
    for row in rows:
        if row["latency_ms"] != 50 or row["concurrency"] != 64:
            continue
        base = _by(rows, latency_ms=0.0, op=row["op"], client="sdk", concurrency=1)
        # the round trip without added latency, measured at concurrency 1 (if it ran)
        rtt_ms = 50.0 + (base["p50_ms"] if base else 0.0)
        limit = 64 / (rtt_ms / 1000)
        out["rtt"].append(
            {
                "op": row["op"],
                "client": row["client"],
                "rtt_ms": rtt_ms,
                "limit_rps": limit,
                "rps": row["rps"],
                "share": row["rps"] / limit,
            }
        )
    return out


def headline(result: dict[str, Any]) -> dict[str, float]:
    """The ratios a quick run and a full run both measure: what --compare checks."""
    rows = result["load"]
    out: dict[str, float] = {}
    for op in result["config"]["ops"]:
        for row in rows:
            if row["op"] != op or row["concurrency"] != 64 or "cpu_over_sdk" not in row:
                continue
            lat = f"{row['latency_ms']:.0f} ms"
            if row["client"] == "raw":
                out[f"{op}, {lat}, c=64: client CPU raw/SDK"] = row["cpu_over_sdk"]
                out[f"{op}, {lat}, c=64: req/s SDK/raw"] = row["sdk_rps_over"]
            elif row["client"] in ("official-pool", "official-to_thread", "node"):
                out[f"{op}, {lat}: client CPU {row['client']}/SDK"] = row["cpu_over_sdk"]
                out[f"{op}, {lat}: req/s SDK/{row['client']}"] = row["sdk_rps_over"]
        for rtt in result["derived"]["rtt"]:
            if rtt["op"] == op and rtt["client"] == "sdk":
                out[f"{op}, 50 ms, c=64: SDK share of 64/RTT"] = rtt["share"]
    if result.get("startup"):
        out["import genauth_async over aiohttp (ms)"] = result["startup"]["import_over_aiohttp_ms"]
    if result.get("memory"):
        for key, ratio in result["memory"]["sdk_over_raw"].items():
            out[f"memory per call {key}: SDK/raw"] = ratio
    return out


def compare(now: dict[str, float], before: dict[str, float]) -> list[dict[str, Any]]:
    out = []
    for key, value in now.items():
        if before.get(key):
            change = value / before[key] - 1
            out.append(
                {
                    "ratio": key,
                    "before": before[key],
                    "now": value,
                    "change": change,
                    "within": abs(change) <= NOISE,
                }
            )
    return out


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    rows, out = result["load"], []
    st = result.get("startup")
    if st:
        out.append(
            {
                "target": f"`import genauth_async` costs <= {startup.TARGET_IMPORT_MS:.0f} ms on "
                "top of `import aiohttp` (median of fresh processes)",
                "value": f"{st['import_over_aiohttp_ms']:.0f} ms",
                "met": st["import_target_met"],
            }
        )
    for op in result["config"]["ops"]:
        raws = [r for r in rows if r["op"] == op and r["client"] == "raw" and r["latency_ms"] == 0]
        if raws:
            out.append(
                {
                    "target": f"`{op}`: client CPU/req no higher than raw aiohttp's (raw/SDK >= "
                    f"{TARGET_CPU_RATIO:.1f}), 0 ms, c = "
                    + ", ".join(str(r["concurrency"]) for r in raws),
                    "value": " / ".join(f"{r['cpu_over_sdk']:.2f}" for r in raws),
                    "met": min(r["cpu_over_sdk"] for r in raws) >= TARGET_CPU_RATIO,
                }
            )
        for rtt in result["derived"]["rtt"]:
            if rtt["op"] == op and rtt["client"] == "sdk":
                raw = _by(result["derived"]["rtt"], op=op, client="raw")
                out.append(
                    {
                        "target": f"`{op}`: >= {TARGET_RTT_SHARE:.0%} of 64 / RTT at 50 ms "
                        f"added latency, c=64 (RTT {rtt['rtt_ms']:.1f} ms: "
                        f"{rtt['limit_rps']:,.0f} req/s)",
                        "value": f"{rtt['rps']:,.0f} req/s ({rtt['share']:.0%}"
                        + (f"; raw aiohttp {raw['share']:.0%}" if raw else "")
                        + ")",
                        "met": rtt["share"] >= TARGET_RTT_SHARE,
                    }
                )
        # every way of calling the official SDK from 64 callers, against the SDK's 64 tasks
        officials = [
            r
            for r in rows
            if r["op"] == op
            and r["client"].startswith("official-")
            and r["latency_ms"] == 0
            and r["concurrency"] == 64
        ]
        if officials:
            worst = min(officials, key=lambda r: r["cpu_over_sdk"])
            out.append(
                {
                    "target": f"`{op}`: req/s per client core >= "
                    f"{TARGET_PER_CORE_VS_OFFICIAL:.0f}x the official SDK's, from 64 threads or "
                    "asyncio tasks (0 ms, c=64)",
                    "value": f"{worst['cpu_over_sdk']:.1f}x (closest: {PEERS[worst['client']]})",
                    "met": worst["cpu_over_sdk"] >= TARGET_PER_CORE_VS_OFFICIAL,
                }
            )
    mem = result.get("memory")
    if mem:
        for key, ratio in mem["sdk_over_raw"].items():
            mode, metric = key.split()
            what = "waiting for a connection" if mode == "queued" else "on the wire"
            out.append(
                {
                    "target": f"memory per call {what} ({metric}) no more than raw aiohttp's",
                    "value": f"{ratio:.2f}x ({mem['bytes_per_call'][f'sdk {key}']:,.0f} B vs "
                    f"{mem['bytes_per_call'][f'raw {key}']:,.0f} B)",
                    "met": ratio <= TARGET_MEMORY_RATIO,
                }
            )
    return out


def noise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    values = [r["other_cores"] for r in rows if r.get("other_cores") is not None]
    if not values:
        return {"mean": None, "max": None, "noisy_windows": None, "quiet": None}
    noisy = sum(v > QUIET_OTHER_CORES for v in values)
    return {
        "mean": statistics.fmean(values),
        "max": max(values),
        "noisy_windows": noisy,
        "quiet": noisy == 0,
    }


def _fmt(value: float | None, spec: str) -> str:
    return "" if value is None else format(value, spec)


#: sections other scripts write into RESULTS.md, by hand after their own runs: kept, with
#: everything after them, when this run rewrites the file
KEPT_SECTIONS = (
    "## OpenTelemetry (",  # benchmarks/otel.py
    "## List pages and batch writes (",  # benchmarks/decoding.py
)


def kept_sections(path: Path) -> str:
    """The part of the report at ``path`` from the first of KEPT_SECTIONS on ("" if none)."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return ""
    starts = [i for h in KEPT_SECTIONS if (i := text.find("\n" + h)) >= 0]
    return "\n" + text[min(starts) + 1 :] if starts else ""


def markdown(result: dict[str, Any]) -> str:
    m, nz = result["machine"], result["noise"]
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{result['command']}` ({result['mode']} mode, {result['elapsed_s']:.0f} s; "
        f"medians of {result['config']['rounds']} rounds in which every peer ran in turn).",
        f"Commit {result['commit']}, {result['date']}.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, aiohttp {m['aiohttp']}, "
        f"genauth-async {m['genauth_async']}, official genauth {m['genauth (official)']} "
        f"(requests {m['requests']}), orjson {m['orjson']}, cattrs {m['cattrs']}, "
        f"node {m['node'] or 'not installed'}, authing-node-sdk {m['authing-node-sdk'] or '-'}.",
        "The emulator runs in a second process on the same cores.",
        "",
    ]
    if nz["mean"] is not None:
        verdict = (
            "a quiet run"
            if nz["quiet"]
            else f"**a noisy run**: {nz['noisy_windows']} of the windows had other processes "
            f"above {QUIET_OTHER_CORES:.2f} cores; compare ratios from this run only"
        )
        lines += [
            f"Other processes used {nz['mean']:.2f} cores on average during the measured "
            f"windows (at most {nz['max']:.2f}): {verdict}.",
            "",
        ]
    if result["mode"] == "quick":
        lines += [
            f"Quick mode: fewer cells, the same window lengths and rounds as a full run; on a "
            f"quiet machine its ratios agree with the next run's within ±{NOISE:.0%} "
            "(check with `--compare`).",
            "",
        ]
    if result.get("node_skipped"):
        lines += [f"The node SDK was skipped: {result['node_skipped']}.", ""]
    lines += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += [
        f"| {t['target']} | {t['value']} | {'**met**' if t['met'] else '**not met**'} |"
        for t in result["targets"]
    ]
    cmp = result.get("comparison")
    if cmp:
        ok = sum(c["within"] for c in cmp)
        lines += [
            "",
            f"## Against the previous run ({result['compared_with']})",
            "",
            f"{ok} of {len(cmp)} ratios within ±{NOISE:.0%}.",
            "",
            "| ratio | before | now | change | within ±10% |",
            "|---|--:|--:|--:|---|",
        ]
        lines += [
            f"| {c['ratio']} | {c['before']:.2f} | {c['now']:.2f} | {c['change']:+.1%} | "
            f"{'yes' if c['within'] else '**no**'} |"
            for c in cmp
        ]
    for latency in LATENCIES_MS:
        rows = [r for r in result["load"] if r["latency_ms"] == latency]
        if not rows:
            continue
        lines += [
            "",
            f"## {latency:.0f} ms added latency",
            "",
            "| call | client | c | req/s | client CPU µs/req | req/s per client core "
            "| emulator CPU µs/req | p50 ms | p99 ms | client CPU / SDK's | SDK req/s / this "
            "| cores: client, emulator, other |",
            "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for row in rows:
            lines.append(
                f"| `{row['op']}` | {PEERS[row['client']]} | {row['concurrency']} | "
                f"{row['rps']:,.0f} | {row['cpu_us']:,.0f} | {row['rps_per_core']:,.0f} | "
                f"{_fmt(row['server_cpu_us'], ',.0f')} | {row['p50_ms']:.1f} | "
                f"{row['p99_ms']:.1f} | {_fmt(row.get('cpu_over_sdk'), '.2f')} | "
                f"{_fmt(row.get('sdk_rps_over'), '.2f')} | {_fmt(row['client_cores'], '.2f')}, "
                f"{_fmt(row['emulator_cores'], '.2f')}, {_fmt(row['other_cores'], '.2f')} |"
            )
    dv = result["derived"]
    if dv["ceiling"]:
        lines += [
            "",
            f"## The ceiling of this machine ({m['cores']} cores, 0 ms, c=64)",
            "",
            "Client and emulator share the cores, so no client can go above cores / (client CPU "
            "+ emulator CPU) per request. Against a real server elsewhere the client keeps its "
            "cores: one client core then serves 10⁶ / client CPU µs per request.",
            "",
            "| call | client | client CPU µs/req | emulator CPU µs/req | ceiling req/s | "
            "measured req/s | req/s per client core |",
            "|---|---|--:|--:|--:|--:|--:|",
        ]
        lines += [
            f"| `{c['op']}` | {PEERS[c['client']]} | {c['client_cpu_us']:.0f} | "
            f"{_fmt(c['emulator_cpu_us'], '.0f')} | {c['ceiling_rps']:,.0f} | "
            f"{c['measured_rps']:,.0f} | {c['per_client_core_rps']:,.0f} |"
            for c in dv["ceiling"]
        ]
    st = result.get("startup")
    if st:
        lines += [
            "",
            f"## Start-up (median of {st['processes']} fresh processes, ms)",
            "",
            "Imports: the import statement alone, timed inside a fresh interpreter. First answer: "
            "from the first statement of a fresh interpreter to the first answer of the local "
            'emulator (imports, client, token or signature, the call); "(process)" is the '
            "wall time of the whole process, interpreter start and exit included.",
            "",
            "| measurement | ms | min-max |",
            "|---|--:|--:|",
        ]
        for key, ms in st["median_ms"].items():
            lo, hi = st["spread_ms"][key]
            lines.append(f"| {key} | {ms:.0f} | {lo:.0f}-{hi:.0f} |")
    mem = result.get("memory")
    if mem:
        lines += [
            "",
            f"## Memory per call ({mem['calls']:,} calls at once, fresh processes, median of "
            f"{mem['rounds']})",
            "",
            "Queued: a pool of one connection, every other call waits for it. On the wire: a "
            f"pool of {mem['wire_calls']:,}, every call sent and waiting for its answer. heap: "
            "`tracemalloc`; rss: resident set size, tracemalloc off.",
            "",
            "| per call | metric | SDK bytes | raw aiohttp bytes | SDK/raw |",
            "|---|---|--:|--:|--:|",
        ]
        for key, ratio in mem["sdk_over_raw"].items():
            mode, metric = key.split()
            lines.append(
                f"| {'queued' if mode == 'queued' else 'on the wire'} | {metric} | "
                f"{mem['bytes_per_call'][f'sdk {key}']:,.0f} | "
                f"{mem['bytes_per_call'][f'raw {key}']:,.0f} | {ratio:.2f} |"
            )
    rf = result.get("token_refresh")
    if rf:
        lines += [
            "",
            f"## Token refresh under load (`{rf['op']}`, c={rf['concurrency']}, 0 ms, "
            f"{rf['seconds']:.1f} s windows)",
            "",
            "| token lifetime | req/s | p50 ms | p99 ms | tokens fetched under load |",
            "|---|--:|--:|--:|--:|",
        ]
        for name, label in (
            ("without_refresh", "2 h (no refresh)"),
            ("with_refresh", f"{rf['token_lifetime_s']:.0f} s"),
        ):
            r = rf[name]
            lines.append(
                f"| {label} | {r['rps']:,.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
                f"{r['tokens_fetched']:.0f} |"
            )
        lines += ["", f"Throughput with refreshes / without: {rf['throughput_ratio']:.2f}."]
    if result.get("layer"):
        lines += [
            "",
            "## The client's own code, without the network (µs per call, in process)",
            "",
            "Both clients against a stand-in session that answers at once (`benchmarks/layer.py`).",
            "",
            "| call | SDK µs/call | raw aiohttp µs/call | raw/SDK |",
            "|---|--:|--:|--:|",
        ]
        lines += [
            f"| `{r['op']}` | {r['sdk_us']:.1f} | {r['raw_us']:.1f} | {r['raw_over_sdk']:.2f} |"
            for r in result["layer"]
        ]
    if result.get("converter"):
        lines += [
            "",
            "## Converter (µs per operation, in process)",
            "",
            "| model | operation | µs |",
            "|---|---|--:|",
        ]
        lines += [
            f"| {r['model']} | {r['op']} | {r['us_per_op']:.2f} |" for r in result["converter"]
        ]
    if result.get("bulk_memory"):
        lines += [
            "",
            "## Bulk memory (benchmarks/bulk_memory.py)",
            "",
            "```",
            result["bulk_memory"].rstrip(),
            "```",
        ]
    return "\n".join(lines) + "\n"


def bulk_memory(quick: bool) -> str:
    """The output of ``benchmarks/bulk_memory.py`` (10k inputs instead of 100k when quick)."""
    command = [
        sys.executable,
        str(HERE / "bulk_memory.py"),
        *(["--inputs", "10000"] if quick else []),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"failed with exit code {done.returncode}:\n{done.stderr[-2000:]}"
    return done.stdout


def plan(cfg: Config, node_why: str) -> str:
    lines = [f"ops: {', '.join(cfg.ops)}; {cfg.rounds} rounds"]
    for latency, cells in cfg.cells.items():
        seconds, warmup = cfg.windows[latency]
        names = ", ".join(
            f"{PEERS[p]} c={c}" + (f" (skipped: {node_why})" if p == "node" and node_why else "")
            for p, c in cells
        )
        lines.append(f"{latency:.0f} ms ({seconds:g} s windows after {warmup:g} s): {names}")
    lines.append(f"start-up: {cfg.startup_processes} fresh processes per measurement")
    lines.append(
        f"memory: {cfg.memory_calls:,} calls at once, {cfg.memory_rounds} round(s) of "
        f"{', '.join(cfg.memory_metrics)}, fresh processes"
    )
    if cfg.refresh_rounds:
        lines.append(f"token refresh: {cfg.refresh_rounds} rounds of {cfg.refresh_seconds:g} s")
    if cfg.layer_calls:
        lines.append(f"client code without the network: {cfg.layer_calls:,} calls per round")
    return "\n".join(lines)


def shown_args(args: list[str]) -> list[str]:
    """The command line as the report shows it: files by their name alone (no machine path)."""
    shown = list(args)
    for i, arg in enumerate(shown):
        if i and shown[i - 1] in ("--compare", "--json", "--markdown"):
            shown[i] = Path(arg).name
        elif arg.startswith(("--compare=", "--json=", "--markdown=")):
            option, _, value = arg.partition("=")
            shown[i] = f"{option}={Path(value).name}"
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="This SDK beside the clients users choose from.")
    parser.add_argument("--quick", action="store_true", help="fewer cells, same windows (~3 min)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, measure nothing")
    parser.add_argument("--no-node", action="store_true", help="leave the node SDK out")
    parser.add_argument(
        "--with-bulk-memory", action="store_true", help="also run benchmarks/bulk_memory.py"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="JSON",
        help="a previous run's JSON: print how far each ratio moved (noise: ±10%%)",
    )
    parser.add_argument("--json", type=Path, help="default: benchmarks/results/<mode>.json")
    parser.add_argument(
        "--markdown",
        type=Path,
        help="default: benchmarks/RESULTS.md, or benchmarks/results/quick.md with --quick",
    )
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    mode = "quick" if args.quick else "full"
    args.json = args.json or HERE / "results" / f"{mode}.json"
    if args.markdown is None:
        args.markdown = HERE / "results" / "quick.md" if args.quick else HERE / "RESULTS.md"
    node_where, node_why = (None, "left out (--no-node)") if args.no_node else node_peer.node_dir()
    print(f"{mode} run\n{plan(cfg, node_why)}", file=sys.stderr)
    if args.dry_run:
        return 0
    previous = json.loads(args.compare.read_text()) if args.compare else None
    started = time.perf_counter()
    result: dict[str, Any] = {
        "command": shlex.join(["python", "benchmarks/run.py", *shown_args(argv or sys.argv[1:])]),
        "mode": mode,
        "commit": commit(),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(node_where),
        "config": {**asdict(cfg), "cells": {str(k): v for k, v in cfg.cells.items()}},
        "node_skipped": node_why,
    }
    if cfg.converter_seconds:
        log("converter")
        result["converter"] = converter_costs(cfg.converter_seconds)
    if cfg.layer_calls:
        log("client code above aiohttp (no network)")
        result["layer"] = layer.layer_costs(cfg.layer_calls, 5)
    rows: list[dict[str, Any]] = []
    with run_emulator_process(users=d.USERS) as info:
        log("start-up, in fresh processes")
        result["startup"] = startup.startup_costs(cfg.startup_processes, info)
        over = result["startup"]["import_over_aiohttp_ms"]
        log(f"  import genauth_async over aiohttp: {over:.0f} ms")
        for latency in LATENCIES_MS:
            info.admin("POST", "faults", {"latency_ms": latency})
            samples = asyncio.run(_load_phase(info, latency, cfg, node_where))
            rows += load_rows(latency, samples)
        info.admin("POST", "faults", {"latency_ms": 0.0})
        if cfg.refresh_rounds:
            log("token refresh under load")
            with run_emulator_process(
                users=d.USERS, token_lifetime=REFRESH_TOKEN_LIFETIME
            ) as short:
                result["token_refresh"] = asyncio.run(_refresh_phase(info, short, cfg))
    log("memory per call, in fresh processes")
    result["memory"] = queued_memory.memory_costs(
        cfg.memory_rounds, cfg.memory_calls, cfg.memory_metrics, log=log
    )
    if args.with_bulk_memory:
        log("bulk memory")
        result["bulk_memory"] = bulk_memory(args.quick)
    result["load"] = rows
    result["derived"] = derived(rows, os.cpu_count() or 1)
    result["noise"] = noise(rows)
    result["targets"] = targets(result)
    result["headline"] = headline(result)
    if previous is not None:
        # named by what it measured, not by where the file lies on this machine
        result["compared_with"] = (
            f"{previous.get('mode', '?')} run of commit {previous.get('commit', '?')}, "
            f"{previous.get('date', '?')}"
        )
        result["comparison"] = compare(result["headline"], previous.get("headline", {}))
    result["elapsed_s"] = time.perf_counter() - started
    table = markdown(result)
    print(table)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    args.markdown.write_text(table + kept_sections(args.markdown))
    log(f"wrote {args.json} and {args.markdown} in {result['elapsed_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
