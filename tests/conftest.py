"""Shared fixtures: an emulator per test and a client bound to it.

Also: the whole suite runs with DEBUG logging captured, and the run fails if an access key
secret or a management token ever reached a log line (see ``LogWatch``).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import pytest

from genauth_async import AsyncManagementClient
from genauth_async.testing import DEFAULT_ACCESS_KEY_SECRET, GenAuthEmulator
from genauth_async.testing._state import TokenStore


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
        # the emulator speaks as the models say: a drift between the two fails the test
        options.setdefault("strict_responses", True)
        LOG_WATCH.watch_secret(options["access_key_secret"])
        client = AsyncManagementClient(**options)
        clients.append(client)
        return client

    yield make
    for c in clients:
        await c.close()


@pytest.fixture
async def client(make_client) -> AsyncManagementClient:
    return make_client()


# -- no task outlives its test -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_leaked_tasks(request: pytest.FixtureRequest) -> None:
    # set up first, torn down last: after every client and emulator of the test is closed
    if inspect.iscoroutinefunction(request.function):
        request.getfixturevalue("_check_tasks_after_test")


@pytest.fixture
async def _check_tasks_after_test() -> AsyncIterator[None]:
    yield
    for _ in range(3):  # let tasks that are finishing their last step finish it
        await asyncio.sleep(0)
    current = asyncio.current_task()
    leaked = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    for task in leaked:
        task.cancel()
    assert not leaked, f"tasks still running after the test: {leaked}"


# -- no secret in the logs, ever -------------------------------------------------------------


class LogWatch(logging.Handler):
    """Collects every log record of the session, formatted, from the root logger at DEBUG,
    and the secrets that must not be in them: access key secrets, and every management token
    an emulator in this process issued (``TokenStore.observers``)."""

    #: base64url runs this long or longer are compared with the tokens' parts
    _RUN = re.compile(r"[A-Za-z0-9_-]{16,}")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.secrets: set[str] = {DEFAULT_ACCESS_KEY_SECRET}
        self.tokens: set[str] = set()
        self.active = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a broken record is the test's problem, not a reason to lose this one
            self.lines.append(f"{record.name} {record.levelname} {record.msg!r} {record.args!r}")

    def watch_secret(self, secret: object) -> None:
        if isinstance(secret, str) and len(secret) >= 8:  # "s" would be found everywhere
            self.secrets.add(secret)

    def ensure(self) -> None:
        """Attached to the root logger at DEBUG, whatever the previous test did to logging."""
        root = logging.getLogger()
        if self not in root.handlers:
            root.addHandler(self)
        if root.level > logging.DEBUG or root.level == logging.NOTSET:
            root.setLevel(logging.DEBUG)
        self.setLevel(logging.DEBUG)

    def find_leaks(self, lines: Iterable[str] | None = None) -> list[str]:
        """One description per secret found (never the secret itself)."""
        text = "\n".join(self.lines if lines is None else lines)
        leaks = [f"an access key secret ({len(s)} chars)" for s in self.secrets if s in text]
        # a token's payload (it holds a unique jti) and signature are secret; its header is not
        parts = {part: i for i, token in enumerate(self.tokens) for part in token.split(".")[1:]}
        hits = {parts[run] for run in self._RUN.findall(text) if run in parts}
        leaks += [f"management token #{i} (or its payload or signature)" for i in sorted(hits)]
        return leaks


LOG_WATCH = LogWatch()


@pytest.fixture(scope="session", autouse=True)
def _watch_logs() -> Iterator[LogWatch]:
    root = logging.getLogger()
    level = root.level
    LOG_WATCH.active = True
    LOG_WATCH.ensure()
    TokenStore.observers.append(LOG_WATCH.tokens.add)
    yield LOG_WATCH
    TokenStore.observers.remove(LOG_WATCH.tokens.add)
    root.removeHandler(LOG_WATCH)
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _keep_watching_logs(_watch_logs: LogWatch) -> None:
    _watch_logs.ensure()


@pytest.fixture
def log_watch(_watch_logs: LogWatch) -> LogWatch:
    """The session's log watch: register a secret with ``log_watch.watch_secret(...)``."""
    return _watch_logs


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not LOG_WATCH.active:
        return
    leaks = LOG_WATCH.find_leaks()
    session.config.stash[_LEAKS] = leaks
    if leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    leaks = config.stash.get(_LEAKS, [])
    if leaks:
        terminalreporter.section("secrets found in the logs", red=True, bold=True)
        for leak in leaks:
            terminalreporter.line(f"FAILED: {leak} was logged", red=True)


_LEAKS = pytest.StashKey[list[str]]()


# -- a server that answers what the test tells it ----------------------------------------------


class AnsweringServer:
    """A loopback GenAuth that answers every call with ``envelope`` (and a management token
    to the token request): for answers the emulator would never give."""

    def __init__(self) -> None:
        self.envelope: Any = {"statusCode": 200, "message": "ok", "data": None}
        self.headers: dict[str, str] = {}
        self.status = 200  # the HTTP status of the answers
        self.url = ""
        self.bodies: list[bytes] = []  # what the calls sent

    async def handle(self, request: Any) -> Any:
        from aiohttp import web

        body = await request.read()
        if request.path == "/api/v3/get-management-token":
            token = {"access_token": "t.t.t", "expires_in": 7200}
            return web.json_response({"statusCode": 200, "data": token})
        self.bodies.append(body)
        return web.json_response(self.envelope, status=self.status, headers=self.headers)


@pytest.fixture
async def answering_server() -> AsyncIterator[AnsweringServer]:
    from aiohttp import web

    server = AnsweringServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", server.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    yield server
    await runner.cleanup()


@pytest.fixture
async def answered_client(
    answering_server: AnsweringServer,
) -> AsyncIterator[AsyncManagementClient]:
    """A lenient client (the default) bound to ``answering_server``."""
    async with AsyncManagementClient(
        access_key_id="key-id", access_key_secret="key-secret", host=answering_server.url
    ) as client:
        yield client
