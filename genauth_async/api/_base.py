"""What every API module shares: access to the transport, and walking paginated lists.

The argument checks the endpoints call live in ``genauth_async._checks``.
"""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from .._checks import value_at
from .._endpoint import Endpoint
from ..models._base import Page
from ._pagination import paginate

if TYPE_CHECKING:
    from .._transport import TimeoutArg, Transport

#: the body of a POST that takes no arguments
EMPTY_BODY = b"{}"

__all__ = ["EMPTY_BODY", "APIModule"]


class APIModule:
    """Base of the API mixins; the client provides ``_transport``."""

    __slots__ = ()
    _transport: Transport

    def _iter_query(
        self,
        endpoint: Endpoint[Any],
        query: dict[str, Any],
        start_page: int,
        limit: int,
        page_retries: int,
        timeout: TimeoutArg,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Walk a list endpoint whose query takes ``page`` and ``limit``."""

        async def fetch(page: int, size: int) -> Page[Any]:
            paged = {**query, "page": page, "limit": size}
            result: Page[Any] = await self._transport.request(
                endpoint, query=paged, timeout=timeout, deadline=deadline
            )
            return result

        return paginate(fetch, start_page=start_page, limit=limit, page_retries=page_retries)

    def _iter_body(
        self,
        endpoint: Endpoint[Any],
        body: Any,
        path: tuple[str, ...],
        start_page: int,
        limit: int,
        page_retries: int,
        timeout: TimeoutArg,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Walk a list endpoint whose body takes ``page``/``limit`` (at ``path``, e.g.
        ``options.pagination``)."""
        if path and value_at(body, path) is not None:
            name = ".".join(path)
            raise ValueError(f"the iterator pages by itself: pass start_page/limit, not {name}")

        async def fetch(page: int, size: int) -> Page[Any]:
            paged = _with_page(body, path, page, size)
            result: Page[Any] = await self._transport.request(
                endpoint, body=paged, timeout=timeout, deadline=deadline
            )
            return result

        return paginate(fetch, start_page=start_page, limit=limit, page_retries=page_retries)


def _field_class(cls: type, name: str) -> type:
    """The attrs class of field ``name`` of ``cls`` (its annotation may be ``X | None``)."""
    hints = typing.get_type_hints(cls)
    for arg in (hints[name], *typing.get_args(hints[name])):
        if attrs.has(arg):
            return arg
    raise TypeError(f"{cls.__name__}.{name} is not a model field")


def _with_page(obj: Any, path: tuple[str, ...], page: int, size: int) -> Any:
    if not path:
        return attrs.evolve(obj, page=page, limit=size)
    head, rest = path[0], path[1:]
    inner = getattr(obj, head)
    if inner is None:
        inner = _field_class(type(obj), head)()
    return attrs.evolve(obj, **{head: _with_page(inner, rest, page, size)})
