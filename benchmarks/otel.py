"""What OpenTelemetry costs per call: the client's own code (``layer.py``'s stand-in session,
no network) with tracing off and on, each mode in fresh processes, rounds interleaved.

Modes:
    none      the OpenTelemetry API cannot be imported (the ``[otel]`` extra not installed)
    api       the API imported, no SDK configured (its proxy providers): nothing recorded
    sdk       SDK tracer and meter providers given to the client (spans recorded, not
              exported): the cost of tracing every call
    baseline  (with ``--baseline DIR``) the same calls with the package found in DIR, e.g. a
              checkout of the code before instrumentation, in the ``none`` setting

    python benchmarks/otel.py                          # none, api, sdk
    python benchmarks/otel.py --baseline ../before     # and the code in ../before
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _measure(mode: str, n: int) -> dict[str, float]:
    """µs per call of each operation, in this process."""
    if mode in ("none", "baseline"):
        sys.modules["opentelemetry"] = None  # type: ignore[assignment]  # import fails
    elif mode == "api":
        import opentelemetry.metrics
        import opentelemetry.trace  # noqa: F401
    import asyncio

    sys.path.insert(0, str(HERE))
    import _drivers as d
    import layer

    from genauth_async import AsyncManagementClient

    options: dict[str, Any] = {}
    if mode == "sdk":
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.trace import TracerProvider

        options = {"tracer_provider": TracerProvider(), "meter_provider": MeterProvider()}

    async def main() -> dict[str, float]:
        client = AsyncManagementClient(
            access_key_id="id",
            access_key_secret="secret",
            host=layer._Info.url,
            session=layer._Session(),  # type: ignore[arg-type]
            **options,
        )
        result = {op: await layer._time(d.sdk_call(client, op), n) for op in d.OPS}
        await client.close()
        return result

    return asyncio.run(main())


def _run(mode: str, n: int, baseline: str | None) -> dict[str, float]:
    env = dict(os.environ)
    if mode == "baseline":
        assert baseline is not None
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [baseline, env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--calls", str(n)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", help="a directory holding the package to compare with")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child, args.calls)))
        return
    modes = (["baseline"] if args.baseline else []) + ["none", "api", "sdk"]
    times: dict[str, dict[str, list[float]]] = {m: {} for m in modes}
    for _ in range(args.rounds):
        for mode in modes:
            for op, us in _run(mode, args.calls, args.baseline).items():
                times[mode].setdefault(op, []).append(us)
    ref = modes[0]
    print(f"| mode | {' | '.join(f'`{op}` µs/call' for op in times[ref])} | vs {ref} |")
    print("|---|" + "--:|" * (len(times[ref]) + 1))
    for mode in modes:
        medians = {op: statistics.median(v) for op, v in times[mode].items()}
        ratio = statistics.mean(medians[op] / statistics.median(times[ref][op]) for op in medians)
        cells = " | ".join(f"{us:.2f}" for us in medians.values())
        print(f"| {mode} | {cells} | {ratio - 1:+.1%} |")


if __name__ == "__main__":
    main()
