"""What the dispatch table holds: a command parses its arguments into typed options and
hands back the work to run with them."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Protocol

__all__ = ["Command", "Work"]

Work = Callable[[], Coroutine[Any, Any, int]]
"""A parsed command, ready to run: its exit code."""


class Command(Protocol):
    @property
    def help(self) -> str:
        """One line, for ``genauth-async --help``."""
        ...

    def parse(self, prog: str, argv: list[str]) -> Work:
        """The work that ``argv`` (the words after the command's name) asks for; argparse's
        SystemExit on bad usage or ``--help``, or a UsageError."""
        ...
