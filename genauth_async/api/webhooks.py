"""Webhooks and their deliveries.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_model,
    check_enum,
    check_enum_list,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    require_enum,
    require_id,
    require_ids,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import webhooks as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.webhooks")

__all__ = ["ENDPOINTS", "WebhooksAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "create_webhook": Endpoint(
        "POST", "api/v3/create-webhook", idempotent=False, load=lambda: models.Webhook
    ),
    "delete_webhook": Endpoint(
        "POST", "api/v3/delete-webhook", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_webhook": Endpoint(
        "GET", "api/v3/get-webhook", idempotent=True, load=lambda: models.Webhook
    ),
    "get_webhook_event_list": Endpoint(
        "GET",
        "api/v3/get-webhook-event-list",
        idempotent=True,
        load=lambda: models.WebhookEventListData,
    ),
    "get_webhook_logs": Endpoint(
        "POST", "api/v3/get-webhook-logs", idempotent=True, load=lambda: models.ListWebhookLogsData
    ),
    "list_webhooks": Endpoint(
        "GET", "api/v3/list-webhooks", idempotent=True, load=lambda: models.GetWebhooksData
    ),
    "trigger_webhook": Endpoint(
        "POST", "api/v3/trigger-webhook", idempotent=False, load=lambda: models.TriggerWebhookData
    ),
    "update_webhook": Endpoint(
        "POST", "api/v3/update-webhook", idempotent=True, load=lambda: models.Webhook
    ),
}
_E = ENDPOINTS


class WebhooksAPI(APIModule):
    """Webhooks and their deliveries."""

    __slots__ = ()

    async def create_webhook(
        self,
        content_type: models.ContentType | str,
        events: Sequence[models.Events | str],
        url: str,
        name: str,
        enabled: bool | None = None,
        secret: str | None = None,
        *,
        retry_config: models.WebhookRetryConfigV3 | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Webhook:
        """Create webhook.

        ``POST /api/v3/create-webhook``; not retried once it may have reached GenAuth (a replay
        is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``retry_config``.
        """
        _body = models.CreateWebhook(
            content_type=require_enum(models.ContentType, content_type, "content_type"),
            events=check_enum_list(models.Events, events, "events"),
            url=require_id(url, "url"),
            name=require_id(name, "name"),
            enabled=check_flag(enabled, "enabled"),
            secret=check_str(secret, "secret"),
            retry_config=as_model(
                retry_config, models.WebhookRetryConfigV3, "retry_config", optional=True
            ),
        )
        return await self._transport.request(
            _E["create_webhook"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_webhook(
        self,
        webhook_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete webhook.

        ``POST /api/v3/delete-webhook``; retried on failure (a replay is safe).
        """
        _body = models.DeleteWebhook(
            webhook_ids=require_ids(webhook_ids, "webhook_ids"),
        )
        return await self._transport.request(
            _E["delete_webhook"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Webhook:
        """Get webhook.

        ``GET /api/v3/get-webhook``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "webhookId": require_id(webhook_id, "webhook_id"),
        }
        return await self._transport.request(
            _E["get_webhook"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_webhook_event_list(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WebhookEventListData:
        """Get webhook event list.

        ``GET /api/v3/get-webhook-event-list``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_webhook_event_list"], timeout=timeout, deadline=deadline
        )

    async def get_webhook_logs(
        self,
        webhook_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListWebhookLogsData:
        """Get webhook logs.

        ``POST /api/v3/get-webhook-logs``; retried on failure (a replay is safe).
        """
        _body = models.ListWebhookLogs(
            webhook_id=require_id(webhook_id, "webhook_id"),
            page=check_page(page),
            limit=check_page_size(limit),
        )
        return await self._transport.request(
            _E["get_webhook_logs"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_webhook_logs(
        self,
        webhook_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.WebhookLog]:
        """Every item of :meth:`get_webhook_logs`, page after page.

        ``POST /api/v3/get-webhook-logs``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListWebhookLogs(
            webhook_id=require_id(webhook_id, "webhook_id"),
        )
        return self._iter_body(
            _E["get_webhook_logs"], _body, (), start_page, limit, page_retries, timeout, deadline
        )

    async def list_webhooks(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetWebhooksData:
        """List webhooks.

        ``GET /api/v3/list-webhooks``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_webhooks"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_webhooks(
        self,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Webhook]:
        """Every item of :meth:`list_webhooks`, page after page.

        ``GET /api/v3/list-webhooks``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {}
        return self._iter_query(
            _E["list_webhooks"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def trigger_webhook(
        self,
        webhook_id: str,
        request_headers: Any = None,
        request_body: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TriggerWebhookData:
        """Trigger webhook.

        ``POST /api/v3/trigger-webhook``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.TriggerWebhook(
            webhook_id=require_id(webhook_id, "webhook_id"),
            request_headers=request_headers,
            request_body=request_body,
        )
        return await self._transport.request(
            _E["trigger_webhook"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_webhook(
        self,
        webhook_id: str,
        name: str | None = None,
        url: str | None = None,
        events: Sequence[models.UpdateWebhookEvents | str] | None = None,
        content_type: models.ContentType | str | None = None,
        enabled: bool | None = None,
        secret: str | None = None,
        *,
        retry_config: models.WebhookRetryConfigV3 | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Webhook:
        """Update webhook.

        ``POST /api/v3/update-webhook``; retried on failure (a replay is safe). Keyword-only
        (sent by the node SDK, not by the Python one): ``retry_config``.
        """
        _body = models.UpdateWebhook(
            webhook_id=require_id(webhook_id, "webhook_id"),
            name=check_str(name, "name"),
            url=check_str(url, "url"),
            events=check_enum_list(models.UpdateWebhookEvents, events, "events", optional=True),
            content_type=check_enum(models.ContentType, content_type, "content_type"),
            enabled=check_flag(enabled, "enabled"),
            secret=check_str(secret, "secret"),
            retry_config=as_model(
                retry_config, models.WebhookRetryConfigV3, "retry_config", optional=True
            ),
        )
        return await self._transport.request(
            _E["update_webhook"], body=_body, timeout=timeout, deadline=deadline
        )
