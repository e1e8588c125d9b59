"""Exit codes and the two errors every command may raise."""

from __future__ import annotations

from typing import Final

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "OutputError",
    "UsageError",
]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

PROG: Final = "genauth-async"


class UsageError(Exception):
    """Bad arguments or a bad input file: exit code 2, nothing sent."""


class OutputError(Exception):
    """The results file could not be written: the run stops, exit code 1."""
