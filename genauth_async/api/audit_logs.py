"""User actions and admin audit logs.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from .._checks import MAX_PAGE_SIZE, as_model, check_flag, check_int, check_pagination, check_str
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import audit_logs as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.audit_logs")

__all__ = ["ENDPOINTS", "AuditLogsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "get_admin_audit_logs": Endpoint(
        "POST",
        "api/v3/get-admin-audit-logs",
        idempotent=True,
        load=lambda: models.AdminAuditLogRespData,
    ),
    "get_user_action_logs": Endpoint(
        "POST",
        "api/v3/get-user-action-logs",
        idempotent=True,
        load=lambda: models.UserActionLogRespData,
    ),
}
_E = ENDPOINTS


class AuditLogsAPI(APIModule):
    """User actions and admin audit logs."""

    __slots__ = ()

    async def get_admin_audit_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        operation_type: str | None = None,
        resource_type: str | None = None,
        user_id: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        pagination: models.ListWebhooks | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AdminAuditLogRespData:
        """Get admin audit logs.

        ``POST /api/v3/get-admin-audit-logs``; retried on failure (a replay is safe).
        """
        _body = models.GetAdminAuditLogs(
            request_id=check_str(request_id, "request_id"),
            client_ip=check_str(client_ip, "client_ip"),
            operation_type=check_str(operation_type, "operation_type"),
            resource_type=check_str(resource_type, "resource_type"),
            user_id=check_str(user_id, "user_id"),
            success=check_flag(success, "success"),
            start=check_int(start, "start", minimum=0),
            end=check_int(end, "end", minimum=0),
            pagination=as_model(pagination, models.ListWebhooks, "pagination", optional=True),
        )
        _body = check_pagination(_body, ("pagination",))
        return await self._transport.request(
            _E["get_admin_audit_logs"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_admin_audit_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        operation_type: str | None = None,
        resource_type: str | None = None,
        user_id: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        pagination: models.ListWebhooks | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.AdminAuditLog]:
        """Every item of :meth:`get_admin_audit_logs`, page after page.

        ``POST /api/v3/get-admin-audit-logs``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.GetAdminAuditLogs(
            request_id=check_str(request_id, "request_id"),
            client_ip=check_str(client_ip, "client_ip"),
            operation_type=check_str(operation_type, "operation_type"),
            resource_type=check_str(resource_type, "resource_type"),
            user_id=check_str(user_id, "user_id"),
            success=check_flag(success, "success"),
            start=check_int(start, "start", minimum=0),
            end=check_int(end, "end", minimum=0),
            pagination=as_model(pagination, models.ListWebhooks, "pagination", optional=True),
        )
        _body = check_pagination(_body, ("pagination",))
        return self._iter_body(
            _E["get_admin_audit_logs"],
            _body,
            ("pagination",),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def get_user_action_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        event_type: str | None = None,
        user_id: str | None = None,
        app_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        success: bool | None = None,
        pagination: models.ListWebhooks | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserActionLogRespData:
        """Get user action logs.

        ``POST /api/v3/get-user-action-logs``; retried on failure (a replay is safe).
        """
        _body = models.GetUserActionLogs(
            request_id=check_str(request_id, "request_id"),
            client_ip=check_str(client_ip, "client_ip"),
            event_type=check_str(event_type, "event_type"),
            user_id=check_str(user_id, "user_id"),
            app_id=check_str(app_id, "app_id"),
            start=check_int(start, "start", minimum=0),
            end=check_int(end, "end", minimum=0),
            success=check_flag(success, "success"),
            pagination=as_model(pagination, models.ListWebhooks, "pagination", optional=True),
        )
        _body = check_pagination(_body, ("pagination",))
        return await self._transport.request(
            _E["get_user_action_logs"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_user_action_logs(
        self,
        request_id: str | None = None,
        client_ip: str | None = None,
        event_type: str | None = None,
        user_id: str | None = None,
        app_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        success: bool | None = None,
        pagination: models.ListWebhooks | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UserActionLog]:
        """Every item of :meth:`get_user_action_logs`, page after page.

        ``POST /api/v3/get-user-action-logs``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.GetUserActionLogs(
            request_id=check_str(request_id, "request_id"),
            client_ip=check_str(client_ip, "client_ip"),
            event_type=check_str(event_type, "event_type"),
            user_id=check_str(user_id, "user_id"),
            app_id=check_str(app_id, "app_id"),
            start=check_int(start, "start", minimum=0),
            end=check_int(end, "end", minimum=0),
            success=check_flag(success, "success"),
            pagination=as_model(pagination, models.ListWebhooks, "pagination", optional=True),
        )
        _body = check_pagination(_body, ("pagination",))
        return self._iter_body(
            _E["get_user_action_logs"],
            _body,
            ("pagination",),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )
