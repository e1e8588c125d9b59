"""The README's code compiles, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

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
