"""The options of one endpoint method (``call METHOD`` and ``bulk METHOD``), made from the
method's signature and the spec, and the arguments given with them."""

from __future__ import annotations

import argparse
import re
from typing import Any, Final

import orjson

from .. import _methods
from ._errors import PROG, UsageError

__all__ = [
    "add_method_options",
    "describe_method",
    "method_args",
    "method_help",
    "summary_of",
]

_DEST: Final = "arg:"


def describe_method(name: str) -> _methods.MethodInfo:
    try:
        return _methods.describe(name)
    except ValueError as exc:
        raise UsageError(f"{exc}; '{PROG} call --list' lists them") from None


def summary_of(name: str) -> str:
    """The spec's one-line summary of method ``name``, as plain text; empty if it is missing
    or says no more than the name (every word of it is a word of the name)."""
    text = " ".join(str(_methods.operation(name).get("summary") or "").split())
    text = text.replace("``", "")
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    return "" if words <= set(name.split("_")) else text


def method_help(info: _methods.MethodInfo) -> str:
    op = _methods.operation(info.name)
    doc = " ".join(info.doc.split("\n\n", 1)[0].split())
    summary = summary_of(info.name) or doc
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


def add_method_options(
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


def method_args(info: _methods.MethodInfo, ns: argparse.Namespace) -> dict[str, Any]:
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
        raise UsageError(str(exc)) from None
    return args
