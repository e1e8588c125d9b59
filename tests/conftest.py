"""Shared fixtures: an emulator per test and a client bound to it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from genauth_async import AsyncManagementClient
from genauth_async.testing import GenAuthEmulator


@pytest.fixture
async def emulator() -> AsyncIterator[GenAuthEmulator]:
    async with GenAuthEmulator() as emu:
        emu.seed_users(30)
        yield emu


@pytest.fixture
async def make_client(emulator: GenAuthEmulator):
    """Factory for clients bound to the emulator; all are closed at teardown."""
    clients: list[AsyncManagementClient] = []

    def make(**options: Any) -> AsyncManagementClient:
        options.setdefault("access_key_id", emulator.access_key_id)
        options.setdefault("access_key_secret", emulator.access_key_secret)
        options.setdefault("host", emulator.url)
        client = AsyncManagementClient(**options)
        clients.append(client)
        return client

    yield make
    for c in clients:
        await c.close()


@pytest.fixture
async def client(make_client) -> AsyncManagementClient:
    return make_client()
