"""``Endpoint``: what differs between two endpoints, declared once as data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

__all__ = ["Endpoint"]

T = TypeVar("T")
_UNSET: Any = object()


class Endpoint(Generic[T]):
    """HTTP method, path, the model of ``data``, and whether a replay is safe.

    ``into`` is the type the envelope's ``data`` is decoded into (``None``: no data). Generated
    modules give ``load=`` instead, a function returning it, so that the models of a module are
    imported when one of its endpoints is first called, not when the package is imported.
    """

    __slots__ = ("_into", "_load", "_raw", "idempotent", "method", "path", "raw", "structure")

    def __init__(
        self,
        method: Literal["GET", "POST", "PUT", "DELETE"],
        path: str,
        into: type[T] | Any = None,
        idempotent: bool = True,
        *,
        load: Callable[[], Any] | None = None,
    ) -> None:
        self.method = method
        self.path = path.lstrip("/")  # relative to the host
        self.idempotent = idempotent
        self._into = _UNSET if load is not None else into
        self._load = load
        #: the decoder of ``into`` (``decoder(data, records)``), set by the transport on first
        #: use
        self.structure: Callable[[Any, list[list[Any]]], Any] | None = None
        #: this endpoint answers with a RawResponse (the twin made by answering_raw())
        self.raw = False
        self._raw: Endpoint[Any] | None = None

    @property
    def into(self) -> Any:
        into = self._into
        if into is _UNSET:
            assert self._load is not None
            into = self._into = self._load()
        return into

    def answering_raw(self) -> Endpoint[Any]:
        """The same endpoint, whose calls return the raw answer (made once)."""
        twin = self._raw
        if twin is None:
            twin = Endpoint(
                self.method, self.path, idempotent=self.idempotent, load=lambda: self.into
            )
            twin.raw = True
            self._raw = twin
        return twin

    @classmethod
    def get(cls, path: str, into: Any) -> Endpoint[Any]:
        return cls("GET", path, into, True)

    @classmethod
    def post(cls, path: str, into: Any, *, idempotent: bool) -> Endpoint[Any]:
        return cls("POST", path, into, idempotent)

    def __repr__(self) -> str:
        safe = "idempotent" if self.idempotent else "not idempotent"
        return f"<Endpoint {self.method} /{self.path} {safe}>"
