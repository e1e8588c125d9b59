"""The benchmark command starts and plans its run; the benchmarks themselves stay out of the
suite (they measure, they do not assert)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def _dry_run(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path} if path is not None else None
    return subprocess.run(
        [sys.executable, str(RUN), "--dry-run", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_quick_dry_run_plans_fewer_cells_with_the_same_windows() -> None:
    quick = _dry_run("--quick", "--no-node")
    full = _dry_run("--no-node")
    assert quick.returncode == 0, quick.stderr
    assert full.returncode == 0, full.stderr
    assert "quick run" in quick.stderr
    assert "full run" in full.stderr
    for peer in ("raw aiohttp", "official, 64 threads", "asyncio.to_thread", "run_in_executor"):
        assert peer in full.stderr
    for latency in ("0 ms (2 s windows", "50 ms (3 s windows"):
        assert latency in quick.stderr
        assert latency in full.stderr
    assert quick.stderr.count("c=") < full.stderr.count("c=")
    # a dry run measures nothing and writes nothing
    assert quick.stdout == ""


def test_the_node_peer_is_skipped_with_the_reason_without_node() -> None:
    done = _dry_run("--quick", path=str(Path(sys.executable).parent))
    assert done.returncode == 0, done.stderr
    assert "authing-node-sdk@4 (node) c=64 (skipped: node and npm are not installed)" in (
        done.stderr
    )


def test_the_report_names_files_without_the_machine_path() -> None:
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.remove(str(RUN.parent))
    shown = run.shown_args(
        ["--quick", "--compare", "/home/someone/old.json", "--json=/srv/x/new.json", "--no-node"]
    )
    assert shown == ["--quick", "--compare", "old.json", "--json=new.json", "--no-node"]


def test_a_new_report_keeps_the_sections_other_scripts_wrote(tmp_path: Path) -> None:
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.remove(str(RUN.parent))
    report = tmp_path / "RESULTS.md"
    assert run.kept_sections(report) == ""  # no report yet
    report.write_text(
        "# Benchmark results\n\n## Targets\n\nold\n\n"
        "## OpenTelemetry (µs per call)\n\notel\n\n"
        "## List pages and batch writes (`benchmarks/decoding.py`)\n\npages\n"
    )
    kept = run.kept_sections(report)
    assert kept.startswith("\n## OpenTelemetry (") and kept.endswith("pages\n")
    assert "old" not in kept
    report.write_text("# Benchmark results\n\n## Targets\n\nold\n")
    assert run.kept_sections(report) == ""
