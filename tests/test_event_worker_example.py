"""examples/event_worker.py, driven against the emulator."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from pathlib import Path

from genauth_async.testing import Faults, seeded_user_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import event_worker


async def test_the_worker_turns_mfa_on_for_each_new_user(make_client, emulator):
    client = make_client(auth="signature", websocket_host=emulator.websocket_host)
    # some calls fail once: retried by the client; one event names nobody: logged, skipped
    emulator.faults = Faults(error_rate=0.3, routes=frozenset({"/api/v3/set-mfa-status"}), seed=1)
    worker = asyncio.create_task(event_worker.run(client, concurrency=4))
    async with asyncio.timeout(30):  # generous: a loaded machine reconnects later
        while emulator.websocket_subscribers("user.created") == 0:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    users = [seeded_user_id(i) for i in range(10)]
    await emulator.publish("user.created", {"userId": "nobody"})
    await emulator.publish("user.created", "not json")
    await emulator.drop_websockets()  # the worker reconnects by itself
    async with asyncio.timeout(30):  # generous: a loaded machine reconnects later
        while emulator.websocket_subscribers("user.created") == 0:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    for uid in users:
        await emulator.publish("user.created", {"userId": uid})
    async with asyncio.timeout(30):
        while sum(emulator.stats.writes[u] for u in users) < len(users):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    worker.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await worker
    for uid in users:
        assert emulator.pool.get(uid).mfa_trigger_data["applicationMfa"][0]["mfaPolicy"] == "EMAIL"
        assert emulator.stats.writes[uid] == 1
    async with asyncio.timeout(30):  # generous: a loaded machine reconnects later
        while emulator.websocket_subscribers("user.created"):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
