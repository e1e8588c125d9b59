"""``--resume``: which input lines an earlier run's results file says are done."""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Final, Literal

import orjson

from ._errors import UsageError
from ._options import ResultsOptions

__all__ = ["ResumeIndex", "results_paths"]

#: the longest results record read: far beyond any this command writes (an input line is at
#: most --max-line-bytes, an answer a page of objects)
_MAX_RECORD_BYTES: Final = 64 << 20


class ResumeIndex:
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
        self.beyond = 0
        """Finished records of lines past the end of the input (another input's file)."""
        self.unknown: dict[int, int] = {}
        self.unfinished: set[int] = set()
        """Of ``unknown``: the lines sent with no outcome recorded (the process was killed)."""

    @classmethod
    def load(cls, path: Path, fingerprint: Callable[[Any], int], lines: int) -> ResumeIndex:
        """The index of the results file ``path``; ``fingerprint`` is of a record's input,
        and ``lines`` the input file's number of lines.

        A record whose line is not a whole number from 1 up is unreadable, like a line that is
        not JSON; a finished one past the input's last line is only counted (:attr:`beyond`):
        memory depends on the input, never on the numbers in the file.
        """
        index = cls()
        in_flight: dict[int, int] = {}  # line -> fingerprint: sent, no outcome yet
        if not path.exists():
            return index
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
        with handle:
            for raw in _records(handle):
                if raw is None:
                    index.unreadable += 1  # far longer than any record this command writes
                    continue
                if not raw.strip():
                    continue
                try:
                    record = orjson.loads(raw)
                    line, ok = record["line"], record["ok"]
                    fp = fingerprint(record["input"])
                    unknown = record.get("unknown") is True
                    sent = record.get("sent") is True
                except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
                    index.unreadable += 1  # e.g. a line cut short by a crash: redo it
                    continue
                if isinstance(line, bool) or not isinstance(line, int) or line <= 0:
                    index.unreadable += 1  # not a line number: the file is damaged
                    continue
                if line > lines:  # past the input's end: counted, never stored
                    index.beyond += ok is True or unknown
                    continue
                if sent:
                    in_flight[line] = fp  # until its outcome follows
                    continue
                in_flight.pop(line, None)
                if ok is True:
                    index._mark(line, fp)
                elif unknown:
                    index.unknown.setdefault(line, fp)
        for line, fp in in_flight.items():
            # sent, and the run ended before its outcome: it may have taken effect
            if line not in index.unknown:
                index.unknown[line] = fp
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


def _records(handle: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a results file; None for one longer than :data:`_MAX_RECORD_BYTES`,
    which is skipped in bounded pieces, never held whole."""
    while raw := handle.readline(_MAX_RECORD_BYTES + 1):
        if len(raw) > _MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


def results_paths(results: ResultsOptions) -> tuple[Path | None, Path | None]:
    """The results file to resume from and the one to write; refuses to lose results."""
    resume = results.resume
    output = results.output or resume
    if resume is not None and results.overwrite:
        raise UsageError(
            "--resume and --overwrite exclude each other: --resume keeps the results file "
            "and appends to it"
        )
    if resume is not None and not resume.is_file():
        raise UsageError(
            f"--resume {resume}: no such results file (to start a new run, use --output)"
        )
    if (
        output is not None
        and str(output) != "-"
        and not results.follow_symlinks
        and output.is_symlink()
    ):
        raise UsageError(
            f"{output} is a symbolic link: the results are written through one only with "
            "--follow-symlinks"
        )
    if (
        output is not None
        and str(output) != "-"
        and resume is None
        and not results.overwrite
        and output.is_file()
        and output.stat().st_size > 0
    ):
        raise UsageError(
            f"{output} already holds results: add --resume {output} to do only the users "
            "not done yet, --overwrite to replace it, or choose another --output"
        )
    return resume, output
