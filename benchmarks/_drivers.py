"""The three clients under test, making the same calls against the emulator, and the load loops.

- ``sdk``: this package's ``AsyncManagementClient``.
- ``raw``: the same HTTP calls written by hand with aiohttp, the way most people would: one
  session, the headers (bearer token included) built once, ``json=`` bodies and
  ``await resp.json()`` (stdlib json), the envelope checked, ``data`` returned as a dict.
- ``official``: the official sync SDK (``genauth.ManagementClient``), sequentially or from a
  thread pool.

Every driver returns a :class:`Sample` of one timed window.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import aiohttp

from genauth_async import AsyncManagementClient, MfaTriggerData
from genauth_async.models import ApplicationMfa
from genauth_async.testing import EmulatorInfo

__all__ = [
    "OPS",
    "RawClient",
    "Sample",
    "make_official",
    "make_sdk",
    "official_call",
    "raw_call",
    "run_async",
    "run_threads",
    "sdk_call",
]

OPS = ("set_users_mfa_status", "get_user_principal_authentication_info")
USERS = 1536
#: the calls go round these users; every third seeded user has one real-name record
_MFA_USERS = [f"65a1{i:020x}" for i in range(USERS)]
_REAL_NAME_USERS = [f"65a1{i:020x}" for i in range(0, USERS, 3)]
#: large enough for the highest concurrency, so the pool is never what limits a run
CONNECTIONS = 256
SDK_VERSION_HEADER = "x-genauth-sdk-version"


def mfa_wire(i: int) -> dict[str, Any]:
    """The MFA trigger data of call ``i``, as it goes on the wire."""
    return {
        "mfaToken": f"mfa-bench-{i}",
        "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 1}],
        "mfaPhone": f"138{i:08d}",
        "mfaPhoneCountryCode": "+86",
        "mfaEmail": f"bench{i}@example.com",
        "totpMfaEnabled": bool(i % 2),
    }


def mfa_model(i: int) -> MfaTriggerData:
    """The same MFA trigger data, as the typed model an SDK user builds."""
    return MfaTriggerData(
        mfa_token=f"mfa-bench-{i}",
        application_mfa=[ApplicationMfa(mfa_policy="SMS", status=1, sort=1)],
        mfa_phone=f"138{i:08d}",
        mfa_phone_country_code="+86",
        mfa_email=f"bench{i}@example.com",
        totp_mfa_enabled=bool(i % 2),
    )


# built ahead, so building call arguments costs the same (nothing) for every client
_POOL = 512
_MFA_MODELS = [mfa_model(i) for i in range(_POOL)]
_MFA_WIRE = [mfa_wire(i) for i in range(_POOL)]


@dataclass
class Sample:
    """One timed window: calls, seconds of wall and process CPU time, per-call latencies."""

    calls: int
    wall: float
    cpu: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.calls / self.wall

    @property
    def cpu_us(self) -> float:
        return self.cpu / self.calls * 1e6

    def percentile_ms(self, q: float) -> float:
        lat = sorted(self.latencies)
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000

    def summary(self) -> dict[str, float]:
        return {
            "calls": self.calls,
            "rps": self.rps,
            "cpu_us": self.cpu_us,
            "p50_ms": self.percentile_ms(0.50),
            "p99_ms": self.percentile_ms(0.99),
        }


def median_summary(samples: list[Sample]) -> dict[str, float]:
    """The median of every metric over rounds (each one separately)."""
    rows = [s.summary() for s in samples]
    return {key: statistics.median(r[key] for r in rows) for key in rows[0]}


# -- this SDK --------------------------------------------------------------------------------


def make_sdk(info: EmulatorInfo) -> AsyncManagementClient:
    return AsyncManagementClient(
        access_key_id=info.access_key_id,
        access_key_secret=info.access_key_secret,
        host=info.url,
        connection_limit=CONNECTIONS,
    )


def sdk_call(client: AsyncManagementClient, op: str) -> Callable[[int], Awaitable[Any]]:
    if op == "set_users_mfa_status":
        set_mfa = client.set_users_mfa_status

        def call(i: int) -> Awaitable[Any]:
            return set_mfa(user_id=_MFA_USERS[i % USERS], mfa_trigger_data=_MFA_MODELS[i % _POOL])

        return call
    get_info = client.get_user_principal_authentication_info
    n = len(_REAL_NAME_USERS)

    def call(i: int) -> Awaitable[Any]:
        return get_info(user_id=_REAL_NAME_USERS[i % n])

    return call


# -- raw aiohttp ------------------------------------------------------------------------------


class RawClient:
    """What a careful hand-written aiohttp integration does: no SDK, no models."""

    def __init__(self, info: EmulatorInfo, headers: dict[str, str]) -> None:
        self.host = info.url.rstrip("/")
        self.info = info
        self.headers = headers  # everything the SDK sends, bearer token included
        self.session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=CONNECTIONS),
            timeout=aiohttp.ClientTimeout(total=30.0, sock_connect=10.0),
        )
        # the management token, obtained once by hand
        async with self.session.post(
            f"{self.host}/api/v3/get-management-token",
            json={
                "accessKeyId": self.info.access_key_id,
                "accessKeySecret": self.info.access_key_secret,
            },
        ) as resp:
            token = (await resp.json())["data"]["access_token"]
        self.headers = {
            **self.headers,
            "authorization": f"Bearer {token}",
            "x-genauth-userpool-id": self.info.userpool_id,
        }

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()

    async def set_users_mfa_status(self, user_id: str, mfa_trigger_data: dict[str, Any]) -> Any:
        assert self.session is not None
        async with self.session.post(
            f"{self.host}/api/v3/set-mfa-status",
            json={"mfaTriggerData": mfa_trigger_data, "userId": user_id},
            headers=self.headers,
        ) as resp:
            envelope = await resp.json()
        if envelope.get("statusCode") != 200:
            raise RuntimeError(f"set-mfa-status failed: {envelope}")
        return envelope["data"]

    async def get_user_principal_authentication_info(self, user_id: str) -> Any:
        assert self.session is not None
        async with self.session.get(
            f"{self.host}/api/v3/get-user-principal-authentication-info",
            params={"userId": user_id},
            headers=self.headers,
        ) as resp:
            envelope = await resp.json()
        if envelope.get("statusCode") != 200:
            raise RuntimeError(f"get-user-principal-authentication-info failed: {envelope}")
        return envelope["data"]


def raw_call(client: RawClient, op: str) -> Callable[[int], Awaitable[Any]]:
    if op == "set_users_mfa_status":
        set_mfa = client.set_users_mfa_status

        def call(i: int) -> Awaitable[Any]:
            return set_mfa(_MFA_USERS[i % USERS], _MFA_WIRE[i % _POOL])

        return call
    get_info = client.get_user_principal_authentication_info
    n = len(_REAL_NAME_USERS)

    def call(i: int) -> Awaitable[Any]:
        return get_info(_REAL_NAME_USERS[i % n])

    return call


# -- the official sync SDK ----------------------------------------------------------------------


def make_official(info: EmulatorInfo) -> Any:
    from genauth import ManagementClient  # type: ignore[import-untyped]

    return ManagementClient(
        access_key_id=info.access_key_id, access_key_secret=info.access_key_secret, host=info.url
    )


def official_call(client: Any, op: str) -> Callable[[int], Any]:
    if op == "set_users_mfa_status":

        def call(i: int) -> Any:
            result = client.set_users_mfa_status(
                mfa_trigger_data=_MFA_WIRE[i % _POOL], user_id=_MFA_USERS[i % USERS]
            )
            if result.get("statusCode") != 200:
                raise RuntimeError(f"official set_users_mfa_status failed: {result}")
            return result

        return call
    n = len(_REAL_NAME_USERS)

    def call(i: int) -> Any:
        result = client.get_user_principal_authentication_info(user_id=_REAL_NAME_USERS[i % n])
        if result.get("statusCode") != 200:
            raise RuntimeError(f"official get_user_principal_authentication_info failed: {result}")
        return result

    return call


# -- load loops ---------------------------------------------------------------------------------


async def run_async(
    call: Callable[[int], Awaitable[Any]], concurrency: int, duration: float
) -> Sample:
    """``concurrency`` tasks call back to back until ``duration`` seconds have passed."""
    # warm up: open the connections and take the token before the clock starts
    await asyncio.gather(*(call(i) for i in range(concurrency)))
    counter = itertools.count(concurrency)
    latencies: list[float] = []
    record = latencies.append
    clock = time.perf_counter

    async def worker(deadline: float) -> None:
        while (started := clock()) < deadline:
            await call(next(counter))
            record(clock() - started)

    cpu0, wall0 = time.process_time(), clock()
    await asyncio.gather(*(worker(wall0 + duration) for _ in range(concurrency)))
    wall, cpu = clock() - wall0, time.process_time() - cpu0
    return Sample(len(latencies), wall, cpu, latencies)


def run_threads(call: Callable[[int], Any], threads: int, duration: float) -> Sample:
    """``threads`` threads (1: just this one) call back to back for ``duration`` seconds."""
    call(0)  # the token
    counter = itertools.count(1)
    lock = threading.Lock()
    latencies: list[float] = []
    clock = time.perf_counter

    def worker(deadline: float) -> None:
        mine: list[float] = []
        while (started := clock()) < deadline:
            with lock:
                i = next(counter)
            call(i)
            mine.append(clock() - started)
        with lock:
            latencies.extend(mine)

    cpu0, wall0 = time.process_time(), clock()
    if threads == 1:
        worker(wall0 + duration)
    else:
        with ThreadPoolExecutor(threads) as pool:
            for f in [pool.submit(worker, wall0 + duration) for _ in range(threads)]:
                f.result()
    wall, cpu = clock() - wall0, time.process_time() - cpu0
    return Sample(len(latencies), wall, cpu, latencies)
