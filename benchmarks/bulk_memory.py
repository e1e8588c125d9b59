"""Peak memory and throughput of a lazy bulk MFA set over 100k inputs.

    python benchmarks/bulk_memory.py                     # 100k inputs, ~1 minute
    python benchmarks/bulk_memory.py --inputs 1000000    # the flat line holds at 1M too

The inputs come from a generator and are never materialized: the runner holds at most
``2 * concurrency`` of them, and its latency statistics are a fixed-size sample, so peak RSS
should not grow with ``--inputs``. The emulator runs in a child process, so this process's
``ru_maxrss`` is the client's alone.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import time
from collections.abc import Iterator

from genauth_async import AsyncManagementClient, MfaTriggerData, bulk
from genauth_async.testing import EmulatorInfo, run_emulator_process, seeded_user_id

MFA = MfaTriggerData(mfa_token="bench", application_mfa=[], totp_mfa_enabled=True)


def peak_rss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def user_ids(n: int, users: int) -> Iterator[str]:
    for i in range(n):
        yield seeded_user_id(i % users)


async def run(info: EmulatorInfo, args: argparse.Namespace) -> bulk.Summary:
    async with AsyncManagementClient(
        access_key_id=info.access_key_id,
        access_key_secret=info.access_key_secret,
        host=info.url,
        retry=bulk.BULK_RETRY_POLICY,
        connection_limit=args.concurrency,
    ) as client:
        job = bulk.set_mfa_status(
            client,
            user_ids(args.inputs, args.users),
            mfa_trigger_data=MFA,
            concurrency=args.concurrency,
            total=args.inputs,
        )
        return await job.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=10_000, help="seeded users, cycled")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency-ms", type=float, default=2.0)
    args = parser.parse_args()

    baseline = peak_rss_mib()
    with run_emulator_process(users=args.users, latency_ms=args.latency_ms) as info:
        started = time.perf_counter()
        summary = asyncio.run(run(info, args))
        wall = time.perf_counter() - started
    peak = peak_rss_mib()

    print(
        f"inputs            {summary.total:,} ({summary.succeeded:,} ok, {summary.failed:,} failed)"
    )
    print(f"concurrency       {args.concurrency}, emulator latency {args.latency_ms:g} ms")
    print(f"wall time         {wall:.1f} s")
    print(f"throughput        {summary.total / wall:,.0f} ops/s")
    if summary.p50 is not None and summary.p99 is not None:
        print(f"latency p50/p99   {summary.p50 * 1000:.1f} / {summary.p99 * 1000:.1f} ms")
    print(
        f"peak RSS          {peak:.1f} MiB (after imports: {baseline:.1f} MiB, "
        f"+{peak - baseline:.1f} MiB for the run)"
    )


if __name__ == "__main__":
    main()
