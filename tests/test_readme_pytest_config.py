"""The README's pytest configuration: a fresh project that copies it gets no warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_the_readme_configuration_silences_pytest_asyncio_in_a_fresh_project(tmp_path):
    start = README.index("## Testing your code")
    testing = README[start : README.index("\n## ", start + 1)]
    (config,) = re.findall(r"```toml\n(.*?)```", testing, flags=re.S)
    (example,) = [
        b for b in re.findall(r"```python\n(.*?)```", testing, flags=re.S) if "def test_" in b
    ]
    (tmp_path / "pyproject.toml").write_text(config)
    (tmp_path / "test_example.py").write_text(example)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "GENAUTH_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_example.py"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "2 passed" in output
    assert "asyncio_default_fixture_loop_scope" not in output  # the warning names it
    assert "warning" not in output.lower()
