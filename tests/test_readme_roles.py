"""The README's role example: a role for many users from a CSV, then checked in bulk."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from genauth_async.testing import seeded_user_id

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def clean_env() -> dict[str, str]:
    drop = ("PYTHONPATH", "GENAUTH_HOST", "GENAUTH_ACCESS_KEY_ID", "GENAUTH_ACCESS_KEY_SECRET")
    return {k: v for k, v in os.environ.items() if k not in drop}


def test_the_role_example_runs_as_written(tmp_path):
    start = README.index("### Any endpoint from the shell")
    blocks = README[start : README.index("\n### ", start + 1)].split("```bash\n")[1:]
    (block,) = [b.split("```")[0] for b in blocks if "members.csv" in b]
    comments = [line for line in block.splitlines() if line.startswith("#")]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert [c.split()[:3] for c in commands] == [
        ["genauth-async", "call", "create_role"],
        ["genauth-async", "bulk", "assign_role"],
        ["genauth-async", "bulk", "get_user_roles"],
    ]
    # members.csv as the README's comment spells it, one seeded user a line
    example = comments[1].lstrip("#").strip()
    n = 1000
    ids = [seeded_user_id(i) for i in range(n)]
    with (tmp_path / "members.csv").open("w", newline="") as handle:
        handle.write("targets\n")
        handle.writelines(example.replace("65a1...", user_id) + "\n" for user_id in ids)
    (tmp_path / "ids.csv").write_text("user_id\n" + "".join(f"{u}\n" for u in ids))
    with (tmp_path / "members.csv").open(newline="") as handle:  # the quoting is valid CSV
        cells = [json.loads(row[0]) for row in list(csv.reader(handle))[1:]]
    assert cells[0] == {"targetType": "USER", "targetIdentifier": ids[0]}

    emulator = subprocess.Popen(
        [sys.executable, "-m", "genauth_async.testing", "--port", "0", "--users", str(n)],
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
            quiet = " --quiet" if " bulk " in command else ""
            result = subprocess.run(
                ["bash", "-c", command + quiet],
                cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
            )  # fmt: skip
            assert result.returncode == 0, command + result.stdout + result.stderr
    finally:
        emulator.terminate()
        emulator.communicate(timeout=10)
    assigned = [json.loads(line) for line in (tmp_path / "assigned.jsonl").read_text().splitlines()]
    assert len(assigned) == n and all(r["ok"] for r in assigned)
    roles = [json.loads(line) for line in (tmp_path / "roles.jsonl").read_text().splitlines()]
    held = {r["input"]["user_id"]: [x["code"] for x in r["result"]["list"]] for r in roles}
    assert held == {u: ["auditor"] for u in ids}
