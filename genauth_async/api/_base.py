"""What every API module shares: access to the transport, and walking paginated lists.

The argument checks the endpoints call live in ``genauth_async._checks``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from .._checks import value_at, with_page
from .._endpoint import Endpoint
from ._pagination import paginate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .._auth import Redacted
    from .._transport import TimeoutArg, Transport

#: the body of a POST that takes no arguments
EMPTY_BODY = b"{}"

__all__ = ["EMPTY_BODY", "APIModule", "EndUserAPIModule"]


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

        async def fetch(page: int, size: int) -> Any:
            paged = {**query, "page": page, "limit": size}
            return await self._transport.request(
                endpoint, query=paged, timeout=timeout, deadline=deadline
            )

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

        async def fetch(page: int, size: int) -> Any:
            paged = with_page(body, path, page, size)
            return await self._transport.request(
                endpoint, body=paged, timeout=timeout, deadline=deadline
            )

        return paginate(fetch, start_page=start_page, limit=limit, page_retries=page_retries)


class EndUserAPIModule(APIModule):
    """Base of the end user's API mixins; the client provides ``_user_headers``."""

    __slots__ = ()

    def _user_headers(
        self, access_token: str | None, required: bool
    ) -> Redacted[Mapping[str, str]] | None:
        """The headers carrying the end user's token (``access_token``, else the view's or
        the client's): None if there is none and the endpoint does not need one."""
        raise NotImplementedError

    def _sign_in_headers(self, access_token: str | None) -> Redacted[Mapping[str, str]] | None:
        """The headers of a sign-in route: the application's Basic credentials where it
        authenticates by ``client_secret_basic``, else the end user's token if any."""
        raise NotImplementedError
