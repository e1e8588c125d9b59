"""The official node SDK (authing-node-sdk@4, signed calls) as a peer at concurrency 64.

    python benchmarks/node_peer.py [--seconds 10] [--latency-ms 0]

Starts the emulator in its own process, then measures `set_users_mfa_status` and
`get_user_mfa_status` for this SDK (token and signature mode) and for the node SDK, one
after the other: requests/s and the client's CPU time per request (process CPU of the
client alone). The node SDK is installed with npm into `$XDG_CACHE_HOME/genauth_async/node`
(default `~/.cache/...`); without node or npm the node rows are skipped, with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from genauth_async import AsyncManagementClient
from genauth_async.testing import run_emulator_process

CONCURRENCY = 64
USERS = 1024
MFA = {"mfaToken": "t", "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}]}

NODE_SCRIPT = r"""
const { ManagementClient } = require("authing-node-sdk");
const [host, id, secret, op, seconds, concurrency, users] = process.argv.slice(1);
const client = new ManagementClient({ host, accessKeyId: id, accessKeySecret: secret });
const mfa = { mfaToken: "t", applicationMfa: [{ mfaPolicy: "EMAIL", status: 1, sort: 0 }] };
const uid = (i) => "65a1" + (i % Number(users)).toString(16).padStart(20, "0");
(async () => {
  let n = 0, i = 0;
  const end = Date.now() + Number(seconds) * 1000;
  const cpu0 = process.cpuUsage(), t0 = process.hrtime.bigint();
  async function worker() {
    while (Date.now() < end) {
      const userId = uid(i++);
      const r = op === "set_users_mfa_status"
        ? await client.setUsersMfaStatus({ userId, mfaTriggerData: mfa })
        : await client.getUserMfaStatus({ userId });
      if (r.statusCode !== 200) throw new Error(JSON.stringify(r));
      n++;
    }
  }
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  const cpu = process.cpuUsage(cpu0), wall = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ n, wall, cpu: (cpu.user + cpu.system) / 1e6 }));
})();
"""


def node_dir() -> tuple[Path | None, str]:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node and npm are not installed"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    where = base / "genauth_async" / "node"
    if not (where / "node_modules" / "authing-node-sdk").exists():
        where.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(
                [
                    "npm",
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--silent",
                    "--prefix",
                    str(where),
                    "authing-node-sdk@4",
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            return None, f"npm install authing-node-sdk@4 failed: {type(exc).__name__}"
    return where, ""


async def ours(info, op: str, seconds: float, auth: str) -> dict[str, float]:
    async with AsyncManagementClient(
        access_key_id=info.access_key_id,
        access_key_secret=info.access_key_secret,
        host=info.url,
        auth=auth,
        connection_limit=CONCURRENCY,
    ) as client:
        await client.get_user_mfa_status(user_id=f"65a1{0:020x}")  # warm up (token, pool)
        counter = iter(range(10**9))
        end = time.perf_counter() + seconds

        async def worker() -> int:
            n = 0
            while time.perf_counter() < end:
                uid = f"65a1{next(counter) % USERS:020x}"
                if op == "set_users_mfa_status":
                    await client.set_users_mfa_status(user_id=uid, mfa_trigger_data=MFA)
                else:
                    await client.get_user_mfa_status(user_id=uid)
                n += 1
            return n

        cpu0, t0 = time.process_time(), time.perf_counter()
        n = sum(await asyncio.gather(*(worker() for _ in range(CONCURRENCY))))
        return {"n": n, "wall": time.perf_counter() - t0, "cpu": time.process_time() - cpu0}


def node(where: Path, info, op: str, seconds: float) -> dict[str, float]:
    out = subprocess.run(
        [
            "node",
            "-e",
            NODE_SCRIPT,
            info.url,
            info.access_key_id,
            info.access_key_secret,
            op,
            str(seconds),
            str(CONCURRENCY),
            str(USERS),
        ],
        cwd=where,
        check=True,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    where, why = node_dir()
    print(
        f"| call, concurrency {CONCURRENCY}, {args.latency_ms:g} ms | client | req/s | "
        "client CPU µs/req |"
    )
    print("|---|---|--:|--:|")
    with run_emulator_process(users=USERS, latency_ms=args.latency_ms) as info:
        for op in ("set_users_mfa_status", "get_user_mfa_status"):
            rows = [
                (f"genauth-async ({auth})", asyncio.run(ours(info, op, args.seconds, auth)))
                for auth in ("token", "signature")
            ]
            if where is not None:
                rows.append(("authing-node-sdk@4 (signature)", node(where, info, op, args.seconds)))
            for name, r in rows:
                print(
                    f"| `{op}` | {name} | {r['n'] / r['wall']:,.0f} | "
                    f"{r['cpu'] / r['n'] * 1e6:,.0f} |"
                )
            if where is None:
                print(f"| `{op}` | authing-node-sdk@4 | skipped: {why} | |")


if __name__ == "__main__":
    main()
