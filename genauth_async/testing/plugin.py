"""pytest plugin (entry point `genauth_async`): fixtures `genauth_emulator`, `genauth_client`.

    async def test_mfa(genauth_client, genauth_emulator):
        ...

Both fixtures are async and need pytest-asyncio. Options for the emulator go in a marker:

    @pytest.mark.genauth_emulator(users=10, token_lifetime=2.0, faults=Faults(error_rate=0.1))
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

import pytest

from ._faults import Faults
from .emulator import GenAuthEmulator

__all__ = ["genauth_client", "genauth_emulator"]

DEFAULT_USERS = 100

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    # pytest-asyncio is optional: without it the plugin still loads, and only requesting one
    # of these fixtures fails, with pytest's own message about async fixtures.
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover
        return cast(_F, pytest.fixture(function))
    return cast(_F, pytest_asyncio.fixture(function))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "genauth_emulator(users=100, **options): seeded user count and GenAuthEmulator "
        "options (token_lifetime, seed, faults, access_key_id, ...) for the genauth_emulator "
        "fixture",
    )


@_async_fixture
async def genauth_emulator(request: pytest.FixtureRequest) -> AsyncIterator[GenAuthEmulator]:
    """A running `GenAuthEmulator` with 100 seeded users (see `UserPool.seed`)."""
    marker = request.node.get_closest_marker("genauth_emulator")
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    users = options.pop("users", DEFAULT_USERS)
    if isinstance(options.get("faults"), dict):
        options["faults"] = Faults.from_json(options["faults"])
    emulator = GenAuthEmulator(**options)
    emulator.seed_users(users)
    async with emulator:
        yield emulator


@_async_fixture
async def genauth_client(genauth_emulator: GenAuthEmulator) -> AsyncIterator[Any]:
    """An `AsyncManagementClient` bound to `genauth_emulator`, closed afterwards."""
    # Imported here: the emulator must not depend on the client at import time.
    client_class = importlib.import_module("genauth_async").AsyncManagementClient
    async with client_class(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
    ) as client:
        yield client
