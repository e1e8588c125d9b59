"""The HMAC-SHA1 signer: the official test vectors, JavaScript value rendering, wire query."""

from __future__ import annotations

import email.utils
import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genauth_async._auth import Redacted
from genauth_async._signature import (
    RequestSigner,
    canonical_resource,
    http_date,
    js_json,
    js_number,
    js_text,
    signing_key,
    string_to_sign,
    websocket_authorization,
)
from genauth_async.models import UserIdType
from genauth_async.testing._signature import SignatureChecker

VECTORS = json.loads((Path(__file__).parent / "data" / "signature-test-vectors.json").read_text())
CASES = VECTORS["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["path"] for c in CASES])
def test_official_vectors(case):
    from genauth_async._signature import authorization

    text = string_to_sign(case["method"], case["path"], VECTORS["headers"], case["params"])
    assert text == case["string_to_sign"]
    auth = authorization(
        VECTORS["access_key_id"], signing_key(Redacted(VECTORS["access_key_secret"])), text
    )
    assert auth == case["authorization"]


@pytest.mark.parametrize("case", CASES, ids=[c["path"] for c in CASES])
def test_the_emulator_checker_accepts_the_vectors_and_nothing_else(case):
    # the emulator's own implementation (no code shared with the client) agrees
    headers = {**VECTORS["headers"], "authorization": case["authorization"]}
    now = email.utils.parsedate_to_datetime(headers["date"]).timestamp()
    kwargs = {
        "method": case["method"],
        "path": case["path"],
        "access_key_id": VECTORS["access_key_id"],
        "access_key_secret": VECTORS["access_key_secret"],
        "now": now,
    }
    checker = SignatureChecker()
    assert checker.check_request(headers=headers, params=case["params"], **kwargs) is None
    tampered = {**case["params"], "extra": "x"}
    assert "does not match" in SignatureChecker().check_request(
        headers=headers, params=tampered, **kwargs
    )
    late = dict(kwargs, now=now + 301)
    assert "date" in SignatureChecker().check_request(
        headers=headers, params=case["params"], **late
    )
    # the same nonce twice is a replay
    assert "replay" in checker.check_request(headers=headers, params=case["params"], **kwargs)


def test_resource_rendering_follows_javascript():
    params = {
        "b": True,
        "a": None,
        "n": 1.0,
        "f": 0.5,
        "big": 1e21,
        "s": "x y&z",
        "o": {"k": [1, "é", None, 2.5]},
        "B": "upper first",
        "e": UserIdType.EMAIL,
    }
    assert canonical_resource("/p", params) == (
        "/p?B=upper first&a=null&b=true&big=1e+21&e=email&f=0.5&n=1&o="
        '{"k":[1,"é",null,2.5]}&s=x y&z'
    )
    assert canonical_resource("/p", {}) == "/p"
    assert canonical_resource("/p", None) == "/p"
    assert js_json({"q": 'say "hi"\n'}) == '{"q":"say \\"hi\\"\\n"}'
    assert js_text(UserIdType.PHONE) == "phone"
    # header values: tabs and line breaks become spaces, then trimmed
    text = string_to_sign("GET", "/p", {"x-genauth-lang": " a\tb\n", "accept": "ignored"}, None)
    assert text == "GET\nx-genauth-lang:a b\n/p"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (-0.0, "0"),
        (1e21, "1e+21"),
        (1.5e-7, "1.5e-7"),
        (1e-6, "0.000001"),
        (123456789012345680000.0, "123456789012345680000"),
        (0.1, "0.1"),
        (2**60 * 1.0, "1152921504606847000"),
        (5e-324, "5e-324"),
        (7, "7"),
    ],
)
def test_js_number(value, text):
    assert js_number(value) == text


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@settings(max_examples=1, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=300, max_size=300))
def test_js_number_matches_node(values):
    script = (
        "const v = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(v.map(String)))"
    )
    out = subprocess.run(
        ["node", "-e", script], input=json.dumps(values), capture_output=True, text=True, check=True
    )
    assert [js_number(v) for v in values] == json.loads(out.stdout)


def test_signer_signs_each_request_afresh():
    signer = RequestSigner("AK", Redacted("SECRET"), {"x-genauth-lang": "zh-CN"})
    first = signer.headers("POST", "/api/v3/x", {"a": 1})
    second = signer.headers("POST", "/api/v3/x", {"a": 1})
    assert first["x-genauth-signature-nonce"] != second["x-genauth-signature-nonce"]
    assert len(first["x-genauth-signature-nonce"]) == 32
    assert first["authorization"].startswith("GenAuth AK:")
    assert "x-genauth-userpool-id" not in first
    assert abs(email.utils.parsedate_to_datetime(first["date"]).timestamp() - time.time()) < 5
    checker = SignatureChecker()
    for headers in (first, second):
        problem = checker.check_request(
            method="POST",
            path="/api/v3/x",
            headers=headers,
            params={"a": 1},
            access_key_id="AK",
            access_key_secret="SECRET",
            now=time.time(),
        )
        assert problem is None
    assert "SECRET" not in repr(signer)


def test_wire_query_is_what_is_signed():
    query = {"ids": ["a"], "flag": False, "skip": None, "n": 2.0, "t": UserIdType.EMAIL}
    assert RequestSigner.encode_query(query) == [
        ("ids[]", "a"),
        ("flag", "false"),
        ("n", "2"),
        ("t", "email"),
    ]
    assert RequestSigner.signed_query(query) == {
        "ids": ["a"],
        "flag": False,
        "n": 2.0,
        "t": UserIdType.EMAIL,
    }


def test_websocket_authorization_and_date():
    header = websocket_authorization("AK", signing_key(Redacted("SECRET")), scheme="genauth")
    assert header.startswith("genauth AK:")
    checker = SignatureChecker()
    assert checker.check_websocket(header, access_key_id="AK", access_key_secret="SECRET") is None
    assert checker.check_websocket(header, access_key_id="AK", access_key_secret="x") is not None
    assert http_date(0) == "Thu, 01 Jan 1970 00:00:00 GMT"
