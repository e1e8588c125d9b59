"""Run the emulator in a child process: for blocking clients, or load that needs its own loop."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import selectors
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from ._faults import Faults

__all__ = ["EmulatorInfo", "EmulatorProcess", "run_emulator_process"]


@dataclass(frozen=True)
class EmulatorInfo:
    """Where a child emulator listens and the credentials it accepts."""

    url: str
    access_key_id: str
    access_key_secret: str
    userpool_id: str
    pid: int
    websocket_url: str = ""
    """The event websocket (`ws://127.0.0.1:<port>/events/v1/management/sub`)."""

    @property
    def websocket_host(self) -> str:
        """`ws://127.0.0.1:<port>`, the client's `websocket_host`."""
        return "ws" + self.url.removeprefix("http")

    def admin(self, method: str, path: str, body: Any = None, timeout: float = 10.0) -> Any:
        """Call an admin route, e.g. `info.admin("GET", "stats")` (blocking)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/__emulator__/{path}",
            data=data,
            method=method,
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())

    def add_users(self, users: Iterable[Mapping[str, Any]], timeout: float = 10.0) -> Any:
        """Create or replace users (`POST /__emulator__/users`, blocking); returns
        `{"created": [...], "replaced": [...]}` (user ids). A user is a camelCase object:
        `userId` (required), `username`, `email`, `roles`, `loginHistory`, ... (the fields
        of `EmulatorUser`). ValueError, and no change, if any of them is not acceptable."""
        try:
            return self.admin("POST", "users", list(users), timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code != 400:
                raise
            with exc:
                message = json.loads(exc.read()).get("message", "")
            raise ValueError(f"the emulator refused the users: {message}") from None

    def load_fixture(self, fixture: Mapping[str, Any], timeout: float = 10.0) -> Any:
        """Replace the whole world (`POST /__emulator__/fixture`, blocking): see
        `GenAuthEmulator.load_fixture`. ValueError, and no change, if it does not fit."""
        try:
            return self.admin("POST", "fixture", dict(fixture), timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code != 400:
                raise
            with exc:
                message = json.loads(exc.read()).get("message", "")
            raise ValueError(f"the emulator refused the fixture: {message}") from None

    def dump_fixture(self, timeout: float = 10.0) -> Any:
        """The whole world (`GET /__emulator__/fixture`, blocking), as `load_fixture` reads it."""
        return self.admin("GET", "fixture", timeout=timeout)


class EmulatorProcess:
    """Context manager (`with` or `async with`) around `python -m genauth_async.testing`."""

    def __init__(self, args: list[str], *, startup_timeout: float, python: str) -> None:
        self._command = [python, "-m", "genauth_async.testing", *args]
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[str] | None = None
        self.info: EmulatorInfo | None = None

    def start(self) -> EmulatorInfo:
        if self._proc is not None:
            raise RuntimeError("already started")
        # make the child import the same genauth_async as this process
        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            self._command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": path}
        )
        try:
            self.info = self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self.info

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()

    def _wait_ready(self) -> EmulatorInfo:
        assert self._proc is not None and self._proc.stdout is not None
        deadline = time.monotonic() + self._startup_timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self._proc.stdout, selectors.EVENT_READ)
            if not selector.select(timeout=self._startup_timeout):
                raise TimeoutError("the emulator process did not start in time")
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the emulator process exited with code {self._proc.wait()}")
        fields = json.loads(line)
        info = EmulatorInfo(
            url=fields["url"],
            access_key_id=fields["access_key_id"],
            access_key_secret=fields["access_key_secret"],
            userpool_id=fields["userpool_id"],
            pid=fields["pid"],
            websocket_url=fields.get("websocket_url", ""),
        )
        while True:  # it listens before it prints, but make sure it answers
            try:
                info.admin("GET", "stats", timeout=1.0)
                return info
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __enter__(self) -> EmulatorInfo:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> EmulatorInfo:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)


def run_emulator_process(
    *,
    users: int = 100,
    port: int = 0,
    latency_ms: float | None = None,
    jitter_ms: float | None = None,
    token_lifetime: float = 7200.0,
    seed: int = 0,
    faults: Faults | None = None,
    token_error_http_status: int = 401,
    token_error_status_code: int = 401,
    startup_timeout: float = 30.0,
    python: str = sys.executable,
) -> EmulatorProcess:
    """Start the emulator in a child process on 127.0.0.1; terminate it on exit.

        with run_emulator_process(users=1000, latency_ms=25) as info:
            client = ManagementClient(info.access_key_id, info.access_key_secret, host=info.url)

    `latency_ms` and `jitter_ms`, when given, override those fields of `faults`; the
    `token_error_*` options are those of `GenAuthEmulator`.
    """
    faults = faults or Faults()
    if latency_ms is not None:
        faults = dataclasses.replace(faults, latency_ms=latency_ms)
    if jitter_ms is not None:
        faults = dataclasses.replace(faults, jitter_ms=jitter_ms)
    args = [
        f"--port={port}",
        f"--users={users}",
        f"--token-lifetime={token_lifetime}",
        f"--seed={seed}",
        f"--faults={json.dumps(faults.to_json())}",
        f"--token-error-http-status={token_error_http_status}",
        f"--token-error-status-code={token_error_status_code}",
    ]
    return EmulatorProcess(args, startup_timeout=startup_timeout, python=python)
