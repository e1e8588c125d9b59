"""How every bulk command runs (the user jobs and ``bulk METHOD``): check the whole input
file, then do the rows not done yet, writing a results file and a summary."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from .. import bulk
from ..client import AsyncManagementClient
from ._display import Display, FirstFailures, console, print_summary
from ._errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    OutputError,
    UsageError,
    fatal_reason,
)
from ._inputs import BadRow, Format, line_count
from ._options import InputOptions, JobOptions
from ._output import ResultsFile
from ._resume import ResumeIndex, results_paths

__all__ = ["Job", "run_job"]

_MAX_REPORTED_ERRORS: Final = 20


class Job:
    """What a bulk command does with each row of its input file."""

    label: str
    method = ""
    """The endpoint method, named in messages about it."""
    noun = "users"
    column = "user"
    keeps_result = False
    idempotent = True
    missing_flag: str | None = None
    """The problem of a row that only a missing option explains (see :meth:`flag_error`)."""

    def rows(self, source: InputOptions, fmt: Format) -> Iterator[Any]:
        raise NotImplementedError

    def problem(self, row: Any) -> str | None:
        """What is wrong with a row that parsed, beyond its syntax (None: nothing)."""
        return None

    def flag_error(self, path: Path, rows: int, missing: int, first: int) -> str:
        """The message when ``missing`` rows (of ``rows`` good ones, the first on line
        ``first``) have the problem :attr:`missing_flag` and nothing else is wrong."""
        raise NotImplementedError

    def record(self, row: Any) -> Any:
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


# -- checking the file -------------------------------------------------------------------------


@attrs.define
class _Check:
    rows: int = 0
    skipped: int = 0
    errors: list[BadRow] = attrs.Factory(list)
    error_count: int = 0
    missing_flag: int = 0
    unknown: int = 0
    """Lines an earlier run left of unknown outcome (a non-idempotent call that may have
    taken effect)."""
    unknown_lines: list[int] = attrs.Factory(list)
    unfinished: int = 0
    """Of ``unknown``: lines sent by an earlier run that ended before their outcome."""

    def add_error(self, bad: BadRow) -> None:
        self.error_count += 1
        if len(self.errors) < _MAX_REPORTED_ERRORS:
            self.errors.append(bad)


def _check_file(source: InputOptions, fmt: Format, job: Job, resume: ResumeIndex | None) -> _Check:
    check = _Check()
    matched = 0
    for row in job.rows(source, fmt):
        if isinstance(row, BadRow):
            check.add_error(row)
            continue
        problem = job.problem(row)
        if problem is not None:
            check.add_error(BadRow(row.line, problem))
            check.missing_flag += problem == job.missing_flag
            continue
        check.rows += 1
        if resume is not None:
            state = resume.state(row.line, job.fingerprint(job.record(row)))
            if state == "other":
                check.add_error(
                    BadRow(
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
        check.add_error(BadRow(1, f"the file has no {job.noun}"))
    recorded = 0 if resume is None else resume.done + len(resume.unknown) + resume.beyond
    if resume is not None and check.error_count == 0 and matched != recorded:
        check.add_error(
            BadRow(
                0,
                f"the results file records {recorded - matched} finished lines that are "
                "not in this input file; it was written for another input",
            )
        )
    return check


def _report_check(path: Path, job: Job, check: _Check) -> bool:
    """Print what is wrong with the file, if anything; whether it is fit to run."""
    if check.missing_flag and check.missing_flag == check.error_count:
        # not a problem of some rows: the flag is missing
        raise UsageError(job.flag_error(path, check.rows, check.missing_flag, check.errors[0].line))
    if not check.error_count:
        return True
    err = console(stderr=True)
    for bad in check.errors:
        where = f"line {bad.line}: " if bad.line else ""
        err.print(f"{PROG}: error: {path.name}: {where}{bad.message}", markup=False)
    if check.error_count > len(check.errors):
        err.print(f"{PROG}: ... and {check.error_count - len(check.errors)} more bad rows")
    err.print(f"{PROG}: nothing was sent")
    return False


def _report_held_back(job: Job, check: _Check, held_back: int) -> None:
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
    console(stderr=True).print(
        f"{PROG}: {'; '.join(reasons)} ({job.method} is not idempotent): lines {lines}{more}. "
        "They are not sent again: check them at GenAuth, then rerun with --retry-unknown "
        "to send them anyway, or leave them out",
        markup=False,
    )


def _pending_rows(
    source: InputOptions, fmt: Format, job: Job, resume: ResumeIndex | None, redo_unknown: bool
) -> Iterator[Any]:
    path = source.path
    wanted = ("todo", "unknown") if redo_unknown else ("todo",)
    for row in job.rows(source, fmt):
        if isinstance(row, BadRow):
            raise UsageError(f"{path.name}: line {row.line}: {row.message} (the file changed)")
        if resume is None:
            yield row
            continue
        state = resume.state(row.line, job.fingerprint(job.record(row)))
        if state in wanted:
            yield row
        elif state == "other":
            raise UsageError(
                f"{path.name}: line {row.line}: another {job.noun[:-1]} (the file changed)"
            )


# -- running -----------------------------------------------------------------------------------


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


@attrs.define
class _Progress:
    """What the outcomes of a run said, as they came."""

    failures: FirstFailures = attrs.Factory(FirstFailures)
    unknown: int = 0
    unknown_lines: list[int] = attrs.Factory(list)
    """The first ones in line order (a max-heap, negated)."""
    interrupts: int = 0
    input_error: UsageError | None = None
    output_error: OutputError | None = None

    def add(self, job: Job, outcome: bulk.Outcome[Any, Any]) -> None:
        self.failures.add(outcome)
        if not job.idempotent and outcome.unknown:
            self.unknown += 1
            at = getattr(outcome.input, "line", outcome.index)
            heapq.heappush(self.unknown_lines, -at)
            if len(self.unknown_lines) > _MAX_REPORTED_ERRORS:
                heapq.heappop(self.unknown_lines)


async def _execute(
    job: Job,
    client: AsyncManagementClient,
    rows: Iterator[Any],
    options: bulk.RunOptions,
    results: ResultsFile,
    display: Display,
    grace: float,
) -> tuple[bulk.Summary, _Progress]:
    seen = _Progress()
    async with client:
        run = job.start(
            client, rows, options, on_send=results.sent if results.records_sent else None
        )

        def interrupt() -> None:
            seen.interrupts += 1
            if seen.interrupts == 1:
                run.stop(grace=grace)
                display.note(
                    f"stopping: waiting up to {grace:g} s for {run.counts().in_flight} "
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
                            seen.add(job, outcome)
                    except UsageError as exc:
                        seen.input_error = exc
                    except OutputError as exc:
                        seen.output_error = exc
        finally:
            try:
                results.close()
            except OutputError as exc:
                seen.output_error = seen.output_error or exc
    return run.summary, seen


def _report_stop(
    job: Job, summary: bulk.Summary, seen: _Progress, output_path: Path | None
) -> None:
    err = console(stderr=True)
    if summary.stop_error is not None and summary.stop_reason in ("fatal", "stop_on"):
        # one message for a cause that concerns every input, instead of a failure per input
        error = summary.stop_error
        why = (
            fatal_reason(error, summary.stop_message)
            or "GenAuth denied the access key this operation"
        )
        again = f"; then rerun with --resume {output_path}" if output_path is not None else ""
        err.print(
            f"{PROG}: stopped: {why} ({error.kind}: {error.message}). "
            f"{summary.not_taken or 0:,} {job.noun} were not taken{again}",
            markup=False,
        )
    if seen.unknown:
        shown = ", ".join(str(-n) for n in sorted(seen.unknown_lines, reverse=True))
        more = ", ..." if seen.unknown > len(seen.unknown_lines) else ""
        err.print(
            f"{PROG}: {seen.unknown:,} call(s) failed but may have taken effect ({job.method} "
            f"is not idempotent, so they were not retried): lines {shown}{more}. --resume "
            "does not send them again unless --retry-unknown is given",
            markup=False,
        )
    if seen.input_error is not None:
        err.print(f"{PROG}: error: {seen.input_error}", markup=False)
    elif seen.output_error is not None:
        err.print(f"{PROG}: error: {seen.output_error}", markup=False)


async def run_job(job: Job, options: JobOptions, fmt: Format) -> int:
    """Check the whole file, then run the job over the rows not done yet; the exit code."""
    path, running = options.input.path, options.running
    connection = None if running.dry_run else options.connection.resolved()
    resume_path, output_path = results_paths(options.results)
    resume = None
    if resume_path is not None:
        lines = line_count(path)
        resume = ResumeIndex.load(resume_path, job.fingerprint, lines)
    redo_unknown = options.results.retry_unknown
    err = console(stderr=True)
    out = console(stderr=output_path is not None and str(output_path) == "-")
    if resume is not None and resume.unreadable:
        err.print(
            f"note: {resume.unreadable} unreadable line(s) in {resume_path}; "
            "their inputs will be done again"
        )

    check = _check_file(options.input, fmt, job, resume)
    if not _report_check(path, job, check):
        return EXIT_USAGE
    held_back = 0 if redo_unknown else check.unknown
    if held_back:
        _report_held_back(job, check, held_back)
    todo = check.rows - check.skipped - held_back
    if connection is None:  # a dry run
        skipped = f", {check.skipped:,} already done" if resume is not None else ""
        out.print(
            f"{path.name}: {check.rows:,} {job.noun}, all rows valid{skipped}; "
            f"{todo:,} would be sent (dry run: nothing sent)",
            highlight=False,
        )
        return EXIT_OK
    if todo == 0:
        if held_back:
            out.print(f"{path.name}: nothing left to send but the lines above", highlight=False)
            return EXIT_FAILED
        out.print(f"{path.name}: all {check.rows:,} {job.noun} are already done", highlight=False)
        return EXIT_OK

    display = Display(job.label, todo, quiet=running.quiet, console=err)
    results = ResultsFile(
        output_path,
        append=resume_path is not None,
        record=job.record,
        idempotent=job.idempotent,
        keeps_result=job.keeps_result,
        follow_symlinks=options.results.follow_symlinks,
    )
    try:
        client = connection.client(
            retry=bulk.BULK_RETRY_POLICY, connection_limit=max(100, running.concurrency)
        )
    except UsageError:
        results.close()
        raise
    summary, seen = await _execute(
        job,
        client,
        _pending_rows(options.input, fmt, job, resume, redo_unknown),
        running.bulk_options(todo, display),
        results,
        display,
        running.grace,
    )
    print_summary(
        out,
        job.label,
        summary,
        inputs=check.rows,
        skipped=check.skipped,
        unknown_before=check.unknown,
        unknown=seen.unknown,
        interrupted=seen.interrupts > 0,
        failures=seen.failures,
        column=job.column,
        shown=job.shown,
    )
    _report_stop(job, summary, seen, output_path)
    if seen.input_error is not None:
        return EXIT_USAGE
    if seen.output_error is not None:
        return EXIT_FAILED
    if seen.interrupts:
        return EXIT_INTERRUPTED
    if summary.failed or summary.cancelled or summary.stopped_early or held_back:
        return EXIT_FAILED
    return EXIT_OK
