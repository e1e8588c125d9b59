"""Exit codes and the two errors every command may raise."""

from __future__ import annotations

from typing import Final

from .. import bulk

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "OutputError",
    "UsageError",
    "fatal_reason",
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


def fatal_reason(error: bulk.ErrorInfo, reason: str | None) -> str | None:
    """Why every input would fail, in words: ``reason`` (:func:`bulk.fatal_reason`'s),
    except for an AuthenticationError that is not GenAuth's 401 (a 404 from the token
    endpoint says the host or path is wrong, not the key): then what the error says."""
    if error.kind == "AuthenticationError" and error.status_code not in (None, 401):
        return error.message
    return reason
