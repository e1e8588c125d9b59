"""Every method of the official synchronous SDK (genauth 5.1.0) against the emulator: each gets
a GenAuth envelope (a success, or a GenAuth error), never a missing route or a bare body."""

from __future__ import annotations

import inspect
import re

import pytest
from genauth import ManagementClient
from spec_values import OPERATIONS, destructive_last, known_world, value_for, wire_schemas

from genauth_async.testing import ROUTE_NOT_FOUND_API_CODE, run_emulator_process

_CALL = re.compile(r"method='(\w+)',\s*url=f?'([^']+)'")
_KEY = re.compile(r"'(\w+)': (\w+),")


def _methods() -> list[tuple[str, str, str, dict[str, str]]]:
    """(name, HTTP method, path, {python param: wire name}) of every SDK method that calls."""
    out = []
    for name, fn in inspect.getmembers(ManagementClient, inspect.isfunction):
        if name.startswith("_"):
            continue
        source = inspect.getsource(fn)
        found = _CALL.search(source)
        if found is None:
            continue
        out.append((name, found[1], found[2], {py: wire for wire, py in _KEY.findall(source)}))
    return out


METHODS = _methods()


@pytest.fixture(scope="module")
def sdk():
    with run_emulator_process(users=5) as info:
        info.load_fixture(known_world(info.dump_fixture()))
        yield ManagementClient(
            access_key_id=info.access_key_id,
            access_key_secret=info.access_key_secret,
            host=info.url,
        )


def test_the_sdk_is_covered():
    assert len(METHODS) > 300


def test_every_sdk_method_gets_an_envelope(sdk):
    problems = []
    outcomes = {"success": 0, "error": 0}
    for name, method, path, params in sorted(METHODS, key=lambda m: destructive_last(m[0])):
        op = OPERATIONS.get(
            (method.upper(), path.split("{")[0].rstrip("/") if "{" in path else path)
        )
        schemas = wire_schemas(op) if op else {}
        fn = getattr(sdk, name)
        kwargs = {}
        for param in inspect.signature(fn).parameters.values():
            if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
                continue
            wire = params.get(param.name, param.name)
            if wire in schemas:
                kwargs[param.name] = value_for(schemas[wire], wire)
            elif param.default is param.empty:
                kwargs[param.name] = f"{param.name}-x"
        reply = fn(**kwargs)
        if not isinstance(reply, dict) or "statusCode" not in reply:
            problems.append(f"{name}: not an envelope: {reply!r:.200}")
        elif reply.get("apiCode") == ROUTE_NOT_FOUND_API_CODE:
            problems.append(f"{name}: {method} {path}: {reply['message']}")
        else:
            outcomes["success" if reply["statusCode"] == 200 else "error"] += 1
    assert problems == []
    # arguments valid for the spec: most calls succeed (errors: ids that name nothing)
    assert outcomes["success"] > 0.8 * len(METHODS), outcomes
