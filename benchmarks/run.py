"""The one benchmark command: this SDK against raw aiohttp and the official sync SDK, in one run.

    python benchmarks/run.py            # a few minutes on 2 cores
    python benchmarks/run.py --quick    # under a minute, fewer and shorter rounds

The emulator runs in a child process (so ``time.process_time()`` of this process is the
client's cost alone); its added latency is switched between phases through its admin route.
Prints a markdown table, writes it to ``benchmarks/RESULTS.md`` and everything measured to
``benchmarks/results/latest.json``. See ``benchmarks/README.md`` for what each column means.
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
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import aiohttp
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d
import layer

from genauth_async import MfaTriggerData
from genauth_async._convert import converter
from genauth_async._version import __version__
from genauth_async.models import PrincipalAuthenticationInfoPaging, SetMfaStatus
from genauth_async.testing import EmulatorInfo, run_emulator_process

HERE = Path(__file__).resolve().parent
LATENCIES_MS = (0.0, 50.0)
CONCURRENCY = (1, 16, 64, 256)
OFFICIAL_THREADS = (1, 32)
REFRESH_CONCURRENCY = 64
REFRESH_TOKEN_LIFETIME = 2.0
REFRESH_OP = "get_user_principal_authentication_info"
#: the targets of the issue
TARGET_CPU_RATIO = 1.0
TARGET_50MS_RPS = 0.9 * 64 / 0.050  # 90% of what 64 callers can do at 50 ms each: 1152
TARGET_VS_OFFICIAL = 15.0


@dataclass(frozen=True)
class Config:
    rounds: int  # of SDK and raw aiohttp, alternately
    official_rounds: int
    seconds: tuple[float, float]  # measured window at 0 ms and at 50 ms
    warmup: tuple[float, float]  # run before the window, so callers fall out of lockstep
    refresh_rounds: int
    refresh_seconds: float
    converter_seconds: float
    layer_calls: int

    def timing(self, latency: float) -> tuple[float, float]:
        i = LATENCIES_MS.index(latency)
        return self.seconds[i], self.warmup[i]


FULL = Config(3, 2, (1.0, 2.0), (0.2, 0.5), 3, 4.0, 0.2, 20_000)
QUICK = Config(2, 1, (0.2, 0.4), (0.05, 0.15), 1, 2.5, 0.05, 4_000)


_T0 = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _T0:5.1f}s] {message}", file=sys.stderr, flush=True)


def busy_cpu() -> float | None:
    """Seconds of CPU time used by every process on the machine (Linux only)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


# -- load phases -----------------------------------------------------------------------------


def _row(
    latency: float, op: str, client: str, concurrency: int, samples: list[d.Sample]
) -> dict[str, Any]:
    return {
        "latency_ms": latency,
        "op": op,
        "client": client,
        "concurrency": concurrency,
        "rounds": len(samples),
        **d.median_summary(samples),
    }


async def _async_phase(info: EmulatorInfo, latency: float, cfg: Config) -> list[dict[str, Any]]:
    seconds, warmup = cfg.timing(latency)
    sdk = d.make_sdk(info)
    raw = d.RawClient(info, d.sdk_headers())
    await raw.start()
    rows: list[dict[str, Any]] = []
    try:
        for op in d.OPS:
            calls = {"sdk": d.sdk_call(sdk, op), "raw": d.raw_call(raw, op)}
            for concurrency in CONCURRENCY:
                samples: dict[str, list[d.Sample]] = {"sdk": [], "raw": []}
                for _ in range(cfg.rounds):
                    for name in ("sdk", "raw"):  # alternate: SDK, raw, SDK, raw, ...
                        samples[name].append(
                            await d.run_async(
                                calls[name], concurrency, seconds, warmup, server_pid=info.pid
                            )
                        )
                for name in ("sdk", "raw"):
                    row = _row(latency, op, name, concurrency, samples[name])
                    rows.append(row)
                    log(_progress(row))
    finally:
        await sdk.close()
        await raw.close()
    return rows


def _official_phase(info: EmulatorInfo, latency: float, cfg: Config) -> list[dict[str, Any]]:
    client = d.make_official(info)
    seconds, warmup = cfg.timing(latency)
    rows = []
    for op in d.OPS:
        call = d.official_call(client, op)
        for threads in OFFICIAL_THREADS:
            samples = [
                d.run_threads(call, threads, seconds, warmup, server_pid=info.pid)
                for _ in range(cfg.official_rounds)
            ]
            row = _row(latency, op, "official", threads, samples)
            rows.append(row)
            log(_progress(row))
    return rows


def _progress(row: dict[str, Any]) -> str:
    return (
        f"  {row['latency_ms']:>4.0f} ms  {row['op']:<40} {row['client']:<8} "
        f"c={row['concurrency']:<3} {row['rps']:>7.0f} req/s {row['cpu_us']:>6.0f} us CPU/req "
        f"p50 {row['p50_ms']:.1f} ms p99 {row['p99_ms']:.1f} ms"
    )


async def _refresh_phase(steady: EmulatorInfo, short: EmulatorInfo, cfg: Config) -> dict[str, Any]:
    """Concurrency 64 against a 2 h token and against a 2 s one, alternately."""
    results: dict[str, list[dict[str, float]]] = {"without_refresh": [], "with_refresh": []}
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
        out[name] = {key: statistics.median(r[key] for r in rows) for key in rows[0]}
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


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "unknown"

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "aiohttp": aiohttp.__version__,
        "genauth_async": __version__,
        "genauth (official)": version("genauth"),
        "requests": version("requests"),
        "orjson": version("orjson"),
        "cattrs": version("cattrs"),
    }


def _by(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any] | None:
    for row in rows:
        if all(row[k] == v for k, v in match.items()):
            return row
    return None


def add_ratios(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if row["client"] != "sdk":
            continue
        key = {"latency_ms": row["latency_ms"], "op": row["op"]}
        raw = _by(rows, client="raw", concurrency=row["concurrency"], **key)
        official = _by(rows, client="official", concurrency=32, **key)
        row["cpu_raw_over_sdk"] = raw["cpu_us"] / row["cpu_us"] if raw else None
        row["rps_sdk_over_raw"] = row["rps"] / raw["rps"] if raw else None
        row["rps_sdk_over_official32"] = row["rps"] / official["rps"] if official else None


def targets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for op in d.OPS:
        sdk0 = [r for r in rows if r["client"] == "sdk" and r["op"] == op and r["latency_ms"] == 0]
        ratios = [r["cpu_raw_over_sdk"] for r in sdk0]
        out.append(
            {
                "target": f"{op}: client CPU/req raw/SDK >= {TARGET_CPU_RATIO:.1f} (0 ms, every c)",
                "value": " / ".join(f"{x:.2f}" for x in ratios),
                "met": min(ratios) >= TARGET_CPU_RATIO,
            }
        )
        row = _by(rows, client="sdk", op=op, latency_ms=50.0, concurrency=64)
        assert row is not None
        out.append(
            {
                "target": f"{op}: >= {TARGET_50MS_RPS:.0f} req/s at 50 ms, c=64",
                "value": f"{row['rps']:.0f} req/s",
                "met": row["rps"] >= TARGET_50MS_RPS,
            }
        )
        best = max(sdk0, key=lambda r: r["rps"])
        ratio = best["rps_sdk_over_official32"]
        out.append(
            {
                "target": f"{op}: >= {TARGET_VS_OFFICIAL:.0f}x official 32 threads at 0 ms",
                "value": f"{ratio:.1f}x (SDK c={best['concurrency']})",
                "met": ratio >= TARGET_VS_OFFICIAL,
            }
        )
    return out


def _fmt(value: float | None, spec: str) -> str:
    return "" if value is None else format(value, spec)


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{result['command']}` ({result['mode']} mode, "
        f"{result['elapsed_s']:.0f} s in all; medians of {result['config']['rounds']} "
        "alternating rounds)",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, aiohttp {m['aiohttp']}, "
        f"genauth-async {m['genauth_async']}, official genauth {m['genauth (official)']} "
        f"(requests {m['requests']}), orjson {m['orjson']}, cattrs {m['cattrs']}.",
        "The emulator runs in a second process on the same cores."
        + (
            f" Other processes used {result['background_cores']:.2f} cores on average "
            "during the run."
            if result.get("background_cores") is not None
            else ""
        ),
        "",
    ]
    for latency in LATENCIES_MS:
        lines += [
            f"## {latency:.0f} ms added latency",
            "",
            "| call | client | c | req/s | client CPU µs/req | emulator CPU µs/req | p50 ms "
            "| p99 ms | CPU raw/SDK | req/s SDK/raw | req/s SDK/official-32 |",
            "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for row in result["load"]:
            if row["latency_ms"] != latency:
                continue
            client = {"sdk": "SDK", "raw": "raw aiohttp", "official": "official"}[row["client"]]
            c = f"{row['concurrency']}" + (" thr" if row["client"] == "official" else "")
            lines.append(
                f"| `{row['op']}` | {client} | {c} | {row['rps']:.0f} | {row['cpu_us']:.0f} | "
                f"{_fmt(row['server_cpu_us'], '.0f')} | {row['p50_ms']:.1f} | "
                f"{row['p99_ms']:.1f} | {_fmt(row.get('cpu_raw_over_sdk'), '.2f')} | "
                f"{_fmt(row.get('rps_sdk_over_raw'), '.2f')} | "
                f"{_fmt(row.get('rps_sdk_over_official32'), '.1f')} |"
            )
        lines.append("")
    rf = result["token_refresh"]
    lines += [
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
            f"| {label} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
            f"{r['tokens_fetched']:.0f} |"
        )
    lines += [
        "",
        f"Throughput with refreshes / without: {rf['throughput_ratio']:.2f}.",
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
    lines += [
        "",
        "## Converter (µs per operation, in process)",
        "",
        "| model | operation | µs |",
        "|---|---|--:|",
    ]
    lines += [f"| {r['model']} | {r['op']} | {r['us_per_op']:.2f} |" for r in result["converter"]]
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += [
        f"| {t['target']} | {t['value']} | {'yes' if t['met'] else 'no'} |"
        for t in result["targets"]
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
    script = HERE / "bulk_memory.py"
    if not script.exists():
        log("  benchmarks/bulk_memory.py is missing: skipped")
        return "benchmarks/bulk_memory.py is missing"
    command = [sys.executable, str(script), *(["--inputs", "10000"] if quick else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"failed with exit code {done.returncode}:\n{done.stderr[-2000:]}"
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SDK vs raw aiohttp vs the official SDK.")
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (< 1 min)")
    parser.add_argument(
        "--with-bulk-memory",
        action="store_true",
        help="also run benchmarks/bulk_memory.py (if present)",
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    parser.add_argument(
        "--markdown",
        type=Path,
        help="where to write the table (default: benchmarks/RESULTS.md, or "
        "benchmarks/results/quick.md with --quick)",
    )
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    if args.markdown is None:
        args.markdown = HERE / "results" / "quick.md" if args.quick else HERE / "RESULTS.md"
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    log("converter")
    conv = converter_costs(cfg.converter_seconds)
    log("client code above aiohttp (no network)")
    layer_rows = layer.layer_costs(cfg.layer_calls, 5)
    for row in layer_rows:
        log(f"  {row['op']:<40} SDK {row['sdk_us']:.1f} us, raw {row['raw_us']:.1f} us")
    busy0, ours0 = busy_cpu(), time.process_time()
    with run_emulator_process(users=d.USERS) as info:
        emulator0 = d.server_cpu(info.pid)
        for latency in LATENCIES_MS:
            info.admin("POST", "faults", {"latency_ms": latency})
            log(f"{latency:.0f} ms added latency")
            rows += asyncio.run(_async_phase(info, latency, cfg))
            rows += _official_phase(info, latency, cfg)
        info.admin("POST", "faults", {"latency_ms": 0.0})
        log("token refresh under load")
        with run_emulator_process(users=d.USERS, token_lifetime=REFRESH_TOKEN_LIFETIME) as short:
            refresh = asyncio.run(_refresh_phase(info, short, cfg))
        emulator1 = d.server_cpu(info.pid)
    busy1, ours1 = busy_cpu(), time.process_time()
    background = None
    if None not in (busy0, busy1, emulator0, emulator1):
        # CPU used by anything but this process and the main emulator, in cores, on average
        other = (busy1 - busy0) - (ours1 - ours0) - (emulator1 - emulator0)  # type: ignore[operator]
        background = max(other, 0.0) / (time.perf_counter() - started)
    add_ratios(rows)
    result: dict[str, Any] = {
        "command": shlex.join(["python", "benchmarks/run.py", *(argv or sys.argv[1:])]),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "config": vars(cfg),
        "load": rows,
        "token_refresh": refresh,
        "converter": conv,
        "layer": layer_rows,
        "background_cores": background,
        "targets": targets(rows),
    }
    if args.with_bulk_memory:
        log("bulk memory")
        result["bulk_memory"] = bulk_memory(args.quick)
    result["elapsed_s"] = time.perf_counter() - started
    table = markdown(result)
    print(table)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    args.markdown.write_text(table)
    log(f"wrote {args.json} and {args.markdown} in {result['elapsed_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
