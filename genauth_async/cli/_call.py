"""``genauth-async call METHOD``: any endpoint method, once; ``call --list [MODULE]``."""

from __future__ import annotations

import argparse
from typing import Any, Final, Literal

import attrs

from .. import _methods, bulk
from ..errors import GenAuthAPIError, GenAuthError, ResponseValidationError
from ._command import Work
from ._display import console
from ._errors import EXIT_FAILED, EXIT_OK, PROG, UsageError, fatal_reason
from ._method_options import (
    add_method_options,
    describe_method,
    method_args,
    method_help,
    summary_of,
)
from ._options import Connection, add_connection_options, positive_float
from ._output import print_answer

__all__ = ["CALL"]


@attrs.frozen
class CallOptions:
    info: _methods.MethodInfo
    args: dict[str, Any]
    connection: Connection
    format: Literal["json", "table"] = "json"
    timeout: float | None = None


class _Call:
    help: Final = "call any endpoint method once: call METHOD --help, call --list [MODULE]"

    def parse(self, prog: str, argv: list[str]) -> Work:
        if not argv or argv[0] in ("-h", "--help") or argv[0] == "--list":
            parser = argparse.ArgumentParser(
                prog=prog,
                description="Call one GenAuth Management API method: "
                f"'{PROG} call METHOD --help' shows what it takes.",
            )
            parser.add_argument(
                "--list", nargs="?", const="", metavar="MODULE", help="list methods"
            )
            ns = parser.parse_args(argv)
            if ns.list is None:
                parser.error("give a METHOD, or --list [MODULE]")
            module: str | None = ns.list or None

            async def listing() -> int:
                _list_methods(module)
                return EXIT_OK

            return listing
        info = describe_method(argv[0])
        parser = argparse.ArgumentParser(
            prog=f"{prog} {info.name}",
            usage="%(prog)s [--ARGUMENT VALUE ...] [--json OBJECT] [--format {json,table}]",
            description=method_help(info),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_connection_options(parser)
        out = parser.add_argument_group("output")
        out.add_argument(
            "--format",
            choices=["json", "table"],
            default="json",
            help="json (camelCase, as GenAuth sends it; the default) or a table",
        )
        out.add_argument("--timeout", type=positive_float, help="seconds for the call (default 30)")
        add_method_options(parser, info, required_note="required")
        ns = parser.parse_args(argv[1:])
        options = CallOptions(
            info, method_args(info, ns), Connection.from_namespace(ns), ns.format, ns.timeout
        )
        return lambda: call(options)


CALL: Final = _Call()


def _module_of(name: str) -> str:
    return str(_methods.operation(name).get("x-module") or _methods.describe(name).module)


def _list_methods(module: str | None) -> None:
    by_module: dict[str, list[str]] = {}
    for name in _methods.method_names():
        by_module.setdefault(_module_of(name), []).append(name)
    if module is not None:
        wanted = module.replace("-", "_")
        if wanted not in by_module:
            raise UsageError(f"no module {module!r}; the modules: {', '.join(sorted(by_module))}")
        by_module = {wanted: by_module[wanted]}
    out = console()
    for mod in sorted(by_module):
        out.print(f"{mod}:", markup=False)
        for name in by_module[mod]:
            op = _methods.operation(name)
            safe = "" if op.get("x-idempotent", True) else "  [not idempotent]"
            out.print(f"  {name:<48} {summary_of(name)}{safe}", markup=False)


def _error_line(exc: BaseException) -> str:
    """A failed call in one line: what, and the status, apiCode and requestId to quote."""
    text = f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}"
    if isinstance(exc, GenAuthAPIError):
        text += f" (status {exc.status_code}, apiCode {exc.api_code}, requestId {exc.request_id})"
    elif isinstance(exc, ResponseValidationError) and exc.request_id:
        text += f" (requestId {exc.request_id})"
    error = bulk.ErrorInfo.from_exception(exc)
    why = fatal_reason(error, bulk.fatal_reason(exc))
    return f"{why}: {text}" if why and why != error.message else text


async def call(options: CallOptions) -> int:
    """Make the call; print its answer, or what went wrong."""
    info = options.info
    try:
        _methods.rehearse(info.name, options.args)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        raise UsageError(message if info.name in message else f"{info.name}: {message}") from None
    client = options.connection.client()
    async with client:
        try:
            result = await getattr(client, info.name)(**options.args, timeout=options.timeout)
        except GenAuthError as exc:
            console(stderr=True).print(f"{PROG}: error: {_error_line(exc)}", markup=False)
            return EXIT_FAILED
    print_answer(result, options.format)
    return EXIT_OK
