"""The official node SDK (authing-node-sdk@4, signed calls) as a peer, against the emulator.

    python benchmarks/node_peer.py [--seconds 5] [--latency-ms 0] [--concurrency 64]

On its own, it measures `set_users_mfa_status` and `get_user_principal_authentication_info`
for this SDK (token and signature mode) and for the node SDK, one after the other: requests/s
and the client's CPU time per request (the node process's own CPU time, from
`process.cpuUsage()`, inside the measured window). `run.py` uses :func:`run_node` for its node
rows. The node SDK is installed with npm into `$XDG_CACHE_HOME/genauth_async/node` (default
`~/.cache/...`), never into the repository; without node or npm the node rows are skipped,
with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _drivers as d

from genauth_async import AsyncManagementClient
from genauth_async.testing import EmulatorInfo, run_emulator_process

__all__ = ["node_dir", "run_node"]

PACKAGE = "authing-node-sdk@4"

# The same calls as the Python drivers: the same users in the same order, the same MFA data.
# The window opens after the warm-up ("open" on stdout) and closes `seconds` later ("close"),
# so the parent can read the emulator's and the machine's CPU time at the same moments.
NODE_SCRIPT = r"""
const { ManagementClient } = require("authing-node-sdk");
const [host, id, secret, op, seconds, warmup, concurrency, users] = process.argv.slice(1);
const client = new ManagementClient({ host, accessKeyId: id, accessKeySecret: secret });
const hex = (i) => "65a1" + i.toString(16).padStart(20, "0");
const nUsers = Number(users), nReal = Math.ceil(nUsers / 3);
const mfa = (i) => ({
  mfaToken: `mfa-bench-${i}`,
  applicationMfa: [{ mfaPolicy: "SMS", status: 1, sort: 1 }],
  mfaPhone: "138" + String(i).padStart(8, "0"),
  mfaPhoneCountryCode: "+86",
  mfaEmail: `bench${i}@example.com`,
  totpMfaEnabled: Boolean(i % 2),
});
const call = op === "set_users_mfa_status"
  ? (i) => client.setUsersMfaStatus({ userId: hex(i % nUsers), mfaTriggerData: mfa(i % 512) })
  : (i) => client.getUserPrincipalAuthenticationInfo({ userId: hex((i % nReal) * 3) });
const now = () => Number(process.hrtime.bigint()) / 1e9;
(async () => {
  let i = 0, stop = false, start = Infinity, end = Infinity;
  const lat = [];
  const check = (r) => { if (r.statusCode !== 200) throw new Error(JSON.stringify(r)); };
  await Promise.all(Array.from({ length: Number(concurrency) }, () => call(i++).then(check)));
  async function worker() {
    while (!stop) {
      const t = now();
      check(await call(i++));
      const done = now();
      if (start <= done && done <= end) lat.push(done - t);
    }
  }
  const sleep = (s) => new Promise((ok) => setTimeout(ok, s * 1000));
  const workers = Array.from({ length: Number(concurrency) }, worker);
  await sleep(Number(warmup));
  console.log("open");
  const cpu0 = process.cpuUsage();
  start = now();
  await sleep(Number(seconds));
  end = now();
  const cpu = process.cpuUsage(cpu0);
  console.log("close");
  stop = true;
  await Promise.all(workers);
  console.log(JSON.stringify({ wall: end - start, cpu: (cpu.user + cpu.system) / 1e6, lat }));
})().catch((e) => { console.error(String(e)); process.exit(1); });
"""


def node_dir() -> tuple[Path | None, str]:
    """(where the node SDK is installed, "") or (None, why it cannot run)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node and npm are not installed"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    where = base / "genauth_async" / "node"
    if not (where / "node_modules" / "authing-node-sdk" / "package.json").exists():
        where.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(
                [
                    *("npm", "install", "--no-audit", "--no-fund", "--silent"),
                    "--prefix",
                    str(where),
                    PACKAGE,
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            return None, f"npm install {PACKAGE} failed (offline?): {type(exc).__name__}"
    return where, ""


def run_node(
    where: Path, info: EmulatorInfo, op: str, concurrency: int, seconds: float, warmup: float
) -> d.Sample:
    """One window of the node SDK: ``concurrency`` callers back to back (blocking)."""
    command = ["node", "-e", NODE_SCRIPT, info.url, info.access_key_id, info.access_key_secret]
    command += [op, str(seconds), str(warmup), str(concurrency), str(d.USERS)]
    with subprocess.Popen(
        command, cwd=where, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        marks: dict[str, tuple[float | None, float | None]] = {}
        for line in proc.stdout:
            if line.strip() in ("open", "close"):
                marks[line.strip()] = (d.server_cpu(info.pid), d.busy_cpu())
                continue
            if line.startswith("{"):
                result = json.loads(line)
                break
        else:
            raise RuntimeError(f"the node SDK failed: {proc.stderr.read()[-2000:]}")
        proc.wait(timeout=60)
    (server0, busy0), (server1, busy1) = marks["open"], marks["close"]
    return d.Sample(
        calls=len(result["lat"]),
        wall=result["wall"],
        cpu=result["cpu"],
        latencies=result["lat"],
        server_cpu=None if server0 is None or server1 is None else server1 - server0,
        machine_cpu=None if busy0 is None or busy1 is None else busy1 - busy0,
    )


async def _ours(info: EmulatorInfo, op: str, c: int, seconds: float, auth: str) -> d.Sample:
    async with AsyncManagementClient(
        access_key_id=info.access_key_id,
        access_key_secret=info.access_key_secret,
        host=info.url,
        auth=auth,
        connection_limit=d.CONNECTIONS,
    ) as client:
        return await d.run_async(d.sdk_call(client, op), c, seconds, 0.3, server_pid=info.pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    where, why = node_dir()
    print(
        f"| call, concurrency {args.concurrency}, {args.latency_ms:g} ms | client | req/s | "
        "client CPU µs/req |"
    )
    print("|---|---|--:|--:|")
    with run_emulator_process(users=d.USERS, latency_ms=args.latency_ms) as info:
        for op in d.OPS:
            rows = [
                (
                    f"genauth-async ({auth})",
                    asyncio.run(_ours(info, op, args.concurrency, args.seconds, auth)),
                )
                for auth in ("token", "signature")
            ]
            if where is not None:
                sample = run_node(where, info, op, args.concurrency, args.seconds, 0.3)
                rows.append((f"{PACKAGE} (signature)", sample))
            for name, s in rows:
                print(f"| `{op}` | {name} | {s.rps:,.0f} | {s.cpu_us:,.0f} |")
            if where is None:
                print(f"| `{op}` | {PACKAGE} | skipped: {why} | |")


if __name__ == "__main__":
    main()
