"""The three clients under test, making the same calls against the emulator, and the load loops.

- ``sdk``: this package's ``AsyncManagementClient``.
- ``raw``: the same HTTP calls written by hand with aiohttp, the way most people would: one
  session, the headers (bearer token included) built once, ``json=`` bodies and
  ``await resp.json()`` (stdlib json), the envelope checked, ``data`` returned as a dict.
- ``official``: the official sync SDK (``genauth.ManagementClient``), sequentially or from a
  thread pool, or called from asyncio tasks through ``asyncio.to_thread`` (the loop's default
  executor) or ``loop.run_in_executor`` with a 64-thread pool: what an async app (FastAPI)
  does with it today.

Every driver returns a :class:`Sample` of one timed window: the calls completed in it, the
client's CPU time, the emulator's, and the CPU time used by anything else on the machine.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import statistics
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from genauth_async import AsyncManagementClient, MfaTriggerData
from genauth_async._version import __version__
from genauth_async.models import ApplicationMfa
from genauth_async.testing import EmulatorInfo

__all__ = [
    "OPS",
    "RawClient",
    "Sample",
    "busy_cpu",
    "executor_call",
    "make_official",
    "make_sdk",
    "official_call",
    "raw_call",
    "run_async",
    "run_threads",
    "sdk_call",
    "sdk_headers",
    "server_cpu",
    "to_thread_call",
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
    """One timed window: calls, seconds of wall and client CPU time, per-call latencies, and
    the CPU seconds of the emulator and of the whole machine in the same window."""

    calls: int
    wall: float
    cpu: float
    latencies: list[float]
    server_cpu: float | None = None
    machine_cpu: float | None = None

    @property
    def rps(self) -> float:
        return self.calls / self.wall

    @property
    def cpu_us(self) -> float:
        return self.cpu / self.calls * 1e6

    def percentile_ms(self, q: float) -> float:
        lat = sorted(self.latencies)
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000

    @property
    def server_cpu_us(self) -> float | None:
        return None if self.server_cpu is None else self.server_cpu / self.calls * 1e6

    @property
    def other_cores(self) -> float | None:
        """Cores used by anything but the client and the emulator, on average."""
        if self.machine_cpu is None or self.server_cpu is None:
            return None
        return max(self.machine_cpu - self.cpu - self.server_cpu, 0.0) / self.wall

    def summary(self) -> dict[str, float | None]:
        return {
            "calls": self.calls,
            "rps": self.rps,
            "cpu_us": self.cpu_us,
            "server_cpu_us": self.server_cpu_us,
            "p50_ms": self.percentile_ms(0.50),
            "p99_ms": self.percentile_ms(0.99),
            "client_cores": self.cpu / self.wall,
            "emulator_cores": None if self.server_cpu is None else self.server_cpu / self.wall,
            "other_cores": self.other_cores,
        }


def median_summary(samples: list[Sample]) -> dict[str, float | None]:
    """The median of every metric over rounds (each one separately)."""
    rows = [s.summary() for s in samples]
    out: dict[str, float | None] = {}
    for key in rows[0]:
        values = [v for r in rows if (v := r[key]) is not None]
        out[key] = statistics.median(values) if values else None
    return out


def sdk_headers() -> dict[str, str]:
    """The headers the SDK sends besides the token ones (raw aiohttp sends the same)."""
    return {
        "x-genauth-sdk-version": f"genauth-async-py:{__version__}",
        "x-genauth-lang": "zh-CN",
        "user-agent": f"genauth-async/{__version__} aiohttp/{aiohttp.__version__}",
        "content-type": "application/json",
    }


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

    def __init__(
        self,
        info: EmulatorInfo,
        headers: dict[str, str],
        connections: int = CONNECTIONS,
        timeout: float = 30.0,
    ) -> None:
        self.connections = connections
        self.timeout = timeout
        self.host = info.url.rstrip("/")
        self.info = info
        self.headers = headers  # everything the SDK sends, bearer token included
        self.session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.connections),
            timeout=aiohttp.ClientTimeout(total=self.timeout, sock_connect=self.timeout),
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


def to_thread_call(call: Callable[[int], Any]) -> Callable[[int], Awaitable[Any]]:
    """The sync call from an asyncio task, in the loop's default executor (what
    ``asyncio.to_thread`` uses: ``min(32, cores + 4)`` threads)."""

    def in_thread(i: int) -> Awaitable[Any]:
        return asyncio.to_thread(call, i)

    return in_thread


def executor_call(
    call: Callable[[int], Any], pool: ThreadPoolExecutor
) -> Callable[[int], Awaitable[Any]]:
    """The sync call from an asyncio task, in a thread pool of the caller's size."""

    def in_pool(i: int) -> Awaitable[Any]:
        return asyncio.get_running_loop().run_in_executor(pool, call, i)

    return in_pool


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
#
# Callers run back to back from the start; the clock starts after ``warmup`` seconds, once
# they have drifted apart from the lockstep they start in, and counts the calls that complete
# within the next ``duration`` seconds (their latencies, and the process CPU time meanwhile).


def busy_cpu() -> float | None:
    """Seconds of CPU time used by every process on the machine (Linux only, 10 ms ticks)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / _CLOCK_TICKS


def server_cpu(pid: int | None) -> float | None:
    """Seconds of CPU time process ``pid`` (the emulator) has used; Linux only."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class _Window:
    def __init__(self, server_pid: int | None) -> None:
        self.start = self.end = float("inf")
        self.latencies: list[float] = []
        self.cpu = 0.0
        self.server_pid = server_pid
        self.server_cpu: float | None = None
        self.machine_cpu: float | None = None

    def open(self) -> None:
        self.server_cpu = server_cpu(self.server_pid)
        self.machine_cpu = busy_cpu()
        self.start = time.perf_counter()
        self.cpu = time.process_time()

    def close(self) -> None:
        self.cpu = time.process_time() - self.cpu
        self.end = time.perf_counter()
        self.server_cpu = _delta(self.server_cpu, server_cpu(self.server_pid))
        self.machine_cpu = _delta(self.machine_cpu, busy_cpu())

    def sample(self) -> Sample:
        return Sample(
            len(self.latencies),
            self.end - self.start,
            self.cpu,
            self.latencies,
            self.server_cpu,
            self.machine_cpu,
        )


def _delta(start: float | None, end: float | None) -> float | None:
    return None if start is None or end is None else end - start


async def run_async(
    call: Callable[[int], Awaitable[Any]],
    concurrency: int,
    duration: float,
    warmup: float,
    server_pid: int | None = None,
) -> Sample:
    """``concurrency`` tasks call back to back; measured for ``duration`` after ``warmup``."""
    # open the connections and take the token first
    await asyncio.gather(*(call(i) for i in range(concurrency)))
    counter = itertools.count(concurrency)
    window = _Window(server_pid)
    record = window.latencies.append
    clock = time.perf_counter
    stop = False

    async def worker() -> None:
        while not stop:
            started = clock()
            await call(next(counter))
            done = clock()
            if window.start <= done <= window.end:
                record(done - started)

    workers = [asyncio.ensure_future(worker()) for _ in range(concurrency)]
    try:
        await asyncio.sleep(warmup)
        window.open()
        await asyncio.sleep(duration)
        window.close()
        stop = True
        await asyncio.gather(*workers)
    finally:
        for w in workers:
            w.cancel()
    return window.sample()


def run_threads(
    call: Callable[[int], Any],
    threads: int,
    duration: float,
    warmup: float,
    server_pid: int | None = None,
) -> Sample:
    """The same with ``threads`` threads (1: a single thread, i.e. sequential calls)."""
    call(0)  # the token
    counter = itertools.count(1)
    lock = threading.Lock()
    window = _Window(server_pid)
    clock = time.perf_counter
    stop = threading.Event()

    def worker() -> None:
        mine: list[float] = []
        while not stop.is_set():
            with lock:
                i = next(counter)
            started = clock()
            call(i)
            done = clock()
            if window.start <= done <= window.end:
                mine.append(done - started)
        with lock:
            window.latencies.extend(mine)

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(worker) for _ in range(threads)]
        time.sleep(warmup)
        window.open()
        time.sleep(duration)
        window.close()
        stop.set()
        for f in futures:
            f.result()
    return window.sample()
