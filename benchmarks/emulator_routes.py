"""set-mfa-status throughput of the emulator: this tree against an earlier revision.

    python benchmarks/emulator_routes.py                      # against 97fd5a5 (41 routes)
    python benchmarks/emulator_routes.py --before <git-ref> --seconds 5 --rounds 3

Serving the whole spec (every route, each request checked against the spec) must cost the hot
path nothing much: each emulator runs in its own child process with 1000 users, and 64
concurrent raw aiohttp callers send set-mfa-status for `--seconds`, rounds alternating between
the two. Prints a markdown table of requests per second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
CONCURRENCY = 64
BODY = {
    "userId": "65a100000000000000000002",
    "mfaTriggerData": {
        "mfaToken": "t",
        "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 1}],
    },
}


def _checkout(ref: str, into: Path) -> Path:
    """The package of `ref`, unpacked under `into` (git archive; the work tree is untouched)."""
    archive = into / "tree.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", ref, "genauth_async"], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def _start(tree: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.testing", "--port=0", "--users=1000"],
        cwd=tree,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


async def _drive(info: dict[str, Any], seconds: float) -> float:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
        token_url = info["url"] + "/api/v3/get-management-token"
        keys = {"accessKeyId": info["access_key_id"], "accessKeySecret": info["access_key_secret"]}
        async with session.post(token_url, json=keys) as response:
            token = (await response.json())["data"]["access_token"]
        headers = {"authorization": f"Bearer {token}", "x-genauth-userpool-id": info["userpool_id"]}
        url = info["url"] + "/api/v3/set-mfa-status"
        done = 0
        stop = time.perf_counter() + seconds

        async def caller() -> None:
            nonlocal done
            while time.perf_counter() < stop:
                async with session.post(url, json=BODY, headers=headers) as response:
                    reply = await response.read()
                    assert response.status == 200 and b'"statusCode":200' in reply, reply
                done += 1

        start = time.perf_counter()
        await asyncio.gather(*(caller() for _ in range(CONCURRENCY)))
        return done / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default="97fd5a5", help="git ref to compare against")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        trees = {f"before ({args.before})": _checkout(args.before, Path(scratch)), "after": ROOT}
        rates: dict[str, list[float]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                proc, info = _start(tree)
                try:
                    asyncio.run(_drive(info, 1.0))  # warm-up
                    rates[name].append(asyncio.run(_drive(info, args.seconds)))
                finally:
                    proc.terminate()
                    proc.wait()
    before, after = (statistics.median(r) for r in rates.values())
    print(f"set-mfa-status, {CONCURRENCY} concurrent callers, median of {args.rounds} rounds")
    print()
    print("| emulator | req/s (median) | rounds |")
    print("|---|---:|---|")
    for name, values in rates.items():
        shown = ", ".join(f"{v:.0f}" for v in values)
        print(f"| {name} | {statistics.median(values):.0f} | {shown} |")
    print()
    print(f"after / before: {after / before:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
