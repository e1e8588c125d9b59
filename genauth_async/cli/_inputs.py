"""The input files of the bulk jobs: every row, or what is wrong with it, one line in memory
at a time.

A users file (``mfa set``, ``users kick`` ...) is .txt (one user id a line), .csv (a user_id
column, optional user_id_type and mfa) or .jsonl (objects with user_id); an arguments file
(``bulk METHOD``) is .csv (a header of argument names) or .jsonl (an object of arguments a
line).
"""

from __future__ import annotations

import codecs
import csv
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Final, Literal, TypeVar

import attrs
import orjson

from .. import _methods, bulk
from .._checks import as_model
from ..models.users import MfaTriggerData, UserIdType
from ._errors import UsageError
from ._options import InputOptions

__all__ = [
    "FORMATS",
    "USER_ID_TYPES",
    "ArgsRow",
    "BadRow",
    "Format",
    "Row",
    "args_rows",
    "format_of",
    "input_json",
    "line_count",
    "parse_mfa_json",
    "user_fingerprint",
    "user_rows",
]

Format = Literal["txt", "csv", "jsonl"]

USER_ID_TYPES: Final = [t.value for t in UserIdType]
FORMATS: Final[dict[str, Format]] = {
    ".txt": "txt",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


@attrs.frozen(slots=True)
class Row(bulk.UserTarget):
    """A user from the input file, with the line it came from."""

    line: int = 0


@attrs.frozen(slots=True, eq=False)
class ArgsRow:
    """A line of a ``bulk METHOD`` input file: the method's arguments (Python names, JSON
    values), with the line it came from."""

    line: int
    args: dict[str, Any]


@attrs.frozen(slots=True)
class BadRow:
    line: int
    message: str


def user_fingerprint(user_id: str, user_id_type: str | None) -> int:
    # never 0, which marks "not done" in the resume index
    return zlib.crc32(f"{user_id}\x00{user_id_type or ''}".encode()) | 1


def input_json(target: Any, default_type: str | None) -> dict[str, Any]:
    """The user as the results file names it, with the user id type that was used."""
    if isinstance(target, bulk.UserTarget):
        kind = target.user_id_type or default_type
        return {"user_id": target.user_id, "user_id_type": None if kind is None else str(kind)}
    return {"user_id": str(target), "user_id_type": default_type}


def format_of(path: Path) -> Format:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format of {path.name}: name it .txt (one user id per line), "
            ".csv (a user_id column) or .jsonl (objects with user_id)"
        )
    return fmt


def line_count(path: Path) -> int:
    """How many lines the file has (a last line without a line break counts), read in
    pieces."""
    try:
        with path.open("rb") as handle:
            count, last = 0, b"\n"
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return count + (last != b"\n")


# -- reading a file ----------------------------------------------------------------------------

R = TypeVar("R")


class _BadLine(Exception):
    """A line that cannot be read (too long, not UTF-8): the file is read no further."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Lines:
    """The lines of a file as text (line breaks kept), read in pieces of at most
    ``max_bytes`` + 2 bytes: a longer line is refused without being read whole.

    Lines end with \\n or \\r\\n; a carriage return alone is refused, not taken for a line
    break. ``count`` is the number of the last line read.
    """

    def __init__(self, handle: IO[bytes], max_bytes: int) -> None:
        self._handle = handle
        self._max_bytes = max_bytes
        self.count = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self._handle.readline(self._max_bytes + 2)
        if not raw:
            raise StopIteration
        self.count += 1
        if self.count == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        body = raw.removesuffix(b"\n").removesuffix(b"\r") if raw.endswith(b"\n") else raw
        if len(body) > self._max_bytes:
            raise _BadLine(
                self.count,
                f"the line is longer than {self._max_bytes:,} bytes (--max-line-bytes); "
                "the file was read no further",
            )
        if b"\r" in body:
            raise _BadLine(
                self.count, "a carriage return inside the line (line breaks are \\n or \\r\\n)"
            )
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _BadLine(self.count, "the file is not UTF-8 text") from None


def _file_rows(
    source: InputOptions,
    fmt: Format,
    line_row: Callable[[str, int], R | BadRow],
    csv_rows: Callable[[_Lines], Iterator[R | BadRow]],
) -> Iterator[R | BadRow]:
    """Every row of an input file (.txt/.jsonl: ``line_row`` per non-blank line; .csv:
    ``csv_rows``), or what is wrong with it; one line in memory at a time."""
    path = source.path
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        lines = _Lines(handle, source.max_line_bytes)
        try:
            if fmt == "csv":
                yield from csv_rows(lines)
            else:
                for text in lines:
                    if text.strip():
                        yield line_row(text, lines.count)
        except _BadLine as exc:
            yield BadRow(exc.line, exc.message)


def _csv_records(lines: _Lines, multiline_cells: bool) -> Iterator[tuple[int, list[str]] | BadRow]:
    """The header and every non-blank record of a CSV file, with the line it starts on.

    Strict: a stray quote (``"A"B``) or a quote never closed ends the file with an error. A
    record that spans lines (a quoted cell holding a line break) is an error too, unless
    ``multiline_cells``: it is what a quote left open looks like until another quote closes
    it. A quote inside an unquoted cell (``A"B``) is kept as written.
    """
    reader = csv.reader(lines, strict=True)
    first = True
    while True:
        start = lines.count + 1
        try:
            record = next(reader, None)
        except csv.Error as exc:
            if lines.count >= start and str(exc) == "unexpected end of data":
                yield BadRow(start, "not valid CSV: a quote opened on this line is never closed")
            else:
                hint = (
                    " (a quote in a cell is doubled, in a quoted cell)" if '"' in str(exc) else ""
                )
                yield BadRow(lines.count, f"not valid CSV: {exc}{hint}")
            return
        if record is None:
            return
        if lines.count > start and not multiline_cells:
            yield BadRow(
                start,
                f"not valid CSV: a quoted cell runs from this line to line {lines.count}: a "
                "quote never closed? (--multiline-cells allows line breaks in quoted cells)",
            )
        elif first or any(cell.strip() for cell in record):
            yield start, record
        first = False


def _csv_rows(
    lines: _Lines,
    multiline_cells: bool,
    start: Callable[[int, list[str]], Callable[[int, list[str]], R | BadRow] | BadRow],
) -> Iterator[R | BadRow]:
    """Every row of a CSV file: ``start(line, header)`` gives the maker of a row from its
    line and cells, or what is wrong with the header."""
    records = _csv_records(lines, multiline_cells)
    first = next(records, None)
    if first is None or isinstance(first, BadRow):
        if first is not None:
            yield first
        return
    make = start(*first)
    if isinstance(make, BadRow):
        yield make
        return
    for item in records:
        yield item if isinstance(item, BadRow) else make(*item)


# -- users files -------------------------------------------------------------------------------


def user_rows(source: InputOptions, fmt: Format, *, parse_mfa: bool) -> Iterator[Row | BadRow]:
    """Every row of a users file, or what is wrong with it."""

    def line_row(text: str, line: int) -> Row | BadRow:
        if fmt == "txt":
            return Row(text.strip(), line=line)
        return _user_jsonl_row(text, line, parse_mfa)

    def csv_rows(lines: _Lines) -> Iterator[Row | BadRow]:
        return _csv_rows(lines, source.multiline_cells, _user_csv_header(parse_mfa))

    return _file_rows(source, fmt, line_row, csv_rows)


def _user_csv_header(
    parse_mfa: bool,
) -> Callable[[int, list[str]], Callable[[int, list[str]], Row | BadRow] | BadRow]:
    def start(line: int, header: list[str]) -> Callable[[int, list[str]], Row | BadRow] | BadRow:
        columns = {name.strip(): i for i, name in enumerate(header)}
        if "user_id" not in columns:
            found = ", ".join(repr(name) for name in header) or "nothing"
            return BadRow(line, f"the CSV header has no user_id column (found {found})")
        at = columns["user_id"], columns.get("user_id_type"), columns.get("mfa")

        def row(line: int, record: list[str]) -> Row | BadRow:
            uid, kind, mfa = (
                (record[i].strip() or None) if i is not None and i < len(record) else None
                for i in at
            )
            return _make_row(line, uid, kind, mfa, parse_mfa)

        return row

    return start


def _user_jsonl_row(text: str, line: int, parse_mfa: bool) -> Row | BadRow:
    obj = _json_object(text, line)
    if isinstance(obj, BadRow):
        return obj
    user_id, user_id_type, mfa = obj.get("user_id"), obj.get("user_id_type"), obj.get("mfa")
    if user_id is not None and not isinstance(user_id, str):
        return BadRow(line, "user_id must be a string")
    if user_id_type is not None and not isinstance(user_id_type, str):
        return BadRow(line, "user_id_type must be a string")
    return _make_row(line, user_id, user_id_type, mfa, parse_mfa)


def _json_object(text: str, line: int) -> dict[str, Any] | BadRow:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return BadRow(line, f"not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return BadRow(line, f"expected a JSON object, got {type(obj).__name__}")
    return obj


def _make_row(
    line: int, user_id: str | None, user_id_type: str | None, mfa: Any, parse_mfa: bool
) -> Row | BadRow:
    if not user_id or not user_id.strip():
        return BadRow(line, "user_id is missing or empty")
    if user_id_type is not None and user_id_type not in USER_ID_TYPES:
        return BadRow(
            line,
            f"unknown user_id_type {user_id_type!r} (one of: {', '.join(USER_ID_TYPES)})",
        )
    data: MfaTriggerData | None = None
    if parse_mfa and mfa is not None:
        try:
            data = parse_mfa_json(mfa, "mfa")
        except ValueError as exc:
            return BadRow(line, str(exc))
    return Row(user_id.strip(), user_id_type, data, line=line)


_JSON_TYPES: Final = {list: "an array", str: "a string", int: "a number", float: "a number"}


def parse_mfa_json(value: Any, name: str) -> MfaTriggerData:
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


# -- arguments files ---------------------------------------------------------------------------


def args_rows(
    source: InputOptions, fmt: Format, info: _methods.MethodInfo
) -> Iterator[ArgsRow | BadRow]:
    """Every line of a ``bulk METHOD`` input file as the method's arguments, or what is wrong
    with it."""

    def line_row(text: str, line: int) -> ArgsRow | BadRow:
        obj = _json_object(text, line)
        if isinstance(obj, BadRow):
            return obj
        args: dict[str, Any] = {}
        try:
            for key, value in obj.items():
                param = info.param(key)
                if param.name in args:
                    raise ValueError(f"{param.name} is given twice")
                if value is not None:
                    args[param.name] = param.from_json(value)
        except ValueError as exc:
            return BadRow(line, str(exc))
        return ArgsRow(line, args)

    def csv_rows(lines: _Lines) -> Iterator[ArgsRow | BadRow]:
        return _csv_rows(lines, source.multiline_cells, _args_csv_header(info))

    return _file_rows(source, fmt, line_row, csv_rows)


def _args_csv_header(
    info: _methods.MethodInfo,
) -> Callable[[int, list[str]], Callable[[int, list[str]], ArgsRow | BadRow] | BadRow]:
    def start(
        line: int, header: list[str]
    ) -> Callable[[int, list[str]], ArgsRow | BadRow] | BadRow:
        columns: list[_methods.Param] = []
        try:
            for name in header:
                param = info.param(name.strip())
                if any(c.name == param.name for c in columns):
                    raise ValueError(f"two columns give {param.name}")
                columns.append(param)
        except ValueError as exc:
            return BadRow(line, f"the CSV header: {exc}")

        def row(line: int, record: list[str]) -> ArgsRow | BadRow:
            if len(record) > len(columns):
                return BadRow(line, f"{len(record)} cells, but {len(columns)} columns")
            args: dict[str, Any] = {}
            try:
                for param, cell in zip(columns, record, strict=False):
                    if cell.strip():
                        args[param.name] = param.from_text(cell.strip())
            except ValueError as exc:
                return BadRow(line, str(exc))
            return ArgsRow(line, args)

        return row

    return start
