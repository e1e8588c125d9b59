"""After the README's `pip install -e .`, a type checker outside the repo sees the package."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import genauth_async

ROOT = Path(genauth_async.__file__).resolve().parents[1]
DIST = importlib.metadata.distribution("genauth-async")


def editable() -> bool:
    direct_url = DIST.read_text("direct_url.json")
    return bool(direct_url and json.loads(direct_url).get("dir_info", {}).get("editable"))


needs_editable = pytest.mark.skipif(not editable(), reason="installed from a wheel, not -e")


@needs_editable
def test_the_editable_install_is_a_plain_path_entry():
    # an import hook (setuptools' default for this layout) is invisible to mypy and IDEs;
    # a .pth line naming the directory is what they follow
    pth_files = [f for f in DIST.files or () if f.name.endswith(".pth")]
    assert pth_files, "the editable install has no .pth file"
    entries = [
        line.strip()
        for f in pth_files
        for line in Path(f.locate()).read_text().splitlines()
        if line.strip()
    ]
    assert entries and not [e for e in entries if e.startswith("import")]
    assert [Path(e).resolve() for e in entries] == [ROOT]


@needs_editable
def test_mypy_strict_sees_the_package_from_a_project_outside_the_repo(tmp_path):
    user_file = tmp_path / "app.py"
    user_file.write_text(
        textwrap.dedent(
            """
            from genauth_async import AsyncManagementClient, MfaTriggerData


            async def mfa(user_id: str) -> MfaTriggerData:
                async with AsyncManagementClient() as client:
                    return await client.get_user_mfa_status(user_id=user_id)


            async def wrong(client: AsyncManagementClient) -> int:
                return await client.get_user_mfa_status(user_id="u")
            """
        )
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         "app.py"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    # exactly one error: the deliberate one, which mypy can only find with the package's types
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert 'Incompatible return value type (got "MfaTriggerData", expected "int")' in errors[0]
