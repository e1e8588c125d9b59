"""External identity sources (social and enterprise connections).

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
    check_enum,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    check_str_list,
    require_enum,
    require_flag,
    require_id,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import identity_sources as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.identity_sources")

__all__ = ["ENDPOINTS", "IdentitySourcesAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "change_ext_idp_conn_association_state": Endpoint(
        "POST",
        "api/v3/change-ext-idp-conn-association-state",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "change_ext_idp_conn_state": Endpoint(
        "POST", "api/v3/change-ext-idp-conn-state", idempotent=True, load=lambda: models.IsSuccess
    ),
    "create_ext_idp": Endpoint(
        "POST", "api/v3/create-ext-idp", idempotent=False, load=lambda: models.ExtIdp
    ),
    "create_ext_idp_conn": Endpoint(
        "POST", "api/v3/create-ext-idp-conn", idempotent=False, load=lambda: models.ExtIdpConnDetail
    ),
    "delete_ext_idp": Endpoint(
        "POST", "api/v3/delete-ext-idp", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_ext_idp_conn": Endpoint(
        "POST", "api/v3/delete-ext-idp-conn", idempotent=True, load=lambda: models.IsSuccess
    ),
    "ext_idp_conn_state_by_apps": Endpoint(
        "GET", "api/v3/ext-idp-conn-apps", idempotent=True, load=lambda: models.ExtIdpListPaging
    ),
    "get_ext_idp": Endpoint(
        "GET", "api/v3/get-ext-idp", idempotent=True, load=lambda: models.ExtIdpDetail
    ),
    "get_wechat_mp_access_token_info": Endpoint(
        "POST",
        "api/v3/get-weixin-access-token",
        idempotent=True,
        load=lambda: models.GetWechatAccessTokenData,
    ),
    "list_ext_idp": Endpoint(
        "GET", "api/v3/list-ext-idp", idempotent=True, load=lambda: models.ExtIdpListPaging
    ),
    "list_tenant_ext_idp": Endpoint(
        "GET", "api/v3/list-tenant-ext-idp", idempotent=True, load=lambda: models.ExtIdpListPaging
    ),
    "update_ext_idp": Endpoint(
        "POST", "api/v3/update-ext-idp", idempotent=True, load=lambda: models.ExtIdp
    ),
    "update_ext_idp_conn": Endpoint(
        "POST", "api/v3/update-ext-idp-conn", idempotent=True, load=lambda: models.ExtIdpConnDetail
    ),
}
_E = ENDPOINTS


class IdentitySourcesAPI(APIModule):
    """External identity sources (social and enterprise connections)."""

    __slots__ = ()

    async def change_ext_idp_conn_association_state(
        self,
        id: str,
        association: bool,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Change ext idp conn association state.

        ``POST /api/v3/change-ext-idp-conn-association-state``; retried on failure (a replay is
        safe).
        """
        _body = models.ChangeExtIdpAssociationState(
            id=require_id(id, "id"),
            association=require_flag(association, "association"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["change_ext_idp_conn_association_state"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def change_ext_idp_conn_state(
        self,
        id: str,
        enabled: bool,
        app_id: str,
        tenant_id: str | None = None,
        app_ids: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Change ext idp conn state.

        ``POST /api/v3/change-ext-idp-conn-state``; retried on failure (a replay is safe).
        """
        _body = models.ChangeExtIdpConnState(
            id=require_id(id, "id"),
            enabled=require_flag(enabled, "enabled"),
            app_id=require_id(app_id, "app_id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
            app_ids=check_str_list(app_ids, "app_ids"),
        )
        return await self._transport.request(
            _E["change_ext_idp_conn_state"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_ext_idp(
        self,
        name: str,
        type: models.IdentityProvider | str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdp:
        """Create ext idp.

        ``POST /api/v3/create-ext-idp``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.CreateExtIdp(
            name=require_id(name, "name"),
            type=require_enum(models.IdentityProvider, type, "type"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["create_ext_idp"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_ext_idp_conn(
        self,
        ext_idp_id: str,
        type: models.ExtIdpConnType | str,
        identifier: str,
        display_name: str,
        fields: Any,
        login_only: bool | None = None,
        logo: str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpConnDetail:
        """Create ext idp conn.

        ``POST /api/v3/create-ext-idp-conn``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateExtIdpConn(
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
            type=require_enum(models.ExtIdpConnType, type, "type"),
            identifier=require_id(identifier, "identifier"),
            display_name=require_id(display_name, "display_name"),
            fields=fields,
            login_only=check_flag(login_only, "login_only"),
            logo=check_str(logo, "logo"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["create_ext_idp_conn"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete ext idp.

        ``POST /api/v3/delete-ext-idp``; retried on failure (a replay is safe).
        """
        _body = models.DeleteExtIdp(
            id=require_id(id, "id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["delete_ext_idp"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_ext_idp_conn(
        self,
        id: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete ext idp conn.

        ``POST /api/v3/delete-ext-idp-conn``; retried on failure (a replay is safe).
        """
        _body = models.DeleteExtIdpConn(
            id=require_id(id, "id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["delete_ext_idp_conn"], body=_body, timeout=timeout, deadline=deadline
        )

    async def ext_idp_conn_state_by_apps(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: models.ExtIdpConnStateByAppsType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpListPaging:
        """Ext idp conn state by apps.

        ``GET /api/v3/ext-idp-conn-apps``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "id": require_id(id, "id"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "appId": check_str(app_id, "app_id"),
            "type": check_enum(models.ExtIdpConnStateByAppsType, type, "type"),
        }
        return await self._transport.request(
            _E["ext_idp_conn_state_by_apps"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: models.ExtIdpConnStateByAppsType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpDetail:
        """Get ext idp.

        ``GET /api/v3/get-ext-idp``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "id": require_id(id, "id"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "appId": check_str(app_id, "app_id"),
            "type": check_enum(models.ExtIdpConnStateByAppsType, type, "type"),
        }
        return await self._transport.request(
            _E["get_ext_idp"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_wechat_mp_access_token_info(
        self,
        *,
        app_id: str,
        app_secret: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetWechatAccessTokenData:
        """Get wechat mp access token info.

        ``POST /api/v3/get-weixin-access-token``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``getWechatMpAccessTokenInfo``).
        """
        _body = models.GetWechatAccessToken(
            app_id=require_id(app_id, "app_id"),
            app_secret=require_id(app_secret, "app_secret"),
        )
        return await self._transport.request(
            _E["get_wechat_mp_access_token_info"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpListPaging:
        """List ext idp.

        ``GET /api/v3/list-ext-idp``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": check_str(tenant_id, "tenant_id"),
            "appId": check_str(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["list_ext_idp"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_tenant_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: models.ExtIdpConnStateByAppsType | str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpListPaging:
        """List tenant ext idp.

        ``GET /api/v3/list-tenant-ext-idp``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": check_str(tenant_id, "tenant_id"),
            "appId": check_str(app_id, "app_id"),
            "type": check_enum(models.ExtIdpConnStateByAppsType, type, "type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_tenant_ext_idp"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_tenant_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: models.ExtIdpConnStateByAppsType | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ExtIdp]:
        """Every item of :meth:`list_tenant_ext_idp`, page after page.

        ``GET /api/v3/list-tenant-ext-idp``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "tenantId": check_str(tenant_id, "tenant_id"),
            "appId": check_str(app_id, "app_id"),
            "type": check_enum(models.ExtIdpConnStateByAppsType, type, "type"),
        }
        return self._iter_query(
            _E["list_tenant_ext_idp"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def update_ext_idp(
        self,
        name: str,
        id: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdp:
        """Update ext idp.

        ``POST /api/v3/update-ext-idp``; retried on failure (a replay is safe).
        """
        _body = models.UpdateExtIdp(
            name=require_id(name, "name"),
            id=require_id(id, "id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["update_ext_idp"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_ext_idp_conn(
        self,
        id: str,
        display_name: str,
        fields: Any,
        logo: str | None = None,
        login_only: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ExtIdpConnDetail:
        """Update ext idp conn.

        ``POST /api/v3/update-ext-idp-conn``; retried on failure (a replay is safe).
        """
        _body = models.UpdateExtIdpConn(
            id=require_id(id, "id"),
            display_name=require_id(display_name, "display_name"),
            fields=fields,
            logo=check_str(logo, "logo"),
            login_only=check_flag(login_only, "login_only"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["update_ext_idp_conn"], body=_body, timeout=timeout, deadline=deadline
        )
