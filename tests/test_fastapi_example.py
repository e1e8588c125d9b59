"""The FastAPI example app, driven through FastAPI's test client against the emulator."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from genauth_async.testing import GenAuthEmulator, seeded_user_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from fastapi_app import create_app


@pytest.fixture
def emulator_thread():
    """An emulator on its own loop in a thread: FastAPI's TestClient runs its own loop."""
    loop = asyncio.new_event_loop()
    emulator = GenAuthEmulator()
    emulator.seed_users(10)
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(emulator.start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(emulator.stop())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(10)
    yield emulator
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_fastapi_app_uses_one_client_and_maps_errors(emulator_thread):
    emu = emulator_thread
    app = create_app(
        access_key_id=emu.access_key_id, access_key_secret=emu.access_key_secret, host=emu.url
    )
    with TestClient(app) as http:
        ok = http.get(f"/users/{seeded_user_id(3)}/real-name")
        assert ok.status_code == 200
        assert ok.json()["total"] == 1
        assert ok.json()["records"][0]["authenticatedAt"].startswith("2024-01-01T00:00:03")

        by_email = http.get("/users/user000003@example.com/real-name?id_type=email")
        assert by_email.json()["total"] == 1

        mfa = http.get(f"/users/{seeded_user_id(4)}/mfa")
        assert mfa.status_code == 200 and mfa.json()["policies"] == ["SMS"]

        missing = http.get("/users/nobody/mfa")
        assert missing.status_code == 404
        assert missing.json()["error"] == "NotFoundError" and missing.json()["requestId"]

        bad = http.get("/users/x/real-name?id_type=nickname")
        assert bad.status_code == 422 and "user_id_type must be one of" in bad.json()["message"]

        reset = http.delete("/users/13800000003/real-name?id_type=phone")
        assert reset.json() == {"success": True}
        assert http.get(f"/users/{seeded_user_id(3)}/real-name").json()["total"] == 0
    # one client for all requests: one token
    assert emu.stats.tokens_issued == 1
