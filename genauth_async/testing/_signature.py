"""Checking HMAC-SHA1 signed requests, as GenAuth checks what its node SDKs send.

Both official flavours: GenAuth (`x-genauth-*` headers, `authorization: GenAuth <id>:<sig>`)
and Authing (`x-authing-*`, `authing <id>:<sig>`); the scheme is matched case-insensitively,
so the Python SDK's websocket `genauth <id>:<sig>` passes too. Written apart from the client's
signer (the emulator shares no code with the client), from the same description:

    StringToSign = METHOD "\\n" CanonicalizedHeaders CanonicalizedResource

The resource is rebuilt from what arrived: the query of a GET (`k[]=a` and repeated keys are
arrays, rendered as JSON), or the JSON body of any other method.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from multidict import MultiMapping

__all__ = [
    "SIGNATURE_INVALID_API_CODE",
    "SIGNATURE_SCHEMES",
    "WEBSOCKET_STRING_TO_SIGN",
    "SignatureChecker",
]

SIGNATURE_INVALID_API_CODE: Final = 40102
"""HTTP 401: a signed request whose signature, key id, date or nonce is not acceptable."""
SIGNATURE_SCHEMES: Final = frozenset({"genauth", "authing"})
WEBSOCKET_STRING_TO_SIGN: Final = "websocket\n"
_BLANKS: Final = str.maketrans("\t\n\r\f", "    ")


def _number(value: float) -> str:
    # JavaScript's String(n) for what JSON parsing gives back: integral floats lose ".0";
    # other floats keep Python's shortest repr, with JavaScript's exponent spelling
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exp = text.split("e")
        return f"{mantissa}e{'+' if not exp.startswith('-') else '-'}{int(exp.lstrip('+-'))}"
    return text


def _json(value: Any) -> str:
    if isinstance(value, float):
        return _number(value) if math.isfinite(value) else "null"
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_json(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    return _json(value)


def canonical_resource(path: str, params: Mapping[str, Any]) -> str:
    if not params:
        return path
    return path + "?" + "&".join(f"{k}={_text(params[k])}" for k in sorted(params))


def query_params(query: MultiMapping[str]) -> dict[str, Any]:
    """A GET query as the client had it before sending: `k[]=a&k[]=b` and `k=a&k=b` are
    arrays (of strings: the query string keeps no types), other keys strings."""
    params: dict[str, Any] = {}
    for key in dict.fromkeys(query):
        values = query.getall(key)
        if key.endswith("[]"):
            params[key[:-2]] = list(values)
        elif len(values) > 1:
            params[key] = list(values)
        else:
            params[key] = values[0]
    return params


def string_to_sign(
    method: str, headers: Mapping[str, str], prefix: str, path: str, params: Mapping[str, Any]
) -> str:
    names = sorted(n for n in headers if n.startswith(prefix) or n == "date")
    canonical = "".join(f"{n}:{headers[n].translate(_BLANKS).strip()}\n" for n in names)
    return f"{method}\n{canonical}{canonical_resource(path, params)}"


def signature(secret: str, text: str) -> str:
    digest = hmac.new(secret.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


@dataclass
class SignatureChecker:
    """Verifies signed requests for one access key; remembers recent nonces (no replays)."""

    max_skew: float = 300.0
    """How far, in seconds, a request's `date` may be from the emulator's clock."""
    nonces: dict[str, float] = field(default_factory=dict)
    verified: int = 0
    """Signed requests (and websocket handshakes) accepted so far."""

    def parse(self, header: str) -> tuple[str, str, str] | None:
        """(scheme in lower case, key id, signature) of a signature `authorization`, or None."""
        scheme, _, credential = header.strip().partition(" ")
        key_id, sep, sig = credential.strip().rpartition(":")
        if scheme.lower() not in SIGNATURE_SCHEMES or not sep or not key_id or not sig:
            return None
        return scheme.lower(), key_id, sig

    def check_request(
        self,
        *,
        method: str,
        path: str,
        headers: Mapping[str, str],
        params: Mapping[str, Any],
        access_key_id: str,
        access_key_secret: str,
        now: float,
    ) -> str | None:
        """None when the request is properly signed, else what is wrong with it."""
        parsed = self.parse(headers.get("authorization", ""))
        if parsed is None:
            return "authorization must be 'GenAuth <accessKeyId>:<signature>'"
        scheme, key_id, sig = parsed
        prefix = f"x-{scheme}-"
        if not hmac.compare_digest(key_id.encode(), access_key_id.encode()):
            return "unknown accessKeyId in the signature"
        if (method_name := headers.get(f"{prefix}signature-method")) != "HMAC-SHA1":
            return f"{prefix}signature-method must be HMAC-SHA1, got {method_name!r}"
        nonce = headers.get(f"{prefix}signature-nonce", "")
        if not nonce:
            return f"{prefix}signature-nonce is missing"
        problem = self._check_date(headers.get("date", ""), now)
        if problem:
            return problem
        expected = signature(
            access_key_secret, string_to_sign(method, headers, prefix, path, params)
        )
        if not hmac.compare_digest(sig.encode(), expected.encode()):
            return "signature does not match the request"
        self._prune(now)
        if nonce in self.nonces:
            return f"{prefix}signature-nonce was already used (a replay)"
        self.nonces[nonce] = now
        self.verified += 1
        return None

    def check_websocket(
        self, header: str, *, access_key_id: str, access_key_secret: str
    ) -> str | None:
        parsed = self.parse(header)
        if parsed is None:
            return "authorization must be 'genauth <accessKeyId>:<signature>'"
        _, key_id, sig = parsed
        expected = signature(access_key_secret, WEBSOCKET_STRING_TO_SIGN)
        id_ok = hmac.compare_digest(key_id.encode(), access_key_id.encode())
        if not (hmac.compare_digest(sig.encode(), expected.encode()) and id_ok):
            return "bad websocket signature"
        self.verified += 1
        return None

    def _check_date(self, value: str, now: float) -> str | None:
        if not value:
            return "date header is missing"
        try:
            when = email.utils.parsedate_to_datetime(value).timestamp()
        except (TypeError, ValueError):
            return f"date is not an HTTP date: {value!r}"
        if abs(when - now) > self.max_skew:
            return f"date is more than {self.max_skew:g}s away from the server's clock"
        return None

    def _prune(self, now: float) -> None:
        if len(self.nonces) < 4096:
            return
        horizon = now - 2 * self.max_skew
        for nonce in [n for n, t in self.nonces.items() if t < horizon]:
            del self.nonces[nonce]
