"""Applications: settings, access control and authorizations.

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
    as_models,
    as_text,
    check_enum,
    check_enum_list,
    check_flag,
    check_mapping,
    check_page,
    check_page_size,
    check_pagination,
    check_str,
    check_str_list,
    require_enum,
    require_flag,
    require_id,
    require_ids,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import applications as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.applications")

__all__ = ["ENDPOINTS", "ApplicationsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "assign_asa_account": Endpoint(
        "POST", "api/v3/assign-asa-account", idempotent=True, load=lambda: models.IsSuccess
    ),
    "authorize_application_access": Endpoint(
        "POST",
        "api/v3/authorize-application-access",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "change_userpool_tenan_ext_idp_conn_state": Endpoint(
        "POST",
        "api/v3/change-userpool-tenant-ext-idp-conn-state",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "check_domain_available": Endpoint(
        "POST",
        "api/v3/check-domain-available",
        idempotent=True,
        load=lambda: models.CheckDomainAvailableData,
    ),
    "create_application": Endpoint(
        "POST",
        "api/v3/create-application",
        idempotent=False,
        load=lambda: models.CreateApplicationRespData,
    ),
    "create_asa_account": Endpoint(
        "POST", "api/v3/create-asa-account", idempotent=False, load=lambda: models.AsaAccount
    ),
    "create_asa_account_batch": Endpoint(
        "POST", "api/v3/create-asa-accounts-batch", idempotent=False, load=lambda: models.IsSuccess
    ),
    "delete_application": Endpoint(
        "POST", "api/v3/delete-application", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_asa_account": Endpoint(
        "POST", "api/v3/delete-asa-account", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_asa_account_batch": Endpoint(
        "POST", "api/v3/delete-asa-accounts-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_auth": Endpoint(
        "DELETE", "api/v3/batch-applications-auth", idempotent=True, load=lambda: models.IsSuccess
    ),
    "detail_auth_subject": Endpoint(
        "GET",
        "api/v3/get-subject-auth-detail",
        idempotent=True,
        load=lambda: models.GetSubjectAuthData,
    ),
    "enabled_auth": Endpoint(
        "POST", "api/v3/update-auth-enabled", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_application": Endpoint(
        "GET", "api/v3/get-application", idempotent=True, load=lambda: models.Application
    ),
    "get_application_permission_strategy": Endpoint(
        "GET",
        "api/v3/get-application-permission-strategy",
        idempotent=True,
        load=lambda: models.GetApplicationPermissionStrategyData,
    ),
    "get_application_secret": Endpoint(
        "GET",
        "api/v3/get-application-secret",
        idempotent=True,
        load=lambda: models.GetApplicationSecretData,
    ),
    "get_application_simple_info": Endpoint(
        "GET",
        "api/v3/get-application-simple-info",
        idempotent=True,
        load=lambda: models.ApplicationSimpleInfo,
    ),
    "get_asa_account": Endpoint(
        "GET", "api/v3/get-asa-account", idempotent=True, load=lambda: models.AsaAccount
    ),
    "get_asa_account_assigned_targets": Endpoint(
        "GET",
        "api/v3/get-asa-account-assigned-targets",
        idempotent=True,
        load=lambda: models.GetAsaAccountAssignedTargetData,
    ),
    "get_asa_account_batch": Endpoint(
        "POST",
        "api/v3/get-asa-accounts-batch",
        idempotent=True,
        load=lambda: list[models.AsaAccount],
    ),
    "get_assigned_account": Endpoint(
        "GET", "api/v3/get-assigned-account", idempotent=True, load=lambda: models.AsaAccount
    ),
    "get_mfa_trigger_data": Endpoint(
        "GET", "api/v3/get-mfa-trigger-data", idempotent=True, load=lambda: models.MfaTriggerData
    ),
    "list_application_active_users": Endpoint(
        "POST",
        "api/v3/list-application-active-users",
        idempotent=True,
        load=lambda: models.UserPaging,
    ),
    "list_application_simple_info": Endpoint(
        "GET",
        "api/v3/list-application-simple-info",
        idempotent=True,
        load=lambda: models.ApplicationSimpleInfoPaginatedData,
    ),
    "list_applications": Endpoint(
        "GET",
        "api/v3/list-applications",
        idempotent=True,
        load=lambda: models.ApplicationPaginatedData,
    ),
    "list_asa_account": Endpoint(
        "GET",
        "api/v3/list-asa-accounts",
        idempotent=True,
        load=lambda: models.AsaAccountPaginatedData,
    ),
    "list_auth_application": Endpoint(
        "POST",
        "api/v3/list-applications-auth",
        idempotent=True,
        load=lambda: models.ListApplicationAuthPaginatedData,
    ),
    "list_auth_subject": Endpoint(
        "POST",
        "api/v3/list-subject-auth",
        idempotent=True,
        load=lambda: models.ListApplicationSubjectDataList,
    ),
    "list_tenant_applications": Endpoint(
        "GET",
        "api/v3/list-tenant-applications",
        idempotent=True,
        load=lambda: models.TenantApplicationListPaging,
    ),
    "refresh_application_secret": Endpoint(
        "POST",
        "api/v3/refresh-application-secret",
        idempotent=False,
        load=lambda: models.RefreshApplicationSecretData,
    ),
    "revoke_application_access": Endpoint(
        "POST", "api/v3/revoke-application-access", idempotent=True, load=lambda: models.IsSuccess
    ),
    "unassign_asa_account": Endpoint(
        "POST", "api/v3/unassign-asa-account", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_application": Endpoint(
        "POST", "api/v3/update-application", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_application_mfa_settings": Endpoint(
        "POST",
        "api/v3/update-application-mfa-settings",
        idempotent=True,
        load=lambda: models.MFASettings,
    ),
    "update_application_permission_strategy": Endpoint(
        "POST",
        "api/v3/update-application-permission-strategy",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "update_asa_account": Endpoint(
        "POST", "api/v3/update-asa-account", idempotent=True, load=lambda: models.AsaAccount
    ),
    "update_login_page_config": Endpoint(
        "POST", "api/v3/update-login-page-config", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_tenant_qr_code_state": Endpoint(
        "POST",
        "api/v3/update-userpool-tenant-appqrcode-state",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "update_user_pool_tenant_config": Endpoint(
        "POST",
        "api/v3/update-userpool-tenant-config",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "userpoll_tenant_config": Endpoint(
        "GET",
        "api/v3/userpool-tenant-config",
        idempotent=True,
        load=lambda: models.UserPoolTenantConfig,
    ),
}
ENDPOINTS["change_userpool_tenant_ext_idp_conn_state"] = ENDPOINTS[
    "change_userpool_tenan_ext_idp_conn_state"
]
ENDPOINTS["userpool_tenant_config"] = ENDPOINTS["userpoll_tenant_config"]
_E = ENDPOINTS


class ApplicationsAPI(APIModule):
    """Applications: settings, access control and authorizations."""

    __slots__ = ()

    async def assign_asa_account(
        self,
        app_id: str,
        account_id: str,
        targets: Sequence[models.AssignAsaAccountItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Assign asa account.

        ``POST /api/v3/assign-asa-account``; retried on failure (a replay is safe).
        """
        _body = models.AssignAsaAccounts(
            app_id=require_id(app_id, "app_id"),
            account_id=require_id(account_id, "account_id"),
            targets=as_models(targets, models.AssignAsaAccountItem, "targets"),
        )
        return await self._transport.request(
            _E["assign_asa_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def authorize_application_access(
        self,
        app_id: str,
        list: Sequence[models.ApplicationPermissionRecordItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Authorize application access.

        ``POST /api/v3/authorize-application-access``; retried on failure (a replay is safe).
        """
        _body = models.AuthorizeApplicationAccess(
            app_id=require_id(app_id, "app_id"),
            list=as_models(list, models.ApplicationPermissionRecordItem, "list"),
        )
        return await self._transport.request(
            _E["authorize_application_access"], body=_body, timeout=timeout, deadline=deadline
        )

    async def change_userpool_tenan_ext_idp_conn_state(
        self,
        enabled: bool,
        conn_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Change userpool tenan ext idp conn state.

        ``POST /api/v3/change-userpool-tenant-ext-idp-conn-state``; retried on failure (a replay
        is safe).
        """
        _body = models.ChangeUserPoolTenantExtIdpConn(
            enabled=require_flag(enabled, "enabled"),
            conn_ids=require_ids(conn_ids, "conn_ids"),
        )
        return await self._transport.request(
            _E["change_userpool_tenan_ext_idp_conn_state"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    change_userpool_tenant_ext_idp_conn_state = change_userpool_tenan_ext_idp_conn_state

    async def check_domain_available(
        self,
        domain: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckDomainAvailableData:
        """Check domain available.

        ``POST /api/v3/check-domain-available``; retried on failure (a replay is safe).
        """
        _body = models.CheckDomainAvailable(
            domain=require_id(domain, "domain"),
        )
        return await self._transport.request(
            _E["check_domain_available"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_application(
        self,
        app_name: str,
        template: str | None = None,
        template_data: Any = None,
        app_identifier: str | None = None,
        app_logo: str | None = None,
        app_description: str | None = None,
        app_type: models.AppType | str | None = None,
        default_protocol: models.DefaultProtocol | str | None = None,
        redirect_uris: Sequence[str] | None = None,
        logout_redirect_uris: Sequence[str] | None = None,
        init_login_uri: str | None = None,
        sso_enabled: bool | None = None,
        oidc_config: Mapping[str, Any] | None = None,
        saml_provider_enabled: bool | None = None,
        saml_config: Mapping[str, Any] | None = None,
        oauth_provider_enabled: bool | None = None,
        oauth_config: Mapping[str, Any] | None = None,
        cas_provider_enabled: bool | None = None,
        cas_config: Mapping[str, Any] | None = None,
        login_config: models.ApplicationLoginConfigInput | Mapping[str, Any] | None = None,
        register_config: models.ApplicationRegisterConfigInput | Mapping[str, Any] | None = None,
        branding_config: models.ApplicationBrandingConfigInput | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateApplicationRespData:
        """Create application.

        ``POST /api/v3/create-application``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateApplication(
            app_name=require_id(app_name, "app_name"),
            template=check_str(template, "template"),
            template_data=template_data,
            app_identifier=check_str(app_identifier, "app_identifier"),
            app_logo=check_str(app_logo, "app_logo"),
            app_description=check_str(app_description, "app_description"),
            app_type=check_enum(models.AppType, app_type, "app_type"),
            default_protocol=check_enum(
                models.DefaultProtocol, default_protocol, "default_protocol"
            ),
            redirect_uris=check_str_list(redirect_uris, "redirect_uris"),
            logout_redirect_uris=check_str_list(logout_redirect_uris, "logout_redirect_uris"),
            init_login_uri=check_str(init_login_uri, "init_login_uri"),
            sso_enabled=check_flag(sso_enabled, "sso_enabled"),
            oidc_config=check_mapping(oidc_config, "oidc_config", optional=True),
            saml_provider_enabled=check_flag(saml_provider_enabled, "saml_provider_enabled"),
            saml_config=check_mapping(saml_config, "saml_config", optional=True),
            oauth_provider_enabled=check_flag(oauth_provider_enabled, "oauth_provider_enabled"),
            oauth_config=check_mapping(oauth_config, "oauth_config", optional=True),
            cas_provider_enabled=check_flag(cas_provider_enabled, "cas_provider_enabled"),
            cas_config=check_mapping(cas_config, "cas_config", optional=True),
            login_config=as_model(
                login_config, models.ApplicationLoginConfigInput, "login_config", optional=True
            ),
            register_config=as_model(
                register_config,
                models.ApplicationRegisterConfigInput,
                "register_config",
                optional=True,
            ),
            branding_config=as_model(
                branding_config,
                models.ApplicationBrandingConfigInput,
                "branding_config",
                optional=True,
            ),
        )
        return await self._transport.request(
            _E["create_application"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_asa_account(
        self,
        account_info: Any,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AsaAccount:
        """Create asa account.

        ``POST /api/v3/create-asa-account``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateAsaAccount(
            account_info=account_info,
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["create_asa_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_asa_account_batch(
        self,
        list: Sequence[models.CreateAsaAccountsBatchItem | Mapping[str, Any]],
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create asa account batch.

        ``POST /api/v3/create-asa-accounts-batch``; not retried once it may have reached GenAuth
        (a replay is not safe).
        """
        _body = models.CreateAsaAccountsBatch(
            list=as_models(list, models.CreateAsaAccountsBatchItem, "list"),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["create_asa_account_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_application(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete application.

        ``POST /api/v3/delete-application``; retried on failure (a replay is safe).
        """
        _body = models.DeleteApplication(
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["delete_application"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_asa_account(
        self,
        account_id: str,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete asa account.

        ``POST /api/v3/delete-asa-account``; retried on failure (a replay is safe).
        """
        _body = models.DeleteAsaAccount(
            account_id=require_id(account_id, "account_id"),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["delete_asa_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_asa_account_batch(
        self,
        account_ids: Sequence[str],
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete asa account batch.

        ``POST /api/v3/delete-asa-accounts-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteAsaAccountBatch(
            account_ids=require_ids(account_ids, "account_ids"),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["delete_asa_account_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_auth(
        self,
        auth_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete auth.

        ``DELETE /api/v3/batch-applications-auth``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "authIds": require_ids(auth_ids, "auth_ids"),
        }
        return await self._transport.request(
            _E["delete_auth"], query=_query, timeout=timeout, deadline=deadline
        )

    async def detail_auth_subject(
        self,
        target_id: str,
        target_type: models.ReqTargetType | str,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetSubjectAuthData:
        """Detail auth subject.

        ``GET /api/v3/get-subject-auth-detail``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "targetId": require_id(target_id, "target_id"),
            "targetType": require_enum(models.ReqTargetType, target_type, "target_type"),
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["detail_auth_subject"], query=_query, timeout=timeout, deadline=deadline
        )

    async def enabled_auth(
        self,
        enabled: bool,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Enabled auth.

        ``POST /api/v3/update-auth-enabled``; retried on failure (a replay is safe).
        """
        _body = models.UpdateAuthEnabled(
            enabled=require_flag(enabled, "enabled"),
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["enabled_auth"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_application(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Application:
        """Get application.

        ``GET /api/v3/get-application``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["get_application"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_application_permission_strategy(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetApplicationPermissionStrategyData:
        """Get application permission strategy.

        ``GET /api/v3/get-application-permission-strategy``; retried on failure (a replay is
        safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["get_application_permission_strategy"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_application_secret(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetApplicationSecretData:
        """Get application secret.

        ``GET /api/v3/get-application-secret``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["get_application_secret"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_application_simple_info(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ApplicationSimpleInfo:
        """Get application simple info.

        ``GET /api/v3/get-application-simple-info``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["get_application_simple_info"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_asa_account(
        self,
        app_id: str,
        account_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AsaAccount:
        """Get asa account.

        ``GET /api/v3/get-asa-account``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "accountId": require_id(account_id, "account_id"),
        }
        return await self._transport.request(
            _E["get_asa_account"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_asa_account_assigned_targets(
        self,
        app_id: str,
        account_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetAsaAccountAssignedTargetData:
        """Get asa account assigned targets.

        ``GET /api/v3/get-asa-account-assigned-targets``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "accountId": require_id(account_id, "account_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_asa_account_assigned_targets"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_asa_account_assigned_targets(
        self,
        app_id: str,
        account_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.AsaAccountTarget]:
        """Every item of :meth:`get_asa_account_assigned_targets`, page after page.

        ``GET /api/v3/get-asa-account-assigned-targets``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "accountId": require_id(account_id, "account_id"),
        }
        return self._iter_query(
            _E["get_asa_account_assigned_targets"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def get_asa_account_batch(
        self,
        account_ids: Sequence[str],
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.AsaAccount]:
        """Get asa account batch.

        ``POST /api/v3/get-asa-accounts-batch``; retried on failure (a replay is safe).
        """
        _body = models.GetAsaAccountBatch(
            account_ids=require_ids(account_ids, "account_ids"),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["get_asa_account_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_assigned_account(
        self,
        app_id: str,
        target_type: models.AsaAccountTargetTargetType | str,
        target_identifier: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AsaAccount:
        """Get assigned account.

        ``GET /api/v3/get-assigned-account``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "targetIdentifier": require_id(target_identifier, "target_identifier"),
        }
        return await self._transport.request(
            _E["get_assigned_account"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_mfa_trigger_data(
        self,
        app_id: str,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MfaTriggerData:
        """Get mfa trigger data.

        ``GET /api/v3/get-mfa-trigger-data``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_mfa_trigger_data"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_application_active_users(
        self,
        app_id: str,
        options: models.ListApplicationActiveUsersOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """List application active users.

        ``POST /api/v3/list-application-active-users``; retried on failure (a replay is safe).
        """
        _body = models.ListApplicationActiveUsers(
            app_id=require_id(app_id, "app_id"),
            options=as_model(
                options, models.ListApplicationActiveUsersOptions, "options", optional=True
            ),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return await self._transport.request(
            _E["list_application_active_users"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_application_active_users(
        self,
        app_id: str,
        options: models.ListApplicationActiveUsersOptions | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_application_active_users`, page after page.

        ``POST /api/v3/list-application-active-users``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListApplicationActiveUsers(
            app_id=require_id(app_id, "app_id"),
            options=as_model(
                options, models.ListApplicationActiveUsersOptions, "options", optional=True
            ),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return self._iter_body(
            _E["list_application_active_users"],
            _body,
            (
                "options",
                "pagination",
            ),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_application_simple_info(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ApplicationSimpleInfoPaginatedData:
        """List application simple info.

        ``GET /api/v3/list-application-simple-info``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "isIntegrateApp": check_flag(is_integrate_app, "is_integrate_app"),
            "isSelfBuiltApp": check_flag(is_self_built_app, "is_self_built_app"),
            "ssoEnabled": check_flag(sso_enabled, "sso_enabled"),
            "keywords": check_str(keywords, "keywords"),
        }
        return await self._transport.request(
            _E["list_application_simple_info"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_list_application_simple_info(
        self,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ApplicationSimpleInfo]:
        """Every item of :meth:`list_application_simple_info`, page after page.

        ``GET /api/v3/list-application-simple-info``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "isIntegrateApp": check_flag(is_integrate_app, "is_integrate_app"),
            "isSelfBuiltApp": check_flag(is_self_built_app, "is_self_built_app"),
            "ssoEnabled": check_flag(sso_enabled, "sso_enabled"),
            "keywords": check_str(keywords, "keywords"),
        }
        return self._iter_query(
            _E["list_application_simple_info"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_applications(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        all: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ApplicationPaginatedData:
        """List applications.

        ``GET /api/v3/list-applications``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "isIntegrateApp": check_flag(is_integrate_app, "is_integrate_app"),
            "isSelfBuiltApp": check_flag(is_self_built_app, "is_self_built_app"),
            "ssoEnabled": check_flag(sso_enabled, "sso_enabled"),
            "keywords": check_str(keywords, "keywords"),
            "all": check_flag(all, "all"),
        }
        return await self._transport.request(
            _E["list_applications"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_applications(
        self,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        all: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Application]:
        """Every item of :meth:`list_applications`, page after page.

        ``GET /api/v3/list-applications``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "isIntegrateApp": check_flag(is_integrate_app, "is_integrate_app"),
            "isSelfBuiltApp": check_flag(is_self_built_app, "is_self_built_app"),
            "ssoEnabled": check_flag(sso_enabled, "sso_enabled"),
            "keywords": check_str(keywords, "keywords"),
            "all": check_flag(all, "all"),
        }
        return self._iter_query(
            _E["list_applications"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_asa_account(
        self,
        app_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AsaAccountPaginatedData:
        """List asa account.

        ``GET /api/v3/list-asa-accounts``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_asa_account"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_list_asa_account(
        self,
        app_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.AsaAccount]:
        """Every item of :meth:`list_asa_account`, page after page.

        ``GET /api/v3/list-asa-accounts``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "appId": require_id(app_id, "app_id"),
        }
        return self._iter_query(
            _E["list_asa_account"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_auth_application(
        self,
        app_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        target_name: str | None = None,
        target_type_list: Sequence[str] | None = None,
        effect: models.PolicyEffect | str | None = None,
        enabled: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListApplicationAuthPaginatedData:
        """List auth application.

        ``POST /api/v3/list-applications-auth``; retried on failure (a replay is safe).
        """
        _body = models.ListApplicationAuth(
            app_id=require_id(app_id, "app_id"),
            page=check_page(page),
            limit=check_page_size(limit),
            target_name=check_str(target_name, "target_name"),
            target_type_list=check_str_list(target_type_list, "target_type_list"),
            effect=check_enum(models.PolicyEffect, effect, "effect"),
            enabled=check_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["list_auth_application"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_auth_application(
        self,
        app_id: str,
        target_name: str | None = None,
        target_type_list: Sequence[str] | None = None,
        effect: models.PolicyEffect | str | None = None,
        enabled: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListApplicationAuthData]:
        """Every item of :meth:`list_auth_application`, page after page.

        ``POST /api/v3/list-applications-auth``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListApplicationAuth(
            app_id=require_id(app_id, "app_id"),
            target_name=check_str(target_name, "target_name"),
            target_type_list=check_str_list(target_type_list, "target_type_list"),
            effect=check_enum(models.PolicyEffect, effect, "effect"),
            enabled=check_flag(enabled, "enabled"),
        )
        return self._iter_body(
            _E["list_auth_application"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_auth_subject(
        self,
        target_type: models.ReqTargetType | str,
        target_id: str,
        app_name: str | None = None,
        app_type_list: Sequence[str] | None = None,
        effect: Sequence[str] | None = None,
        enabled: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListApplicationSubjectDataList:
        """List auth subject.

        ``POST /api/v3/list-subject-auth``; retried on failure (a replay is safe).
        """
        _body = models.ListAuthSubject(
            target_type=require_enum(models.ReqTargetType, target_type, "target_type"),
            target_id=require_id(target_id, "target_id"),
            app_name=check_str(app_name, "app_name"),
            app_type_list=check_str_list(app_type_list, "app_type_list"),
            effect=check_str_list(effect, "effect"),
            enabled=check_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["list_auth_subject"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_tenant_applications(
        self,
        page: int | str,
        limit: int | str,
        keywords: str,
        sso_enabled: bool,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantApplicationListPaging:
        """List tenant applications.

        ``GET /api/v3/list-tenant-applications``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": as_text(check_page(page, required=True)),
            "limit": as_text(check_page_size(limit, required=True)),
            "keywords": require_id(keywords, "keywords"),
            "sso_enabled": require_flag(sso_enabled, "sso_enabled"),
        }
        return await self._transport.request(
            _E["list_tenant_applications"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_tenant_applications(
        self,
        keywords: str,
        sso_enabled: bool,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.TenantApplication]:
        """Every item of :meth:`list_tenant_applications`, page after page.

        ``GET /api/v3/list-tenant-applications``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": require_id(keywords, "keywords"),
            "sso_enabled": require_flag(sso_enabled, "sso_enabled"),
        }
        return self._iter_query(
            _E["list_tenant_applications"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def refresh_application_secret(
        self,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RefreshApplicationSecretData:
        """Refresh application secret.

        ``POST /api/v3/refresh-application-secret``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.RefreshApplicationSecret(
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["refresh_application_secret"], body=_body, timeout=timeout, deadline=deadline
        )

    async def revoke_application_access(
        self,
        app_id: str,
        list: Sequence[models.DeleteApplicationPermissionRecordItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Revoke application access.

        ``POST /api/v3/revoke-application-access``; retried on failure (a replay is safe).
        """
        _body = models.RevokeApplicationAccess(
            app_id=require_id(app_id, "app_id"),
            list=as_models(list, models.DeleteApplicationPermissionRecordItem, "list"),
        )
        return await self._transport.request(
            _E["revoke_application_access"], body=_body, timeout=timeout, deadline=deadline
        )

    async def unassign_asa_account(
        self,
        app_id: str,
        account_id: str,
        targets: Sequence[models.AssignAsaAccountItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Unassign asa account.

        ``POST /api/v3/unassign-asa-account``; retried on failure (a replay is safe).
        """
        _body = models.AssignAsaAccounts(
            app_id=require_id(app_id, "app_id"),
            account_id=require_id(account_id, "account_id"),
            targets=as_models(targets, models.AssignAsaAccountItem, "targets"),
        )
        return await self._transport.request(
            _E["unassign_asa_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_application(
        self,
        *,
        app_id: str,
        app_name: str | None = None,
        template_data: Any = None,
        app_identifier: str | None = None,
        app_logo: str | None = None,
        app_description: str | None = None,
        default_protocol: models.DefaultProtocol | str | None = None,
        redirect_uris: Sequence[str] | None = None,
        logout_redirect_uris: Sequence[str] | None = None,
        init_login_uri: str | None = None,
        sso_enabled: bool | None = None,
        oidc_config: Mapping[str, Any] | None = None,
        saml_provider_enabled: bool | None = None,
        saml_config: Mapping[str, Any] | None = None,
        oauth_provider_enabled: bool | None = None,
        oauth_config: Mapping[str, Any] | None = None,
        cas_provider_enabled: bool | None = None,
        cas_config: Mapping[str, Any] | None = None,
        login_config: models.UpdateApplicationLoginConfigInput | Mapping[str, Any] | None = None,
        register_config: models.ApplicationRegisterConfigInput | Mapping[str, Any] | None = None,
        branding_config: models.ApplicationBrandingConfigInput | Mapping[str, Any] | None = None,
        sso_show_launchpad: bool | None = None,
        enable_permission_apply: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update application.

        ``POST /api/v3/update-application``; retried on failure (a replay is safe). Not in the
        official Python SDK (node SDK: ``updateApplication``).
        """
        _body = models.UpdateApplication(
            app_id=require_id(app_id, "app_id"),
            app_name=check_str(app_name, "app_name"),
            template_data=template_data,
            app_identifier=check_str(app_identifier, "app_identifier"),
            app_logo=check_str(app_logo, "app_logo"),
            app_description=check_str(app_description, "app_description"),
            default_protocol=check_enum(
                models.DefaultProtocol, default_protocol, "default_protocol"
            ),
            redirect_uris=check_str_list(redirect_uris, "redirect_uris"),
            logout_redirect_uris=check_str_list(logout_redirect_uris, "logout_redirect_uris"),
            init_login_uri=check_str(init_login_uri, "init_login_uri"),
            sso_enabled=check_flag(sso_enabled, "sso_enabled"),
            oidc_config=check_mapping(oidc_config, "oidc_config", optional=True),
            saml_provider_enabled=check_flag(saml_provider_enabled, "saml_provider_enabled"),
            saml_config=check_mapping(saml_config, "saml_config", optional=True),
            oauth_provider_enabled=check_flag(oauth_provider_enabled, "oauth_provider_enabled"),
            oauth_config=check_mapping(oauth_config, "oauth_config", optional=True),
            cas_provider_enabled=check_flag(cas_provider_enabled, "cas_provider_enabled"),
            cas_config=check_mapping(cas_config, "cas_config", optional=True),
            login_config=as_model(
                login_config,
                models.UpdateApplicationLoginConfigInput,
                "login_config",
                optional=True,
            ),
            register_config=as_model(
                register_config,
                models.ApplicationRegisterConfigInput,
                "register_config",
                optional=True,
            ),
            branding_config=as_model(
                branding_config,
                models.ApplicationBrandingConfigInput,
                "branding_config",
                optional=True,
            ),
            sso_show_launchpad=check_flag(sso_show_launchpad, "sso_show_launchpad"),
            enable_permission_apply=check_flag(enable_permission_apply, "enable_permission_apply"),
        )
        return await self._transport.request(
            _E["update_application"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_application_mfa_settings(
        self,
        app_id: str,
        enabled_factors: Sequence[models.DisableFactors | str] | None = None,
        disabled_factors: Sequence[models.DisableFactors | str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MFASettings:
        """Update application mfa settings.

        ``POST /api/v3/update-application-mfa-settings``; retried on failure (a replay is safe).
        """
        _body = models.UpdateApplicationMfaSettings(
            app_id=require_id(app_id, "app_id"),
            enabled_factors=check_enum_list(
                models.DisableFactors, enabled_factors, "enabled_factors", optional=True
            ),
            disabled_factors=check_enum_list(
                models.DisableFactors, disabled_factors, "disabled_factors", optional=True
            ),
        )
        return await self._transport.request(
            _E["update_application_mfa_settings"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_application_permission_strategy(
        self,
        permission_strategy: models.AppDefaultLoginStrategy | str,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update application permission strategy.

        ``POST /api/v3/update-application-permission-strategy``; retried on failure (a replay is
        safe).
        """
        _body = models.UpdateApplicationPermissionStrategyData(
            permission_strategy=require_enum(
                models.AppDefaultLoginStrategy, permission_strategy, "permission_strategy"
            ),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["update_application_permission_strategy"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_asa_account(
        self,
        account_info: Any,
        account_id: str,
        app_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AsaAccount:
        """Update asa account.

        ``POST /api/v3/update-asa-account``; retried on failure (a replay is safe).
        """
        _body = models.UpdateAsaAccount(
            account_info=account_info,
            account_id=require_id(account_id, "account_id"),
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["update_asa_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_login_page_config(
        self,
        update: models.UpdateLoginConfig | Mapping[str, Any],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update login page config.

        ``POST /api/v3/update-login-page-config``; retried on failure (a replay is safe).
        """
        _body = models.UpdateLoginConfigDto(
            update=as_model(update, models.UpdateLoginConfig, "update"),
        )
        return await self._transport.request(
            _E["update_login_page_config"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_tenant_qr_code_state(
        self,
        enabled: bool,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update tenant qr code state.

        ``POST /api/v3/update-userpool-tenant-appqrcode-state``; retried on failure (a replay is
        safe).
        """
        _body = models.UpdateTenantAppqrcodeState(
            enabled=require_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["update_tenant_qr_code_state"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_user_pool_tenant_config(
        self,
        update: models.UpdateLoginConfig | Mapping[str, Any],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update user pool tenant config.

        ``POST /api/v3/update-userpool-tenant-config``; retried on failure (a replay is safe).
        """
        _body = models.UpdateUserPoolTenantLoginConfig(
            update=as_model(update, models.UpdateLoginConfig, "update"),
        )
        return await self._transport.request(
            _E["update_user_pool_tenant_config"], body=_body, timeout=timeout, deadline=deadline
        )

    async def userpoll_tenant_config(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPoolTenantConfig:
        """Userpoll tenant config.

        ``GET /api/v3/userpool-tenant-config``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["userpoll_tenant_config"], timeout=timeout, deadline=deadline
        )

    userpool_tenant_config = userpoll_tenant_config
