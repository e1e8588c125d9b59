"""The entry point: the dispatch table, and ``main``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from typing import Final

from .._version import __version__
from ._bulk import BULK
from ._call import CALL
from ._command import Command, Work
from ._demo import Demo
from ._display import console
from ._errors import EXIT_INTERRUPTED, EXIT_USAGE, PROG, UsageError
from ._users import GROUPS, USER_COMMANDS

__all__ = ["COMMANDS", "main"]


async def _invoke(argv: list[str]) -> int:
    """Run the command ``argv`` asks for (from inside a running command: the demo)."""
    return await _parse(argv)()


#: every command, by the words that name it: the one place a new command is added
COMMANDS: Final[dict[tuple[str, ...], Command]] = {
    **USER_COMMANDS,
    ("call",): CALL,
    ("bulk",): BULK,
    ("demo",): Demo(_invoke),
}


def _parser() -> argparse.ArgumentParser:
    """The tree of commands, for ``--help``, ``--version`` and an incomplete command; each
    command parses its own options (``call`` and ``bulk`` from the spec, only when used)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Any GenAuth Management API method from the shell, once (call) or in bulk "
        "(bulk), and bulk user jobs (MFA, real-name authentication, sessions).",
        epilog="exit codes: 0 all succeeded, 1 some failed or stopped early, "
        "2 bad usage or input file, 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    top = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    for words, command in COMMANDS.items():
        if len(words) == 1:
            top.add_parser(words[0], add_help=False, help=command.help)
            continue
        group, action = words
        if group not in groups:
            sub = top.add_parser(group, help=GROUPS[group])
            groups[group] = sub.add_subparsers(dest="action", required=True, metavar="ACTION")
        groups[group].add_parser(action, add_help=False, help=command.help)
    return parser


def _parse(argv: list[str]) -> Work:
    for size in (2, 1):
        words = tuple(argv[:size])
        command = COMMANDS.get(words) if len(words) == size else None
        if command is not None:
            return command.parse(f"{PROG} {' '.join(words)}", argv[size:])
    parser = _parser()
    parser.parse_args(argv)  # exits: help, version, or what is missing
    parser.error("give a COMMAND")


def main(argv: Sequence[str] | None = None) -> int:
    """The ``genauth-async`` command; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        work = _parse(args)
    except SystemExit as exc:  # --help, --version, or argparse's own usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except UsageError as exc:
        console(stderr=True).print(f"{PROG}: error: {exc}", markup=False)
        return EXIT_USAGE
    try:
        return asyncio.run(work())
    except UsageError as exc:
        console(stderr=True).print(f"{PROG}: error: {exc}", markup=False)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
