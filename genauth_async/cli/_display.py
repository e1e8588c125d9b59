"""What a person sees: the consoles, the progress display and the summary of a run."""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table

from .. import bulk
from ._errors import PROG, fatal_reason

__all__ = ["Display", "FirstFailures", "console", "print_summary"]

_PLAIN_PROGRESS_EVERY: Final = 5.0  # seconds between progress lines when stderr is no TTY
#: the width of output that is not a terminal (a pipe, a file): lines are never wrapped and
#: tables keep their natural width, so that grep and other tools see whole lines and ids
_PIPE_WIDTH: Final = 10_000
_MAX_REPORTED_FAILURES: Final = 10
_STOP_REASONS: Final = {
    "fail_fast": "--fail-fast",
    "max_failures": "--max-failures",
    "max_failure_ratio": "--max-failure-ratio",
    "stop_on": "permission denied",
}


def console(*, stderr: bool = False) -> Console:
    """A console for messages: on a terminal, its width; else no wrapping at all."""
    found = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not found.is_terminal:
        found = Console(stderr=stderr, highlight=False, soft_wrap=True, width=_PIPE_WIDTH)
    return found


class Display:
    """The progress hook: a rich bar on a terminal, a line every few seconds otherwise."""

    def __init__(self, label: str, total: int, *, quiet: bool, console: Console) -> None:
        self._label = label
        self._total = total
        self._console = console
        self._mode = "none" if quiet else ("bar" if console.is_terminal else "lines")
        self._last_line = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Display:
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


class FirstFailures:
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


def print_summary(
    out: Console,
    label: str,
    summary: bulk.Summary,
    *,
    inputs: int,
    skipped: int,
    unknown_before: int,
    unknown: int,
    interrupted: bool,
    failures: FirstFailures,
    column: str,
    shown: Callable[[Any], str],
) -> None:
    """The account of a run, and its first failures (``shown(input)`` in the ``column``)."""
    table = Table(title=f"{PROG} {label}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs in file", f"{inputs:,}")
    if skipped:
        table.add_row("skipped (already ok)", f"{skipped:,}")
    if unknown_before:
        table.add_row("[yellow]unknown from before", f"{unknown_before:,}")
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
    elif summary.stop_reason == "fatal" and summary.stop_error and summary.stop_message:
        why = fatal_reason(summary.stop_error, summary.stop_message) or summary.stop_message
        table.add_row("[yellow]stopped", why.split(":")[0])
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
    out.print(table)
    if failures and summary.stop_reason not in ("fatal", "stop_on"):
        first = Table(title="first failures", title_justify="left")
        for name in ("line", column, "error", "message"):
            first.add_column(name, overflow="fold")
        for outcome, line in failures.in_line_order():
            error = outcome.error
            assert error is not None
            first.add_row(
                "" if line is None else str(line), shown(outcome.input), error.kind, error.message
            )
        out.print(first)
