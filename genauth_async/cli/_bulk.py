"""``genauth-async bulk METHOD``: any endpoint method, one call per line of a file."""

from __future__ import annotations

import argparse
import zlib
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs
import orjson

from .. import _methods, bulk
from ..client import AsyncManagementClient
from ._command import Work
from ._errors import PROG, UsageError
from ._inputs import FORMATS, ArgsRow, BadRow, Format, args_rows
from ._job import Job, run_job
from ._method_options import add_method_options, describe_method, method_args, method_help
from ._options import InputOptions, JobOptions, job_options_parser

__all__ = ["BULK"]


@attrs.frozen
class BulkOptions:
    info: _methods.MethodInfo
    constants: dict[str, Any]
    """The arguments given on the command line, for every line (a line's own value wins)."""
    job: JobOptions


class _Bulk:
    help: Final = "call any endpoint method once per line of a .csv/.jsonl file: bulk METHOD --help"

    def parse(self, prog: str, argv: list[str]) -> Work:
        if not argv or argv[0].startswith("-"):
            parser = argparse.ArgumentParser(
                prog=prog,
                usage=f"{prog} METHOD --input FILE [options]",
                description="Call one GenAuth Management API method once per line of a .csv "
                f"or .jsonl file: '{prog} METHOD --help' shows what it takes; "
                f"'{PROG} call --list' lists the methods.",
            )
            parser.parse_args(argv)
            parser.error("give a METHOD")
        info = describe_method(argv[0])
        parser = argparse.ArgumentParser(
            prog=f"{prog} {info.name}",
            usage="%(prog)s --input FILE [options] [--ARGUMENT VALUE ...]",
            description=method_help(info)
            + "\nThe options below are constants for every line; a line's own value wins.",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[
                job_options_parser(
                    input_help=".csv (a header of argument names) or .jsonl (one object of "
                    "arguments a line)",
                    retry_unknown=True,
                )
            ],
            epilog="",
        )
        add_method_options(parser, info, required_note="required: here or in every line")
        ns = parser.parse_args(argv[1:])
        options = BulkOptions(info, method_args(info, ns), JobOptions.from_namespace(ns))
        return lambda: run_bulk(options)


BULK: Final = _Bulk()


async def run_bulk(options: BulkOptions) -> int:
    path = options.job.input.path
    named = FORMATS.get(path.suffix.lower())
    if named not in ("csv", "jsonl"):
        raise UsageError(
            f"cannot read {path.name} as arguments: name it .csv (a header of argument "
            "names) or .jsonl (one JSON object of arguments a line)"
        )
    return await run_job(_EndpointJob(options.info, options.constants), options.job, named)


class _EndpointJob(Job):
    noun = "inputs"
    column = "input"
    keeps_result = True

    def __init__(self, info: _methods.MethodInfo, constants: dict[str, Any]) -> None:
        self.info = info
        self.label = f"bulk {info.name}"
        self.method = info.name
        self.idempotent = info.idempotent
        self.constants = constants

    def rows(self, source: InputOptions, fmt: Format) -> Iterator[ArgsRow | BadRow]:
        return args_rows(source, fmt, self.info)

    def problem(self, row: ArgsRow) -> str | None:
        try:
            _methods.rehearse(self.info.name, {**self.constants, **row.args})
        except (TypeError, ValueError) as exc:
            return str(exc)
        return None

    def record(self, row: ArgsRow) -> dict[str, Any]:
        return row.args

    def fingerprint(self, record: Any) -> int:
        if not isinstance(record, dict):
            raise TypeError("input is not an object")
        return zlib.crc32(orjson.dumps(record, option=orjson.OPT_SORT_KEYS)) | 1

    def shown(self, row: Any) -> str:
        return orjson.dumps(row.args).decode() if isinstance(row, ArgsRow) else str(row)

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


def _row_args(row: ArgsRow) -> dict[str, Any]:
    return row.args
