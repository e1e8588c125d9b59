"""Custom field definitions and custom data of users, roles and groups.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_models,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    require_enum,
    require_id,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import custom_fields as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.custom_fields")

__all__ = ["ENDPOINTS", "CustomFieldsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "delete_custom_fields": Endpoint(
        "POST", "api/v3/delete-custom-fields", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_custom_data": Endpoint("GET", "api/v3/get-custom-data", Any, True),
    "get_custom_fields": Endpoint(
        "GET", "api/v3/get-custom-fields", idempotent=True, load=lambda: list[models.CustomField]
    ),
    "get_user_base_fields": Endpoint(
        "GET", "api/v3/get-user-base-fields", idempotent=True, load=lambda: list[models.CustomField]
    ),
    "list_cust_fields": Endpoint(
        "GET", "api/v3/list-custom-fields", idempotent=True, load=lambda: models.ListCustomFields
    ),
    "list_user_base_fields": Endpoint(
        "GET", "api/v3/list-user-base-fields", idempotent=True, load=lambda: models.ListCustomFields
    ),
    "set_custom_data": Endpoint(
        "POST", "api/v3/set-custom-data", idempotent=True, load=lambda: models.IsSuccess
    ),
    "set_custom_fields": Endpoint(
        "POST", "api/v3/set-custom-fields", idempotent=True, load=lambda: list[models.CustomField]
    ),
    "set_user_base_fields": Endpoint(
        "POST",
        "api/v3/set-user-base-fields",
        idempotent=True,
        load=lambda: list[models.CustomField],
    ),
}
ENDPOINTS["list_custom_fields"] = ENDPOINTS["list_cust_fields"]
_E = ENDPOINTS


class CustomFieldsAPI(APIModule):
    """Custom field definitions and custom data of users, roles and groups."""

    __slots__ = ()

    async def delete_custom_fields(
        self,
        tenant_id: str,
        list: Sequence[models.DeleteCustomField | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete custom fields.

        ``POST /api/v3/delete-custom-fields``; retried on failure (a replay is safe).
        """
        _body = models.DeleteCustomFieldsReq(
            tenant_id=require_id(tenant_id, "tenant_id"),
            list=as_models(list, models.DeleteCustomField, "list"),
        )
        return await self._transport.request(
            _E["delete_custom_fields"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_custom_data(
        self,
        tenant_id: str,
        target_type: models.AsaAccountTargetTargetType | str,
        target_identifier: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> Any:
        """Get custom data.

        ``GET /api/v3/get-custom-data``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": require_id(tenant_id, "tenant_id"),
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "targetIdentifier": require_id(target_identifier, "target_identifier"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_custom_data"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_custom_fields(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.CustomField]:
        """Get custom fields.

        ``GET /api/v3/get-custom-fields``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_custom_fields"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_base_fields(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.CustomField]:
        """Get user base fields.

        ``GET /api/v3/get-user-base-fields``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_user_base_fields"], timeout=timeout, deadline=deadline
        )

    async def list_cust_fields(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        data_type: models.ListCustFieldsDataType | str,
        tenant_id: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListCustomFields:
        """List cust fields.

        ``GET /api/v3/list-custom-fields``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "dataType": require_enum(models.ListCustFieldsDataType, data_type, "data_type"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "userVisible": check_flag(user_visible, "user_visible"),
            "adminVisible": check_flag(admin_visible, "admin_visible"),
            "accessControl": check_flag(access_control, "access_control"),
            "keyword": check_str(keyword, "keyword"),
            "lang": check_str(lang, "lang"),
        }
        return await self._transport.request(
            _E["list_cust_fields"], query=_query, timeout=timeout, deadline=deadline
        )

    list_custom_fields = list_cust_fields

    def iter_cust_fields(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        data_type: models.ListCustFieldsDataType | str,
        tenant_id: str | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.CustomField]:
        """Every item of :meth:`list_cust_fields`, page after page.

        ``GET /api/v3/list-custom-fields``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "dataType": require_enum(models.ListCustFieldsDataType, data_type, "data_type"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "userVisible": check_flag(user_visible, "user_visible"),
            "adminVisible": check_flag(admin_visible, "admin_visible"),
            "accessControl": check_flag(access_control, "access_control"),
            "keyword": check_str(keyword, "keyword"),
            "lang": check_str(lang, "lang"),
        }
        return self._iter_query(
            _E["list_cust_fields"], _query, start_page, limit, page_retries, timeout, deadline
        )

    iter_list_custom_fields = iter_cust_fields

    async def list_user_base_fields(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        data_type: models.ListCustFieldsDataType | str,
        tenant_id: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListCustomFields:
        """List user base fields.

        ``GET /api/v3/list-user-base-fields``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "dataType": require_enum(models.ListCustFieldsDataType, data_type, "data_type"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "userVisible": check_flag(user_visible, "user_visible"),
            "adminVisible": check_flag(admin_visible, "admin_visible"),
            "accessControl": check_flag(access_control, "access_control"),
            "keyword": check_str(keyword, "keyword"),
            "lang": check_str(lang, "lang"),
        }
        return await self._transport.request(
            _E["list_user_base_fields"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_list_user_base_fields(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        data_type: models.ListCustFieldsDataType | str,
        tenant_id: str | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.CustomField]:
        """Every item of :meth:`list_user_base_fields`, page after page.

        ``GET /api/v3/list-user-base-fields``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "dataType": require_enum(models.ListCustFieldsDataType, data_type, "data_type"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "userVisible": check_flag(user_visible, "user_visible"),
            "adminVisible": check_flag(admin_visible, "admin_visible"),
            "accessControl": check_flag(access_control, "access_control"),
            "keyword": check_str(keyword, "keyword"),
            "lang": check_str(lang, "lang"),
        }
        return self._iter_query(
            _E["list_user_base_fields"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def set_custom_data(
        self,
        list: Sequence[models.SetCustomData | Mapping[str, Any]],
        target_identifier: str,
        target_type: models.AsaAccountTargetTargetType | str,
        tenant_id: str | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Set custom data.

        ``POST /api/v3/set-custom-data``; retried on failure (a replay is safe).
        """
        _body = models.SetCustomDataReq(
            list=as_models(list, models.SetCustomData, "list"),
            target_identifier=require_id(target_identifier, "target_identifier"),
            target_type=require_enum(models.AsaAccountTargetTargetType, target_type, "target_type"),
            tenant_id=check_str(tenant_id, "tenant_id"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["set_custom_data"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_custom_fields(
        self,
        list: Sequence[models.SetCustomField | Mapping[str, Any]],
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.CustomField]:
        """Set custom fields.

        ``POST /api/v3/set-custom-fields``; retried on failure (a replay is safe).
        """
        _body = models.SetCustomFieldsReq(
            list=as_models(list, models.SetCustomField, "list"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["set_custom_fields"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_user_base_fields(
        self,
        list: Sequence[models.SetUserBaseField | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.CustomField]:
        """Set user base fields.

        ``POST /api/v3/set-user-base-fields``; retried on failure (a replay is safe).
        """
        _body = models.SetUserBaseFieldsReq(
            list=as_models(list, models.SetUserBaseField, "list"),
        )
        return await self._transport.request(
            _E["set_user_base_fields"], body=_body, timeout=timeout, deadline=deadline
        )
