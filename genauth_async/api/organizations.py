"""Organizations and departments.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    require_id,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import organizations as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.organizations")

__all__ = ["ENDPOINTS", "OrganizationsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "get_organization": Endpoint(
        "GET", "api/v3/get-organization", idempotent=True, load=lambda: models.Organization
    ),
    "get_organizations_batch": Endpoint(
        "GET",
        "api/v3/get-organization-batch",
        idempotent=True,
        load=lambda: list[models.Organization],
    ),
    "list_organizations": Endpoint(
        "GET", "api/v3/list-organizations", idempotent=True, load=lambda: models.OrganizationPaging
    ),
}
_E = ENDPOINTS


class OrganizationsAPI(APIModule):
    """Organizations and departments."""

    __slots__ = ()

    async def get_organization(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Organization:
        """Get organization.

        ``GET /api/v3/get-organization``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_organization"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_organizations_batch(
        self,
        organization_code_list: Sequence[str],
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Organization]:
        """Get organizations batch.

        ``GET /api/v3/get-organization-batch``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "organizationCodeList": require_str_list(
                organization_code_list, "organization_code_list"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_organizations_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_organizations(
        self,
        page: int | None = None,
        limit: int | None = None,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OrganizationPaging:
        """List organizations.

        ``GET /api/v3/list-organizations``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "fetchAll": check_flag(fetch_all, "fetch_all"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "status": check_flag(status, "status"),
        }
        return await self._transport.request(
            _E["list_organizations"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_organizations(
        self,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Organization]:
        """Every item of :meth:`list_organizations`, page after page.

        ``GET /api/v3/list-organizations``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "fetchAll": check_flag(fetch_all, "fetch_all"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "status": check_flag(status, "status"),
        }
        return self._iter_query(
            _E["list_organizations"], _query, start_page, limit, page_retries, timeout, deadline
        )
