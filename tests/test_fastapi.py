"""genauth_async.fastapi: importable only with FastAPI, and says how to get it.

The dependency itself is driven through the example app (tests/test_fastapi_example.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from genauth_async import AsyncAuthenticationClient
from genauth_async.fastapi import GenAuthBearer


def test_without_fastapi_the_import_error_names_the_extra():
    code = (
        "import sys; sys.modules['fastapi'] = None\n"
        "try:\n"
        "    import genauth_async.fastapi\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'genauth-async[fastapi]'" in out.stdout
    # the rest of the package does not need FastAPI
    code = "import sys; sys.modules['fastapi'] = None; import genauth_async; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_scopes_are_a_list():
    client = AsyncAuthenticationClient("app")
    with pytest.raises(TypeError, match="list of scopes"):
        GenAuthBearer(client, scopes="read write")
    assert GenAuthBearer(client, scopes=["b", "a"]).scopes == {"a", "b"}
