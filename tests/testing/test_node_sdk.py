"""The official node SDK (authing-node-sdk@4: signed requests, `authing` scheme and
`x-authing-*` headers) against the emulator: a client nobody here wrote.

The SDK is installed with npm into a user cache directory (`$XDG_CACHE_HOME` or `~/.cache`,
then `genauth_async/node`), never into the repository; skipped without node, npm or network.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from genauth_async import AsyncManagementClient
from genauth_async.testing import GenAuthEmulator, seeded_user_id

_BENCHMARKS = str(Path(__file__).resolve().parents[2] / "benchmarks")
sys.path.insert(0, _BENCHMARKS)
try:
    # the benchmarks' node peer installs the SDK: one cache directory, one npm install
    from node_peer import node_dir
finally:
    sys.path.remove(_BENCHMARKS)


NODE_DIR, WHY = node_dir()
pytestmark = pytest.mark.skipif(NODE_DIR is None, reason=WHY)

SCRIPT = r"""
const { ManagementClient } = require("authing-node-sdk");
const [host, accessKeyId, accessKeySecret, u1, u2] = process.argv.slice(1);
(async () => {
  const client = new ManagementClient({ host, accessKeyId, accessKeySecret });
  const out = {};
  out.getUser = await client.getUser({ userId: u1, withIdentities: true });
  out.getUserBatch = await client.getUserBatch({ userIds: [u1, u2] });
  out.setUsersMfaStatus = await client.setUsersMfaStatus({
    userId: u2,
    mfaTriggerData: {
      mfaToken: "tok",
      applicationMfa: [{ mfaPolicy: "EMAIL", status: 1, sort: 0 }],
    },
  });
  out.getUserMfaStatus = await client.getUserMfaStatus({ userId: u2 });
  out.updateUser = await client.updateUser({ userId: u1, nickname: "from node, 中文" });
  out.pub = await client.pub("node.evt", JSON.stringify({ from: "node" }));
  console.log(JSON.stringify(out));
})().catch((e) => {
  console.error(e && e.response ? JSON.stringify(e.response.data) : String(e));
  process.exit(1);
});
"""


async def run_node(*args: str) -> dict:
    proc = await asyncio.create_subprocess_exec(
        "node",
        "-e",
        SCRIPT,
        *args,
        cwd=NODE_DIR,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return json.loads(out)


async def test_the_official_node_sdk_works_against_the_emulator():
    async with GenAuthEmulator() as emulator:
        emulator.seed_users(5)
        u1, u2 = seeded_user_id(1), seeded_user_id(2)
        async with (
            AsyncManagementClient(
                access_key_id=emulator.access_key_id,
                access_key_secret=emulator.access_key_secret,
                host=emulator.url,
                websocket_host=emulator.websocket_host,
            ) as client,
            client.subscribe("node.evt") as events,
        ):
            out = await run_node(
                emulator.url, emulator.access_key_id, emulator.access_key_secret, u1, u2
            )
            event = await asyncio.wait_for(anext(events), 5)
    assert all(r["statusCode"] == 200 for r in out.values()), out
    assert out["getUser"]["data"]["userId"] == u1
    assert [u["userId"] for u in out["getUserBatch"]["data"]] == [u1, u2]
    assert out["getUserMfaStatus"]["data"]["applicationMfa"][0]["mfaPolicy"] == "EMAIL"
    # the emulator's state, from Python
    assert emulator.pool.get(u2).mfa_trigger_data["mfaToken"] == "tok"
    assert emulator.pool.get(u1).nickname == "from node, 中文"
    assert event.data == {"from": "node"}
    assert emulator.stats.tokens_issued == 0  # every call was signed
    assert emulator.signed_requests == 6 + 1  # 6 calls, 1 handshake (ours)
    headers = emulator.stats.recent[-1]["headers"]
    assert headers["authorization"].startswith(f"authing {emulator.access_key_id}:")
    assert "x-authing-signature-nonce" in headers


async def test_the_node_sdk_is_refused_with_a_wrong_secret():
    async with GenAuthEmulator() as emulator:
        emulator.seed_users(3)
        proc = await asyncio.create_subprocess_exec(
            "node",
            "-e",
            SCRIPT,
            emulator.url,
            emulator.access_key_id,
            "wrong",
            seeded_user_id(1),
            seeded_user_id(2),
            cwd=NODE_DIR,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 1
    assert json.loads(err)["statusCode"] == 401
    assert emulator.stats.unauthorized == 1
