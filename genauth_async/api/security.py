"""Security settings: MFA, IP and user lists, risk policies, whitelists.

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
    check_enum_list,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_str_list,
    path_segment,
    require_enum,
    require_id,
    require_ids,
    require_int,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import security as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.security")

__all__ = ["ENDPOINTS", "SecurityAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add": Endpoint("POST", "api/v3/ip-list", None, False),
    "add_risk_list_policy": Endpoint("POST", "api/v3/risk-list-policy", None, False),
    "add_user": Endpoint("POST", "api/v3/user-list", None, False),
    "add_whitelist": Endpoint(
        "POST", "api/v3/add-whitelist", idempotent=False, load=lambda: models.WhitelistResp
    ),
    "add_whitelist_of_app": Endpoint(
        "POST", "api/v3/add-whitelist-of-app", idempotent=False, load=lambda: models.WhitelistResp
    ),
    "delete_by_id": Endpoint("DELETE", "api/v3/ip-list/{id}", None, True),
    "delete_risk_list_policy_by_id": Endpoint("DELETE", "api/v3/risk-list-policy/{id}", None, True),
    "delete_user_list_by_id": Endpoint("DELETE", "api/v3/user-list/{id}", None, True),
    "delete_whitelist": Endpoint(
        "POST", "api/v3/delete-whitelist", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_whitelist_of_app": Endpoint(
        "POST", "api/v3/delete-whitelist-of-app", idempotent=True, load=lambda: models.IsSuccess
    ),
    "disable_global_mfa_settings": Endpoint(
        "POST",
        "api/v3/disable-global-mfa-settings",
        idempotent=True,
        load=lambda: models.MFASettings,
    ),
    "find_ip_list": Endpoint(
        "GET", "api/v3/ip-list", idempotent=True, load=lambda: models.IpListPaging
    ),
    "find_risk_list_policy": Endpoint(
        "GET", "api/v3/risk-list-policy", idempotent=True, load=lambda: models.RiskListPolicyPaging
    ),
    "find_user_list": Endpoint(
        "GET", "api/v3/user-list", idempotent=True, load=lambda: models.UserListPaging
    ),
    "get_global_mfa_settings": Endpoint(
        "GET", "api/v3/get-global-mfa-settings", idempotent=True, load=lambda: models.MFASettings
    ),
    "get_security_settings": Endpoint(
        "GET", "api/v3/get-security-settings", idempotent=True, load=lambda: models.SecuritySettings
    ),
    "list_whitelists": Endpoint(
        "GET", "api/v3/list-whitelist", idempotent=True, load=lambda: models.WhitelistResp
    ),
    "list_whitelists_of_app": Endpoint(
        "GET", "api/v3/list-whitelist-of-app", idempotent=True, load=lambda: models.WhitelistResp
    ),
    "update_global_mfa_settings": Endpoint(
        "POST",
        "api/v3/update-global-mfa-settings",
        idempotent=True,
        load=lambda: models.MFASettings,
    ),
    "update_security_settings": Endpoint(
        "POST",
        "api/v3/update-security-settings",
        idempotent=True,
        load=lambda: models.SecuritySettings,
    ),
}
ENDPOINTS["add_ip_list"] = ENDPOINTS["add"]
ENDPOINTS["add_user_list"] = ENDPOINTS["add_user"]
ENDPOINTS["delete_ip_list_by_id"] = ENDPOINTS["delete_by_id"]
_E = ENDPOINTS


class SecurityAPI(APIModule):
    """Security settings: MFA, IP and user lists, risk policies, whitelists."""

    __slots__ = ()

    async def add(
        self,
        expire_at: str,
        limit_list: Sequence[str],
        remove_type: str,
        add_type: str,
        ip_type: str,
        ips: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Add.

        ``POST /api/v3/ip-list``; not retried once it may have reached GenAuth (a replay is not
        safe).
        """
        _body = models.IpListCreate(
            expire_at=require_id(expire_at, "expire_at"),
            limit_list=require_str_list(limit_list, "limit_list"),
            remove_type=require_id(remove_type, "remove_type"),
            add_type=require_id(add_type, "add_type"),
            ip_type=require_id(ip_type, "ip_type"),
            ips=require_id(ips, "ips"),
        )
        return await self._transport.request(
            _E["add"], body=_body, timeout=timeout, deadline=deadline
        )

    add_ip_list = add

    async def add_risk_list_policy(
        self,
        limit_list: models.LimitList | str,
        action: models.Action | str,
        remove_type: models.RemoveType | str,
        event_state_type: models.EventStateType | str,
        count_thr: int,
        time_range: int,
        user_cond: models.UserCond | str,
        ip_cond: models.UserCond | str,
        user_range: models.UserRange | str,
        ip_range: models.UserRange | str,
        opt_object: models.OptObject | str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Add risk list policy.

        ``POST /api/v3/risk-list-policy``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.RiskListPolicyCreate(
            limit_list=require_enum(models.LimitList, limit_list, "limit_list"),
            action=require_enum(models.Action, action, "action"),
            remove_type=require_enum(models.RemoveType, remove_type, "remove_type"),
            event_state_type=require_enum(
                models.EventStateType, event_state_type, "event_state_type"
            ),
            count_thr=require_int(count_thr, "count_thr"),
            time_range=require_int(time_range, "time_range"),
            user_cond=require_enum(models.UserCond, user_cond, "user_cond"),
            ip_cond=require_enum(models.UserCond, ip_cond, "ip_cond"),
            user_range=require_enum(models.UserRange, user_range, "user_range"),
            ip_range=require_enum(models.UserRange, ip_range, "ip_range"),
            opt_object=require_enum(models.OptObject, opt_object, "opt_object"),
        )
        return await self._transport.request(
            _E["add_risk_list_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def add_user(
        self,
        expire_at: int,
        limit_list: Sequence[str],
        remove_type: str,
        add_type: str,
        user_list_type: str,
        user_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Add user.

        ``POST /api/v3/user-list``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.UserListCreate(
            expire_at=require_int(expire_at, "expire_at"),
            limit_list=require_str_list(limit_list, "limit_list"),
            remove_type=require_id(remove_type, "remove_type"),
            add_type=require_id(add_type, "add_type"),
            user_list_type=require_id(user_list_type, "user_list_type"),
            user_ids=require_ids(user_ids, "user_ids"),
        )
        return await self._transport.request(
            _E["add_user"], body=_body, timeout=timeout, deadline=deadline
        )

    add_user_list = add_user

    async def add_whitelist(
        self,
        type: models.Type | str,
        list: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WhitelistResp:
        """Add whitelist.

        ``POST /api/v3/add-whitelist``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.AddWhitelist(
            type=require_enum(models.Type, type, "type"),
            list=check_str_list(list, "list"),
        )
        return await self._transport.request(
            _E["add_whitelist"], body=_body, timeout=timeout, deadline=deadline
        )

    async def add_whitelist_of_app(
        self,
        *,
        app_id: str,
        type: models.Type | str,
        list: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WhitelistResp:
        """Add whitelist of app.

        ``POST /api/v3/add-whitelist-of-app``; not retried once it may have reached GenAuth (a
        replay is not safe). Not in the official Python SDK (node SDK: ``addWhitelistOfApp``).
        """
        _body = models.AddWhitelistOfApp(
            app_id=require_id(app_id, "app_id"),
            type=require_enum(models.Type, type, "type"),
            list=check_str_list(list, "list"),
        )
        return await self._transport.request(
            _E["add_whitelist_of_app"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete by id.

        ``DELETE /api/v3/ip-list/{id}``; retried on failure (a replay is safe).
        """
        _path = "api/v3/ip-list/{}".format(path_segment(require_id(id, "id"), "id"))
        return await self._transport.request(
            _E["delete_by_id"], path=_path, timeout=timeout, deadline=deadline
        )

    delete_ip_list_by_id = delete_by_id

    async def delete_risk_list_policy_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete risk list policy by id.

        ``DELETE /api/v3/risk-list-policy/{id}``; retried on failure (a replay is safe).
        """
        _path = "api/v3/risk-list-policy/{}".format(path_segment(require_id(id, "id"), "id"))
        return await self._transport.request(
            _E["delete_risk_list_policy_by_id"], path=_path, timeout=timeout, deadline=deadline
        )

    async def delete_user_list_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete user list by id.

        ``DELETE /api/v3/user-list/{id}``; retried on failure (a replay is safe).
        """
        _path = "api/v3/user-list/{}".format(path_segment(require_id(id, "id"), "id"))
        return await self._transport.request(
            _E["delete_user_list_by_id"], path=_path, timeout=timeout, deadline=deadline
        )

    async def delete_whitelist(
        self,
        type: models.Type | str,
        list: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete whitelist.

        ``POST /api/v3/delete-whitelist``; retried on failure (a replay is safe).
        """
        _body = models.DeleteWhitelist(
            type=require_enum(models.Type, type, "type"),
            list=check_str_list(list, "list"),
        )
        return await self._transport.request(
            _E["delete_whitelist"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_whitelist_of_app(
        self,
        *,
        type: models.Type | str,
        app_id: str,
        list: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete whitelist of app.

        ``POST /api/v3/delete-whitelist-of-app``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``deleteWhitelistOfApp``).
        """
        _body = models.DeleteWhitelistOfApp(
            type=require_enum(models.Type, type, "type"),
            app_id=require_id(app_id, "app_id"),
            list=check_str_list(list, "list"),
        )
        return await self._transport.request(
            _E["delete_whitelist_of_app"], body=_body, timeout=timeout, deadline=deadline
        )

    async def disable_global_mfa_settings(
        self,
        *,
        disable_factors: Sequence[models.DisableFactors | str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MFASettings:
        """Disable global mfa settings.

        ``POST /api/v3/disable-global-mfa-settings``; retried on failure (a replay is safe). Not
        in the official Python SDK (node SDK: ``closeGlobalMfaSettings``).
        """
        _body = models.MFADisableSettings(
            disable_factors=check_enum_list(
                models.DisableFactors, disable_factors, "disable_factors"
            ),
        )
        return await self._transport.request(
            _E["disable_global_mfa_settings"], body=_body, timeout=timeout, deadline=deadline
        )

    async def find_ip_list(
        self,
        ip_type: models.IpType | str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IpListPaging:
        """Find ip list.

        ``GET /api/v3/ip-list``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "ipType": require_enum(models.IpType, ip_type, "ip_type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["find_ip_list"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_find_ip_list(
        self,
        ip_type: models.IpType | str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.IpListResp]:
        """Every item of :meth:`find_ip_list`, page after page.

        ``GET /api/v3/ip-list``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "ipType": require_enum(models.IpType, ip_type, "ip_type"),
        }
        return self._iter_query(
            _E["find_ip_list"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def find_risk_list_policy(
        self,
        opt_object: models.OptObject | str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RiskListPolicyPaging:
        """Find risk list policy.

        ``GET /api/v3/risk-list-policy``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "optObject": require_enum(models.OptObject, opt_object, "opt_object"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["find_risk_list_policy"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_find_risk_list_policy(
        self,
        opt_object: models.OptObject | str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.RiskListPolicyResp]:
        """Every item of :meth:`find_risk_list_policy`, page after page.

        ``GET /api/v3/risk-list-policy``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "optObject": require_enum(models.OptObject, opt_object, "opt_object"),
        }
        return self._iter_query(
            _E["find_risk_list_policy"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def find_user_list(
        self,
        user_list_type: models.IpType | str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserListPaging:
        """Find user list.

        ``GET /api/v3/user-list``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userListType": require_enum(models.IpType, user_list_type, "user_list_type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["find_user_list"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_find_user_list(
        self,
        user_list_type: models.IpType | str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.RiskListItem]:
        """Every item of :meth:`find_user_list`, page after page.

        ``GET /api/v3/user-list``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "userListType": require_enum(models.IpType, user_list_type, "user_list_type"),
        }
        return self._iter_query(
            _E["find_user_list"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def get_global_mfa_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MFASettings:
        """Get global mfa settings.

        ``GET /api/v3/get-global-mfa-settings``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_global_mfa_settings"], timeout=timeout, deadline=deadline
        )

    async def get_security_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SecuritySettings:
        """Get security settings.

        ``GET /api/v3/get-security-settings``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_security_settings"], timeout=timeout, deadline=deadline
        )

    async def list_whitelists(
        self,
        type: models.Type | str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WhitelistResp:
        """List whitelists.

        ``GET /api/v3/list-whitelist``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "type": require_enum(models.Type, type, "type"),
        }
        return await self._transport.request(
            _E["list_whitelists"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_whitelists_of_app(
        self,
        *,
        type: models.Type | str,
        app_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WhitelistResp:
        """List whitelists of app.

        ``GET /api/v3/list-whitelist-of-app``; retried on failure (a replay is safe). Not in the
        official Python SDK (node SDK: ``listWhitelistsOfApp``).
        """
        _query: dict[str, Any] = {
            "type": require_enum(models.Type, type, "type"),
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["list_whitelists_of_app"], query=_query, timeout=timeout, deadline=deadline
        )

    async def update_global_mfa_settings(
        self,
        enabled_factors: Sequence[models.DisableFactors | str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MFASettings:
        """Update global mfa settings.

        ``POST /api/v3/update-global-mfa-settings``; retried on failure (a replay is safe).
        """
        _body = models.MFASettings(
            enabled_factors=check_enum_list(
                models.DisableFactors, enabled_factors, "enabled_factors"
            ),
        )
        return await self._transport.request(
            _E["update_global_mfa_settings"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_security_settings(
        self,
        allowed_origins: Sequence[str] | None = None,
        genauth_token_expires_in: int | None = None,
        verify_code_length: int | None = None,
        verify_code_max_attempts: int | None = None,
        change_email_strategy: models.ChangeEmailStrategy | Mapping[str, Any] | None = None,
        change_phone_strategy: models.ChangePhoneStrategy | Mapping[str, Any] | None = None,
        cookie_settings: models.CookieSettings | Mapping[str, Any] | None = None,
        register_disabled: bool | None = None,
        register_anomaly_detection: models.RegisterAnomalyDetectionConfig
        | Mapping[str, Any]
        | None = None,
        complete_password_after_pass_code_login: bool | None = None,
        login_anomaly_detection: models.LoginAnomalyDetectionConfig
        | Mapping[str, Any]
        | None = None,
        login_require_email_verified: bool | None = None,
        self_unlock_account: models.SelfUnlockAccountConfig | Mapping[str, Any] | None = None,
        enable_login_account_switch: bool | None = None,
        qrcode_login_strategy: models.QrcodeLoginStrategy | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SecuritySettings:
        """Update security settings.

        ``POST /api/v3/update-security-settings``; retried on failure (a replay is safe).
        """
        _body = models.UpdateSecuritySettings(
            allowed_origins=check_str_list(allowed_origins, "allowed_origins"),
            genauth_token_expires_in=check_int(
                genauth_token_expires_in, "genauth_token_expires_in"
            ),
            verify_code_length=check_int(verify_code_length, "verify_code_length"),
            verify_code_max_attempts=check_int(
                verify_code_max_attempts, "verify_code_max_attempts"
            ),
            change_email_strategy=as_model(
                change_email_strategy,
                models.ChangeEmailStrategy,
                "change_email_strategy",
                optional=True,
            ),
            change_phone_strategy=as_model(
                change_phone_strategy,
                models.ChangePhoneStrategy,
                "change_phone_strategy",
                optional=True,
            ),
            cookie_settings=as_model(
                cookie_settings, models.CookieSettings, "cookie_settings", optional=True
            ),
            register_disabled=check_flag(register_disabled, "register_disabled"),
            register_anomaly_detection=as_model(
                register_anomaly_detection,
                models.RegisterAnomalyDetectionConfig,
                "register_anomaly_detection",
                optional=True,
            ),
            complete_password_after_pass_code_login=check_flag(
                complete_password_after_pass_code_login, "complete_password_after_pass_code_login"
            ),
            login_anomaly_detection=as_model(
                login_anomaly_detection,
                models.LoginAnomalyDetectionConfig,
                "login_anomaly_detection",
                optional=True,
            ),
            login_require_email_verified=check_flag(
                login_require_email_verified, "login_require_email_verified"
            ),
            self_unlock_account=as_model(
                self_unlock_account,
                models.SelfUnlockAccountConfig,
                "self_unlock_account",
                optional=True,
            ),
            enable_login_account_switch=check_flag(
                enable_login_account_switch, "enable_login_account_switch"
            ),
            qrcode_login_strategy=as_model(
                qrcode_login_strategy,
                models.QrcodeLoginStrategy,
                "qrcode_login_strategy",
                optional=True,
            ),
        )
        return await self._transport.request(
            _E["update_security_settings"], body=_body, timeout=timeout, deadline=deadline
        )
