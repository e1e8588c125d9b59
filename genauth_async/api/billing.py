"""Billing: packages, usage and orders.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from .._checks import MAX_PAGE_SIZE, check_page, check_page_size, require_id
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import EMPTY_BODY, APIModule

if TYPE_CHECKING:
    from ..models import billing as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.billing")

__all__ = ["ENDPOINTS", "BillingAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "cost_contact_click": Endpoint("POST", "api/v3/click-cost-contact", None, False),
    "get_all_rights_item": Endpoint(
        "GET", "api/v3/get-all-rights-items", idempotent=True, load=lambda: models.RightItemRes
    ),
    "get_current_package_info": Endpoint(
        "GET",
        "api/v3/get-current-package-info",
        idempotent=True,
        load=lambda: models.CostCurrentPackageInfo,
    ),
    "get_mau_period_usage_history": Endpoint(
        "GET",
        "api/v3/get-mau-period-usage-history",
        idempotent=True,
        load=lambda: models.MauPeriodUsageHistory,
    ),
    "get_order_detail": Endpoint(
        "GET", "api/v3/get-order-detail", idempotent=True, load=lambda: models.OrderItem
    ),
    "get_order_pay_detail": Endpoint(
        "GET",
        "api/v3/get-order-pay-detail",
        idempotent=True,
        load=lambda: models.CostGetOrderPayDetail,
    ),
    "get_orders": Endpoint(
        "GET", "api/v3/get-orders", idempotent=True, load=lambda: models.GetOrdersRes
    ),
    "get_usage_info": Endpoint(
        "GET", "api/v3/get-usage-info", idempotent=True, load=lambda: models.CurrentUsageResp
    ),
}
_E = ENDPOINTS


class BillingAPI(APIModule):
    """Billing: packages, usage and orders."""

    __slots__ = ()

    async def cost_contact_click(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Record that the "contact us" button of the billing page was clicked.

        ``POST /api/v3/click-cost-contact``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``CostManagementController_costContactClick``).
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["cost_contact_click"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_all_rights_item(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RightItemRes:
        """Get all rights item.

        ``GET /api/v3/get-all-rights-items``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_all_rights_item"], timeout=timeout, deadline=deadline
        )

    async def get_current_package_info(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CostCurrentPackageInfo:
        """Get current package info.

        ``GET /api/v3/get-current-package-info``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_current_package_info"], timeout=timeout, deadline=deadline
        )

    async def get_mau_period_usage_history(
        self,
        start_time: str,
        end_time: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MauPeriodUsageHistory:
        """Get mau period usage history.

        ``GET /api/v3/get-mau-period-usage-history``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "startTime": require_id(start_time, "start_time"),
            "endTime": require_id(end_time, "end_time"),
        }
        return await self._transport.request(
            _E["get_mau_period_usage_history"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_order_detail(
        self,
        order_no: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OrderItem:
        """Get order detail.

        ``GET /api/v3/get-order-detail``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "orderNo": require_id(order_no, "order_no"),
        }
        return await self._transport.request(
            _E["get_order_detail"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_order_pay_detail(
        self,
        order_no: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CostGetOrderPayDetail:
        """Get order pay detail.

        ``GET /api/v3/get-order-pay-detail``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "orderNo": require_id(order_no, "order_no"),
        }
        return await self._transport.request(
            _E["get_order_pay_detail"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_orders(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetOrdersRes:
        """Get orders.

        ``GET /api/v3/get-orders``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_orders"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_orders(
        self,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.OrderItem]:
        """Every item of :meth:`get_orders`, page after page.

        ``GET /api/v3/get-orders``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {}
        return self._iter_query(
            _E["get_orders"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def get_usage_info(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CurrentUsageResp:
        """Get usage info.

        ``GET /api/v3/get-usage-info``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_usage_info"], timeout=timeout, deadline=deadline
        )
