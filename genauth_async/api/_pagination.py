"""The one paginator behind every ``iter_*`` method: items, page after page.

GenAuth pages are 1-based ``{totalCount, list}`` with at most 50 items each; a few lists answer
the items alone (or a ``list`` without a total), and are walked until a page comes back short.
A page that fails
with a retryable error (server error, rate limit, connection trouble) is fetched again a few
times with backoff, on top of the transport's own retries, so one bad page late in a long
walk does not throw away the pages already read.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from .._checks import MAX_PAGE_SIZE, check_page, check_page_size
from .._transport import RetryPolicy
from ..errors import GenAuthConnectionError, RateLimitError, ServerError
from ..models._base import Page

__all__ = ["PAGE_RETRY", "paginate"]

_log = logging.getLogger("genauth_async")

#: the backoff between attempts at one page (how many: the ``page_retries`` argument)
PAGE_RETRY = RetryPolicy(max_attempts=4, backoff_base=0.5, backoff_max=10.0)

_RETRYABLE = (ServerError, RateLimitError, GenAuthConnectionError)


def paginate(
    fetch: Callable[[int, int], Awaitable[Any]],
    *,
    start_page: int | str = 1,
    limit: int | str = MAX_PAGE_SIZE,
    page_retries: int = 3,
) -> AsyncIterator[Any]:
    """Yield the items of ``fetch(page, limit)`` from ``start_page`` on.

    Stops once ``totalCount`` items are covered, on an empty page, or (a list without a
    total) on a page shorter than ``limit``. Arguments are checked
    here, before anything is sent, not at the first ``__anext__``.
    """
    # None would pass the optional-argument checks and fail only after the first page is sent
    if start_page is None or limit is None or page_retries is None:
        name = "start_page" if start_page is None else "limit" if limit is None else "page_retries"
        raise TypeError(f"{name} must be an int, got None")
    # numeric strings too, as every page argument takes them
    first = check_page(start_page, "start_page", required=True)
    size = check_page_size(limit, required=True)
    assert first is not None and size is not None
    if isinstance(page_retries, bool) or not isinstance(page_retries, int):
        raise TypeError(f"page_retries must be an int >= 0, got {page_retries!r}")
    if page_retries < 0:
        raise ValueError(f"page_retries must be an int >= 0, got {page_retries}")
    return _walk(fetch, first, size, page_retries)


async def _walk(
    fetch: Callable[[int, int], Awaitable[Any]], page: int, limit: int, page_retries: int
) -> AsyncIterator[Any]:
    while True:
        result = await _fetch_page(fetch, page, limit, page_retries)
        if isinstance(result, Page):
            items, total = result.list, result.total_count
        else:  # the items alone, or a model whose ``list`` has no total beside it
            items, total = (result if isinstance(result, list) else result.list), None
        for item in items:
            yield item
        if not items or (page * limit >= total if total is not None else len(items) < limit):
            return
        page += 1


async def _fetch_page(
    fetch: Callable[[int, int], Awaitable[Any]], page: int, limit: int, page_retries: int
) -> Any:
    attempt = 0
    while True:
        attempt += 1
        try:
            return await fetch(page, limit)
        except _RETRYABLE as exc:
            if attempt > page_retries:
                raise
            retry_after = exc.retry_after if isinstance(exc, RateLimitError) else None
            delay = PAGE_RETRY.delay(attempt, retry_after)
            _log.debug(
                "page %d failed (%s); fetching it again in %.3fs (%d/%d)",
                page,
                type(exc).__name__,
                delay,
                attempt,
                page_retries,
            )
            await asyncio.sleep(delay)
