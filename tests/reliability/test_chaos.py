"""Chaos: 20k bulk MFA sets through 503s, dropped connections, 429 bursts, 50 ms of jittered
latency and tokens revoked every few seconds; then 2k creates (not idempotent) whose answer is
sometimes lost after they were applied. Nothing may be lost, nothing applied twice.

The run itself is benchmarks/chaos.py (``python benchmarks/chaos.py`` does it at 100k); the
figures go to benchmarks/results/reliability.json for the README. DEBUG logging stays on, as
for the whole suite, so the log watch of tests/conftest.py sees these tokens too.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results" / "reliability.json"


def load_chaos() -> ModuleType:
    spec = importlib.util.spec_from_file_location("chaos_benchmark", ROOT / "benchmarks/chaos.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


chaos = load_chaos()


def record(key: str, figures: dict[str, Any]) -> None:
    try:
        data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    except ValueError:
        data = {}
    data[key] = figures
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


async def test_bulk_mfa_set_through_chaos_loses_nothing():
    figures = await chaos.chaos_mfa(20_000, concurrency=256)
    record("chaos_mfa", figures)
    sys.stdout.write(f"\n{chaos.report(figures)}\n")  # shown with -s
    assert figures["problems"] == []
    assert figures["outcomes"] == figures["inputs"] == 20_000
    assert figures["lost"] == 0 and figures["duplicates"] == 0
    assert figures["succeeded"] + figures["failed"] == 20_000
    # every kind of fault really happened, and the client got through nearly all of it
    faults = figures["faults_injected"]
    assert faults["error"] > 1000 and faults["dropped"] > 200
    assert faults["rate_limited"] > 0 and faults["revoked_tokens"] >= 3
    assert figures["unauthorized"] > 0  # revoked tokens were presented, and replaced
    assert figures["succeeded"] >= 0.99 * 20_000


async def test_non_idempotent_creates_through_chaos_are_applied_at_most_once():
    figures = await chaos.chaos_create(2_000, concurrency=64)
    record("chaos_create", figures)
    sys.stdout.write(f"\n{chaos.report(figures)}\n")  # shown with -s
    assert figures["problems"] == []
    assert figures["lost"] == 0 and figures["duplicates"] == 0
    assert figures["outcomes"] == 2_000
    faults = figures["faults_injected"]
    assert faults["fail_after_apply"] > 20 and faults["error"] > 100
    # a create whose answer was lost is reported as failed, never sent again
    assert figures["failed_by_kind"].get("GenAuthConnectionError", 0) >= faults["fail_after_apply"]
