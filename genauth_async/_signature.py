"""HMAC-SHA1 request signing, as GenAuth's node SDK does it (the access key signs every call).

    StringToSign = METHOD "\\n" CanonicalizedHeaders CanonicalizedResource
    authorization = "GenAuth " accessKeyId ":" Base64(HMAC-SHA1(accessKeySecret, StringToSign))

- CanonicalizedHeaders: every ``x-genauth-*`` header and ``date``, names sorted by code unit,
  ``name:value\\n`` each (tabs and line breaks in a value become spaces, then it is trimmed).
- CanonicalizedResource: the path, then ``?k=v&...`` over the query (GET) or the JSON body
  (other methods), keys sorted, objects and arrays as compact JSON, nothing URL-encoded.
- The event websocket signs the fixed string ``"websocket\\n"``.

The secret itself is never passed around: :func:`signing_key` turns it into an HMAC state
once, and that (whose repr shows nothing) signs. A traceback rendered with its frames' locals
(error trackers do that) of a failure while signing shows no secret.

Values are rendered the way JavaScript renders them (``String(v)`` for scalars,
``JSON.stringify`` for objects), since the server checks what a JavaScript client signed.
Pure functions only: no I/O, nothing here knows about aiohttp.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import math
import secrets
import time
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

import orjson

if TYPE_CHECKING:
    from ._auth import Redacted

__all__ = [
    "SIGNATURE_METHOD",
    "SIGNATURE_VERSION",
    "RequestSigner",
    "authorization",
    "canonical_headers",
    "canonical_resource",
    "http_date",
    "js_json",
    "js_text",
    "new_nonce",
    "sign",
    "signing_key",
    "string_to_sign",
    "websocket_authorization",
]

SIGNATURE_METHOD: Final = "HMAC-SHA1"
SIGNATURE_VERSION: Final = "1.0"
WEBSOCKET_STRING_TO_SIGN: Final = "websocket\n"
_WS_TRANSLATE: Final = str.maketrans("\t\n\r\f", "    ")


def js_number(value: int | float) -> str:
    """A number as JavaScript's ``String(n)`` writes it (``1.0`` -> ``1``, ``1e21``)."""
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if value == 0:
        return "0"
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    # the shortest round-trip digits (as JavaScript uses), and n with
    # |value| = 0.d1d2...dk * 10**n (ECMA-262 Number::toString)
    parts = Decimal(repr(abs(value))).normalize().as_tuple()
    digits = "".join(map(str, parts.digits))
    k = len(digits)
    n = k + int(parts.exponent)
    sign = "-" if value < 0 else ""
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp_text = f"e+{e}" if e >= 0 else f"e-{-e}"
    if k == 1:
        return sign + digits + exp_text
    return sign + digits[0] + "." + digits[1:] + exp_text


def js_json(value: Any) -> str:
    """``JSON.stringify(value)``: compact, keys in insertion order, non-ASCII left raw."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        # orjson escapes exactly what JSON.stringify escapes (quote, backslash, controls)
        return orjson.dumps(str(value)).decode()
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return "null"
        return js_number(value)
    if isinstance(value, Mapping):
        items = ",".join(f"{js_json(str(k))}:{js_json(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(js_json(v) for v in value) + "]"
    raise TypeError(f"cannot sign a value of type {type(value).__name__}")


def js_text(value: Any) -> str:
    """A value of the canonical resource: objects and arrays as JSON, scalars as ``String(v)``."""
    if isinstance(value, str):
        return value.value if isinstance(value, Enum) else value
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int | float):
        return js_number(value)
    return js_json(value)


def canonical_headers(headers: Mapping[str, str], prefix: str = "x-genauth-") -> str:
    names = sorted(
        name for name in headers if name.startswith(prefix) or name == "date"
    )  # names are lower case; plain code-unit order, as JavaScript's sort()
    return "".join(f"{name}:{headers[name].translate(_WS_TRANSLATE).strip()}\n" for name in names)


def canonical_resource(path: str, params: Mapping[str, Any] | list[Any] | None) -> str:
    """``path`` or ``path?k=v&...``; ``params`` is the query (GET) or the JSON body."""
    if not params:
        return path
    if isinstance(params, list):  # a JSON array body: JavaScript's Object.keys gives indices
        params = {str(i): v for i, v in enumerate(params)}
    items = [f"{key}={js_text(params[key])}" for key in sorted(params)]
    return f"{path}?{'&'.join(items)}"


def string_to_sign(
    method: str,
    path: str,
    headers: Mapping[str, str],
    params: Mapping[str, Any] | list[Any] | None,
    *,
    prefix: str = "x-genauth-",
) -> str:
    return f"{method}\n{canonical_headers(headers, prefix)}{canonical_resource(path, params)}"


def signing_key(access_key_secret: Redacted[str]) -> hmac.HMAC:
    """The HMAC-SHA1 state keyed with the secret (UTF-8): what signs, held in its place."""
    return hmac.new(access_key_secret.value.encode(), digestmod=hashlib.sha1)


def sign(key: hmac.HMAC, text: str) -> str:
    """Base64(HMAC-SHA1(secret, text)), ``text`` as UTF-8; ``key`` from :func:`signing_key`."""
    mac = key.copy()
    mac.update(text.encode())
    return base64.b64encode(mac.digest()).decode()


def authorization(access_key_id: str, key: hmac.HMAC, text: str, *, scheme: str = "GenAuth") -> str:
    return f"{scheme} {access_key_id}:{sign(key, text)}"


def websocket_authorization(access_key_id: str, key: hmac.HMAC, *, scheme: str = "GenAuth") -> str:
    """The ``authorization`` header of the event websocket handshake.

    GenAuth's protocol signs a fixed string here (no date, no nonce, in both official SDKs):
    the header is the same on every handshake and does not expire.
    """
    return authorization(access_key_id, key, WEBSOCKET_STRING_TO_SIGN, scheme=scheme)


def new_nonce() -> str:
    """32 random hex digits, fresh for every request."""
    return secrets.token_hex(16)


def http_date(timestamp: float | None = None) -> str:
    """IMF-fixdate (``Tue, 07 Jan 2025 08:00:00 GMT``), like JavaScript's toUTCString()."""
    return email.utils.formatdate(time.time() if timestamp is None else timestamp, usegmt=True)


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple)


class RequestSigner:
    """Signs each attempt of a call afresh (new nonce and date): the signature-mode auth.

    ``headers`` are the client's own (``x-genauth-lang``, ``x-genauth-sdk-version``, ...);
    each signed request adds the nonce, method, version, date and ``authorization``.
    """

    __slots__ = ("_base", "_key", "_key_id")

    def __init__(
        self, access_key_id: str, access_key_secret: Redacted[str], headers: Mapping[str, str]
    ) -> None:
        self._key_id = access_key_id
        self._key = signing_key(access_key_secret)
        base = {k.lower(): v for k, v in headers.items()}
        base.setdefault("accept", "application/json")
        base.setdefault("content-type", "application/json")
        base["x-genauth-signature-method"] = SIGNATURE_METHOD
        base["x-genauth-signature-version"] = SIGNATURE_VERSION
        self._base = base

    def __repr__(self) -> str:
        return f"<RequestSigner access_key_id={self._key_id!r}>"

    def headers(
        self, method: str, path: str, params: Mapping[str, Any] | list[Any] | None
    ) -> dict[str, str]:
        """The headers of one attempt. ``path`` starts with ``/``; ``params`` is the query
        (GET) or the JSON body (other methods) exactly as sent."""
        headers = dict(self._base)
        headers["x-genauth-signature-nonce"] = new_nonce()
        headers["date"] = http_date()
        text = string_to_sign(method, path, headers, params)
        headers["authorization"] = authorization(self._key_id, self._key, text)
        return headers

    @staticmethod
    def signed_query(query: Mapping[str, Any]) -> dict[str, Any]:
        """The query as it is signed: without the ``None`` values, which are not sent."""
        return {k: v for k, v in query.items() if v is not None}

    @staticmethod
    def encode_query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The query on the wire, as the node SDK (axios) sends it: each value as it is
        signed, arrays as ``key[]=a&key[]=b`` so the server sees an array even of one item."""
        out: list[tuple[str, str]] = []
        for key, value in query.items():
            if value is None:
                continue
            if _is_list(value):
                out.extend((f"{key}[]", js_text(v)) for v in value if v is not None)
            else:
                out.append((key, js_text(value)))
        return out
