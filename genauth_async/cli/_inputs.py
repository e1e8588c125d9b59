"""The input files of the bulk jobs: every row, or what is wrong with it, one line in memory
at a time.

A users file (``mfa set``, ``users kick`` ...) is .txt (one user id a line), .csv (a user_id
column, optional user_id_type and mfa) or .jsonl (objects with user_id); an arguments file
(``bulk METHOD``) is .csv (a header of argument names) or .jsonl (an object of arguments a
line).
"""

from __future__ import annotations

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


# -- reading a file ----------------------------------------------------------------------------

R = TypeVar("R")


def _file_rows(
    path: Path,
    fmt: Format,
    line_row: Callable[[str, int], R | BadRow],
    csv_rows: Callable[[IO[str]], Iterator[R | BadRow]],
) -> Iterator[R | BadRow]:
    """Every row of an input file (.txt/.jsonl: ``line_row`` per non-blank line; .csv:
    ``csv_rows``), or what is wrong with it; one line in memory at a time."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
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
            yield BadRow(line + 1, "the file is not UTF-8 text")


def _csv_records(handle: IO[str]) -> Iterator[tuple[int, list[str]] | BadRow]:
    """The header and every non-blank record of a CSV file, with its line."""
    reader = csv.reader(handle)
    try:
        header = next(reader, None)
        if header is None:
            return
        yield reader.line_num, header
        for record in reader:
            if any(cell.strip() for cell in record):
                yield reader.line_num, record
    except csv.Error as exc:
        yield BadRow(reader.line_num, f"not valid CSV: {exc}")


def _csv_rows(
    handle: IO[str],
    start: Callable[[int, list[str]], Callable[[int, list[str]], R | BadRow] | BadRow],
) -> Iterator[R | BadRow]:
    """Every row of a CSV file: ``start(line, header)`` gives the maker of a row from its
    line and cells, or what is wrong with the header."""
    records = _csv_records(handle)
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


def user_rows(path: Path, fmt: Format, *, parse_mfa: bool) -> Iterator[Row | BadRow]:
    """Every row of a users file, or what is wrong with it."""

    def line_row(text: str, line: int) -> Row | BadRow:
        if fmt == "txt":
            return Row(text.strip(), line=line)
        return _user_jsonl_row(text, line, parse_mfa)

    return _file_rows(path, fmt, line_row, lambda handle: _user_csv_rows(handle, parse_mfa))


def _user_csv_rows(handle: IO[str], parse_mfa: bool) -> Iterator[Row | BadRow]:
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

    return _csv_rows(handle, start)


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


def args_rows(path: Path, fmt: Format, info: _methods.MethodInfo) -> Iterator[ArgsRow | BadRow]:
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

    return _file_rows(path, fmt, line_row, lambda handle: _args_csv_rows(handle, info))


def _args_csv_rows(handle: IO[str], info: _methods.MethodInfo) -> Iterator[ArgsRow | BadRow]:
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

    return _csv_rows(handle, start)
