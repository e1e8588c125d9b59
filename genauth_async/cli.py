"""``genauth-async``: bulk MFA, real-name and session jobs from a file of users.

    genauth-async mfa set --input users.csv --mfa-json '{"mfaToken": "...", ...}'
    genauth-async principal-auth reset --input users.txt --user-id-type email
    genauth-async users kick --input users.jsonl --app-ids app1,app2
    genauth-async demo

Input files are read twice, as streams: once to check every row (nothing is sent if a row is
bad), then to do the work. Exit codes: 0 every input succeeded, 1 some failed (or the run
stopped early), 2 bad usage or a bad input file, 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import heapq
import itertools
import os
import shlex
import signal
import sys
import tempfile
import threading
import time
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Literal, NoReturn, TypeVar

import attrs
import orjson
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from . import _methods, bulk
from ._checks import as_model, wire_path
from ._convert import converter
from ._version import __version__
from .client import AsyncManagementClient
from .errors import (
    AuthenticationError,
    GenAuthAPIError,
    GenAuthError,
    PermissionDeniedError,
    ResponseValidationError,
)
from .models.users import MfaTriggerData, UserIdType

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

_PROG: Final = "genauth-async"
_USER_ID_TYPES: Final = [t.value for t in UserIdType]
_FORMATS: Final = {".txt": "txt", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_MAX_REPORTED_ERRORS: Final = 20
_MAX_REPORTED_FAILURES: Final = 10
_STOP_REASONS: Final = {
    "fail_fast": "--fail-fast",
    "max_failures": "--max-failures",
    "max_failure_ratio": "--max-failure-ratio",
    "stop_on": "permission denied",
}
_PLAIN_PROGRESS_EVERY: Final = 5.0  # seconds between progress lines when stderr is no TTY
#: the width of output that is not a terminal (a pipe, a file): lines are never wrapped and
#: tables keep their natural width, so that grep and other tools see whole lines and ids
_PIPE_WIDTH: Final = 10_000

Format = Literal["txt", "csv", "jsonl"]


class _UsageError(Exception):
    """Bad arguments or a bad input file: exit code 2, nothing sent."""


class _OutputError(Exception):
    """The results file could not be written: the run stops, exit code 1."""


# -- jobs --------------------------------------------------------------------------------------


@attrs.frozen
class _UserCommand:
    name: str
    needs_mfa: bool = False
    keeps_result: bool = False  # get jobs write the result into the output file


_JOBS: Final = {
    ("mfa", "set"): _UserCommand("mfa set", needs_mfa=True),
    ("mfa", "get"): _UserCommand("mfa get", keeps_result=True),
    ("principal-auth", "reset"): _UserCommand("principal-auth reset"),
    ("principal-auth", "get"): _UserCommand("principal-auth get", keeps_result=True),
    ("users", "kick"): _UserCommand("users kick"),
}

_NO_MFA: Final = "no mfa for this user, and no --mfa-json given"


class _Job:
    """What a bulk command does with each row of its input file: every command (the user
    jobs and ``bulk METHOD``) runs through :func:`_run_job` with one of these."""

    label: str
    method = ""
    """The endpoint method, named in messages about it."""
    noun = "users"
    column = "user"
    keeps_result = False
    idempotent = True

    def rows(self, path: Path, fmt: Format) -> Iterator[Any]:
        raise NotImplementedError

    def problem(self, row: Any) -> str | None:
        """What is wrong with a row that parsed, beyond its syntax (None: nothing)."""
        return None

    def record(self, row: Any) -> dict[str, Any]:
        """The row as the results file names it (``input``)."""
        raise NotImplementedError

    def fingerprint(self, record: Any) -> int:
        """Of a results file's ``input``: never 0, which marks "not done"."""
        raise NotImplementedError

    def shown(self, row: Any) -> str:
        raise NotImplementedError

    def start(
        self,
        client: AsyncManagementClient,
        rows: Iterator[Any],
        options: bulk.RunOptions,
        on_send: Callable[[Any], None] | None = None,
    ) -> bulk.BulkRun[Any, Any]:
        """The run; ``on_send(row)`` (given for a non-idempotent method) is called just
        before each call of a row is sent."""
        raise NotImplementedError


class _UserJob(_Job):
    """One of the user commands (``mfa set``, ``users kick`` ...): a file of users."""

    def __init__(
        self,
        command: _UserCommand,
        default_type: str | None,
        default_mfa: MfaTriggerData | None,
        app_ids: list[str] | None,
    ) -> None:
        self.command = command
        self.label = command.name
        self.keeps_result = command.keeps_result
        self.default_type = default_type
        self.default_mfa = default_mfa
        self.app_ids = app_ids

    def rows(self, path: Path, fmt: Format) -> Iterator[_Row | _BadRow]:
        return _read_rows(path, fmt, parse_mfa=self.command.needs_mfa)

    def problem(self, row: _Row) -> str | None:
        if self.command.needs_mfa and row.mfa_trigger_data is None and self.default_mfa is None:
            return _NO_MFA
        return None

    def record(self, row: _Row) -> dict[str, Any]:
        return _input_json(row, self.default_type)

    def fingerprint(self, record: Any) -> int:
        return _fingerprint(record["user_id"], record.get("user_id_type"))

    def shown(self, row: Any) -> str:
        return str(_input_json(row, None)["user_id"])

    def start(
        self,
        client: AsyncManagementClient,
        rows: Iterator[Any],
        options: bulk.RunOptions,
        on_send: Callable[[Any], None] | None = None,
    ) -> bulk.BulkRun[Any, Any]:
        # every user job is idempotent: nothing to record before sending
        uit, name = self.default_type, self.command.name
        if name == "mfa set":
            return bulk.set_mfa_status(
                client, rows, mfa_trigger_data=self.default_mfa, user_id_type=uit, **options
            )
        if name == "mfa get":
            return bulk.get_mfa_status(client, rows, user_id_type=uit, **options)
        if name == "principal-auth reset":
            return bulk.reset_principal_auth(client, rows, user_id_type=uit, **options)
        if name == "principal-auth get":
            return bulk.get_principal_auth(client, rows, user_id_type=uit, **options)
        assert self.app_ids is not None
        return bulk.kick_users(client, rows, app_ids=self.app_ids, user_id_type=uit, **options)


@attrs.frozen(slots=True, eq=False)
class _ArgsRow:
    """A line of a ``bulk METHOD`` input file: the method's arguments (Python names, JSON
    values), with the line it came from."""

    line: int
    args: dict[str, Any]


class _EndpointJob(_Job):
    """``genauth-async bulk METHOD``: any endpoint method, one call per line."""

    noun = "inputs"
    column = "input"
    keeps_result = True

    def __init__(self, info: _methods.MethodInfo, constants: dict[str, Any]) -> None:
        self.info = info
        self.label = f"bulk {info.name}"
        self.method = info.name
        self.idempotent = info.idempotent
        self.constants = constants

    def rows(self, path: Path, fmt: Format) -> Iterator[_ArgsRow | _BadRow]:
        return _file_rows(path, fmt, self._jsonl_row, self._csv_rows)

    def _jsonl_row(self, text: str, line: int) -> _ArgsRow | _BadRow:
        try:
            obj = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            return _BadRow(line, f"not valid JSON: {exc}")
        if not isinstance(obj, dict):
            return _BadRow(line, f"expected a JSON object, got {type(obj).__name__}")
        args: dict[str, Any] = {}
        try:
            for key, value in obj.items():
                param = self.info.param(key)
                if param.name in args:
                    raise ValueError(f"{param.name} is given twice")
                if value is not None:
                    args[param.name] = param.from_json(value)
        except ValueError as exc:
            return _BadRow(line, str(exc))
        return _ArgsRow(line, args)

    def _csv_rows(self, handle: IO[str]) -> Iterator[_ArgsRow | _BadRow]:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
            if header is None:
                return
            columns: list[_methods.Param] = []
            try:
                for name in header:
                    param = self.info.param(name.strip())
                    if any(c.name == param.name for c in columns):
                        raise ValueError(f"two columns give {param.name}")
                    columns.append(param)
            except ValueError as exc:
                yield _BadRow(reader.line_num, f"the CSV header: {exc}")
                return
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(columns):
                    yield _BadRow(
                        reader.line_num, f"{len(record)} cells, but {len(columns)} columns"
                    )
                    continue
                args: dict[str, Any] = {}
                try:
                    for param, cell in zip(columns, record, strict=False):
                        if cell.strip():
                            args[param.name] = param.from_text(cell.strip())
                except ValueError as exc:
                    yield _BadRow(reader.line_num, str(exc))
                    continue
                yield _ArgsRow(reader.line_num, args)
        except csv.Error as exc:
            yield _BadRow(reader.line_num, f"not valid CSV: {exc}")

    def problem(self, row: _ArgsRow) -> str | None:
        try:
            _methods.rehearse(self.info.name, {**self.constants, **row.args})
        except (TypeError, ValueError) as exc:
            return str(exc)
        return None

    def record(self, row: _ArgsRow) -> dict[str, Any]:
        return row.args

    def fingerprint(self, record: Any) -> int:
        if not isinstance(record, dict):
            raise TypeError("input is not an object")
        return zlib.crc32(orjson.dumps(record, option=orjson.OPT_SORT_KEYS)) | 1

    def shown(self, row: Any) -> str:
        return orjson.dumps(row.args).decode() if isinstance(row, _ArgsRow) else str(row)

    def start(
        self,
        client: AsyncManagementClient,
        rows: Iterator[Any],
        options: bulk.RunOptions,
        on_send: Callable[[Any], None] | None = None,
    ) -> bulk.BulkRun[Any, Any]:
        return bulk.for_endpoint(
            client,
            self.info.name,
            rows,
            args=_row_args,
            constants=self.constants,
            on_send=on_send,
            **options,
        )


def _row_args(row: _ArgsRow) -> dict[str, Any]:
    return row.args


# -- input files -------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Row(bulk.UserTarget):
    """A user from the input file, with the line it came from."""

    line: int = 0

    def fingerprint(self, default_type: str | None) -> int:
        return _fingerprint(self.user_id, self.user_id_type or default_type)


@attrs.frozen(slots=True)
class _BadRow:
    line: int
    message: str


def _fingerprint(user_id: str, user_id_type: str | None) -> int:
    # never 0, which marks "not done" in the resume index
    return zlib.crc32(f"{user_id}\x00{user_id_type or ''}".encode()) | 1


def _format_of(path: Path) -> Format:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise _UsageError(
            f"cannot tell the format of {path.name}: name it .txt (one user id per line), "
            ".csv (a user_id column) or .jsonl (objects with user_id)"
        )
    return fmt  # type: ignore[return-value]


def _read_rows(path: Path, fmt: Format, *, parse_mfa: bool) -> Iterator[_Row | _BadRow]:
    """Every row of a users file, or what is wrong with it."""

    def line_row(text: str, line: int) -> _Row | _BadRow:
        if fmt == "txt":
            return _Row(text.strip(), line=line)
        return _jsonl_row(text, line, parse_mfa)

    return _file_rows(path, fmt, line_row, lambda handle: _csv_rows(handle, parse_mfa))


R = TypeVar("R")


def _file_rows(
    path: Path,
    fmt: Format,
    line_row: Callable[[str, int], R | _BadRow],
    csv_rows: Callable[[IO[str]], Iterator[R | _BadRow]],
) -> Iterator[R | _BadRow]:
    """Every row of an input file (.txt/.jsonl: ``line_row`` per non-blank line; .csv:
    ``csv_rows``), or what is wrong with it; one line in memory at a time."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise _UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        line = 0
        try:
            if fmt == "csv":
                yield from csv_rows(handle)
            else:
                for line, text in enumerate(handle, 1):
                    if text.strip():
                        yield line_row(text, line)
        except UnicodeDecodeError:
            yield _BadRow(line + 1, "the file is not UTF-8 text")


def _csv_rows(handle: IO[str], parse_mfa: bool) -> Iterator[_Row | _BadRow]:
    reader = csv.reader(handle)
    try:
        header = next(reader, None)
        if header is None:
            return
        columns = {name.strip(): i for i, name in enumerate(header)}
        if "user_id" not in columns:
            found = ", ".join(repr(name) for name in header) or "nothing"
            yield _BadRow(reader.line_num, f"the CSV header has no user_id column (found {found})")
            return
        uid_at, type_at, mfa_at = (
            columns["user_id"],
            columns.get("user_id_type"),
            columns.get("mfa"),
        )
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            line = reader.line_num

            def cell(at: int | None, record: list[str] = record) -> str | None:
                value = record[at].strip() if at is not None and at < len(record) else ""
                return value or None

            yield _make_row(line, cell(uid_at), cell(type_at), cell(mfa_at), parse_mfa)
    except csv.Error as exc:
        yield _BadRow(reader.line_num, f"not valid CSV: {exc}")


def _jsonl_row(text: str, line: int, parse_mfa: bool) -> _Row | _BadRow:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return _BadRow(line, f"not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return _BadRow(line, f"expected a JSON object, got {type(obj).__name__}")
    user_id, user_id_type, mfa = obj.get("user_id"), obj.get("user_id_type"), obj.get("mfa")
    if user_id is not None and not isinstance(user_id, str):
        return _BadRow(line, "user_id must be a string")
    if user_id_type is not None and not isinstance(user_id_type, str):
        return _BadRow(line, "user_id_type must be a string")
    return _make_row(line, user_id, user_id_type, mfa, parse_mfa)


def _make_row(
    line: int, user_id: str | None, user_id_type: str | None, mfa: Any, parse_mfa: bool
) -> _Row | _BadRow:
    if not user_id or not user_id.strip():
        return _BadRow(line, "user_id is missing or empty")
    if user_id_type is not None and user_id_type not in _USER_ID_TYPES:
        return _BadRow(
            line,
            f"unknown user_id_type {user_id_type!r} (one of: {', '.join(_USER_ID_TYPES)})",
        )
    data: MfaTriggerData | None = None
    if parse_mfa and mfa is not None:
        try:
            data = _parse_mfa(mfa, "mfa")
        except ValueError as exc:
            return _BadRow(line, str(exc))
    return _Row(user_id.strip(), user_id_type, data, line=line)


_JSON_TYPES: Final = {list: "an array", str: "a string", int: "a number", float: "a number"}


def _parse_mfa(value: Any, name: str) -> MfaTriggerData:
    """MfaTriggerData from a camelCase JSON object, or a string holding one; a ValueError
    names ``name`` and the wire (camelCase) path of every problem."""
    if isinstance(value, str):
        try:
            value = orjson.loads(value)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"{name}: not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        got = _JSON_TYPES.get(type(value), "null" if value is None else type(value).__name__)
        raise ValueError(f"{name} must be a JSON object (MfaTriggerData in camelCase), got {got}")
    try:
        return as_model(value, MfaTriggerData, name)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


#: ``$.application_mfa[0]`` -> ``$.applicationMfa[0]``, as the JSON the user wrote spells it
_wire_path: Final = wire_path


# -- resume ------------------------------------------------------------------------------------


class _ResumeIndex:
    """Which input lines a results file says are done: 4 bytes per line, not per input.

    Each done line keeps a fingerprint of its input, so a changed input file is noticed
    instead of skipping the wrong inputs. Lines whose call failed but may have taken effect
    (``"unknown": true``, written for non-idempotent methods) are kept apart, and so are the
    lines with a ``"sent": true`` record (written before each call of a non-idempotent method)
    but no outcome after it: the process ended (was killed) while they were in flight. Only
    the lines in flight at once are held while reading, so memory stays bounded.
    """

    def __init__(self) -> None:
        self._fingerprints: array[int] = array("I")
        self.done = 0
        self.unreadable = 0
        self.unknown: dict[int, int] = {}
        self.unfinished: set[int] = set()
        """Of ``unknown``: the lines sent with no outcome recorded (the process was killed)."""

    @classmethod
    def load(cls, path: Path, job: _Job) -> _ResumeIndex:
        index = cls()
        in_flight: dict[int, int] = {}  # line -> fingerprint: sent, no outcome yet
        if not path.exists():
            return index
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise _UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
        with handle:
            for raw in handle:
                if not raw.strip():
                    continue
                try:
                    record = orjson.loads(raw)
                    line, ok = record["line"], record["ok"]
                    fingerprint = job.fingerprint(record["input"])
                    unknown = record.get("unknown") is True
                    sent = record.get("sent") is True
                except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
                    index.unreadable += 1  # e.g. a line cut short by a crash: redo it
                    continue
                if not isinstance(line, int) or line <= 0:
                    continue
                if sent:
                    in_flight[line] = fingerprint  # until its outcome follows
                    continue
                in_flight.pop(line, None)
                if ok is True:
                    index._mark(line, fingerprint)
                elif unknown:
                    index.unknown.setdefault(line, fingerprint)
        for line, fingerprint in in_flight.items():
            # sent, and the run ended before its outcome: it may have taken effect
            if line not in index.unknown:
                index.unknown[line] = fingerprint
                index.unfinished.add(line)
        for line in [n for n in index.unknown if index._recorded(n)]:
            del index.unknown[line]  # done on a later run
            index.unfinished.discard(line)
        return index

    def _recorded(self, line: int) -> int:
        fps = self._fingerprints
        return fps[line] if line < len(fps) else 0

    def _mark(self, line: int, fingerprint: int) -> None:
        fps = self._fingerprints
        if line >= len(fps):
            fps.extend(itertools.repeat(0, line + 1 - len(fps)))
        if fps[line] == 0:
            self.done += 1
        fps[line] = fingerprint

    def state(self, line: int, fingerprint: int) -> Literal["todo", "done", "unknown", "other"]:
        """Whether the input on ``line`` is done, of unknown outcome, or not done; "other" if
        the results file has another input on that line."""
        recorded = self._recorded(line) or self.unknown.get(line, 0)
        if recorded == 0:
            return "todo"
        if recorded != fingerprint:
            return "other"
        return "unknown" if line in self.unknown else "done"


# -- checking the file -------------------------------------------------------------------------


@attrs.define
class _Check:
    rows: int = 0
    skipped: int = 0
    errors: list[_BadRow] = attrs.Factory(list)
    error_count: int = 0
    missing_mfa: int = 0
    unknown: int = 0
    """Lines an earlier run left of unknown outcome (a non-idempotent call that may have
    taken effect)."""
    unknown_lines: list[int] = attrs.Factory(list)
    unfinished: int = 0
    """Of ``unknown``: lines sent by an earlier run that ended before their outcome."""

    def add_error(self, bad: _BadRow) -> None:
        self.error_count += 1
        if len(self.errors) < _MAX_REPORTED_ERRORS:
            self.errors.append(bad)


def _check_file(path: Path, fmt: Format, job: _Job, resume: _ResumeIndex | None) -> _Check:
    check = _Check()
    matched = 0
    for row in job.rows(path, fmt):
        if isinstance(row, _BadRow):
            check.add_error(row)
            continue
        problem = job.problem(row)
        if problem is not None:
            check.add_error(_BadRow(row.line, problem))
            check.missing_mfa += problem == _NO_MFA
            continue
        check.rows += 1
        if resume is not None:
            state = resume.state(row.line, job.fingerprint(job.record(row)))
            if state == "other":
                check.add_error(
                    _BadRow(
                        row.line,
                        f"the results file records another {job.noun[:-1]} for this line; the "
                        "input file (or --user-id-type) changed since that run",
                    )
                )
            elif state == "done":
                check.skipped += 1
                matched += 1
            elif state == "unknown":
                check.unknown += 1
                check.unfinished += row.line in resume.unfinished
                if len(check.unknown_lines) < _MAX_REPORTED_ERRORS:
                    check.unknown_lines.append(row.line)
                matched += 1
    if check.rows == 0 and check.error_count == 0:
        check.add_error(_BadRow(1, f"the file has no {job.noun}"))
    recorded = 0 if resume is None else resume.done + len(resume.unknown)
    if resume is not None and check.error_count == 0 and matched != recorded:
        check.add_error(
            _BadRow(
                0,
                f"the results file records {recorded - matched} finished lines that are "
                "not in this input file; it was written for another input",
            )
        )
    return check


def _pending_rows(
    path: Path, fmt: Format, job: _Job, resume: _ResumeIndex | None, redo_unknown: bool
) -> Iterator[Any]:
    wanted = ("todo", "unknown") if redo_unknown else ("todo",)
    for row in job.rows(path, fmt):
        if isinstance(row, _BadRow):
            raise _UsageError(f"{path.name}: line {row.line}: {row.message} (the file changed)")
        if resume is None:
            yield row
            continue
        state = resume.state(row.line, job.fingerprint(job.record(row)))
        if state in wanted:
            yield row
        elif state == "other":
            raise _UsageError(
                f"{path.name}: line {row.line}: another {job.noun[:-1]} (the file changed)"
            )


# -- output ------------------------------------------------------------------------------------


class _ResultsFile:
    """One JSON line per outcome; flushed every fraction of a second so a crash loses little.

    For a non-idempotent method, a ``"sent": true`` record of the line is also written and
    flushed before each call is sent (:meth:`sent`), so that a process killed outright leaves
    the lines in flight as "unknown" for ``--resume`` instead of sending them again.
    """

    def __init__(self, path: Path | None, *, append: bool, job: _Job) -> None:
        self._job = job
        self._handle: IO[bytes] | None = None
        self._stdout = path is not None and str(path) == "-"
        self._last_flush = 0.0
        self._error: _OutputError | None = None
        if path is None:
            return
        if self._stdout:
            self._handle = sys.stdout.buffer
            return
        try:
            needs_newline = append and path.exists() and _ends_without_newline(path)
            self._handle = path.open("ab" if append else "wb")
        except OSError as exc:
            raise _UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
        if needs_newline:  # the previous run died mid-line
            self._handle.write(b"\n")

    @property
    def records_sent(self) -> bool:
        """Whether :meth:`sent` records anything: a non-idempotent method, to a file that
        ``--resume`` can read (not stdout)."""
        return not self._job.idempotent and self._handle is not None and not self._stdout

    def sent(self, row: Any) -> None:
        """Record that the call of ``row`` is about to be sent; on the disk (as far as the
        operating system is concerned) before it is. Raises :class:`_OutputError` (and the
        call is not sent) if that cannot be written."""
        if self._handle is None:
            if self._error is not None:
                raise self._error
            return
        record = {"line": getattr(row, "line", None), "input": self._job.record(row)}
        try:
            self._handle.write(orjson.dumps({**record, "ok": None, "sent": True}) + b"\n")
            self._handle.flush()
        except OSError as exc:
            self._fail(exc)

    def write(self, outcome: bulk.Outcome[Any, Any]) -> None:
        if self._handle is None:
            if self._error is not None:
                raise self._error
            return
        row = outcome.input
        record: dict[str, Any] = {
            "line": getattr(row, "line", None),
            "input": self._job.record(row),
            "ok": outcome.ok,
            "error": None,
            "message": None,
            "requestId": None,
            "apiCode": None,
            "attempts": outcome.attempts,
            "elapsedMs": round(outcome.elapsed * 1000, 1),
        }
        if outcome.error is not None:
            error = outcome.error
            record.update(
                error=error.kind,
                message=error.message,
                requestId=error.request_id,
                apiCode=error.api_code,
            )
        elif self._job.keeps_result:
            record["result"] = converter.unstructure(outcome.result)
        if not self._job.idempotent:
            # the call failed but may have taken effect: --resume does not send it again
            record["unknown"] = outcome.unknown
        try:
            self._handle.write(orjson.dumps(record) + b"\n")
            now = time.monotonic()
            if now - self._last_flush > 0.2:
                self._handle.flush()
                self._last_flush = now
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc: OSError) -> NoReturn:
        handle, self._handle = self._handle, None
        if self._stdout:
            # the reader went away (e.g. `| head`): keep the interpreter's final flush quiet
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        elif handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        self._error = _OutputError(f"cannot write the results: {exc.strerror or exc}")
        raise self._error from exc

    def close(self) -> None:
        if self._handle is not None:
            try:
                self._handle.flush()
                if not self._stdout:
                    self._handle.close()
            except OSError as exc:
                self._fail(exc)
            self._handle = None


def _ends_without_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        if handle.tell() == 0:
            return False
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _input_json(target: Any, default_type: str | None) -> dict[str, Any]:
    """The user as the results file names it, with the user id type that was used."""
    if isinstance(target, bulk.UserTarget):
        kind = target.user_id_type or default_type
        return {"user_id": target.user_id, "user_id_type": None if kind is None else str(kind)}
    return {"user_id": str(target), "user_id_type": default_type}


# -- progress and summary ----------------------------------------------------------------------


def _console(*, stderr: bool = False) -> Console:
    """A console for messages: on a terminal, its width; else no wrapping at all."""
    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=_PIPE_WIDTH)
    return console


class _Display:
    """The progress hook: a rich bar on a terminal, a line every few seconds otherwise."""

    def __init__(self, label: str, total: int, *, quiet: bool, console: Console) -> None:
        self._label = label
        self._total = total
        self._console = console
        self._mode = "none" if quiet else ("bar" if console.is_terminal else "lines")
        self._last_line = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _Display:
        if self._mode == "bar":
            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.completed:,.0f}/{task.total:,.0f}"),
                TextColumn("{task.fields[speed]}"),
                TextColumn("{task.fields[failed]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self._console,
            )
            self._bar.start()
            self._task = self._bar.add_task(
                self._label, total=self._total, speed="", failed="0 failed"
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, counts: bulk.Counts) -> None:
        speed = counts.done / counts.elapsed if counts.elapsed > 0 else 0.0
        limit = "" if counts.rate_limit is None else f" (limit {counts.rate_limit:.0f}/s)"
        if self._bar is not None and self._task is not None:
            failed = f"[red]{counts.failed} failed" if counts.failed else "0 failed"
            self._bar.update(
                self._task,
                completed=counts.done,
                speed=f"{speed:,.0f} ops/s{limit}",
                failed=failed,
            )
        elif self._mode == "lines":
            now = time.monotonic()
            if now - self._last_line >= _PLAIN_PROGRESS_EVERY:
                self._last_line = now
                self._console.print(
                    f"{self._label}: {counts.done:,}/{self._total:,} done, "
                    f"{counts.failed:,} failed, {speed:,.0f} ops/s{limit}",
                    highlight=False,
                )

    def note(self, message: str) -> None:
        if self._mode != "none":
            self._console.print(message, highlight=False)


class _FirstFailures:
    """The failed inputs with the lowest line numbers (cancelled ones are not failures),
    whatever order the outcomes arrive in."""

    def __init__(self, keep: int = _MAX_REPORTED_FAILURES) -> None:
        self._keep = keep
        self._heap: list[tuple[int, int, bulk.Outcome[Any, Any]]] = []  # max-heap on line

    def add(self, outcome: bulk.Outcome[Any, Any]) -> None:
        if outcome.ok or outcome.cancelled:
            return
        line = getattr(outcome.input, "line", None)
        key = (-(line if line is not None else outcome.index), -outcome.index, outcome)
        if len(self._heap) < self._keep:
            heapq.heappush(self._heap, key)
        elif key[:2] > self._heap[0][:2]:
            heapq.heapreplace(self._heap, key)

    def __bool__(self) -> bool:
        return bool(self._heap)

    def in_line_order(self) -> list[tuple[bulk.Outcome[Any, Any], int | None]]:
        ordered = sorted(self._heap, key=lambda item: item[:2], reverse=True)
        return [(outcome, getattr(outcome.input, "line", None)) for *_, outcome in ordered]


def _print_summary(
    console: Console,
    label: str,
    summary: bulk.Summary,
    check: _Check,
    failures: _FirstFailures,
    interrupted: bool,
    *,
    job: _Job | None = None,
    unknown: int = 0,
) -> None:
    table = Table(title=f"{_PROG} {label}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs in file", f"{check.rows:,}")
    if check.skipped:
        table.add_row("skipped (already ok)", f"{check.skipped:,}")
    if check.unknown:
        table.add_row("[yellow]unknown from before", f"{check.unknown:,}")
    table.add_row("processed", f"{summary.total:,}")
    table.add_row("[green]succeeded", f"{summary.succeeded:,}")
    table.add_row("[red]failed" if summary.failed else "failed", f"{summary.failed:,}")
    for kind, n in sorted(summary.failed_by_kind.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  {kind}", f"{n:,}")
    if summary.cancelled:
        table.add_row("[yellow]cancelled", f"{summary.cancelled:,}")
    if unknown:
        table.add_row("[yellow]may have taken effect", f"{unknown:,}")
    if summary.not_taken:
        table.add_row("[yellow]not taken", f"{summary.not_taken:,}")
    if interrupted:
        table.add_row("[yellow]stopped", "interrupted")
    elif summary.stop_reason == "fatal" and summary.stop_message:
        table.add_row("[yellow]stopped", summary.stop_message.split(":")[0])
    elif summary.stopped_early:
        reason = summary.stop_reason or ""
        table.add_row("[yellow]stopped", _STOP_REASONS.get(reason, reason))
    table.add_row("elapsed", f"{summary.elapsed:.2f} s")
    table.add_row("throughput", f"{summary.rate:,.1f} ops/s")
    if summary.p50 is not None and summary.p99 is not None:
        table.add_row(
            "latency p50 / p99", f"{summary.p50 * 1000:.0f} / {summary.p99 * 1000:.0f} ms"
        )
    if summary.rate_limited:
        table.add_row("429 answers", f"{summary.rate_limited:,}")
    if summary.rate_limit is not None:
        table.add_row("final rate limit", f"{summary.rate_limit:,.1f} req/s")
    console.print(table)
    if failures and summary.stop_reason not in ("fatal", "stop_on"):
        shown = Table(title="first failures", title_justify="left")
        for column in ("line", "user" if job is None else job.column, "error", "message"):
            shown.add_column(column, overflow="fold")
        for outcome, line in failures.in_line_order():
            error = outcome.error
            assert error is not None
            shown.add_row(
                "" if line is None else str(line),
                _input_json(outcome.input, None)["user_id"]
                if job is None
                else job.shown(outcome.input),
                error.kind,
                error.message,
            )
        console.print(shown)


# -- running a job -----------------------------------------------------------------------------


def _results_paths(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """The results file to resume from and the one to write; refuses to lose results."""
    resume = Path(args.resume) if args.resume else None
    output = Path(args.output) if args.output else resume
    if resume is not None and args.overwrite:
        raise _UsageError(
            "--resume and --overwrite exclude each other: --resume keeps the results file "
            "and appends to it"
        )
    if resume is not None and not resume.is_file():
        raise _UsageError(
            f"--resume {resume}: no such results file (to start a new run, use --output)"
        )
    if (
        output is not None
        and str(output) != "-"
        and resume is None
        and not args.overwrite
        and output.is_file()
        and output.stat().st_size > 0
    ):
        raise _UsageError(
            f"{output} already holds results: add --resume {output} to do only the users "
            "not done yet, --overwrite to replace it, or choose another --output"
        )
    return resume, output


def _credentials(args: argparse.Namespace) -> tuple[str, str, str | None]:
    key_id = args.access_key_id or os.environ.get("GENAUTH_ACCESS_KEY_ID")
    secret = args.access_key_secret or os.environ.get("GENAUTH_ACCESS_KEY_SECRET")
    host = args.host or os.environ.get("GENAUTH_HOST")
    if not key_id or not secret:
        raise _UsageError(
            "credentials are required: --access-key-id/--access-key-secret, or "
            "GENAUTH_ACCESS_KEY_ID/GENAUTH_ACCESS_KEY_SECRET"
        )
    return key_id, secret, host


@contextlib.contextmanager
def _signals(on_signal: Callable[[], None]) -> Iterator[None]:
    """Route Ctrl-C and SIGTERM to ``on_signal`` (only possible in the main thread)."""
    installed: list[signal.Signals] = []
    if threading.current_thread() is threading.main_thread():
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, on_signal)
                installed.append(signum)
    try:
        yield
    finally:
        loop_ = asyncio.get_running_loop()
        for signum in installed:
            loop_.remove_signal_handler(signum)


async def _execute(args: argparse.Namespace) -> int:
    command = _JOBS[(args.group, args.action)]
    path = Path(args.input)
    fmt = _format_of(path)
    default_mfa = None
    if getattr(args, "mfa_json", None) is not None:
        try:
            default_mfa = _parse_mfa(args.mfa_json, "--mfa-json")
        except ValueError as exc:
            raise _UsageError(str(exc)) from None
    elif command.needs_mfa and fmt == "txt":
        raise _UsageError(
            f"{command.name} needs --mfa-json (the MfaTriggerData to set, in camelCase): a .txt "
            "file has only user ids; or give each user's mfa in a .csv column or .jsonl field"
        )
    job = _UserJob(command, args.user_id_type, default_mfa, getattr(args, "app_ids", None))
    return await _run_job(job, args, path, fmt)


async def _run_job(job: _Job, args: argparse.Namespace, path: Path, fmt: Format) -> int:
    """Check the whole file, then run the job over the rows not done yet; the exit code."""
    credentials = None if args.dry_run else _credentials(args)
    resume_path, output_path = _results_paths(args)
    resume = _ResumeIndex.load(resume_path, job) if resume_path is not None else None
    redo_unknown: bool = getattr(args, "retry_unknown", False)
    noun = job.noun
    err = _console(stderr=True)
    out = _console(stderr=output_path is not None and str(output_path) == "-")
    if resume is not None and resume.unreadable:
        err.print(
            f"note: {resume.unreadable} unreadable line(s) in {resume_path}; "
            "their inputs will be done again"
        )

    check = _check_file(path, fmt, job, resume)
    if check.missing_mfa and check.missing_mfa == check.error_count:
        # not a problem of some rows: the flag is missing
        raise _UsageError(
            f"{path.name}: no row has its own mfa, and --mfa-json (the MfaTriggerData to set, "
            "in camelCase) was not given"
            if check.missing_mfa == check.rows + check.missing_mfa
            else f"{path.name}: {check.missing_mfa:,} rows have no mfa (first: line "
            f"{check.errors[0].line}), and --mfa-json (the default for them) was not given"
        )
    if check.error_count:
        for bad in check.errors:
            where = f"line {bad.line}: " if bad.line else ""
            err.print(f"{_PROG}: error: {path.name}: {where}{bad.message}", markup=False)
        if check.error_count > len(check.errors):
            err.print(f"{_PROG}: ... and {check.error_count - len(check.errors)} more bad rows")
        err.print(f"{_PROG}: nothing was sent")
        return EXIT_USAGE
    held_back = 0 if redo_unknown else check.unknown
    if held_back:
        lines = ", ".join(str(n) for n in check.unknown_lines)
        more = ", ..." if held_back > len(check.unknown_lines) else ""
        failed = held_back - check.unfinished
        reasons = []
        if failed:
            reasons.append(
                f"{failed:,} line(s) failed in an earlier run in a way that may have taken effect"
            )
        if check.unfinished:
            reasons.append(
                f"{check.unfinished:,} line(s) were sent by an earlier run that ended (was "
                "killed) before their outcome was recorded, so they may have taken effect"
            )
        err.print(
            f"{_PROG}: {'; '.join(reasons)} ({job.method} is not idempotent): lines {lines}{more}. "
            "They are not sent again: check them at GenAuth, then rerun with --retry-unknown "
            "to send them anyway, or leave them out",
            markup=False,
        )
    todo = check.rows - check.skipped - held_back
    if args.dry_run:
        skipped = f", {check.skipped:,} already done" if resume is not None else ""
        out.print(
            f"{path.name}: {check.rows:,} {noun}, all rows valid{skipped}; "
            f"{todo:,} would be sent (dry run: nothing sent)",
            highlight=False,
        )
        return EXIT_OK
    assert credentials is not None
    key_id, secret, host = credentials
    if todo == 0:
        if held_back:
            out.print(f"{path.name}: nothing left to send but the lines above", highlight=False)
            return EXIT_FAILED
        out.print(f"{path.name}: all {check.rows:,} {noun} are already done", highlight=False)
        return EXIT_OK

    display = _Display(job.label, todo, quiet=args.quiet, console=err)
    options: bulk.RunOptions = {
        "concurrency": args.concurrency,
        "rate": args.rate,
        "fail_fast": args.fail_fast,
        "max_failures": args.max_failures,
        "max_failure_ratio": args.max_failure_ratio,
        "max_inputs": args.limit,
        "total": todo,
        "progress": display,
        "grace": args.grace,
        "stop_on": (AuthenticationError, PermissionDeniedError),
    }
    failures = _FirstFailures()
    unknown = 0
    unknown_lines: list[int] = []  # the first ones in line order (a max-heap, negated)
    interrupts = 0
    input_error: _UsageError | None = None
    output_error: _OutputError | None = None
    results = _ResultsFile(output_path, append=resume_path is not None, job=job)
    try:
        client = AsyncManagementClient(
            access_key_id=key_id,
            access_key_secret=secret,
            host=host,
            retry=bulk.BULK_RETRY_POLICY,
            connection_limit=max(100, args.concurrency),
        )
    except ValueError as exc:
        results.close()
        raise _UsageError(str(exc)) from None
    async with client:
        rows = _pending_rows(path, fmt, job, resume, redo_unknown)
        run = job.start(
            client, rows, options, on_send=results.sent if results.records_sent else None
        )

        def interrupt() -> None:
            nonlocal interrupts
            interrupts += 1
            if interrupts == 1:
                run.stop(grace=args.grace)
                display.note(
                    f"stopping: waiting up to {args.grace:g} s for {run.counts().in_flight} "
                    "calls in flight (Ctrl-C again to cancel them)"
                )
            else:
                run.abort()

        try:
            with _signals(interrupt), display:
                async with run:
                    try:
                        async for outcome in run:
                            results.write(outcome)
                            failures.add(outcome)
                            if not job.idempotent and outcome.unknown:
                                unknown += 1
                                at = getattr(outcome.input, "line", outcome.index)
                                heapq.heappush(unknown_lines, -at)
                                if len(unknown_lines) > _MAX_REPORTED_ERRORS:
                                    heapq.heappop(unknown_lines)
                    except _UsageError as exc:
                        input_error = exc
                    except _OutputError as exc:
                        output_error = exc
        finally:
            try:
                results.close()
            except _OutputError as exc:
                output_error = output_error or exc
    summary = run.summary
    _print_summary(
        out, job.label, summary, check, failures, interrupts > 0, job=job, unknown=unknown
    )
    if summary.stop_error is not None and summary.stop_reason in ("fatal", "stop_on"):
        # one message for a cause that concerns every input, instead of a failure per input
        error = summary.stop_error
        why = summary.stop_message or "GenAuth denied the access key this operation"
        again = f"; then rerun with --resume {output_path}" if output_path is not None else ""
        err.print(
            f"{_PROG}: stopped: {why} ({error.kind}: {error.message}). "
            f"{summary.not_taken or 0:,} {noun} were not taken{again}",
            markup=False,
        )
    if unknown:
        shown = ", ".join(str(-n) for n in sorted(unknown_lines, reverse=True))
        more = ", ..." if unknown > len(unknown_lines) else ""
        err.print(
            f"{_PROG}: {unknown:,} call(s) failed but may have taken effect ({job.method} "
            f"is not idempotent, so they were not retried): lines {shown}{more}. --resume "
            "does not send them again unless --retry-unknown is given",
            markup=False,
        )
    if input_error is not None:
        err.print(f"{_PROG}: error: {input_error}", markup=False)
        return EXIT_USAGE
    if output_error is not None:
        err.print(f"{_PROG}: error: {output_error}", markup=False)
        return EXIT_FAILED
    if interrupts:
        return EXIT_INTERRUPTED
    if summary.failed or summary.cancelled or summary.stopped_early or held_back:
        return EXIT_FAILED
    return EXIT_OK


# -- any endpoint: call and bulk ---------------------------------------------------------------

_DEST: Final = "arg:"


def _method_help(info: _methods.MethodInfo) -> str:
    op = _methods.operation(info.name)
    summary = " ".join(str(op.get("summary") or info.doc.split("\n\n", 1)[0]).split())
    safety = (
        "retried on failure (a replay is safe)"
        if info.idempotent
        else "not idempotent: never retried once it may have reached GenAuth"
    )
    lines = [summary, "", f"{info.http_method} {info.path}; {safety}."]
    if op.get("x-require-any-of"):
        lines.append("Needs at least one of: " + ", ".join(op["x-require-any-of"]) + ".")
    lines.append(
        "Arguments by their snake_case, dashed or camelCase names; nested objects as JSON "
        "(camelCase, as GenAuth sends them); lists as a JSON array or the option repeated."
    )
    return "\n".join(lines)


def _add_method_options(
    parser: argparse.ArgumentParser, info: _methods.MethodInfo, *, required_note: str
) -> None:
    taken = set(parser._option_string_actions)
    group = parser.add_argument_group(f"arguments of {info.name}")
    group.add_argument(
        "--json",
        metavar="OBJECT",
        dest=_DEST + "json",
        help="arguments as one JSON object (snake_case or camelCase names)",
    )
    group.add_argument(
        "--arg",
        metavar="NAME=VALUE",
        action="append",
        dest=_DEST + "arg",
        help="one argument by name (also for names the options below cannot take)",
    )
    for p in info.params:
        strings: list[str] = []
        for form in (p.name.replace("_", "-"), p.name, p.wire):
            option = "--" + form
            if option not in taken and option not in strings:
                strings.append(option)
        words = p.describe()
        if p.required:
            words += f" ({required_note})"
        if not strings:
            parser.epilog = (parser.epilog or "") + (
                f"{p.name} ({words}): give it with --arg {p.name}=VALUE or in --json. "
            )
            continue
        extra: dict[str, Any] = {}
        if p.kind == "bool":
            extra = {"nargs": "?", "const": "true"}
        elif p.kind == "list":
            extra = {"action": "append"}
        kind = p.item.kind if p.item is not None else p.kind
        metavar = {"bool": "BOOL", "int": "N", "float": "X", "str": "TEXT", "enum": "VALUE"}.get(
            kind, "JSON"
        )
        group.add_argument(*strings, dest=_DEST + p.name, metavar=metavar, help=words, **extra)


def _method_args(info: _methods.MethodInfo, ns: argparse.Namespace) -> dict[str, Any]:
    """The arguments given on the command line (Python names, JSON values)."""
    values = vars(ns)
    args: dict[str, Any] = {}

    def put(key: str, value: Any) -> None:
        name = info.param(key).name
        if name in args:
            raise ValueError(f"{name} is given twice")
        if value is not None:
            args[name] = value

    try:
        if (text := values.get(_DEST + "json")) is not None:
            try:
                obj = orjson.loads(text)
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"--json: not valid JSON: {exc}") from None
            if not isinstance(obj, dict):
                raise ValueError("--json must be a JSON object of arguments")
            for key, value in obj.items():
                put(key, info.param(key).from_json(value))
        for item in values.get(_DEST + "arg") or ():
            key, sep, text = item.partition("=")
            if not sep:
                raise ValueError(f"--arg takes NAME=VALUE, got {item!r}")
            put(key.strip(), info.param(key.strip()).from_text(text))
        for p in info.params:
            given = values.get(_DEST + p.name)
            if given is None:
                continue
            if p.kind == "list":
                put(p.name, [v for text in given for v in p.from_text(text)])
            else:
                put(p.name, p.from_text(given))
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    return args


def _describe_method(name: str) -> _methods.MethodInfo:
    try:
        return _methods.describe(name)
    except ValueError as exc:
        raise _UsageError(f"{exc}; '{_PROG} call --list' lists them") from None


def _module_of(name: str) -> str:
    return str(_methods.operation(name).get("x-module") or _methods.describe(name).module)


def _list_methods(module: str | None) -> None:
    by_module: dict[str, list[str]] = {}
    for name in _methods.method_names():
        by_module.setdefault(_module_of(name), []).append(name)
    if module is not None:
        wanted = module.replace("-", "_")
        if wanted not in by_module:
            raise _UsageError(f"no module {module!r}; the modules: {', '.join(sorted(by_module))}")
        by_module = {wanted: by_module[wanted]}
    out = _console()
    for mod in sorted(by_module):
        out.print(f"{mod}:", markup=False)
        for name in by_module[mod]:
            op = _methods.operation(name)
            safe = "" if op.get("x-idempotent", True) else "  [not idempotent]"
            summary = " ".join(str(op.get("summary", "")).split())
            out.print(f"  {name:<48} {summary}{safe}", markup=False)


def _call_main(argv: list[str]) -> argparse.Namespace:
    if not argv or argv[0] in ("-h", "--help") or argv[0] == "--list":
        parser = argparse.ArgumentParser(
            prog=f"{_PROG} call",
            description="Call one GenAuth Management API method: "
            f"'{_PROG} call METHOD --help' shows what it takes.",
        )
        parser.add_argument("--list", nargs="?", const="", metavar="MODULE", help="list methods")
        ns = parser.parse_args(argv)
        if ns.list is None:
            parser.error("give a METHOD, or --list [MODULE]")
        _list_methods(ns.list or None)
        raise SystemExit(EXIT_OK)
    info = _describe_method(argv[0])
    parser = argparse.ArgumentParser(
        prog=f"{_PROG} call {info.name}",
        usage="%(prog)s [--ARGUMENT VALUE ...] [--json OBJECT] [--format {json,table}]",
        description=_method_help(info),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _connection_options(parser)
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=["json", "table"],
        default="json",
        help="json (camelCase, as GenAuth sends it; the default) or a table",
    )
    out.add_argument("--timeout", type=_positive_float, help="seconds for the call (default 30)")
    _add_method_options(parser, info, required_note="required")
    ns = parser.parse_args(argv[1:])
    ns.group, ns.action, ns.method = "call", None, info
    return ns


def _bulk_main(argv: list[str]) -> argparse.Namespace:
    if not argv or argv[0].startswith("-"):
        parser = argparse.ArgumentParser(
            prog=f"{_PROG} bulk",
            usage=f"{_PROG} bulk METHOD --input FILE [options]",
            description="Call one GenAuth Management API method once per line of a .csv "
            f"or .jsonl file: '{_PROG} bulk METHOD --help' shows what it takes; "
            f"'{_PROG} call --list' lists the methods.",
        )
        parser.parse_args(argv)
        parser.error("give a METHOD")
    info = _describe_method(argv[0])
    parser = argparse.ArgumentParser(
        prog=f"{_PROG} bulk {info.name}",
        usage="%(prog)s --input FILE [options] [--ARGUMENT VALUE ...]",
        description=_method_help(info)
        + "\nThe options below are constants for every line; a line's own value wins.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_job_options(users=False)],
        epilog="",
    )
    _add_method_options(parser, info, required_note="required: here or in every line")
    ns = parser.parse_args(argv[1:])
    ns.group, ns.action, ns.method = "bulk", None, info
    return ns


def _error_line(exc: BaseException) -> str:
    """A failed call in one line: what, and the status, apiCode and requestId to quote."""
    text = f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}"
    if isinstance(exc, GenAuthAPIError):
        text += f" (status {exc.status_code}, apiCode {exc.api_code}, requestId {exc.request_id})"
    elif isinstance(exc, ResponseValidationError) and exc.request_id:
        text += f" (requestId {exc.request_id})"
    why = bulk.fatal_reason(exc)
    return f"{why}: {text}" if why else text


async def _call(ns: argparse.Namespace) -> int:
    info: _methods.MethodInfo = ns.method
    args = _method_args(info, ns)
    try:
        _methods.rehearse(info.name, args)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        raise _UsageError(message if info.name in message else f"{info.name}: {message}") from None
    key_id, secret, host = _credentials(ns)
    try:
        client = AsyncManagementClient(access_key_id=key_id, access_key_secret=secret, host=host)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    async with client:
        try:
            result = await getattr(client, info.name)(**args, timeout=ns.timeout)
        except GenAuthError as exc:
            _console(stderr=True).print(f"{_PROG}: error: {_error_line(exc)}", markup=False)
            return EXIT_FAILED
    data = converter.unstructure(result)
    if ns.format == "table":
        _console().print(_as_table(data))
    else:
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
    return EXIT_OK


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else orjson.dumps(value).decode()


def _as_table(data: Any) -> Table | str:
    """A page or list of objects as rows; one object as name/value rows."""
    items = data
    caption = None
    if isinstance(data, dict) and isinstance(data.get("list"), list):
        items = data["list"]
        rest = {k: v for k, v in data.items() if k != "list"}
        caption = ", ".join(f"{k}: {_cell(v)}" for k, v in rest.items()) or None
    if isinstance(items, list) and not items:
        return "no items" + (f" ({caption})" if caption else "")
    if isinstance(items, list) and all(isinstance(item, dict) for item in items):
        columns: dict[str, None] = {}
        for item in items:
            columns.update(dict.fromkeys(item))
        table = Table(caption=caption, caption_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for item in items:
            table.add_row(*(_cell(item.get(c)) if c in item else "" for c in columns))
        return table
    if isinstance(data, dict):
        table = Table(show_header=False)
        table.add_column("name", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in data.items():
            table.add_row(key, _cell(value))
        return table
    return _cell(data)


async def _bulk(ns: argparse.Namespace) -> int:
    info: _methods.MethodInfo = ns.method
    path = Path(ns.input)
    named = _FORMATS.get(path.suffix.lower())
    if named not in ("csv", "jsonl"):
        raise _UsageError(
            f"cannot read {path.name} as arguments: name it .csv (a header of argument "
            "names) or .jsonl (one JSON object of arguments a line)"
        )
    fmt: Format = "csv" if named == "csv" else "jsonl"
    constants = _method_args(info, ns)
    return await _run_job(_EndpointJob(info, constants), ns, path, fmt)


# -- demo --------------------------------------------------------------------------------------

_DEMO_MFA: Final = {
    "mfaToken": "demo-mfa-token",
    "mfaEmail": "security@example.com",
    "totpMfaEnabled": True,
    "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 0}],
}


def _write_lines(path: Path, lines: Iterator[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def _demo_nickname(i: int) -> str:
    return f"demo-{i:06d}"


#: the role the demo creates, assigns to every user, then reads back
_DEMO_ROLE: Final = "demo-auditor"


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


async def _demo(args: argparse.Namespace) -> int:
    # imported here: the emulator is test tooling, not needed by the other commands
    from .testing import Faults, GenAuthEmulator, seeded_user_id

    out = _console()
    faults = Faults(latency_ms=args.latency_ms, jitter_ms=args.latency_ms / 5)
    async with GenAuthEmulator(faults=faults) as emulator:
        emulator.seed_users(args.users)
        out.print(
            f"GenAuth emulator on {emulator.url}: {args.users:,} users, "
            f"{args.latency_ms:g} ms latency; concurrency {args.concurrency}"
        )
        with tempfile.TemporaryDirectory(prefix="genauth-demo-") as tmp:
            users = Path(tmp, "users.txt")
            _write_lines(users, (seeded_user_id(i) for i in range(args.users)))
            # any endpoint works the same way: a CSV of arguments, one call per line
            profiles = Path(tmp, "profiles.csv")
            _write_lines(
                profiles,
                itertools.chain(
                    ["user_id,nickname"],
                    (f"{seeded_user_id(i)},{_demo_nickname(i)}" for i in range(args.users)),
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
                str(args.concurrency),
                *(["--quiet"] if args.quiet else []),
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
                    out.print(f"\n$ {_PROG} call {shlex.join(create)} --format table")
                    call = _call_main([*create, *common[:6], "--format", "table"])
                    codes.append(await _main(call))
                output = Path(tmp, f"{command[0]}-{command[1]}.jsonl")
                constants = command[2:] if command[0] == "bulk" else []  # not the MFA JSON
                shown = shlex.join([*command[:2], "--input", source.name, *constants])
                out.print(f"\n$ {_PROG} {shown} ...")
                argv = [*command, "--input", str(source), *common, "--output", str(output)]
                if command[0] == "bulk":
                    job_args = _bulk_main(argv[1:])
                else:
                    job_args = _parser().parse_args(argv)
                codes.append(await _main(job_args))
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
            once = sum(1 for n in counts.values() if n == 1)
            out.print(f"emulator check: {once:,}/{args.users:,} users {what} exactly once")
        out.print(
            f"get_user check: {read_back:,}/{args.users:,} users read back with their new nickname"
        )
        out.print(
            f"get_user_roles check: {holders:,}/{args.users:,} users hold the role {_DEMO_ROLE}"
        )
    return max(codes)


# -- the command line --------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def _non_negative_float(text: str) -> float:
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


def _app_ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("give at least one app id")
    return ids


def _connection_options(parser: argparse.ArgumentParser) -> None:
    conn = parser.add_argument_group("connection")
    conn.add_argument("--access-key-id", help="default: $GENAUTH_ACCESS_KEY_ID")
    conn.add_argument("--access-key-secret", help="default: $GENAUTH_ACCESS_KEY_SECRET")
    conn.add_argument("--host", help="default: $GENAUTH_HOST or https://api.genauth.ai")


def _job_options(*, users: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    what = common.add_argument_group("input")
    if users:
        what.add_argument(
            "--input",
            "-i",
            required=True,
            metavar="FILE",
            help=".txt (one user id per line), .csv (user_id[, user_id_type, mfa] columns) or "
            ".jsonl (objects with user_id[, user_id_type, mfa])",
        )
        what.add_argument(
            "--user-id-type",
            choices=_USER_ID_TYPES,
            help="how the file's user ids are to be read, unless a row says (default: user_id)",
        )
    else:
        what.add_argument(
            "--input",
            "-i",
            required=True,
            metavar="FILE",
            help=".csv (a header of argument names) or .jsonl (one object of arguments a line)",
        )
    _connection_options(common)
    flow = common.add_argument_group("running")
    flow.add_argument("--concurrency", "-c", type=_positive_int, default=32, help="default 32")
    flow.add_argument(
        "--rate", type=_positive_float, help="requests per second at most (lowered on 429s)"
    )
    flow.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    flow.add_argument("--max-failures", type=_positive_int, metavar="N", help="stop after N")
    flow.add_argument(
        "--max-failure-ratio", type=_ratio, metavar="X", help="stop when more than X fail"
    )
    flow.add_argument("--limit", type=_positive_int, metavar="N", help="do at most N users")
    flow.add_argument(
        "--grace",
        type=_non_negative_float,
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
    if not users:
        res.add_argument(
            "--retry-unknown",
            action="store_true",
            help="with --resume: also send again the lines whose call may have taken effect "
            "(a non-idempotent method only)",
        )
    res.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Any GenAuth Management API method from the shell, once (call) or in bulk "
        "(bulk), and bulk user jobs (MFA, real-name authentication, sessions).",
        epilog="exit codes: 0 all succeeded, 1 some failed or stopped early, "
        "2 bad usage or input file, 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    groups = parser.add_subparsers(dest="group", required=True, metavar="COMMAND")
    common = _job_options()

    mfa = groups.add_parser("mfa", help="set or read users' MFA status")
    mfa_actions = mfa.add_subparsers(dest="action", required=True, metavar="ACTION")
    mfa_set = mfa_actions.add_parser("set", parents=[common], help="set_users_mfa_status")
    mfa_set.add_argument(
        "--mfa-json",
        metavar="JSON",
        help="MfaTriggerData in camelCase, for rows without their own mfa",
    )
    mfa_actions.add_parser("get", parents=[common], help="get_user_mfa_status")

    pa = groups.add_parser("principal-auth", help="reset or read real-name authentication")
    pa_actions = pa.add_subparsers(dest="action", required=True, metavar="ACTION")
    pa_actions.add_parser(
        "reset", parents=[common], help="reset_user_principal_authentication_info"
    )
    pa_actions.add_parser("get", parents=[common], help="get_user_principal_authentication_info")

    users = groups.add_parser("users", help="user sessions")
    user_actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    kick = user_actions.add_parser("kick", parents=[common], help="kick_users")
    kick.add_argument(
        "--app-ids", type=_app_ids, required=True, help="comma-separated application ids"
    )

    groups.add_parser(
        "call",
        add_help=False,
        help="call any endpoint method once: call METHOD --help, call --list [MODULE]",
    )
    groups.add_parser(
        "bulk",
        add_help=False,
        help="call any endpoint method once per line of a .csv/.jsonl file: bulk METHOD --help",
    )

    demo = groups.add_parser(
        "demo",
        help="run bulk jobs against a local emulator: MFA, real-name, and any endpoint "
        "(update_user from a CSV, checked with get_user)",
    )
    demo.add_argument("--users", type=_positive_int, default=10_000, help="default 10000")
    demo.add_argument("--latency-ms", type=_non_negative_float, default=50.0, help="default 50")
    demo.add_argument("--concurrency", "-c", type=_positive_int, default=128, help="default 128")
    demo.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    demo.set_defaults(action=None)
    return parser


async def _main(args: argparse.Namespace) -> int:
    if args.group == "demo":
        return await _demo(args)
    if args.group == "call":
        return await _call(args)
    if args.group == "bulk":
        return await _bulk(args)
    return await _execute(args)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``genauth-async`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in ("call", "bulk"):
            # parsers made for the one method asked for: the spec is read only here
            run = _call_main if argv[0] == "call" else _bulk_main
            args = run(argv[1:])
        else:
            args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or argparse's own usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except _UsageError as exc:
        _console(stderr=True).print(f"{_PROG}: error: {exc}", markup=False)
        return EXIT_USAGE
    try:
        return asyncio.run(_main(args))
    except _UsageError as exc:
        _console(stderr=True).print(f"{_PROG}: error: {exc}", markup=False)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
