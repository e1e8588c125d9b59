"""What the commands write: answers as JSON or a table, and the results files of bulk runs."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

import orjson
from rich.table import Table

from .. import bulk
from .._convert import converter
from ._display import console
from ._errors import OutputError, UsageError

__all__ = ["ResultsFile", "answer_json", "print_answer"]


def answer_json(result: Any) -> Any:
    """An answer of GenAuth as JSON values, camelCase: the one place that decides how the
    command line writes an answer (``call``, and the ``result`` of a results file)."""
    return converter.unstructure(result)


def print_answer(result: Any, fmt: Literal["json", "table"]) -> None:
    data = answer_json(result)
    if fmt == "table":
        console().print(_as_table(data))
    else:
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()


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


class ResultsFile:
    """One JSON line per outcome; flushed every fraction of a second so a crash loses little.

    For a non-idempotent method, a ``"sent": true`` record of the line is also written and
    flushed before each call is sent (:meth:`sent`), so that a process killed outright leaves
    the lines in flight as "unknown" for ``--resume`` instead of sending them again.

    ``record(input)`` is the input as the file names it; ``keeps_result``: write the answer.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        append: bool,
        record: Callable[[Any], Any],
        idempotent: bool,
        keeps_result: bool,
        follow_symlinks: bool = False,
    ) -> None:
        self._record = record
        self._idempotent = idempotent
        self._keeps_result = keeps_result
        self._handle: IO[bytes] | None = None
        self._stdout = path is not None and str(path) == "-"
        self._last_flush = 0.0
        self._error: OutputError | None = None
        if path is None:
            return
        if self._stdout:
            self._handle = sys.stdout.buffer
            return
        try:
            needs_newline = append and path.exists() and _ends_without_newline(path)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            if not follow_symlinks:
                flags |= getattr(os, "O_NOFOLLOW", 0)  # refused even if one appeared since
            self._handle = os.fdopen(os.open(path, flags, 0o666), "ab" if append else "wb")
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
        if needs_newline:  # the previous run died mid-line
            self._handle.write(b"\n")

    @property
    def records_sent(self) -> bool:
        """Whether :meth:`sent` records anything: a non-idempotent method, to a file that
        ``--resume`` can read (not stdout)."""
        return not self._idempotent and self._handle is not None and not self._stdout

    def sent(self, row: Any) -> None:
        """Record that the call of ``row`` is about to be sent; on the disk (as far as the
        operating system is concerned) before it is. Raises :class:`OutputError` (and the
        call is not sent) if that cannot be written."""
        if self._handle is None:
            if self._error is not None:
                raise self._error
            return
        record = {"line": getattr(row, "line", None), "input": self._record(row)}
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
            "input": self._record(row),
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
        elif self._keeps_result:
            record["result"] = answer_json(outcome.result)
        if not self._idempotent:
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
        self._error = OutputError(f"cannot write the results: {exc.strerror or exc}")
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
