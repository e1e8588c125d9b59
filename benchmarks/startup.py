"""Start-up costs, each measured in fresh processes (median of N): imports, the command line,
and the time to the first answered call, for this SDK beside raw aiohttp and the official SDK.

    python benchmarks/startup.py            # 11 processes per measurement
    python benchmarks/startup.py -n 21

- every process may read and write bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped
  from its environment, and a warm-up process writes them), as after a normal install.
- import: the time of the import statement in a fresh interpreter (``time.perf_counter()``
  around it, so the interpreter's own start-up is left out); ``genauth_async`` is also
  timed on top of an ``aiohttp`` already imported in the same process, which is what the
  package itself adds.
- command line: the wall time of a fresh ``genauth-async --version`` process, beside a fresh
  ``python -c pass`` (the interpreter alone).
- first answered call: from the first statement of a fresh interpreter (before any import)
  to the first answer of a local emulator at 0 ms: the imports, building the client, the token
  (or the signature) and the call itself.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async.testing import EmulatorInfo, run_emulator_process

__all__ = ["TARGET_IMPORT_MS", "startup_costs"]

#: ``import genauth_async`` may cost at most this much on top of ``import aiohttp``
TARGET_IMPORT_MS = 50.0

_IMPORTS = r"""
import time
t0 = time.perf_counter()
import aiohttp
t1 = time.perf_counter()
import genauth_async
t2 = time.perf_counter()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3)
"""

_IMPORT_ONE = r"""
import time
t0 = time.perf_counter()
import {module}
print((time.perf_counter() - t0) * 1e3)
"""

# the argument of each is the emulator's info as JSON
_FIRST_CALL = {
    "genauth-async": r"""
import time
t0 = time.perf_counter()
import asyncio, json, sys
from genauth_async import AsyncManagementClient
info = json.loads(sys.argv[1])
async def main():
    async with AsyncManagementClient(info["id"], info["secret"], info["url"], auth="{auth}") as c:
        await c.get_user_mfa_status(user_id=info["user"])
asyncio.run(main())
print((time.perf_counter() - t0) * 1e3)
""",
    "raw aiohttp": r"""
import time
t0 = time.perf_counter()
import asyncio, json, sys
import aiohttp
info = json.loads(sys.argv[1])
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.post(
            info["url"] + "/api/v3/get-management-token",
            json={"accessKeyId": info["id"], "accessKeySecret": info["secret"]},
        ) as r:
            token = (await r.json())["data"]["access_token"]
        headers = {"authorization": "Bearer " + token, "x-genauth-userpool-id": info["pool"]}
        async with s.get(
            info["url"] + "/api/v3/get-mfa-status",
            params={"userId": info["user"]},
            headers=headers,
        ) as r:
            assert (await r.json())["statusCode"] == 200
asyncio.run(main())
print((time.perf_counter() - t0) * 1e3)
""",
    "official genauth": r"""
import time
t0 = time.perf_counter()
import json, sys
from genauth import ManagementClient
info = json.loads(sys.argv[1])
c = ManagementClient(access_key_id=info["id"], access_key_secret=info["secret"], host=info["url"])
assert c.get_user_mfa_status(user_id=info["user"])["statusCode"] == 200
print((time.perf_counter() - t0) * 1e3)
""",
}


#: bytecode caches allowed (``PYTHONDONTWRITEBYTECODE`` dropped), as in a normal install: a
#: process that compiles every source on import measures the compiler, not the package
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(command: list[str], numbers: bool = True) -> tuple[float, list[float]]:
    """Wall ms of a fresh process, and the numbers it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=_ENV)
    wall = (time.perf_counter() - started) * 1e3
    if done.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed: {done.stderr[-2000:]}")
    return wall, [float(x) for x in done.stdout.split()] if numbers else []


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "genauth-async"
    if script.exists():
        return [str(script), "--version"]
    found = shutil.which("genauth-async")
    return [found, "--version"] if found else [sys.executable, "-m", "genauth_async", "--version"]


def startup_costs(n: int, info: EmulatorInfo) -> dict[str, Any]:
    """Every start-up measurement, median of ``n`` fresh processes, kinds interleaved."""
    py = sys.executable
    fields = {
        "url": info.url,
        "id": info.access_key_id,
        "secret": info.access_key_secret,
        "pool": info.userpool_id,
        "user": f"65a1{0:020x}",
    }
    arg = json.dumps(fields)
    first_calls = {
        "genauth-async (token)": _FIRST_CALL["genauth-async"].replace("{auth}", "token"),
        "genauth-async (signature)": _FIRST_CALL["genauth-async"].replace("{auth}", "signature"),
        "raw aiohttp": _FIRST_CALL["raw aiohttp"],
        "official genauth": _FIRST_CALL["official genauth"],
    }
    samples: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        samples.setdefault(key, []).append(value)

    # warm-up: writes the bytecode caches the measured processes then read
    _run([py, "-c", "import genauth_async, genauth_async.cli, genauth"], numbers=False)
    for _ in range(n):
        _, (aio, ours) = _run([py, "-c", _IMPORTS])
        add("import aiohttp", aio)
        add("import genauth_async on top of aiohttp", ours)
        for module in ("genauth_async", "genauth"):
            _, (ms,) = _run([py, "-c", _IMPORT_ONE.format(module=module)])
            add(f"import {module}", ms)
        add("python -c pass (process)", _run([py, "-c", "pass"])[0])
        add("genauth-async --version (process)", _run(_cli(), numbers=False)[0])
        for name, script in first_calls.items():
            wall, (ms,) = _run([py, "-c", script, arg])
            add(f"first answer: {name}", ms)
            add(f"first answer: {name} (process)", wall)
    medians = {key: statistics.median(values) for key, values in samples.items()}
    over = medians["import genauth_async on top of aiohttp"]
    return {
        "processes": n,
        "median_ms": medians,
        "spread_ms": {k: [min(v), max(v)] for k, v in samples.items()},
        "import_over_aiohttp_ms": over,
        "import_target_ms": TARGET_IMPORT_MS,
        "import_target_met": over <= TARGET_IMPORT_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=11, help="fresh processes per measurement")
    args = parser.parse_args()
    with run_emulator_process(users=d.USERS) as info:
        result = startup_costs(args.n, info)
    print(f"| measurement (median of {args.n} fresh processes) | ms | min-max |")
    print("|---|--:|--:|")
    for key, ms in result["median_ms"].items():
        lo, hi = result["spread_ms"][key]
        print(f"| {key} | {ms:.1f} | {lo:.0f}-{hi:.0f} |")
    verdict = "met" if result["import_target_met"] else "NOT met"
    print(
        f"\nimport genauth_async on top of aiohttp: {result['import_over_aiohttp_ms']:.1f} ms "
        f"(target <= {TARGET_IMPORT_MS:.0f} ms: {verdict})"
    )


if __name__ == "__main__":
    main()
