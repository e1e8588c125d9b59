"""The user jobs: ``mfa set|get``, ``principal-auth reset|get`` and ``users kick``, each a
file of users and one endpoint method of ``bulk``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from .. import bulk
from ..client import AsyncManagementClient
from ..models.users import MfaTriggerData
from ._command import Work
from ._errors import UsageError
from ._inputs import (
    USER_ID_TYPES,
    BadRow,
    Format,
    Row,
    format_of,
    input_json,
    parse_mfa_json,
    user_fingerprint,
    user_rows,
)
from ._job import Job, run_job
from ._options import InputOptions, JobOptions, job_options_parser

__all__ = ["GROUPS", "USER_COMMANDS", "UserCommand"]

#: the command groups of the user jobs, for ``genauth-async --help``
GROUPS: Final = {
    "mfa": "set or read users' MFA status",
    "principal-auth": "reset or read real-name authentication",
    "users": "user sessions",
}

_NO_MFA: Final = "no mfa for this user, and no --mfa-json given"


@attrs.frozen
class UserOptions:
    job: JobOptions
    user_id_type: str | None
    mfa: MfaTriggerData | None = None
    """``--mfa-json``: for the rows without their own mfa."""
    app_ids: list[str] | None = None


def _app_ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("give at least one app id")
    return ids


@attrs.frozen
class UserCommand:
    """A command of the dispatch table: one ``bulk`` job function over a file of users."""

    name: str
    help: str
    job: Callable[..., bulk.BulkRun[Any, Any]]
    """The ``bulk`` job function: called with the client, the rows, ``user_id_type``, the
    run options, and ``mfa_trigger_data`` or ``app_ids`` when the command takes them."""
    needs_mfa: bool = False
    """Takes ``--mfa-json`` (and a per-row mfa)."""
    needs_app_ids: bool = False
    keeps_result: bool = False
    """Writes each answer into the results file (the get commands)."""

    def parse(self, prog: str, argv: list[str]) -> Work:
        parser = argparse.ArgumentParser(
            prog=prog,
            description=self.help,
            parents=[
                job_options_parser(
                    input_help=".txt (one user id per line), .csv (user_id[, user_id_type, "
                    "mfa] columns) or .jsonl (objects with user_id[, user_id_type, mfa])",
                    retry_unknown=False,
                )
            ],
        )
        parser.add_argument(
            "--user-id-type",
            choices=USER_ID_TYPES,
            help="how the file's user ids are to be read, unless a row says (default: user_id)",
        )
        if self.needs_mfa:
            parser.add_argument(
                "--mfa-json",
                metavar="JSON",
                help="MfaTriggerData in camelCase, for rows without their own mfa",
            )
        if self.needs_app_ids:
            parser.add_argument(
                "--app-ids", type=_app_ids, required=True, help="comma-separated application ids"
            )
        ns = parser.parse_args(argv)
        mfa = None
        if getattr(ns, "mfa_json", None) is not None:
            try:
                mfa = parse_mfa_json(ns.mfa_json, "--mfa-json")
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        options = UserOptions(
            JobOptions.from_namespace(ns), ns.user_id_type, mfa, getattr(ns, "app_ids", None)
        )
        return lambda: self.run(options)

    async def run(self, options: UserOptions) -> int:
        fmt = format_of(options.job.input.path)
        if self.needs_mfa and options.mfa is None and fmt == "txt":
            raise UsageError(
                f"{self.name} needs --mfa-json (the MfaTriggerData to set, in camelCase): a .txt "
                "file has only user ids; or give each user's mfa in a .csv column or .jsonl field"
            )
        return await run_job(_UserJob(self, options), options.job, fmt)


class _UserJob(Job):
    def __init__(self, command: UserCommand, options: UserOptions) -> None:
        self.command = command
        self.options = options
        self.label = command.name
        self.keeps_result = command.keeps_result
        self.missing_flag = _NO_MFA if command.needs_mfa else None

    def rows(self, source: InputOptions, fmt: Format) -> Iterator[Row | BadRow]:
        return user_rows(source, fmt, parse_mfa=self.command.needs_mfa)

    def problem(self, row: Row) -> str | None:
        if self.command.needs_mfa and row.mfa_trigger_data is None and self.options.mfa is None:
            return _NO_MFA
        return None

    def flag_error(self, path: Path, rows: int, missing: int, first: int) -> str:
        if rows == 0:
            return (
                f"{path.name}: no row has its own mfa, and --mfa-json (the MfaTriggerData to "
                "set, in camelCase) was not given"
            )
        return (
            f"{path.name}: {missing:,} rows have no mfa (first: line {first}), and --mfa-json "
            "(the default for them) was not given"
        )

    def record(self, row: Row) -> dict[str, Any]:
        return input_json(row, self.options.user_id_type)

    def fingerprint(self, record: Any) -> int:
        return user_fingerprint(record["user_id"], record.get("user_id_type"))

    def shown(self, row: Any) -> str:
        return str(input_json(row, None)["user_id"])

    def start(
        self,
        client: AsyncManagementClient,
        rows: Iterator[Any],
        options: bulk.RunOptions,
        on_send: Callable[[Any], None] | None = None,
    ) -> bulk.BulkRun[Any, Any]:
        # every user job is idempotent: nothing to record before sending
        command, given = self.command, self.options
        extra: dict[str, Any] = {}
        if command.needs_mfa:
            extra["mfa_trigger_data"] = given.mfa
        if command.needs_app_ids:
            extra["app_ids"] = given.app_ids
        return command.job(client, rows, user_id_type=given.user_id_type, **extra, **options)


USER_COMMANDS: Final[dict[tuple[str, ...], UserCommand]] = {
    ("mfa", "set"): UserCommand(
        "mfa set", "set_users_mfa_status", bulk.set_mfa_status, needs_mfa=True
    ),
    ("mfa", "get"): UserCommand(
        "mfa get", "get_user_mfa_status", bulk.get_mfa_status, keeps_result=True
    ),
    ("principal-auth", "reset"): UserCommand(
        "principal-auth reset",
        "reset_user_principal_authentication_info",
        bulk.reset_principal_auth,
    ),
    ("principal-auth", "get"): UserCommand(
        "principal-auth get",
        "get_user_principal_authentication_info",
        bulk.get_principal_auth,
        keeps_result=True,
    ),
    ("users", "kick"): UserCommand("users kick", "kick_users", bulk.kick_users, needs_app_ids=True),
}
