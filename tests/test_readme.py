"""The README's code compiles, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from genauth_async import AsyncManagementClient, GenAuthError, ServerError
from genauth_async.testing import Faults, GenAuthEmulator

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_python_snippets_compile():
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 5
    for block in blocks:
        # snippets may be bodies of an async function: allow a top-level await/async with
        compile(block, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_setup_commands_match_ci():
    setup = README[README.index("## Set-up") : README.index("## Quickstart")]
    commands = re.findall(r"^(pip install .*)$", setup, flags=re.M)
    assert commands == [
        "pip install -e . && genauth-async demo",
        "pip install -e '.[test]' && python -m pytest -q",
    ]
    assert commands[1] in (ROOT / ".ci" / "run").read_text()


# -- the README walked as a newcomer walks it, in a fresh working directory --------------------


def section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n## ", start + len(title))
    return README[start : end if end != -1 else None]


def fenced(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def clean_env() -> dict[str, str]:
    drop = ("PYTHONPATH", "GENAUTH_HOST", "GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET")
    return {k: v for k, v in os.environ.items() if k not in drop}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_pytest_example_runs_as_written_in_a_fresh_project(tmp_path):
    # pytest's default configuration: no ini file, so pytest-asyncio's strict mode
    (example,) = [b for b in fenced(section("## Testing your code"), "python") if "def test_" in b]
    (tmp_path / "test_example.py").write_text(example)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_example.py"],
        cwd=tmp_path, capture_output=True, text=True, env=clean_env(), timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    assert not (tmp_path / "pytest.ini").exists() and not (tmp_path / "pyproject.toml").exists()


def test_the_setup_demo_runs_in_a_fresh_directory(tmp_path):
    setup = fenced(section("## Set-up"), "bash")[0]
    (install_and_demo,) = [
        line for line in setup.splitlines() if line.startswith("pip install -e . ")
    ]
    demo = install_and_demo.split("&&")[1].split()  # the install is this test run's own
    assert demo == ["genauth-async", "demo"]
    script = Path(sys.executable).with_name("genauth-async")
    result = subprocess.run(
        [str(script), *demo[1:]],
        cwd=tmp_path, capture_output=True, text=True, env=clean_env(), timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "10,000/10,000 users had MFA set exactly once" in result.stdout
    assert "10,000/10,000 users had real-name info reset exactly once" in result.stdout
    assert "10,000/10,000 users had their nickname updated exactly once" in result.stdout
    assert "get_user check: 10,000/10,000 users read back with their new nickname" in result.stdout
    assert list(tmp_path.iterdir()) == []  # the demo leaves nothing behind


def test_the_quickstart_runs_against_the_emulator_as_the_readme_says(tmp_path):
    quick = section("## Quickstart")
    (shell,) = fenced(quick, "bash")
    (code,) = fenced(quick, "python")
    start, export, run = (line.split("#")[0].strip() for line in shell.strip().splitlines())
    port = str(free_port())  # the README's 8080 may be taken on this machine
    assert start == "python -m genauth_async.testing --port 8080 &"
    assert run == "python quickstart.py"
    env = clean_env()
    assert export.startswith("export ")
    for assignment in export.split()[1:]:
        name, value = assignment.split("=", 1)
        env[name] = value.replace(":8080", f":{port}")
    (tmp_path / "quickstart.py").write_text(code)
    emulator = subprocess.Popen(
        [sys.executable, *start.rstrip("&").split()[1:-1], port],
        cwd=tmp_path, stdout=subprocess.PIPE, text=True, env=clean_env(),
    )  # fmt: skip
    try:
        assert json.loads(emulator.stdout.readline())["url"] == env["GENAUTH_HOST"]
        result = subprocess.run(
            [sys.executable, "quickstart.py"],
            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip
    finally:
        emulator.terminate()
        emulator.communicate(timeout=10)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1 110101000000000003 2024-01-01 00:00:03+00:00"
    assert lines[1] == "True EMAIL"
    assert re.fullmatch(r"404 40400 [0-9a-f]{32}", lines[2])


def test_the_generic_bulk_example_runs_as_written(tmp_path):
    """The README's `bulk update_user` from a CSV, then `bulk get_user`, against an emulator."""
    (block,) = [
        b for b in fenced(section("### Any endpoint from the shell"), "bash") if "profiles.csv" in b
    ]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert [c.split()[:3] for c in commands] == [
        ["genauth-async", "bulk", "update_user"],
        ["cut", "-d,", "-f1"],
        ["genauth-async", "bulk", "get_user"],
    ]
    n = 1000
    (tmp_path / "profiles.csv").write_text(
        "user_id,nickname\n" + "".join(f"user{i:06d},Nick {i}\n" for i in range(n))
    )
    port = free_port()
    emulator = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.testing", "--port", str(port), "--users", str(n)],
        cwd=tmp_path, stdout=subprocess.PIPE, text=True, env=clean_env(),
    )  # fmt: skip
    try:
        info = json.loads(emulator.stdout.readline())
        env = clean_env()
        env["GENAUTH_HOST"] = info["url"]
        env["GENAUTH_ACCESS_KEY_ID"] = info["access_key_id"]
        env["GENAUTH_ACCESS_KEY_SECRET"] = info["access_key_secret"]
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        for command in commands:
            result = subprocess.run(
                ["bash", "-c", command + " --quiet" * command.startswith("genauth-async")],
                cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
            )  # fmt: skip
            assert result.returncode == 0, command + result.stdout + result.stderr
    finally:
        emulator.terminate()
        emulator.communicate(timeout=10)
    updated = [json.loads(line) for line in (tmp_path / "updated.jsonl").read_text().splitlines()]
    assert len(updated) == n and all(r["ok"] for r in updated)
    checked = [json.loads(line) for line in (tmp_path / "check.jsonl").read_text().splitlines()]
    nicknames = {r["input"]["user_id"]: r["result"]["nickname"] for r in checked}
    assert nicknames == {f"user{i:06d}": f"Nick {i}" for i in range(n)}


# -- the fault-injection example, with many seeds ------------------------------------------


def _flaky_example() -> tuple[Any, dict[str, Any]]:
    """The README's flaky-GenAuth test function, as written, and its marker's options."""
    (example,) = [b for b in fenced(section("## Testing your code"), "python") if "def test_" in b]
    scope: dict[str, Any] = {}
    exec(compile(example, "README.md", "exec"), scope)
    test = scope["test_my_code_survives_a_flaky_genauth"]
    (marker,) = [m for m in test.pytestmark if m.name == "genauth_emulator"]
    return test, dict(marker.kwargs)


async def _run_flaky_example(faults: Faults) -> BaseException | None:
    """Run the example as the pytest plugin would, with `faults`; its error, if any."""
    test, options = _flaky_example()
    users = options.pop("users")
    options["faults"] = faults
    async with GenAuthEmulator(**options) as emulator:
        emulator.seed_users(users)
        async with AsyncManagementClient(
            access_key_id=emulator.access_key_id,
            access_key_secret=emulator.access_key_secret,
            host=emulator.url,
        ) as client:
            try:
                await test(client)
            except GenAuthError as exc:
                return exc
    return None


async def test_the_fault_injection_example_passes_with_any_seed():
    _, options = _flaky_example()
    faults = options["faults"]
    assert (faults.error_rate, faults.latency_ms, faults.seed) == (0.1, 50, 7)
    assert options["token_lifetime"] == 2.0
    # 40 seeds at once: each run waits on its latency, not on the CPU
    seeds = [7, *range(100, 139)]
    errors = await asyncio.gather(
        *(_run_flaky_example(dataclasses.replace(faults, seed=seed)) for seed in seeds)
    )
    assert [(seed, e) for seed, e in zip(seeds, errors, strict=True) if e is not None] == []


async def test_without_a_cap_three_faults_in_a_row_fail_the_example():
    """What the README says `max_consecutive_faults=2` is there for."""
    _, options = _flaky_example()
    capped = dataclasses.replace(options["faults"], error_rate=0.5)
    assert await _run_flaky_example(capped) is None
    uncapped = dataclasses.replace(capped, max_consecutive_faults=None)
    assert isinstance(await _run_flaky_example(uncapped), ServerError)
