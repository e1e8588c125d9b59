"""Chaos run: a bulk MFA set over many users against a faulty emulator, every input accounted for.

    python benchmarks/chaos.py                      # 100k users, a few minutes on 2 cores
    python benchmarks/chaos.py --users 20000        # what tests/reliability/test_chaos.py runs

The emulator answers 10% of requests (the token's included) with 503, drops 2% of connections,
rate-limits with 429 + Retry-After, adds 50 ms of jittered latency, revokes every token every
few seconds and lets tokens die early. Then every outcome is checked against the emulator's
state: each input has exactly one outcome, each success was really applied, each failure is a
typed ``GenAuthError``. A second, smaller pass does the same for a write that must not be
repeated (``create_user``) with writes that are applied and then lose their answer.

Prints the figures and writes them to ``benchmarks/results/chaos.json``. Exits 1 if anything
was lost or duplicated. tests/reliability/test_chaos.py imports and runs this at 20k users.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from genauth_async import (
    ApplicationMfa,
    AsyncManagementClient,
    AuthenticationError,
    GenAuthConnectionError,
    GenAuthError,
    MfaTriggerData,
    RateLimitError,
    ServerError,
    bulk,
)
from genauth_async.testing import (
    TOKEN_INVALID_API_CODE,
    Faults,
    GenAuthEmulator,
    seeded_user_id,
)

RESULTS = Path(__file__).resolve().parent / "results"
SET_PATH = "/api/v3/set-mfa-status"
CREATE_PATH = "/api/v3/create-user"

#: what goes wrong during the MFA run
MFA_FAULTS = Faults(
    latency_ms=25.0,
    jitter_ms=50.0,  # 25-75 ms, 50 ms on average
    error_rate=0.10,
    error_statuses=(503,),
    drop_rate=0.02,
    rate_limit_rps=700.0,  # 429 + Retry-After beyond it, in bursts as the runner speeds up
    revoke_tokens_every_s=3.0,
    early_expiry_s=5.0,
    seed=7,
)
#: ... and during the create_user run: some creates are applied, then the connection drops
CREATE_FAULTS = Faults(
    latency_ms=5.0,
    jitter_ms=10.0,
    error_rate=0.10,
    error_statuses=(503,),
    drop_rate=0.02,
    fail_after_apply_rate=0.05,
    fail_after_apply_action="drop",
    revoke_tokens_every_s=2.0,
    seed=11,
)
#: what a failed input may fail with, after the client's retries and the runner's (a call is
#: replayed once with a new token after a 401: a revocation can hit the new one too)
EXPECTED_FAILURES = (ServerError, GenAuthConnectionError, RateLimitError, AuthenticationError)


def mfa_data(i: int) -> MfaTriggerData:
    """User i's own MFA data: a successful set is checked against exactly this."""
    return MfaTriggerData(
        mfa_token=f"chaos-{i}",
        application_mfa=[ApplicationMfa(mfa_policy="SMS", status=1, sort=i % 7)],
        totp_mfa_enabled=i % 2 == 0,
    )


def check_failure(exc: BaseException | None, kind: str) -> str | None:
    """Why a failure is not of a kind it may be, or None if it is."""
    if not isinstance(exc, GenAuthError):
        return f"not a GenAuthError: {exc!r}"
    if type(exc).__name__ != kind:
        return f"outcome kind {kind} for a {type(exc).__name__}"
    if not isinstance(exc, EXPECTED_FAILURES):
        return f"unexpected failure {exc!r}"
    if isinstance(exc, ServerError) and exc.http_status != 503:
        return f"a ServerError that is no injected 503: {exc!r}"
    if isinstance(exc, RateLimitError) and exc.http_status != 429:
        return f"a RateLimitError that is no 429: {exc!r}"
    if isinstance(exc, AuthenticationError) and exc.api_code != TOKEN_INVALID_API_CODE:
        return f"an AuthenticationError that is no rejected token: {exc!r}"
    return None


async def chaos_mfa(
    users: int, *, concurrency: int = 256, faults: Faults = MFA_FAULTS
) -> dict[str, Any]:
    """The MFA run; the figures, and ``problems`` (empty when every check held)."""
    emulator = GenAuthEmulator(seed=1)
    emulator.seed_users(users)
    ids = [seeded_user_id(i) for i in range(users)]
    targets = [bulk.UserTarget(uid, mfa_trigger_data=mfa_data(i)) for i, uid in enumerate(ids)]
    problems: list[str] = []
    async with emulator:
        client = AsyncManagementClient(
            access_key_id=emulator.access_key_id,
            access_key_secret=emulator.access_key_secret,
            host=emulator.url,
            retry=bulk.BULK_RETRY_POLICY,
            connection_limit=concurrency,
        )
        async with client:
            emulator.faults = faults
            started = time.perf_counter()
            outcomes: dict[int, Any] = {}
            extra = 0
            async with bulk.set_mfa_status(client, targets, concurrency=concurrency) as run:
                async for outcome in run:
                    if outcome.index in outcomes:
                        extra += 1
                    outcomes[outcome.index] = outcome
            duration = time.perf_counter() - started
            summary = run.summary
            emulator.faults = Faults()
    stats = emulator.stats
    writes = stats.writes_by_route[SET_PATH]
    lost = users - len(outcomes)
    unapplied = 0
    failed_but_applied = 0
    for index in range(users):
        outcome = outcomes.get(index)
        if outcome is None:
            continue
        if outcome.input is not targets[index]:
            problems.append(f"outcome {index} is for another input")
        stored = emulator.pool.get(ids[index])
        applied = stored is not None and stored.mfa_trigger_data is not None
        applied = applied and stored.mfa_trigger_data.get("mfaToken") == f"chaos-{index}"
        if outcome.ok:
            if not applied or writes[ids[index]] < 1:
                unapplied += 1
        else:
            failed_but_applied += applied
            if why := check_failure(outcome.exception, outcome.error.kind):
                problems.append(f"input {index}: {why}")
    if lost:
        problems.append(f"{lost} inputs have no outcome")
    if extra:
        problems.append(f"{extra} inputs have more than one outcome")
    if unapplied:
        problems.append(f"{unapplied} successes were not applied")
    if summary.total != users or summary.succeeded + summary.failed != users:
        problems.append(f"the summary does not add up: {summary}")
    return {
        "run": "bulk set_mfa_status",
        "inputs": users,
        "concurrency": concurrency,
        "outcomes": len(outcomes),
        "succeeded": summary.succeeded,
        "failed": summary.failed,
        "failed_by_kind": dict(sorted(summary.failed_by_kind.items())),
        "lost": lost + unapplied,
        "duplicates": extra,
        "failed_but_applied": failed_but_applied,
        "idempotent_writes_repeated": sum(n - 1 for n in writes.values() if n > 1),
        "faults_injected": dict(sorted(stats.faults.items())),
        "requests": sum(stats.requests.values()),
        "tokens_issued": stats.tokens_issued,
        "unauthorized": stats.unauthorized,
        "runner_attempts": summary.attempts,
        "runner_rate_limited": summary.rate_limited,
        "duration_s": round(duration, 2),
        "problems": problems[:20],
    }


async def chaos_create(
    users: int, *, concurrency: int = 64, faults: Faults = CREATE_FAULTS
) -> dict[str, Any]:
    """The create_user run: a write that must never be applied twice."""
    emulator = GenAuthEmulator(seed=2)
    names = [f"chaos-new-{i:06d}" for i in range(users)]
    problems: list[str] = []
    async with emulator:
        client = AsyncManagementClient(
            access_key_id=emulator.access_key_id,
            access_key_secret=emulator.access_key_secret,
            host=emulator.url,
            retry=bulk.BULK_RETRY_POLICY,
        )
        async with client:
            emulator.faults = faults
            started = time.perf_counter()

            async def create(name: str) -> Any:
                return await client.create_user(username=name)

            outcomes: dict[int, Any] = {}
            extra = 0
            async with bulk.run(create, names, concurrency=concurrency) as run:
                async for outcome in run:
                    extra += outcome.index in outcomes
                    outcomes[outcome.index] = outcome
            duration = time.perf_counter() - started
            summary = run.summary
            emulator.faults = Faults()
    by_name = Counter(u.username for u in emulator.pool)
    created = emulator.stats.writes_by_route[CREATE_PATH]
    lost = users - len(outcomes)
    duplicates = sum(n - 1 for n in by_name.values() if n > 1)
    duplicates += sum(n - 1 for n in created.values() if n > 1)
    ambiguous = 0
    for index, outcome in sorted(outcomes.items()):
        name = names[index]
        exists = by_name[name]
        if outcome.ok:
            if exists != 1 or outcome.result.username != name:
                problems.append(f"{name}: a success, but {exists} users have that name")
                lost += 1
            continue
        exc = outcome.exception
        if why := check_failure(exc, outcome.error.kind):
            # "user already exists" here would mean a create was sent again after it was applied
            problems.append(f"{name}: {why}")
            duplicates += "exists" in str(exc)
        elif isinstance(exc, GenAuthConnectionError):
            ambiguous += exists  # the answer was lost; the create may or may not be applied
        elif exists:
            problems.append(f"{name}: failed with {outcome.error.kind}, yet it was created")
    if lost:
        problems.append(f"{lost} inputs lost")
    if duplicates or extra:
        problems.append(f"{duplicates} creates applied twice, {extra} duplicate outcomes")
    return {
        "run": "bulk create_user (not idempotent)",
        "inputs": users,
        "concurrency": concurrency,
        "outcomes": len(outcomes),
        "succeeded": summary.succeeded,
        "failed": summary.failed,
        "failed_by_kind": dict(sorted(summary.failed_by_kind.items())),
        "lost": lost,
        "duplicates": duplicates + extra,
        "applied_but_answer_lost": ambiguous,
        "faults_injected": dict(sorted(emulator.stats.faults.items())),
        "requests": sum(emulator.stats.requests.values()),
        "tokens_issued": emulator.stats.tokens_issued,
        "duration_s": round(duration, 2),
        "problems": problems[:20],
    }


def report(figures: dict[str, Any]) -> str:
    lines = [f"{figures['run']}: {figures['inputs']} inputs in {figures['duration_s']} s"]
    for key in ("faults_injected", "failed_by_kind"):
        kinds = ", ".join(f"{k} {v}" for k, v in figures[key].items()) or "none"
        lines.append(f"  {key.replace('_', ' ')}: {kinds}")
    lines.append(f"  requests {figures['requests']}, tokens issued {figures.get('tokens_issued')}")
    lines.append(
        f"  succeeded {figures['succeeded']}, failed {figures['failed']}, "
        f"lost: {figures['lost']}, duplicates: {figures['duplicates']}"
    )
    for problem in figures["problems"]:
        lines.append(f"  PROBLEM: {problem}")
    return "\n".join(lines)


async def main(users: int, creates: int, concurrency: int) -> int:
    mfa = await chaos_mfa(users, concurrency=concurrency)
    print(report(mfa))
    create = await chaos_create(creates)
    print(report(create))
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "chaos.json"
    path.write_text(json.dumps({"mfa": mfa, "create": create}, indent=2) + "\n")
    print(f"figures written to {path}")
    return 1 if mfa["problems"] or create["problems"] else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--creates", type=int, default=5_000)
    parser.add_argument("--concurrency", type=int, default=256)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.users, args.creates, args.concurrency)))
