"""The options the commands share: their argparse groups, and the typed objects they are
parsed into, so that the work never reads an ``argparse.Namespace``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from .. import bulk
from ..client import AsyncManagementClient
from ..errors import AuthenticationError, PermissionDeniedError
from ._errors import UsageError

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "Connection",
    "InputOptions",
    "JobOptions",
    "ResultsOptions",
    "RunningOptions",
    "add_connection_options",
    "job_options_parser",
    "non_negative_float",
    "positive_float",
    "positive_int",
]

#: the longest input line read (bytes, its line break not counted): a longer one is refused
#: after reading that much of it, never read whole
DEFAULT_MAX_LINE_BYTES: Final = 1 << 20

Auth = Literal["token", "signature"]


# -- argument types ----------------------------------------------------------------------------


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, got {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def _ratio(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1], got {text}")
    return value


# -- connection --------------------------------------------------------------------------------


@attrs.frozen
class Connection:
    """Where and as whom: the options, else the ``GENAUTH_*`` environment variables."""

    access_key_id: str | None
    access_key_secret: str | None = attrs.field(repr=False)
    host: str | None
    auth: Auth = "token"

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> Connection:
        return cls(ns.access_key_id, ns.access_key_secret, ns.host, ns.auth)

    def resolved(self) -> Connection:
        """With the environment's values filled in; a UsageError if there is no key."""
        key_id = self.access_key_id or os.environ.get("GENAUTH_ACCESS_KEY_ID")
        secret = self.access_key_secret or os.environ.get("GENAUTH_ACCESS_KEY_SECRET")
        host = self.host or os.environ.get("GENAUTH_HOST")
        if not key_id or not secret:
            raise UsageError(
                "credentials are required: --access-key-id/--access-key-secret, or "
                "GENAUTH_ACCESS_KEY_ID/GENAUTH_ACCESS_KEY_SECRET"
            )
        return Connection(key_id, secret, host, self.auth)

    def client(self, **options: Any) -> AsyncManagementClient:
        resolved = self.resolved()
        try:
            return AsyncManagementClient(
                access_key_id=resolved.access_key_id,
                access_key_secret=resolved.access_key_secret,
                host=resolved.host,
                auth=resolved.auth,
                **options,
            )
        except ValueError as exc:
            raise UsageError(str(exc)) from None


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    conn = parser.add_argument_group("connection")
    conn.add_argument("--access-key-id", help="default: $GENAUTH_ACCESS_KEY_ID")
    conn.add_argument("--access-key-secret", help="default: $GENAUTH_ACCESS_KEY_SECRET")
    conn.add_argument("--host", help="default: $GENAUTH_HOST or https://api.genauth.ai")
    conn.add_argument(
        "--auth",
        choices=["token", "signature"],
        default="token",
        help="token (the default: a management token, fetched once) or signature (every "
        "request signed with the access key, no token request: for short runs)",
    )


# -- bulk jobs ---------------------------------------------------------------------------------


@attrs.frozen
class InputOptions:
    path: Path
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    multiline_cells: bool = False
    """Whether a quoted CSV cell may hold line breaks (else a record spanning lines is an
    error: the sign of a quote never closed)."""


@attrs.frozen
class RunningOptions:
    concurrency: int = 32
    rate: float | None = None
    fail_fast: bool = False
    max_failures: int | None = None
    max_failure_ratio: float | None = None
    limit: int | None = None
    grace: float = 30.0
    dry_run: bool = False
    quiet: bool = False

    def bulk_options(self, total: int, progress: Any) -> bulk.RunOptions:
        return {
            "concurrency": self.concurrency,
            "rate": self.rate,
            "fail_fast": self.fail_fast,
            "max_failures": self.max_failures,
            "max_failure_ratio": self.max_failure_ratio,
            "max_inputs": self.limit,
            "total": total,
            "progress": progress,
            "grace": self.grace,
            "stop_on": (AuthenticationError, PermissionDeniedError),
        }


@attrs.frozen
class ResultsOptions:
    output: Path | None = None
    resume: Path | None = None
    overwrite: bool = False
    retry_unknown: bool = False
    follow_symlinks: bool = False


@attrs.frozen
class JobOptions:
    """What every bulk job takes: its input, connection, running and results options."""

    input: InputOptions
    connection: Connection
    running: RunningOptions
    results: ResultsOptions

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> JobOptions:
        return cls(
            InputOptions(Path(ns.input), ns.max_line_bytes, ns.multiline_cells),
            Connection.from_namespace(ns),
            RunningOptions(
                concurrency=ns.concurrency,
                rate=ns.rate,
                fail_fast=ns.fail_fast,
                max_failures=ns.max_failures,
                max_failure_ratio=ns.max_failure_ratio,
                limit=ns.limit,
                grace=ns.grace,
                dry_run=ns.dry_run,
                quiet=ns.quiet,
            ),
            ResultsOptions(
                output=Path(ns.output) if ns.output else None,
                resume=Path(ns.resume) if ns.resume else None,
                overwrite=ns.overwrite,
                retry_unknown=getattr(ns, "retry_unknown", False),
                follow_symlinks=ns.follow_symlinks,
            ),
        )


def job_options_parser(*, input_help: str, retry_unknown: bool) -> argparse.ArgumentParser:
    """The options of every bulk job, as a parent parser."""
    common = argparse.ArgumentParser(add_help=False)
    what = common.add_argument_group("input")
    what.add_argument("--input", "-i", required=True, metavar="FILE", help=input_help)
    what.add_argument(
        "--max-line-bytes",
        type=positive_int,
        default=DEFAULT_MAX_LINE_BYTES,
        metavar="N",
        help=f"refuse an input line longer than N bytes (default {DEFAULT_MAX_LINE_BYTES:,})",
    )
    what.add_argument(
        "--multiline-cells",
        action="store_true",
        help="allow quoted CSV cells that hold line breaks (refused by default: a quote "
        "never closed would swallow the lines after it)",
    )
    add_connection_options(common)
    flow = common.add_argument_group("running")
    flow.add_argument("--concurrency", "-c", type=positive_int, default=32, help="default 32")
    flow.add_argument(
        "--rate", type=positive_float, help="requests per second at most (lowered on 429s)"
    )
    flow.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    flow.add_argument("--max-failures", type=positive_int, metavar="N", help="stop after N")
    flow.add_argument(
        "--max-failure-ratio", type=_ratio, metavar="X", help="stop when more than X fail"
    )
    flow.add_argument("--limit", type=positive_int, metavar="N", help="do at most N users")
    flow.add_argument(
        "--grace",
        type=non_negative_float,
        default=30.0,
        help="seconds calls in flight get to finish after Ctrl-C (default 30)",
    )
    flow.add_argument(
        "--dry-run", action="store_true", help="check the input file and send nothing"
    )
    res = common.add_argument_group("results")
    res.add_argument(
        "--output", "-o", metavar="FILE", help="write one JSON line per user (- for stdout)"
    )
    res.add_argument(
        "--resume",
        metavar="FILE",
        help="skip users already ok in this results file, and append to it (or to --output)",
    )
    res.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an --output file that already holds results (refused otherwise)",
    )
    res.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="write the results through a symbolic link (refused otherwise)",
    )
    if retry_unknown:
        res.add_argument(
            "--retry-unknown",
            action="store_true",
            help="with --resume: also send again the lines whose call may have taken effect "
            "(a non-idempotent method only)",
        )
    res.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    return common
