"""Fault injection: the `Faults` knobs and the seeded engine that rolls them."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["ERROR_STATUSES", "FaultInjector", "Faults", "RequestDice"]

ERROR_STATUSES = frozenset({500, 502, 503, 504})
_RATES = (
    "error_rate",
    "drop_rate",
    "html_rate",
    "malformed_json_rate",
    "fail_after_apply_rate",
    "websocket_drop_rate",
)


@dataclass
class Faults:
    """What can go wrong, and how often. Rates are probabilities in [0, 1], rolled per request.

    Every knob except the two token ones applies only to non-admin routes, and only to the
    paths in `routes` when it is set. Checked in this order: latency, rate limit, dropped
    connection, error status, HTML page, malformed JSON, then the handler runs, then
    fail-after-apply.
    """

    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    """Extra delay drawn uniformly from [0, jitter_ms] per request."""
    error_rate: float = 0.0
    error_rates: Mapping[str, float] | None = None
    """Per-path error rates ({"/api/v3/set-mfa-status": 0.5}): a path listed here uses its own
    rate instead of `error_rate`. With `routes` set, every path listed must be in `routes`."""
    error_statuses: tuple[int, ...] = (503,)
    """The HTTP status of an injected error is drawn from these (500, 502, 503, 504)."""
    rate_limit_rps: float | None = None
    """Token-bucket budget (burst = one second's worth); beyond it: HTTP 429 + Retry-After."""
    drop_rate: float = 0.0
    """Close the connection without answering, before the handler runs."""
    html_rate: float = 0.0
    """Answer HTTP 502 with a proxy's HTML error page."""
    malformed_json_rate: float = 0.0
    """Answer HTTP 200 with a truncated JSON body."""
    fail_after_apply_rate: float = 0.0
    """Run the handler (so a write is applied), then fail as `fail_after_apply_action` says."""
    fail_after_apply_action: Literal["error", "drop"] = "error"
    """Either an HTTP 503 envelope ("error") or a closed connection ("drop")."""
    websocket_drop_rate: float = 0.0
    """After sending an event on the event websocket, close that socket (code 1012, as a
    restarting server does). Ignores `routes`."""
    early_expiry_s: float | None = None
    """Tokens die after this many seconds, whatever `expires_in` announced. Ignores `routes`."""
    revoke_tokens_every_s: float | None = None
    """Revoke every live token each time this many seconds have passed (checked as requests
    arrive, starting from the first one after configuring). Ignores `routes`."""
    max_consecutive_faults: int | None = None
    """At most this many faults in a row for the same request (same method, path, query and
    body): its next try goes through. None: no limit. Below the client's `max_attempts`
    (3 by default), every fault is one the client's retries absorb."""
    routes: frozenset[str] | None = None
    """Paths the faults apply to (e.g. {"/api/v3/set-mfa-status"}); None means every route."""
    seed: int | None = None
    """Seed of the fault RNG; None uses the emulator's seed. Which faults a request gets
    follows from the seed, the request (method, path, query, body) and how many times that
    same request came before: not from timing, concurrency or other requests."""

    def __post_init__(self) -> None:
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {value!r}")
        if self.error_rates is not None:
            if not isinstance(self.error_rates, Mapping):
                raise ValueError("error_rates must map paths to rates")
            self.error_rates = dict(self.error_rates)
            for path, value in self.error_rates.items():
                if not isinstance(path, str) or not path.startswith("/"):
                    raise ValueError(
                        f"error_rates keys must be paths like /api/v3/..., got {path!r}"
                    )
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"error_rates[{path!r}] must be a number, got {value!r}")
                if not 0.0 <= value <= 1.0:
                    raise ValueError(f"error_rates[{path!r}] must be in [0, 1], got {value!r}")
        self.error_statuses = tuple(self.error_statuses)
        if not self.error_statuses or not set(self.error_statuses) <= ERROR_STATUSES:
            raise ValueError(f"error_statuses must be some of {sorted(ERROR_STATUSES)}")
        if self.fail_after_apply_action not in ("error", "drop"):
            raise ValueError('fail_after_apply_action must be "error" or "drop"')
        if self.max_consecutive_faults is not None and (
            isinstance(self.max_consecutive_faults, bool)
            or not isinstance(self.max_consecutive_faults, int)
            or self.max_consecutive_faults < 0
        ):
            raise ValueError("max_consecutive_faults must be an int >= 0 or None")
        for name in ("rate_limit_rps", "early_expiry_s", "revoke_tokens_every_s"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive or None")
        if self.latency_ms < 0 or self.jitter_ms < 0:
            raise ValueError("latency_ms and jitter_ms must not be negative")
        if self.routes is not None:
            self.routes = frozenset(self.routes)
            if self.error_rates and (outside := set(self.error_rates) - self.routes):
                raise ValueError(f"error_rates lists paths not in routes: {sorted(outside)}")

    def applies_to(self, path: str) -> bool:
        return self.routes is None or path in self.routes

    def is_random(self) -> bool:
        """Whether any knob draws from the RNG for a request (a rate or jitter is set)."""
        return bool(  # every request asks: no loop over the names
            self.error_rate
            or self.error_rates
            or self.drop_rate
            or self.html_rate
            or self.malformed_json_rate
            or self.fail_after_apply_rate
            or self.jitter_ms
        )

    def error_rate_for(self, path: str) -> float:
        """The error rate of `path`: its `error_rates` entry, else `error_rate`."""
        if self.error_rates is not None and path in self.error_rates:
            return self.error_rates[path]
        return self.error_rate

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["error_statuses"] = list(self.error_statuses)
        data["routes"] = None if self.routes is None else sorted(self.routes)
        data["error_rates"] = None if self.error_rates is None else dict(self.error_rates)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Faults:
        """Build from a JSON object (the admin route's body); unknown keys are an error."""
        known = {f.name for f in dataclasses.fields(cls)}
        if unknown := set(data) - known:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        kwargs = dict(data)
        if kwargs.get("routes") is not None:
            kwargs["routes"] = frozenset(kwargs["routes"])
        if "error_statuses" in kwargs:
            kwargs["error_statuses"] = tuple(kwargs["error_statuses"])
        return cls(**kwargs)


class RequestDice:
    """The dice of one request (see `FaultInjector.for_request`)."""

    __slots__ = ("_injector", "_key", "faulted", "rng")

    def __init__(self, injector: FaultInjector, key: bytes, rng: random.Random | None) -> None:
        self._injector = injector
        self._key = key
        self.rng = rng
        """None: this request gets no fault (no knob is random, or its streak is full)."""
        self.faulted = False

    def roll(self, rate: float) -> bool:
        """Whether the fault of probability `rate` hits this request (one fault at most)."""
        if self.rng is None or self.faulted or rate <= 0.0 or self.rng.random() >= rate:
            return False
        self.faulted = True
        return True

    def delay(self, faults: Faults) -> float:
        """Seconds to sleep before answering."""
        jitter = self.rng.uniform(0.0, faults.jitter_ms) if faults.jitter_ms and self.rng else 0.0
        return (faults.latency_ms + jitter) / 1000.0

    def error_status(self, faults: Faults) -> int:
        return self.rng.choice(faults.error_statuses) if self.rng else faults.error_statuses[0]

    def close(self) -> None:
        """The request is answered: count its streak of faults."""
        streaks = self._injector._streaks
        if self.faulted:
            streaks[self._key] = streaks.get(self._key, 0) + 1
        else:
            streaks.pop(self._key, None)


class FaultInjector:
    """Rolls the dice for the current `Faults`.

    A request's dice are seeded by the seed, the request itself and how many times the same
    request was seen, so a configuration and seed give the same requests the same faults
    whatever their timing and order. (Websocket drops follow the order of the events.)
    """

    #: past this many distinct requests, the counts of repeats start over
    MAX_TRACKED = 100_000

    def __init__(self, faults: Faults, *, default_seed: int, clock: Callable[[], float]) -> None:
        self._default_seed = default_seed
        self._clock = clock
        self.configure(faults)

    def configure(self, faults: Faults) -> None:
        """Install `faults` and reseed the RNG."""
        self.faults = faults
        seed = self._default_seed if faults.seed is None else faults.seed
        self.rng = random.Random(seed)
        self._seed = str(seed).encode()
        self._seen: dict[bytes, int] = {}
        self._streaks: dict[bytes, int] = {}
        self._bucket_rps: float | None = None
        self._bucket = 0.0
        self._bucket_at = 0.0
        self._next_revocation: float | None = None

    def for_request(self, method: str, path: str, query: str, body: bytes) -> RequestDice:
        """The dice of one request, seeded by (seed, the request, its repeat count)."""
        faults = self.faults
        if not faults.is_random():
            return RequestDice(self, b"", None)
        key = hashlib.blake2b(
            b"\n".join((method.encode(), path.encode(), query.encode(), body)), digest_size=16
        ).digest()
        if len(self._seen) >= self.MAX_TRACKED:
            self._seen.clear()
        repeat = self._seen.get(key, 0)
        self._seen[key] = repeat + 1
        limit = faults.max_consecutive_faults
        if limit is not None and self._streaks.get(key, 0) >= limit:
            return RequestDice(self, key, None)
        rng = random.Random(b"%s:%d:%s" % (self._seed, repeat, key))
        return RequestDice(self, key, rng)

    def roll(self, rate: float) -> bool:
        """A draw from the injector's own stream (websocket drops, in event order)."""
        return rate > 0.0 and self.rng.random() < rate

    def delay(self) -> float:
        """Seconds to sleep, drawn from the injector's own stream."""
        faults = self.faults
        jitter = self.rng.uniform(0.0, faults.jitter_ms) if faults.jitter_ms else 0.0
        return (faults.latency_ms + jitter) / 1000.0

    def throttle(self) -> int | None:
        """None if the request fits the budget, else the Retry-After seconds."""
        rps = self.faults.rate_limit_rps
        if rps is None:
            return None
        now = self._clock()
        if rps != self._bucket_rps:  # (re)configured, possibly by mutating `faults` in place
            self._bucket_rps, self._bucket, self._bucket_at = rps, rps, now
        self._bucket = min(rps, self._bucket + (now - self._bucket_at) * rps)
        self._bucket_at = now
        if self._bucket >= 1.0:
            self._bucket -= 1.0
            return None
        return max(1, math.ceil((1.0 - self._bucket) / rps))

    def revocation_due(self) -> bool:
        """True once every `revoke_tokens_every_s` seconds (checked lazily, per request)."""
        every = self.faults.revoke_tokens_every_s
        if every is None:
            self._next_revocation = None
            return False
        now = self._clock()
        if self._next_revocation is None:
            self._next_revocation = now + every
        if now < self._next_revocation:
            return False
        while self._next_revocation <= now:
            self._next_revocation += every
        return True
