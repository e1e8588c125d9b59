"""An async worker that reacts to GenAuth events: every new user gets e-mail MFA turned on.

    GENAUTH_ACCESS_KEY_ID=... GENAUTH_ACCESS_KEY_SECRET=... python examples/event_worker.py

One client, one subscription; each event is handled in its own task (at most `concurrency`
at once), a failed event is logged and the worker goes on, and Ctrl-C or SIGTERM lets the
events in hand finish before the socket is closed. The subscription reconnects by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from genauth_async import AsyncManagementClient, Event, GenAuthError

log = logging.getLogger("event_worker")

EVENT_CODE = "user.created"
MFA = {"mfaToken": "", "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}]}


async def handle(client: AsyncManagementClient, event: Event) -> None:
    user_id = event.data.get("userId") if isinstance(event.data, dict) else None
    if not isinstance(user_id, str):
        log.warning("ignoring an event without a userId: %.200s", event.raw)
        return
    await client.set_users_mfa_status(user_id=user_id, mfa_trigger_data=MFA)
    log.info("MFA turned on for %s", user_id)


async def run(
    client: AsyncManagementClient, event_code: str = EVENT_CODE, *, concurrency: int = 8
) -> None:
    """Handle every event of `event_code` until cancelled."""
    slots = asyncio.Semaphore(concurrency)

    async def guarded(event: Event) -> None:
        try:
            await handle(client, event)
        except GenAuthError as exc:  # one bad event must not stop the worker
            log.error("event %.200s failed: %s", event.raw, exc)
        finally:
            slots.release()

    async with client.subscribe(event_code) as events, asyncio.TaskGroup() as tasks:
        async for event in events:
            await slots.acquire()  # a slow GenAuth slows the reading down
            tasks.create_task(guarded(event))


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    async with AsyncManagementClient(auth="signature") as client:  # keys from GENAUTH_* env
        worker = asyncio.create_task(run(client))
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, worker.cancel)
        with contextlib.suppress(asyncio.CancelledError):
            await worker


if __name__ == "__main__":
    asyncio.run(main())
