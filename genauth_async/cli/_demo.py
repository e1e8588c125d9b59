"""``genauth-async demo``: the bulk jobs against a local emulator, checked afterwards."""

from __future__ import annotations

import argparse
import itertools
import shlex
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Final

import attrs
import orjson

from ._command import Work
from ._display import console
from ._errors import PROG
from ._options import non_negative_float, positive_int

__all__ = ["Demo"]

_DEMO_MFA: Final = {
    "mfaToken": "demo-mfa-token",
    "mfaEmail": "security@example.com",
    "totpMfaEnabled": True,
    "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}],
}

#: the role the demo creates, assigns to every user, then reads back
_DEMO_ROLE: Final = "demo-auditor"


@attrs.frozen
class DemoOptions:
    users: int = 10_000
    latency_ms: float = 50.0
    concurrency: int = 128
    quiet: bool = False


@attrs.frozen
class Demo:
    """The demo command; ``invoke(argv)`` runs another command (the demo shows them)."""

    invoke: Callable[[list[str]], Awaitable[int]]
    help: str = (
        "run bulk jobs against a local emulator: MFA, real-name, and any endpoint "
        "(update_user from a CSV, checked with get_user)"
    )

    def parse(self, prog: str, argv: list[str]) -> Work:
        parser = argparse.ArgumentParser(prog=prog, description=self.help)
        parser.add_argument("--users", type=positive_int, default=10_000, help="default 10000")
        parser.add_argument(
            "--latency-ms", type=non_negative_float, default=50.0, help="default 50"
        )
        parser.add_argument(
            "--concurrency", "-c", type=positive_int, default=128, help="default 128"
        )
        parser.add_argument("--quiet", "-q", action="store_true", help="no progress display")
        ns = parser.parse_args(argv)
        options = DemoOptions(ns.users, ns.latency_ms, ns.concurrency, ns.quiet)
        return lambda: self.run(options)

    async def run(self, options: DemoOptions) -> int:
        # imported here: the emulator is test tooling, not needed by the other commands
        from ..testing import Faults, GenAuthEmulator, seeded_user_id

        out = console()
        n = options.users
        faults = Faults(latency_ms=options.latency_ms, jitter_ms=options.latency_ms / 5)
        async with GenAuthEmulator(faults=faults) as emulator:
            emulator.seed_users(n)
            out.print(
                f"GenAuth emulator on {emulator.url}: {n:,} users, "
                f"{options.latency_ms:g} ms latency; concurrency {options.concurrency}"
            )
            with tempfile.TemporaryDirectory(prefix="genauth-demo-") as tmp:
                users = Path(tmp, "users.txt")
                _write_lines(users, (seeded_user_id(i) for i in range(n)))
                # any endpoint works the same way: a CSV of arguments, one call per line
                profiles = Path(tmp, "profiles.csv")
                _write_lines(
                    profiles,
                    itertools.chain(
                        ["user_id,nickname"],
                        (f"{seeded_user_id(i)},{_demo_nickname(i)}" for i in range(n)),
                    ),
                )
                common = [
                    "--host",
                    emulator.url,
                    "--access-key-id",
                    emulator.access_key_id,
                    "--access-key-secret",
                    emulator.access_key_secret,
                    "--concurrency",
                    str(options.concurrency),
                    *(["--quiet"] if options.quiet else []),
                ]
                ids = Path(tmp, "ids.csv")  # the ids, as a CSV of get_user's arguments
                _write_lines(ids, itertools.chain(["user_id"], _lines_of(users)))
                # a role for every user: assign_role's targets, one user a line
                members = Path(tmp, "members.csv")
                _write_lines(members, _demo_members(_lines_of(users)))
                commands = [
                    ["mfa", "set", "--mfa-json", orjson.dumps(_DEMO_MFA).decode()],
                    ["principal-auth", "reset"],
                    ["bulk", "update_user"],
                    ["bulk", "get_user"],
                    ["bulk", "assign_role", "--code", _DEMO_ROLE],
                    ["bulk", "get_user_roles"],
                ]
                sources = {"update_user": profiles, "get_user": ids, "assign_role": members}
                sources["get_user_roles"] = ids
                codes = []
                for command in commands:
                    source = sources.get(command[1], users)
                    if command[1] == "assign_role":
                        create = ["create_role", "--code", _DEMO_ROLE, "--name", "Demo auditor"]
                        out.print(f"\n$ {PROG} call {shlex.join(create)} --format table")
                        codes.append(
                            await self.invoke(["call", *create, *common[:6], "--format", "table"])
                        )
                    output = Path(tmp, f"{command[0]}-{command[1]}.jsonl")
                    constants = command[2:] if command[0] == "bulk" else []  # not the MFA JSON
                    shown = shlex.join([*command[:2], "--input", source.name, *constants])
                    out.print(f"\n$ {PROG} {shown} ...")
                    argv = [*command, "--input", str(source), *common, "--output", str(output)]
                    codes.append(await self.invoke(argv))
                read_back = _nicknames_read_back(Path(tmp, "bulk-get_user.jsonl"))
                holders = _roles_read_back(Path(tmp, "bulk-get_user_roles.jsonl"), _DEMO_ROLE)
            writes = emulator.stats.writes_by_route
            for route, what in (
                ("/api/v3/set-mfa-status", "had MFA set"),
                ("/api/v3/reset-user-principal-authentication-info", "had real-name info reset"),
                ("/api/v3/update-user", "had their nickname updated"),
                ("/api/v3/assign-role", f"had the role {_DEMO_ROLE} assigned"),
            ):
                counts: dict[str, int] = writes.get(route, {})
                once = sum(1 for c in counts.values() if c == 1)
                out.print(f"emulator check: {once:,}/{n:,} users {what} exactly once")
            out.print(
                f"get_user check: {read_back:,}/{n:,} users read back with their new nickname"
            )
            out.print(f"get_user_roles check: {holders:,}/{n:,} users hold the role {_DEMO_ROLE}")
        return max(codes)


def _write_lines(path: Path, lines: Iterator[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def _demo_nickname(i: int) -> str:
    return f"demo-{i:06d}"


def _demo_members(user_ids: Iterator[str]) -> Iterator[str]:
    """assign_role's CSV: a ``targets`` column, each cell one Target as JSON (CSV-quoted)."""
    yield "targets"
    for user_id in user_ids:
        target = orjson.dumps({"targetType": "USER", "targetIdentifier": user_id}).decode()
        yield '"' + target.replace('"', '""') + '"'


def _roles_read_back(results: Path, code: str) -> int:
    """How many get_user_roles results list the role ``code``."""
    holders = 0
    for raw in _lines_of(results):
        result = orjson.loads(raw).get("result") or {}
        holders += any(role.get("code") == code for role in result.get("list") or ())
    return holders


def _lines_of(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        yield from (line.rstrip("\n") for line in handle)


def _nicknames_read_back(results: Path) -> int:
    """How many get_user results carry the nickname the demo set (line 2 is user 0)."""
    read_back = 0
    for raw in _lines_of(results):
        record = orjson.loads(raw)
        nickname = (record.get("result") or {}).get("nickname")
        read_back += nickname == _demo_nickname(int(record["line"]) - 2)
    return read_back
