"""The raw answer of a call: ``client.with_raw_response.<method>(...)``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from ._transport import Transport

__all__ = ["RawResponse", "RawResponseClient"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """What GenAuth answered to one call, beside its decoded ``data``.

    ``http_status`` and ``headers`` are the HTTP answer's; ``envelope`` is the parsed
    ``{statusCode, message, apiCode, requestId, data}`` object as sent; ``parsed`` is what the
    method returns (decoded as the client decodes every answer).
    """

    __slots__ = ("envelope", "headers", "http_status", "parsed")

    def __init__(
        self, http_status: int, headers: Mapping[str, str], envelope: dict[str, Any], parsed: T
    ) -> None:
        self.http_status = http_status
        self.headers = headers
        self.envelope = envelope
        self.parsed = parsed

    @property
    def request_id(self) -> str | None:
        rid = self.envelope.get("requestId")
        return rid if isinstance(rid, str) else None

    @property
    def data(self) -> Any:
        """The envelope's ``data``, as GenAuth sent it."""
        return self.envelope.get("data")

    def __repr__(self) -> str:
        return f"<RawResponse http_status={self.http_status} request_id={self.request_id!r}>"


class _RawTransport:
    """Sends through the client's transport, asking for the raw answer."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def request(self, endpoint: Any, **kwargs: Any) -> Coroutine[Any, Any, Any]:
        return self._transport.request(endpoint.answering_raw(), **kwargs)


class RawResponseClient:
    """``client.with_raw_response``: every endpoint method of the client, returning a
    :class:`RawResponse` instead of the decoded ``data``. Same arguments, same checks, same
    errors; one request."""

    __slots__ = ("_client", "_transport")

    def __init__(self, client: Any) -> None:
        self._client = client
        self._transport = _RawTransport(client._transport)

    def __getattr__(self, name: str) -> Callable[..., Coroutine[Any, Any, RawResponse[Any]]]:
        method = getattr(type(self._client), name, None)
        if name.startswith("_") or not inspect.iscoroutinefunction(method):
            raise AttributeError(f"with_raw_response has no endpoint method {name!r}")
        return functools.partial(method, self)

    def __repr__(self) -> str:
        return f"<RawResponseClient of {self._client!r}>"
