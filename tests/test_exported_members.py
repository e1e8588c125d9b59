"""``__all__`` lists exactly the public names, and every model is under genauth_async.models."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import genauth_async
import genauth_async.models

MODULES = [
    "genauth_async",
    "genauth_async.models",
    "genauth_async.errors",
    "genauth_async.client",
    "genauth_async.events",
    "genauth_async.testing",
]


def _defined_in(obj: object, package: str) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module == package or module.startswith(package + ".")


@pytest.mark.parametrize("name", MODULES)
def test_all_matches_public_names(name):
    module = importlib.import_module(name)
    public = {
        n
        for n, v in vars(module).items()
        if not n.startswith("_") and getattr(v, "__module__", "").startswith(name)
    }
    assert set(module.__all__) >= public
    for exported in module.__all__:
        assert hasattr(module, exported), exported


def test_issue_names_importable_from_the_top_level():
    for name in [
        "AsyncManagementClient",
        "UserIdType",
        "MfaTriggerData",
        "ApplicationMfa",
        "ResetUserPrincipalAuthenticationInfoOptions",
        "GenAuthAPIError",
        "GenAuthError",
        "RetryPolicy",
        "__version__",
    ]:
        assert name in genauth_async.__all__


def test_top_level_models_are_also_under_models():
    for name in genauth_async.__all__:
        obj = getattr(genauth_async, name)
        if getattr(obj, "__module__", "").startswith("genauth_async.models"):
            assert getattr(genauth_async.models, name) is obj


def test_the_authentication_side_is_imported_on_first_use():
    """A management-only program never pays for PyJWT and cryptography."""
    code = (
        "import sys, genauth_async\n"
        "assert 'jwt' not in sys.modules and 'cryptography' not in sys.modules\n"
        "assert genauth_async.AsyncAuthenticationClient.__name__ == 'AsyncAuthenticationClient'\n"
        "assert 'jwt' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
