from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from genauth_async.testing import GenAuthEmulator

TOKEN_PATH = "/api/v3/get-management-token"


class FakeClock:
    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Api:
    """Raw HTTP calls against an emulator: no SDK code involved."""

    def __init__(self, session: aiohttp.ClientSession, emulator: GenAuthEmulator) -> None:
        self.session = session
        self.emulator = emulator
        self.token: str | None = None

    @property
    def url(self) -> str:
        return self.emulator.url

    async def fetch_token(self, key_id: str | None = None, secret: str | None = None) -> Any:
        body = {
            "accessKeyId": key_id or self.emulator.access_key_id,
            "accessKeySecret": secret or self.emulator.access_key_secret,
        }
        async with self.session.post(self.url + TOKEN_PATH, json=body) as resp:
            assert resp.status == 200
            return await resp.json()

    async def login(self) -> str:
        self.token = (await self.fetch_token())["data"]["access_token"]
        return self.token

    def headers(self) -> dict[str, str]:
        return {
            "authorization": f"Bearer {self.token}",
            "x-genauth-userpool-id": self.emulator.userpool_id,
        }

    async def call(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> tuple[int, Any]:
        if headers is None:
            if self.token is None:
                await self.login()
            headers = self.headers()
        async with self.session.request(method, self.url + path, headers=headers, **kwargs) as resp:
            return resp.status, await resp.json(content_type=None)

    async def get(self, path: str, params: Any = None, **kwargs: Any) -> tuple[int, Any]:
        return await self.call("GET", path, params=params, **kwargs)

    async def post(self, path: str, body: Any = None, **kwargs: Any) -> tuple[int, Any]:
        return await self.call("POST", path, json=body, **kwargs)

    async def admin(self, method: str, path: str, body: Any = None) -> Any:
        async with self.session.request(
            method, f"{self.url}/__emulator__/{path}", json=body
        ) as resp:
            return await resp.json()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def emulator(clock: FakeClock) -> AsyncIterator[GenAuthEmulator]:
    async with GenAuthEmulator(clock=clock, token_lifetime=60) as emulator:
        emulator.seed_users(30)
        yield emulator


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def api(session: aiohttp.ClientSession, emulator: GenAuthEmulator) -> Api:
    return Api(session, emulator)
