"""Custom events: definitions and publishing.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from .._checks import MAX_PAGE_SIZE, check_page, check_page_size, check_str, json_value, require_id
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import events as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.events")

__all__ = ["ENDPOINTS", "EventsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "create_event_app": Endpoint("POST", "api/v3/create-event-app", None, False),
    "define_event": Endpoint("POST", "api/v3/define-event", None, False),
    "list_event_apps": Endpoint(
        "GET", "api/v3/list-event-apps", idempotent=True, load=lambda: models.EventAppPaging
    ),
    "list_events": Endpoint(
        "GET", "api/v3/list-events", idempotent=True, load=lambda: models.OpenEventPaging
    ),
    "pub_event": Endpoint(
        "POST", "api/v3/pub-event", idempotent=False, load=lambda: models.PubEventRespData
    ),
    "pub_user_event": Endpoint(
        "POST", "api/v3/pub-userEvent", idempotent=False, load=lambda: models.PubEventRespData
    ),
}
_E = ENDPOINTS


class EventsAPI(APIModule):
    """Custom events: definitions and publishing."""

    __slots__ = ()

    async def create_event_app(
        self,
        logo: str,
        name: str,
        identifier: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Create event app.

        ``POST /api/v3/create-event-app``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateEventApp(
            logo=require_id(logo, "logo"),
            name=require_id(name, "name"),
            identifier=require_id(identifier, "identifier"),
        )
        return await self._transport.request(
            _E["create_event_app"], body=_body, timeout=timeout, deadline=deadline
        )

    async def define_event(
        self,
        event_description: str,
        event_type: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Define event.

        ``POST /api/v3/define-event``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.DefineEvent(
            event_description=require_id(event_description, "event_description"),
            event_type=require_id(event_type, "event_type"),
        )
        return await self._transport.request(
            _E["define_event"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_event_apps(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EventAppPaging:
        """List event apps.

        ``GET /api/v3/list-event-apps``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["list_event_apps"], timeout=timeout, deadline=deadline
        )

    async def list_events(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        app: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OpenEventPaging:
        """List events.

        ``GET /api/v3/list-events``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "app": check_str(app, "app"),
        }
        return await self._transport.request(
            _E["list_events"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_events(
        self,
        app: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.OpenEvent]:
        """Every item of :meth:`list_events`, page after page.

        ``GET /api/v3/list-events``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "app": check_str(app, "app"),
        }
        return self._iter_query(
            _E["list_events"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def pub_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        source: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PubEventRespData:
        """Publish a custom event (``event_data``: any JSON value, sent as it is).

        ``POST /api/v3/pub-event``; not retried once it may have reached GenAuth (a replay is
        not safe). Keyword-only (sent by the node SDK, not by the Python one): ``source``.
        """
        _body = models.PubEvent(
            event_type=require_id(event_type, "event_type"),
            event_data=json_value(event_data, "event_data"),
            source=check_str(source, "source"),
        )
        return await self._transport.request(
            _E["pub_event"], body=_body, timeout=timeout, deadline=deadline
        )

    async def pub_user_event(
        self,
        event_type: str,
        event_data: Any,
        *,
        source: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PubEventRespData:
        """Pub user event.

        ``POST /api/v3/pub-userEvent``; not retried once it may have reached GenAuth (a replay
        is not safe). Keyword-only (sent by the node SDK, not by the Python one): ``source``.
        """
        _body = models.PubEvent(
            event_type=require_id(event_type, "event_type"),
            event_data=json_value(event_data, "event_data"),
            source=check_str(source, "source"),
        )
        return await self._transport.request(
            _E["pub_user_event"], body=_body, timeout=timeout, deadline=deadline
        )
