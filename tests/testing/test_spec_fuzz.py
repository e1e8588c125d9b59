"""Arbitrary requests, valid and invalid, at every route of the spec: the emulator answers each
with a GenAuth envelope, never an HTTP 500, and keeps running."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_values import OPERATIONS, value_for, wire_schemas

from genauth_async.testing import run_emulator_process

ROUTES = sorted(OPERATIONS)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, str, dict[str, Any], bytes]:
    method, path = draw(st.sampled_from(ROUTES))
    schemas = wire_schemas(OPERATIONS[(method, path)])
    # start from a valid request, then break some of it
    fields = {name: value_for(schema, name) for name, schema in schemas.items()}
    for name in draw(st.lists(st.sampled_from(sorted(fields) or ["x"]), max_size=3)):
        fields[name] = draw(_json)
    path = path.replace("{id}", draw(st.text(min_size=1, max_size=5)).replace("/", "_"))
    if method == "POST":
        body = draw(st.sampled_from([json.dumps(fields).encode(), b"", b"[1]", b"{", b"null"]))
        return method, path, {}, body
    query = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
    return method, path, query, b""


@pytest.fixture(scope="module")
def emulator():
    with run_emulator_process(users=5) as info:
        body = json.dumps(
            {"accessKeyId": info.access_key_id, "accessKeySecret": info.access_key_secret}
        ).encode()
        request = urllib.request.Request(
            info.url + "/api/v3/get-management-token",
            data=body,
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            access_token = json.loads(response.read())["data"]["access_token"]
        yield (
            info,
            {
                "authorization": f"Bearer {access_token}",
                "x-genauth-userpool-id": info.userpool_id,
                "content-type": "application/json",
            },
        )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(request=requests())
def test_any_request_gets_an_envelope(emulator, request):
    info, headers = emulator
    method, path, query, body = request
    url = info.url + urllib.parse.quote(path) + "?" + urllib.parse.urlencode(query)
    call = urllib.request.Request(url, data=body or None, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=10) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            status, raw = exc.code, exc.read()
    assert status < 500
    envelope = json.loads(raw)
    assert isinstance(envelope["statusCode"], int)
    assert isinstance(envelope["message"], str)
    if envelope["statusCode"] == 400:
        assert envelope["apiCode"]


def test_the_emulator_survived(emulator):
    # the fuzzing may have created or deleted users (valid requests are among the examples):
    # what must hold is that the process still answers, admin and API routes alike
    info, headers = emulator
    assert isinstance(info.admin("GET", "stats")["users"], int)
    call = urllib.request.Request(info.url + "/api/v3/list-roles", headers=headers)
    with urllib.request.urlopen(call, timeout=10) as response:
        assert json.loads(response.read())["statusCode"] == 200
