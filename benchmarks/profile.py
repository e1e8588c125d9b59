"""Profile the client side of one load run with pyinstrument (the emulator runs in another process).

    python benchmarks/profile.py                       # the SDK, both calls, concurrency 64
    python benchmarks/profile.py --client raw --op get_user_principal_authentication_info
    python benchmarks/profile.py --html benchmarks/results/profile.html

Prints the call tree of the client process, trimmed to the frames that take at least
``--min-percent`` of the time, and the CPU microseconds per call of the run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.stack_sampler import get_stack_sampler

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async.testing import run_emulator_process


async def _profile(args: argparse.Namespace, info: object) -> Profiler:
    sdk = d.make_sdk(info)  # type: ignore[arg-type]
    raw = d.RawClient(info, d.sdk_headers())  # type: ignore[arg-type]
    await raw.start()
    ops = [args.op] if args.op else list(d.OPS)
    calls = [d.sdk_call(sdk, op) if args.client == "sdk" else d.raw_call(raw, op) for op in ops]
    for call in calls:  # warm up outside the profile
        await d.run_async(call, args.concurrency, 0.3, 0.1)
    if args.cpu:
        # sample process CPU time, not wall time: time spent descheduled (the emulator shares
        # the 2 cores) is not charged to whatever frame was running when it happened
        get_stack_sampler().timer_func = time.process_time
    profiler = Profiler(interval=args.interval, async_mode="disabled")
    profiler.start()
    samples = [await d.run_async(call, args.concurrency, args.seconds, 0.2) for call in calls]
    profiler.stop()
    for op, sample in zip(ops, samples, strict=True):
        print(
            f"{args.client} {op} c={args.concurrency}: {sample.rps:.0f} req/s, "
            f"{sample.cpu_us:.0f} us CPU/call (under the profiler)"
        )
    await sdk.close()
    await raw.close()
    return profiler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--client", choices=["sdk", "raw"], default="sdk")
    parser.add_argument("--op", choices=d.OPS)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--interval", type=float, default=0.0002)
    parser.add_argument("--min-percent", type=float, default=1.0)
    parser.add_argument("--cpu", action="store_true", help="sample CPU time, not wall time")
    parser.add_argument("--show-all", action="store_true", help="show library frames too")
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    args = parser.parse_args()
    with run_emulator_process(users=d.USERS, latency_ms=args.latency_ms) as info:
        profiler = asyncio.run(_profile(args, info))
    from pyinstrument.renderers import ConsoleRenderer

    print(
        profiler.output(
            ConsoleRenderer(
                unicode=True,
                color=False,
                show_all=args.show_all,
                processor_options={"filter_threshold": args.min_percent / 100},
            )
        )
    )
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(profiler.output_html())


if __name__ == "__main__":
    main()
