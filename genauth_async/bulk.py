"""Run one API call per input, many at a time, and account for every input.

    async with bulk.set_mfa_status(client, user_ids, mfa_trigger_data=mfa, rate=50) as run:
        async for outcome in run:
            if not outcome.ok:
                print(outcome.index, outcome.error)
    print(run.summary)

Any endpoint method works the same way, one call per mapping of arguments:

    rows = [{"userId": "u1", "departments": [{"departmentId": "sales"}]}, ...]
    summary = await bulk.for_endpoint(client, "set_user_departments", rows).wait()

Everything goes through :func:`run`: bounded concurrency, an optional requests-per-second
limit that adapts to 429s (AIMD), lazy reading of the inputs (at most ``2 * concurrency`` of
them are held at once, so a generator over a million-line file is fine), stop conditions,
graceful cancellation and a progress hook. Every input taken from the iterable gets exactly
one :class:`Outcome`; the :class:`Summary` says how many were not taken when the run stopped
early.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sized,
)
from types import TracebackType
from typing import Any, Generic, Literal, TypedDict, TypeVar, Unpack

import attrs
from aiolimiter import AsyncLimiter

from . import _methods, _otel
from ._checks import as_model, check_user_id_type, require_ids
from ._transport import RetryPolicy, unreachable
from .client import AsyncManagementClient
from .errors import (
    AuthenticationError,
    GenAuthAPIError,
    GenAuthTimeoutError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    WrongHostError,
)
from .models.users import (
    IsSuccess,
    KickUsersOptions,
    MfaTriggerData,
    PrincipalAuthenticationInfoPaging,
    ResetUserPrincipalAuthenticationInfoOptions,
    UserIdType,
)

__all__ = [
    "BULK_RETRY_POLICY",
    "AdaptiveRate",
    "BulkRun",
    "Counts",
    "ErrorInfo",
    "Outcome",
    "RunOptions",
    "StopReason",
    "Summary",
    "UserTarget",
    "fatal_reason",
    "for_endpoint",
    "get_mfa_status",
    "get_principal_auth",
    "kick_users",
    "may_have_applied",
    "reset_principal_auth",
    "run",
    "set_mfa_status",
]

_log = logging.getLogger("genauth_async")
_T = TypeVar("_T")
_R = TypeVar("_R")

#: a client for bulk work should let 429s through to the runner, which slows down instead
#: of spending the transport's retries on them (5xx and dropped connections are still retried)
BULK_RETRY_POLICY = RetryPolicy(always_retry_statuses=RetryPolicy().always_retry_statuses - {429})

StopReason = Literal[
    "fatal", "fail_fast", "max_failures", "max_failure_ratio", "stop_on", "max_inputs", "stopped"
]

CANCELLED_KIND = "Cancelled"
#: stop reasons that mark a run's span as failed
_FAILED_STOPS = frozenset({"fatal", "fail_fast", "max_failures", "max_failure_ratio", "stop_on"})


def fatal_reason(exc: BaseException) -> str | None:
    """What is wrong, when ``exc`` concerns every input rather than one, else None.

    Fatal: GenAuth cannot be reached (DNS failure, connection refused, connect timeout, after
    the client's retries), TLS fails (e.g. ``https://`` to a plain-HTTP port, a bad
    certificate), the host answers but is not GenAuth (``WrongHostError``), or the access key
    is rejected (``AuthenticationError``). Every other input
    would fail the same way, so a run stops at the first one (``stop_on_fatal``).
    """
    if isinstance(exc, AuthenticationError):
        return "GenAuth rejected the access key: check the access key id and secret"
    if isinstance(exc, WrongHostError):
        return "GenAuth's API is not at that address: check the host and any path in it"
    kind = unreachable(exc)
    if kind == "tls":
        return (
            "the TLS connection to GenAuth failed: check the host's scheme (https:// or "
            "http://) and its certificate"
        )
    if kind == "connect":
        return "GenAuth cannot be reached: check the host (name, port) and the network"
    return None


#: statuses that say the request was not processed (the transport retries them for any call)
_NOT_PROCESSED_STATUSES = frozenset({408, 429, 503})


def may_have_applied(exc: BaseException | None, attempts: int = 1) -> bool:
    """Whether a call that failed with ``exc`` may still have taken effect at GenAuth.

    False only when it is known not to have: nothing was sent (``attempts`` 0, a bad
    argument, GenAuth unreachable, no pooled connection or no management token before the
    call's deadline), or GenAuth answered with an error that says the request was refused
    (4xx, 408, 429, 503). A read timeout, a connection lost after sending, a 500/502/504, an
    answer that could not be read, or a cancellation while the call was in flight: maybe. For
    a non-idempotent method (``create_user``) such an input must not simply be sent again.
    """
    if attempts == 0 or isinstance(exc, ValueError | TypeError):
        return False
    if isinstance(exc, GenAuthTimeoutError) and exc.sent is False:  # PoolTimeoutError too
        return False
    if exc is not None and unreachable(exc) is not None:
        return False
    if isinstance(exc, ServerError):
        return exc.http_status not in _NOT_PROCESSED_STATUSES and (
            exc.status_code not in _NOT_PROCESSED_STATUSES
        )
    return not isinstance(exc, GenAuthAPIError)


# -- results -----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class ErrorInfo:
    """Why one input failed: the exception's class name and what GenAuth said."""

    kind: str
    message: str
    request_id: str | None = None
    api_code: int | None = None
    status_code: int | None = None

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        if isinstance(exc, GenAuthAPIError):
            return cls(
                type(exc).__name__, exc.message, exc.request_id, exc.api_code, exc.status_code
            )
        if isinstance(exc, ResponseValidationError):
            return cls(type(exc).__name__, str(exc), exc.request_id)
        return cls(type(exc).__name__, str(exc) or type(exc).__name__)


@attrs.frozen(slots=True)
class Outcome(Generic[_T, _R]):
    """What became of one input.

    ``index`` is the input's position in the iterable; ``attempts`` counts the runner's
    attempts (a 429 retried by the runner is a second attempt); ``elapsed`` is seconds from
    the first attempt to the end. A cancelled input has ``error.kind == "Cancelled"``.
    """

    input: _T
    index: int
    result: _R | None = None
    error: ErrorInfo | None = None
    attempts: int = 0
    elapsed: float = 0.0
    exception: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def cancelled(self) -> bool:
        return self.error is not None and self.error.kind == CANCELLED_KIND

    @property
    def unknown(self) -> bool:
        """Failed (or cancelled), but the call may have taken effect: see
        :func:`may_have_applied`. Only a non-idempotent method makes this matter."""
        return self.error is not None and may_have_applied(self.exception, self.attempts)


@attrs.frozen(slots=True)
class Counts:
    """Where a run stands; what the progress hook is called with."""

    taken: int
    succeeded: int
    failed: int
    cancelled: int
    in_flight: int
    total: int | None
    """How many inputs there are, when known (``len()`` or the ``total=`` argument)."""
    elapsed: float
    rate_limit: float | None
    """The current requests-per-second limit, or None when unlimited."""

    @property
    def done(self) -> int:
        return self.succeeded + self.failed + self.cancelled


@attrs.frozen(slots=True)
class Summary:
    """The account of a run: every taken input is exactly one of succeeded, failed, cancelled."""

    total: int
    """Inputs taken (= outcomes produced)."""
    succeeded: int
    failed: int
    cancelled: int
    failed_by_kind: dict[str, int]
    not_taken: int | None
    """Inputs left untouched because the run stopped early (None if unknown, e.g. a generator)."""
    stop_reason: StopReason | None
    elapsed: float
    rate: float
    """Outcomes per second over the run."""
    p50: float | None
    p99: float | None
    """Seconds per input (from a bounded sample); None when nothing finished."""
    attempts: int
    rate_limited: int
    """429 answers the runner saw."""
    rate_limit: float | None
    """The requests-per-second limit at the end (None: never limited)."""
    stop_error: ErrorInfo | None = None
    """The failure that stopped the run at once (``stop_reason`` "fatal" or "stop_on")."""
    stop_message: str | None = None
    """For a "fatal" stop: what is wrong, in a sentence (see :func:`fatal_reason`)."""

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.cancelled == 0 and not self.not_taken

    @property
    def stopped_early(self) -> bool:
        return self.stop_reason is not None and self.stop_reason != "max_inputs"


# -- rate adaptation ---------------------------------------------------------------------------


@attrs.define
class AdaptiveRate:
    """AIMD over a requests-per-second limit.

    A 429 multiplies the rate by ``decrease_factor``, once per congestion event: 429s for
    requests started before the last decrease took effect (``settle_requests`` request
    intervals at the new rate after it) are the same event and are ignored. Every
    ``increase_after`` successes in a row add ``increase_step``. The rate stays within
    [``floor``, ``ceiling``]. Pure bookkeeping, no clock: callers pass the times.
    """

    rate: float = attrs.field(validator=attrs.validators.gt(0))
    floor: float = attrs.field(default=1.0, validator=attrs.validators.gt(0))
    ceiling: float | None = None
    decrease_factor: float = 0.7
    increase_step: float = 1.0
    increase_after: int = 10
    settle_requests: float = 5.0
    decreases: int = attrs.field(default=0, init=False)
    lowest: float = attrs.field(init=False)
    _streak: int = attrs.field(default=0, init=False)
    _settled_at: float = attrs.field(default=float("-inf"), init=False)

    def __attrs_post_init__(self) -> None:
        if not 0 < self.decrease_factor < 1:
            raise ValueError("decrease_factor must be in (0, 1)")
        self.rate = max(self.floor, self.rate)
        self.lowest = self.rate

    def on_rate_limited(self, started_at: float, now: float) -> bool:
        """A request started at ``started_at`` got a 429 at ``now``; True if the rate changed."""
        self._streak = 0
        if started_at < self._settled_at:
            return False
        new = max(self.floor, self.rate * self.decrease_factor)
        self._settled_at = now + self.settle_requests / new
        self.decreases += 1
        changed, self.rate = new != self.rate, new
        self.lowest = min(self.lowest, new)
        return changed

    def on_success(self) -> bool:
        """True if the rate changed."""
        self._streak += 1
        if self._streak < self.increase_after:
            return False
        self._streak = 0
        new = self.rate + self.increase_step
        if self.ceiling is not None:
            new = min(new, self.ceiling)
        changed, self.rate = new != self.rate, new
        return changed


class _Gate:
    """An AsyncLimiter whose rate can change: a new limiter per rate; a waiter released by a
    replaced limiter queues again on the current one, so a decrease applies at once."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self._limiter = self._make(rate)

    @staticmethod
    def _make(rate: float) -> AsyncLimiter:
        # small bursts (20 ms worth): a new limiter starts empty, and a big burst after a
        # decrease would hit a server that is still refilling
        burst = max(1.0, rate / 50)
        return AsyncLimiter(burst, burst / rate)

    def set_rate(self, rate: float) -> None:
        if rate != self.rate:
            self.rate = rate
            self._limiter = self._make(rate)

    async def acquire(self) -> None:
        while True:
            limiter = self._limiter
            await limiter.acquire()
            if limiter is self._limiter:
                return


class _Reservoir:
    """A fixed-size uniform sample (algorithm R) for percentiles in bounded memory."""

    def __init__(self, size: int = 4096, seed: int = 0) -> None:
        self._size = size
        self._seen = 0
        self._sample: list[float] = []
        self._rng = random.Random(seed)

    def add(self, value: float) -> None:
        self._seen += 1
        if len(self._sample) < self._size:
            self._sample.append(value)
        else:
            j = self._rng.randrange(self._seen)
            if j < self._size:
                self._sample[j] = value

    def percentile(self, q: float) -> float | None:
        if not self._sample:
            return None
        ordered = sorted(self._sample)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# -- the runner --------------------------------------------------------------------------------


class RunOptions(TypedDict, total=False):
    """The keyword options of :func:`run`, shared by the job functions."""

    concurrency: int
    rate: float | None
    adaptive: bool
    min_rate: float
    max_attempts: int
    max_backoff: float
    fail_fast: bool
    max_failures: int | None
    max_failure_ratio: float | None
    min_sample: int
    stop_on: tuple[type[BaseException], ...]
    stop_on_fatal: bool
    max_inputs: int | None
    total: int | None
    progress: Callable[[Counts], object] | None
    progress_interval: float
    grace: float
    tracer_provider: Any
    meter_provider: Any


class BulkRun(Generic[_T, _R]):
    """A running (or finished) bulk job. Made by :func:`run`; see there for the options.

    Iterate it (``async for outcome in run``) to get outcomes as they complete; use it as an
    async context manager so that leaving the block early (an exception, a ``break``, a
    cancellation) stops it cleanly. ``await run.wait()`` drains it and returns the summary.
    Outcomes that were not read before the run stopped stay readable: iterate again.
    """

    def __init__(
        self,
        fn: Callable[[_T], Awaitable[_R]],
        inputs: Iterable[_T] | AsyncIterable[_T],
        *,
        concurrency: int = 32,
        rate: float | None = None,
        adaptive: bool = True,
        min_rate: float = 1.0,
        max_attempts: int = 8,
        max_backoff: float = 30.0,
        fail_fast: bool = False,
        max_failures: int | None = None,
        max_failure_ratio: float | None = None,
        min_sample: int = 50,
        stop_on: tuple[type[BaseException], ...] = (),
        stop_on_fatal: bool = True,
        max_inputs: int | None = None,
        total: int | None = None,
        progress: Callable[[Counts], object] | None = None,
        progress_interval: float = 0.1,
        grace: float = 30.0,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency!r}")
        if rate is not None and rate <= 0:
            raise ValueError(f"rate must be positive, got {rate!r}")
        if min_rate <= 0:
            raise ValueError(f"min_rate must be positive, got {min_rate!r}")
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {max_attempts!r}")
        if max_failures is not None and max_failures < 1:
            raise ValueError(f"max_failures must be >= 1, got {max_failures!r}")
        if max_failure_ratio is not None and not 0 < max_failure_ratio <= 1:
            raise ValueError(f"max_failure_ratio must be in (0, 1], got {max_failure_ratio!r}")
        if max_inputs is not None and max_inputs < 0:
            raise ValueError(f"max_inputs must be >= 0, got {max_inputs!r}")
        if not isinstance(inputs, Iterable | AsyncIterable):
            raise TypeError(f"inputs must be iterable, got {type(inputs).__name__}")
        if total is None and isinstance(inputs, Sized):
            total = len(inputs)
        self._fn = fn
        self._inputs = inputs
        self._concurrency = concurrency
        self._adaptive = adaptive
        self._min_rate = min_rate
        self._max_attempts = max_attempts
        self._max_backoff = max_backoff
        self._fail_fast = fail_fast
        self._max_failures = max_failures
        self._max_failure_ratio = max_failure_ratio
        self._min_sample = min_sample
        self._stop_on = stop_on
        self._stop_on_fatal = stop_on_fatal
        self._stop_error: ErrorInfo | None = None
        self._stop_message: str | None = None
        self._max_inputs = max_inputs
        self._total = total
        self._progress = progress
        self._progress_interval = progress_interval
        self._grace = grace
        self.controller: AdaptiveRate | None = None
        """The AIMD state, once there is a limit to adapt (a ``rate``, or the first 429)."""
        self._gate: _Gate | None = None
        if rate is not None:
            self._gate = _Gate(rate)
            if adaptive:
                self.controller = AdaptiveRate(
                    rate, floor=min(min_rate, rate), ceiling=rate, increase_step=max(1, rate / 20)
                )
        # state
        self._started = False
        self._start_time = 0.0
        self._end_time: float | None = None
        self._driver: asyncio.Task[None] | None = None
        self._driver_waiting = False
        self._driver_done = False
        self._abort_timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._buffer: deque[Outcome[_T, _R]] = deque()
        self._wakeup: asyncio.Event | None = None
        self._window: asyncio.Semaphore | None = None
        self._running: asyncio.Semaphore | None = None
        self._stopping = False
        self._stop_reason: StopReason | None = None
        self._input_error: BaseException | None = None
        self._exhausted = False
        self._taken = 0
        self._succeeded = 0
        self._failed = 0
        self._cancelled = 0
        self._failed_by_kind: dict[str, int] = {}
        self._attempts = 0
        self._rate_limited = 0
        self._latency = _Reservoir()
        self._last_progress = float("-inf")
        self._otel_providers = (tracer_provider, meter_provider)
        self._otel: _otel.BulkTelemetry | None = None

    # -- public state --------------------------------------------------------------------

    @property
    def rate(self) -> float | None:
        """The current requests-per-second limit (None: unlimited)."""
        return self._gate.rate if self._gate is not None else None

    @property
    def finished(self) -> bool:
        return self._started and self._driver_done and not self._tasks

    @property
    def stop_reason(self) -> StopReason | None:
        return self._stop_reason

    def counts(self) -> Counts:
        return Counts(
            taken=self._taken,
            succeeded=self._succeeded,
            failed=self._failed,
            cancelled=self._cancelled,
            in_flight=len(self._tasks),
            total=self._total,
            elapsed=self._elapsed(),
            rate_limit=self.rate,
        )

    @property
    def summary(self) -> Summary:
        """The account so far (final once :attr:`finished`)."""
        elapsed = self._elapsed()
        done = self._succeeded + self._failed + self._cancelled
        if self._exhausted:
            not_taken: int | None = 0
        elif self._total is not None:
            not_taken = max(0, self._total - self._taken)
        else:
            not_taken = None
        return Summary(
            total=self._taken,
            succeeded=self._succeeded,
            failed=self._failed,
            cancelled=self._cancelled,
            failed_by_kind=dict(self._failed_by_kind),
            not_taken=not_taken,
            stop_reason=self._stop_reason,
            elapsed=elapsed,
            rate=done / elapsed if elapsed > 0 else 0.0,
            p50=self._latency.percentile(0.50),
            p99=self._latency.percentile(0.99),
            attempts=self._attempts,
            rate_limited=self._rate_limited,
            rate_limit=self.rate,
            stop_error=self._stop_error,
            stop_message=self._stop_message,
        )

    # -- control -------------------------------------------------------------------------

    def stop(self, reason: StopReason = "stopped", *, grace: float | None = None) -> None:
        """Take no more inputs; calls in flight go on to the end, or for ``grace`` seconds
        and are then cancelled (and reported as cancelled). Safe to call repeatedly."""
        if grace is not None and self._started and not self.finished:
            if self._abort_timer is not None:
                self._abort_timer.cancel()
            self._abort_timer = asyncio.get_running_loop().call_later(grace, self.abort)
        if self._stopping:
            return
        self._stopping = True
        if self._stop_reason is None and not self._driver_done:
            self._stop_reason = reason
        if self._driver is not None and self._driver_waiting:
            self._driver.cancel()
        self._wake()

    def abort(self) -> None:
        """Stop, and cancel the calls in flight now (their inputs are reported as cancelled)."""
        self.stop()
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self, grace: float | None = None) -> Summary:
        """Stop; give calls in flight ``grace`` seconds (default: the run's), then cancel them."""
        if not self._started:
            self._start()
        self.stop()
        if self._driver is not None:
            await asyncio.wait([self._driver])
        if self._tasks:
            timeout = self._grace if grace is None else grace
            await asyncio.wait(list(self._tasks), timeout=timeout)
        if self._tasks:
            pending = list(self._tasks)
            for task in pending:
                task.cancel()
            await asyncio.wait(pending)
        self._report_progress(final=True)
        return self.summary

    async def wait(self) -> Summary:
        """Run to the end, discarding the outcomes; the summary."""
        async with self:
            async for _ in self:
                pass
        return self.summary

    # -- iteration -----------------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[Outcome[_T, _R]]:
        return self._outcomes()

    async def _outcomes(self) -> AsyncIterator[Outcome[_T, _R]]:
        if not self._started:
            self._start()
        assert self._wakeup is not None and self._window is not None
        try:
            while True:
                if self._buffer:
                    outcome = self._buffer.popleft()
                    self._window.release()
                    yield outcome
                    continue
                if self.finished:
                    break
                self._wakeup.clear()
                await self._wakeup.wait()
        finally:
            if not self.finished:
                # the reader left early (break, exception, cancellation): stop cleanly;
                # outcomes not yet read stay in the buffer
                await self.aclose()
        if self._input_error is not None:
            error, self._input_error = self._input_error, None
            raise error

    async def __aenter__(self) -> BulkRun[_T, _R]:
        if not self._started:
            self._start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- internals -----------------------------------------------------------------------

    def _elapsed(self) -> float:
        if not self._started:
            return 0.0
        end = self._end_time if self._end_time is not None else time.monotonic()
        return end - self._start_time

    def _wake(self) -> None:
        if self._wakeup is not None:
            self._wakeup.set()

    def _start(self) -> None:
        self._started = True
        self._start_time = time.monotonic()
        self._wakeup = asyncio.Event()
        # ``window`` bounds inputs held at all (running + outcomes not read yet), so that a
        # slow reader slows the run down rather than the buffer growing
        self._window = asyncio.Semaphore(self._concurrency * 2)
        self._running = asyncio.Semaphore(self._concurrency)
        otel = self._otel = _otel.resolve_bulk(*self._otel_providers)
        if otel is None:
            self._driver = asyncio.create_task(self._drive(), name="genauth-bulk-driver")
        else:
            # the run's span is the parent of every call it makes
            self._driver = otel.start(
                {"genauth.bulk.concurrency": self._concurrency, "genauth.bulk.total": self._total},
                lambda: asyncio.create_task(self._drive(), name="genauth-bulk-driver"),
            )

    async def _drive(self) -> None:
        assert self._window is not None and self._running is not None
        inputs = self._inputs
        sync_it: Iterator[_T] | None = None
        async_it: AsyncIterator[_T] | None = None
        if isinstance(inputs, AsyncIterable):
            async_it = aiter(inputs)
        else:
            sync_it = iter(inputs)
        try:
            while not self._stopping:
                if self._max_inputs is not None and self._taken >= self._max_inputs:
                    self.stop("max_inputs")
                    break
                self._driver_waiting = True
                try:
                    await self._window.acquire()
                    try:
                        await self._running.acquire()
                    except BaseException:
                        self._window.release()
                        raise
                    try:
                        if self._stopping:
                            raise _Stop
                        if async_it is not None:
                            item = await anext(async_it)
                        else:
                            assert sync_it is not None
                            self._driver_waiting = False
                            item = next(sync_it)
                    except BaseException:
                        self._running.release()
                        self._window.release()
                        raise
                finally:
                    self._driver_waiting = False
                # taken: from here on this input gets an outcome whatever happens
                index = self._taken
                self._taken += 1
                task = asyncio.create_task(self._work(index, item))
                self._tasks.add(task)
                task.add_done_callback(self._task_done)
        except (StopIteration, StopAsyncIteration):
            self._exhausted = True
        except (_Stop, asyncio.CancelledError):
            pass  # stop() cancels the driver only while it waits
        except Exception as exc:
            self._input_error = exc
            self.stop()
        finally:
            self._driver_done = True
            await _close_iterator(sync_it, async_it)
            self._maybe_finish()

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._driver_done and not self._tasks and self._end_time is None:
            self._end_time = time.monotonic()
            if self._abort_timer is not None:
                self._abort_timer.cancel()
            self._report_progress(final=True)
            if self._otel is not None:
                failure = self._stop_reason if self._stop_reason in _FAILED_STOPS else None
                self._otel.finish(
                    {
                        "succeeded": self._succeeded,
                        "failed": self._failed,
                        "cancelled": self._cancelled,
                        "stop_reason": self._stop_reason,
                    },
                    "input_error" if self._input_error is not None else failure,
                )
        self._wake()

    async def _work(self, index: int, item: _T) -> None:
        assert self._running is not None
        attempts = 0
        started: float | None = None
        otel = self._otel
        if otel is not None:
            otel.in_flight.add(1)
        try:
            while True:
                gate = self._gate
                if gate is not None:
                    await gate.acquire()
                attempts += 1
                self._attempts += 1
                attempt_started = time.monotonic()
                if started is None:
                    started = attempt_started
                try:
                    result = await self._fn(item)
                except RateLimitError as exc:
                    self._rate_limited += 1
                    self._on_rate_limited(attempt_started)
                    if attempts >= self._max_attempts:
                        self._record_failure(index, item, exc, attempts, started)
                        return
                    await asyncio.sleep(self._backoff(attempts, exc.retry_after))
                except Exception as exc:
                    self._record_failure(index, item, exc, attempts, started)
                    return
                else:
                    self._on_success()
                    elapsed = time.monotonic() - started
                    self._succeeded += 1
                    if otel is not None:
                        otel.succeeded.add(1)
                    self._latency.add(elapsed)
                    self._deliver(Outcome(item, index, result, None, attempts, elapsed))
                    return
        except asyncio.CancelledError as exc:
            self._cancelled += 1
            elapsed = 0.0 if started is None else time.monotonic() - started
            error = ErrorInfo(CANCELLED_KIND, "cancelled before it finished")
            self._deliver(Outcome(item, index, None, error, attempts, elapsed, exc))
        finally:
            self._running.release()
            if otel is not None:
                otel.in_flight.add(-1)

    def _record_failure(
        self, index: int, item: _T, exc: Exception, attempts: int, started: float
    ) -> None:
        elapsed = time.monotonic() - started
        info = ErrorInfo.from_exception(exc)
        self._failed += 1
        if self._otel is not None:
            self._otel.failed.add(1, {"genauth.bulk.error_kind": info.kind})
        self._failed_by_kind[info.kind] = self._failed_by_kind.get(info.kind, 0) + 1
        self._latency.add(elapsed)
        self._deliver(Outcome(item, index, None, info, attempts, elapsed, exc))
        self._check_stop(exc, info)

    def _check_stop(self, exc: Exception, info: ErrorInfo) -> None:
        if self._stopping:
            return
        if self._stop_on_fatal and (why := fatal_reason(exc)) is not None:
            self._stop_error, self._stop_message = info, why
            self.stop("fatal")
        elif self._stop_on and isinstance(exc, self._stop_on):
            self._stop_error = info
            self.stop("stop_on")
        elif self._fail_fast:
            self.stop("fail_fast")
        elif self._max_failures is not None and self._failed >= self._max_failures:
            self.stop("max_failures")
        elif self._max_failure_ratio is not None:
            finished = self._succeeded + self._failed
            if finished >= self._min_sample and self._failed / finished > self._max_failure_ratio:
                self.stop("max_failure_ratio")

    def _deliver(self, outcome: Outcome[_T, _R]) -> None:
        self._buffer.append(outcome)
        self._wake()
        self._report_progress()

    def _report_progress(self, *, final: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if not final and now - self._last_progress < self._progress_interval:
            return
        self._last_progress = now
        try:
            self._progress(self.counts())
        except Exception:
            # a broken progress display must not lose outcomes
            _log.exception("the bulk progress hook failed")

    def _on_rate_limited(self, attempt_started: float) -> None:
        if not self._adaptive:
            return
        now = time.monotonic()
        if self.controller is None:
            # no limit was set: start from what we actually achieved so far
            elapsed = max(now - self._start_time, 1e-3)
            observed = max(self._min_rate, self._attempts / elapsed)
            self.controller = AdaptiveRate(
                observed,
                floor=self._min_rate,
                ceiling=observed,
                increase_step=max(1.0, observed / 20),
            )
        if self.controller.on_rate_limited(attempt_started, now) or self._gate is None:
            self._set_rate(self.controller.rate)

    def _on_success(self) -> None:
        if self.controller is not None and self.controller.on_success():
            self._set_rate(self.controller.rate)

    def _set_rate(self, rate: float) -> None:
        if self._gate is None:
            self._gate = _Gate(rate)
        else:
            self._gate.set_rate(rate)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self._max_backoff)
        return random.uniform(0, min(self._max_backoff, 0.25 * 2 ** (attempt - 1)))


class _Stop(Exception):
    pass


async def _close_iterator(
    sync_it: Iterator[Any] | None, async_it: AsyncIterator[Any] | None
) -> None:
    # close generators we stopped reading, so their ``finally`` (e.g. closing a file) runs now
    if sync_it is not None:
        close = getattr(sync_it, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):
                close()
    if async_it is not None:
        aclose = getattr(async_it, "aclose", None)
        if callable(aclose):
            with contextlib.suppress(Exception):
                await aclose()


def run(
    fn: Callable[[_T], Awaitable[_R]],
    inputs: Iterable[_T] | AsyncIterable[_T],
    **options: Unpack[RunOptions],
) -> BulkRun[_T, _R]:
    """Call ``await fn(input)`` for every input; a :class:`BulkRun` to iterate or await.

    Args:
        inputs: a list, iterator or async iterator; read lazily (at most
            ``2 * concurrency`` inputs are held at once).
        concurrency: calls in flight at once (default 32).
        rate: requests per second at most (default: unlimited). With ``adaptive`` (the
            default) a 429 lowers it (multiplicatively, not below ``min_rate``) and runs of
            successes raise it again (additively, up to ``rate``); with no ``rate``, the
            first 429 sets one from the throughput so far.
        max_attempts: attempts per input when the answer is 429 (``RateLimitError``); the
            runner waits ``Retry-After`` (at most ``max_backoff`` seconds) between them. Other
            errors are not retried here: the client's :class:`RetryPolicy` already did.
        fail_fast, max_failures, max_failure_ratio: stop taking inputs at the first failure,
            after N failures, or when the failed fraction exceeds x once ``min_sample`` inputs
            have finished. Calls in flight still finish.
        stop_on: exception classes that stop the run at once (e.g.
            ``PermissionDeniedError``: every other input would fail the same way).
        stop_on_fatal: stop at once (``stop_reason`` "fatal") on a failure that concerns
            every input: GenAuth cannot be reached, TLS fails, the access key is rejected
            (see :func:`fatal_reason`; default True). The inputs not taken are counted in
            ``Summary.not_taken``, not as failures.
        max_inputs: take at most this many inputs.
        total: how many inputs there are, for progress and ``Summary.not_taken`` (default:
            ``len(inputs)`` when it has one).
        progress: called with :class:`Counts` at most every ``progress_interval`` seconds,
            and once at the end.
        grace: seconds calls in flight get to finish when the run is closed early, before
            they are cancelled (and reported as cancelled).
        tracer_provider, meter_provider: OpenTelemetry providers for the run's span (the
            parent of its calls' spans) and its succeeded/failed/in-flight counters (default:
            the global ones; a job or :func:`for_endpoint` uses its client's).
    """
    return BulkRun(fn, inputs, **options)


# -- any endpoint -------------------------------------------------------------------------------


def for_endpoint(
    client: AsyncManagementClient,
    method: str,
    inputs: Iterable[_T] | AsyncIterable[_T],
    *,
    args: Callable[[_T], Mapping[str, Any]] | None = None,
    constants: Mapping[str, Any] | None = None,
    on_send: Callable[[_T], object] | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[_T, Any]:
    """``client.<method>(**arguments)`` for every input, through :func:`run`.

        rows = [{"userId": "u1", "departments": [{"departmentId": "sales"}]}, ...]
        async with bulk.for_endpoint(client, "set_user_departments", rows) as run:
            async for outcome in run: ...

    Each input is a mapping of the method's arguments, by their Python (``user_id``) or
    camelCase (``userId``) names; nested models may be given as camelCase dicts. ``args``
    turns other inputs into that mapping (the outcome keeps the input itself). ``constants``
    are arguments shared by every input; an input's own value (other than None) wins.

    An input whose arguments do not fit fails with a ValueError/TypeError before it is sent.
    The transport never retries a non-idempotent method once it may have reached GenAuth, and
    the runner retries only 429s; :attr:`Outcome.unknown` marks the failures that may still
    have taken effect.

    ``on_send(input)`` is called once per attempt, when the input's arguments are mapped
    (an unknown name is refused before it) and the method is about to be called: a
    non-idempotent run records there, durably, that the input may take effect, so that a
    process killed mid-call leaves a trace (what ``genauth-async bulk --resume`` reads as
    "unknown"). A value the method's own checks refuse is still not sent: its outcome is
    that ``ValueError``/``TypeError``, which :attr:`Outcome.unknown` does not mark.

    Raises ValueError at once for a method that does not exist or an unknown constant.
    """
    info = _methods.describe(method)
    fixed = info.arguments(constants or {})
    # the client's OpenTelemetry providers, unless the run is given its own
    tracer_provider, meter_provider = client._transport._otel_options[:2]
    options.setdefault("tracer_provider", tracer_provider)
    options.setdefault("meter_provider", meter_provider)
    fn = getattr(client, method)

    async def call(item: _T) -> Any:
        given = args(item) if args is not None else item
        if not isinstance(given, Mapping):
            raise TypeError(
                f"each input of {method} must be a mapping of its arguments, "
                f"got {type(given).__name__}"
            )
        own = info.arguments({k: v for k, v in given.items() if v is not None})
        if on_send is not None:
            on_send(item)
        return await fn(**{**fixed, **own})

    return run(call, inputs, **options)


# -- the jobs ----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class UserTarget:
    """One user to act on. Plain ``str`` inputs mean ``UserTarget(user_id=that)``.

    ``user_id_type`` and ``mfa_trigger_data`` override the job's defaults for this user.
    """

    user_id: str
    user_id_type: UserIdType | str | None = None
    mfa_trigger_data: MfaTriggerData | None = None


def _target(item: str | UserTarget) -> UserTarget:
    return UserTarget(item) if isinstance(item, str) else item


def _user_args(
    default_type: UserIdType | None, **extra: Any
) -> Callable[[str | UserTarget], dict[str, Any]]:
    def args(item: str | UserTarget) -> dict[str, Any]:
        target = _target(item)
        return {
            "user_id": target.user_id,
            "user_id_type": target.user_id_type or default_type,
            **extra,
        }

    return args


def set_mfa_status(
    client: AsyncManagementClient,
    inputs: Iterable[str | UserTarget] | AsyncIterable[str | UserTarget],
    *,
    mfa_trigger_data: MfaTriggerData | dict[str, Any] | None = None,
    user_id_type: UserIdType | str | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[str | UserTarget, IsSuccess]:
    """``set_users_mfa_status`` for every user; a target's own MFA data wins over the default."""
    default = as_model(mfa_trigger_data, MfaTriggerData, "mfa_trigger_data", optional=True)
    user = _user_args(check_user_id_type(user_id_type))

    def args(item: str | UserTarget) -> dict[str, Any]:
        data = _target(item).mfa_trigger_data or default
        if data is None:
            raise ValueError("no mfa_trigger_data for this user and no default given")
        return {**user(item), "mfa_trigger_data": data}

    return for_endpoint(client, "set_users_mfa_status", inputs, args=args, **options)


def get_mfa_status(
    client: AsyncManagementClient,
    inputs: Iterable[str | UserTarget] | AsyncIterable[str | UserTarget],
    *,
    user_id_type: UserIdType | str | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[str | UserTarget, MfaTriggerData]:
    """``get_user_mfa_status`` for every user."""
    args = _user_args(check_user_id_type(user_id_type))
    return for_endpoint(client, "get_user_mfa_status", inputs, args=args, **options)


def _options_args(
    user_id_type: UserIdType | str | None, options_cls: type, **extra: Any
) -> Callable[[str | UserTarget], dict[str, Any]]:
    """The user's id, and its id type in ``options`` (where these endpoints take it)."""
    default_type = check_user_id_type(user_id_type)

    def args(item: str | UserTarget) -> dict[str, Any]:
        target = _target(item)
        kind = target.user_id_type or default_type
        return {
            "user_id": target.user_id,
            "options": options_cls(user_id_type=kind) if kind else None,
            **extra,
        }

    return args


def reset_principal_auth(
    client: AsyncManagementClient,
    inputs: Iterable[str | UserTarget] | AsyncIterable[str | UserTarget],
    *,
    user_id_type: UserIdType | str | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[str | UserTarget, IsSuccess]:
    """``reset_user_principal_authentication_info`` for every user."""
    args = _options_args(user_id_type, ResetUserPrincipalAuthenticationInfoOptions)
    return for_endpoint(
        client, "reset_user_principal_authentication_info", inputs, args=args, **options
    )


def get_principal_auth(
    client: AsyncManagementClient,
    inputs: Iterable[str | UserTarget] | AsyncIterable[str | UserTarget],
    *,
    user_id_type: UserIdType | str | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[str | UserTarget, PrincipalAuthenticationInfoPaging]:
    """``get_user_principal_authentication_info`` for every user."""
    args = _user_args(check_user_id_type(user_id_type))
    return for_endpoint(
        client, "get_user_principal_authentication_info", inputs, args=args, **options
    )


def kick_users(
    client: AsyncManagementClient,
    inputs: Iterable[str | UserTarget] | AsyncIterable[str | UserTarget],
    *,
    app_ids: list[str],
    user_id_type: UserIdType | str | None = None,
    **options: Unpack[RunOptions],
) -> BulkRun[str | UserTarget, IsSuccess]:
    """``kick_users`` (log out of ``app_ids``) for every user."""
    apps = require_ids(app_ids, "app_ids")
    args = _options_args(user_id_type, KickUsersOptions)
    return for_endpoint(
        client, "kick_users", inputs, args=args, constants={"app_ids": apps}, **options
    )
