"""The end user's own calls: sign-in and sign-up, profile, factors, devices, permissions.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-authentication.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    as_model,
    check_enum,
    check_flag,
    check_int,
    check_mapping,
    check_page,
    check_page_size,
    check_str,
    path_segment,
    require_enum,
    require_id,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import EMPTY_BODY, EndUserAPIModule

if TYPE_CHECKING:
    from ..models import authentication as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.authentication")

__all__ = ["ENDPOINTS", "AuthenticationAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "auth_by_code_identity": Endpoint(
        "POST", "api/v2/ecConn/wechatMobile/authByCodeIdentity", None, False
    ),
    "bind_by_account": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/byAccount",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "bind_by_account_id": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/byAccountId",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "bind_by_email_code": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/byEmailCode",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "bind_by_phone_code": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/byPhoneCode",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "bind_email": Endpoint("POST", "api/v3/bind-email", None, False),
    "bind_phone": Endpoint("POST", "api/v3/bind-phone", None, False),
    "change_push_code_status": Endpoint("POST", "api/v3/change-pushcode-status", None, False),
    "change_qr_code_status": Endpoint("POST", "api/v3/change-qrcode-status", None, False),
    "check_permission_by_array_resource": Endpoint(
        "POST",
        "api/v3/check-permission-array-resource",
        idempotent=True,
        load=lambda: models.CheckResourcePermissionData,
    ),
    "check_permission_by_string_resource": Endpoint(
        "POST",
        "api/v3/check-permission-string-resource",
        idempotent=True,
        load=lambda: models.CheckResourcePermissionData,
    ),
    "check_permission_by_tree_resource": Endpoint(
        "POST",
        "api/v3/check-permission-tree-resource",
        idempotent=True,
        load=lambda: models.CheckResourcePermissionData,
    ),
    "check_push_code_status": Endpoint(
        "GET",
        "api/v3/check-pushcode-status",
        idempotent=True,
        load=lambda: models.CheckPushCodeStatusData,
    ),
    "check_qr_code_status": Endpoint(
        "GET",
        "api/v3/check-qrcode-status",
        idempotent=True,
        load=lambda: models.CheckQRCodeStatusData,
    ),
    "check_valid_credentials_by_cred_ids": Endpoint(
        "POST", "api/v3/webauthn/check-valid-credentials-by-credIds", list[dict[str, Any]], True
    ),
    "decrypt_wechat_mini_program_data": Endpoint(
        "POST", "api/v3/decrypt-wechat-miniprogram-data", dict[str, Any], False
    ),
    "delete_account": Endpoint(
        "POST", "api/v3/delete-account", idempotent=False, load=lambda: models.IsSuccess
    ),
    "enroll_factor": Endpoint("POST", "api/v3/enroll-factor", None, False),
    "exchange_token_set_with_qr_code_ticket": Endpoint(
        "POST",
        "api/v3/exchange-tokenset-with-qrcode-ticket",
        idempotent=False,
        load=lambda: models.LoginTokenResponseData,
    ),
    "gene_fastpass_qrcode_info": Endpoint(
        "POST",
        "api/v3/gene-fastpass-qrcode-info",
        idempotent=False,
        load=lambda: models.GeneFastpassQRCodeInfo,
    ),
    "gene_qr_code": Endpoint(
        "POST", "api/v3/gene-qrcode", idempotent=False, load=lambda: models.GeneQRCodeData
    ),
    "generate_link_ext_idp_url": Endpoint(
        "GET",
        "api/v3/generate-link-extidp-url",
        idempotent=True,
        load=lambda: models.GenerateBindExtIdpLinkData,
    ),
    "get_accessible_apps": Endpoint(
        "GET",
        "api/v3/get-my-accessible-apps",
        idempotent=True,
        load=lambda: list[models.AccessibleApps],
    ),
    "get_alipay_auth_info": Endpoint(
        "GET", "api/v3/get-alipay-authinfo", idempotent=True, load=lambda: models.AlipayAuthInfoData
    ),
    "get_application_enabled_ext_idps": Endpoint(
        "GET",
        "api/v3/get-application-enabled-extidps",
        idempotent=True,
        load=lambda: list[models.ExtIdpInfo],
    ),
    "get_authorized_resources": Endpoint(
        "GET",
        "api/v3/get-my-authorized-resources",
        idempotent=True,
        load=lambda: models.AuthorizedResourcePaging,
    ),
    "get_country_list": Endpoint(
        "GET",
        "api/v3/get-country-list",
        idempotent=True,
        load=lambda: list[models.CountryDetailInfo],
    ),
    "get_factor": Endpoint("GET", "api/v3/get-factor", idempotent=True, load=lambda: models.Factor),
    "get_fastpass_params": Endpoint(
        "GET",
        "api/v3/get-fastpass-client-apps",
        idempotent=True,
        load=lambda: models.GetFastpassQRCodeRelationApps,
    ),
    "get_group_list": Endpoint(
        "GET", "api/v3/get-my-group-list", idempotent=True, load=lambda: list[models.Group]
    ),
    "get_identities": Endpoint(
        "GET", "api/v3/get-identities", idempotent=True, load=lambda: list[models.Identity]
    ),
    "get_logged_in_apps": Endpoint(
        "GET",
        "api/v3/get-my-logged-in-apps",
        idempotent=True,
        load=lambda: list[models.LoggedInApps],
    ),
    "get_login_history": Endpoint(
        "GET",
        "api/v3/get-my-login-history",
        idempotent=True,
        load=lambda: models.LoginHistoryPaginatedResp,
    ),
    "get_profile": Endpoint("GET", "api/v3/get-profile", idempotent=True, load=lambda: models.User),
    "get_push_login_relation_apps": Endpoint(
        "POST",
        "api/v3/get-pushlogin-relation-apps",
        idempotent=True,
        load=lambda: models.GetPushCodeRelationAppsData,
    ),
    "get_qr_code_status": Endpoint(
        "GET",
        "api/v3/get-app-login-qrcode-status",
        idempotent=True,
        load=lambda: models.CheckQRCodeStatusData,
    ),
    "get_role_list": Endpoint(
        "GET", "api/v3/get-my-role-list", idempotent=True, load=lambda: list[models.Role]
    ),
    "get_security_level": Endpoint(
        "GET", "api/v3/get-security-info", idempotent=True, load=lambda: models.GetSecurityInfo
    ),
    "get_system_info": Endpoint(
        "GET", "api/v3/system", idempotent=True, load=lambda: models.SystemInfoResp
    ),
    "get_tenant_list": Endpoint(
        "GET",
        "api/v3/get-my-tenant-list",
        idempotent=True,
        load=lambda: list[models.UserTenantList],
    ),
    "get_user_auth_resource_permission_list": Endpoint(
        "POST",
        "api/v3/get-user-auth-resource-permission-list",
        idempotent=True,
        load=lambda: models.GetUserAuthResourcePermissionListData,
    ),
    "get_user_auth_resource_struct": Endpoint(
        "POST",
        "api/v3/get-user-auth-resource-struct",
        idempotent=True,
        load=lambda: models.GetUserAuthResourceStructData,
    ),
    "get_user_authorized_resources_list": Endpoint(
        "GET",
        "api/v3/get-user-auth-resource-list",
        idempotent=True,
        load=lambda: models.GetUserAuthResourceListData,
    ),
    "get_wechat_mp_access_token": Endpoint(
        "POST",
        "api/v3/get-wechat-access-token",
        idempotent=False,
        load=lambda: models.GetWechatAccessTokenData,
    ),
    "get_wechat_mp_access_token_info": Endpoint(
        "POST",
        "api/v3/get-wechat-access-token-info",
        idempotent=True,
        load=lambda: models.GetWechatAccessTokenData,
    ),
    "init_authentication_options": Endpoint(
        "GET",
        "api/v3/webauthn/authentication",
        idempotent=True,
        load=lambda: models.AuthenticationOptions,
    ),
    "init_register_options": Endpoint(
        "GET",
        "api/v3/webauthn/registration",
        idempotent=True,
        load=lambda: models.RegistrationOptions,
    ),
    "list": Endpoint(
        "GET", "api/v3/mydevices/list", idempotent=True, load=lambda: list[models.TerminalSession]
    ),
    "list_credentials_by_page": Endpoint(
        "POST",
        "api/v3/webauthn/page-authenticator-device",
        idempotent=True,
        load=lambda: models.ListWebAuthnAuthenticatorDeviceData,
    ),
    "list_enrolled_factors": Endpoint(
        "GET", "api/v3/list-enrolled-factors", idempotent=True, load=lambda: list[models.Factor]
    ),
    "list_factors_to_enroll": Endpoint(
        "GET",
        "api/v3/list-factors-to-enroll",
        idempotent=True,
        load=lambda: list[models.FactorToEnroll],
    ),
    "list_public_accounts_for_switch_logged_in": Endpoint(
        "GET",
        "api/v3/get-user-select-login-public-accounts",
        idempotent=True,
        load=lambda: list[models.GetUserSelectLoginPublicAccountsData],
    ),
    "mfa_otp_verify": Endpoint(
        "POST", "api/v3/mfa-totp-verify", idempotent=False, load=lambda: models.OtpVerityResp
    ),
    "pre_check_code": Endpoint(
        "POST", "api/v3/pre-check-code", idempotent=False, load=lambda: models.PreCheckCodeData
    ),
    "qr_code_app_login": Endpoint(
        "POST",
        "api/v3/qrcode-app-login",
        idempotent=False,
        load=lambda: models.LoginTokenResponseData,
    ),
    "register_new_user": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/register",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "remove_all_credentials": Endpoint(
        "POST",
        "api/v3/webauthn/remove-credentials-by-authenticator-code",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "remove_credential": Endpoint(
        "POST",
        "api/v3/webauthn/remove-credential/{credentialID}",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "reset_factor": Endpoint("POST", "api/v3/reset-factor", None, False),
    "reset_password": Endpoint(
        "POST", "api/v3/reset-password", idempotent=False, load=lambda: models.IsSuccess
    ),
    "revoke": Endpoint("POST", "api/v3/mydevices/revoke-session", None, False),
    "select_account": Endpoint(
        "POST",
        "api/v2/ecConn/wechatMobile/select",
        idempotent=False,
        load=lambda: models.WechatLoginTokenResp,
    ),
    "send_email": Endpoint("POST", "api/v3/send-email", None, False),
    "send_enroll_factor_request": Endpoint(
        "POST",
        "api/v3/send-enroll-factor-request",
        idempotent=False,
        load=lambda: models.SendEnrollFactorRequestData,
    ),
    "send_sms": Endpoint("POST", "api/v3/send-sms", None, False),
    "sign_in_by_credentials": Endpoint(
        "POST", "api/v3/signin", idempotent=False, load=lambda: models.LoginTokenResponseData
    ),
    "sign_in_by_mobile": Endpoint(
        "POST",
        "api/v3/signin-by-mobile",
        idempotent=False,
        load=lambda: models.LoginTokenResponseData,
    ),
    "sign_in_by_push": Endpoint(
        "POST", "api/v3/signin-by-push", idempotent=False, load=lambda: models.GenePushCodeData
    ),
    "sign_up": Endpoint("POST", "api/v3/signup", idempotent=False, load=lambda: models.User),
    "switch_login_by_user": Endpoint(
        "POST",
        "api/v3/switch-login-by-user",
        idempotent=False,
        load=lambda: models.LoginTokenResponseData,
    ),
    "unbind": Endpoint("POST", "api/v3/mydevices/unbind", None, False),
    "unbind_email": Endpoint("POST", "api/v3/unbind-email", None, False),
    "unbind_phone": Endpoint("POST", "api/v3/unbind-phone", None, False),
    "unlink_ext_idp": Endpoint("POST", "api/v3/unlink-extidp", None, False),
    "update_email": Endpoint("POST", "api/v3/update-email", None, False),
    "update_password": Endpoint("POST", "api/v3/update-password", None, False),
    "update_phone": Endpoint("POST", "api/v3/update-phone", None, False),
    "update_profile": Endpoint(
        "POST", "api/v3/update-profile", idempotent=True, load=lambda: models.User
    ),
    "verify_authentication": Endpoint(
        "POST",
        "api/v3/webauthn/authentication",
        idempotent=False,
        load=lambda: models.VerifyAuthenticationResult,
    ),
    "verify_delete_account_request": Endpoint(
        "POST",
        "api/v3/verify-delete-account-request",
        idempotent=False,
        load=lambda: models.VerifyDeleteAccountRequestData,
    ),
    "verify_register": Endpoint(
        "POST",
        "api/v3/webauthn/registration",
        idempotent=False,
        load=lambda: models.VerifyRegistrationResult,
    ),
    "verify_reset_password_request": Endpoint(
        "POST",
        "api/v3/verify-reset-password-request",
        idempotent=False,
        load=lambda: models.ResetPasswordVerify,
    ),
    "verify_update_email_request": Endpoint(
        "POST",
        "api/v3/verify-update-email-request",
        idempotent=False,
        load=lambda: models.VerifyUpdateEmailRequestData,
    ),
    "verify_update_phone_request": Endpoint(
        "POST",
        "api/v3/verify-update-phone-request",
        idempotent=False,
        load=lambda: models.VerifyUpdatePhoneRequestData,
    ),
}
_E = ENDPOINTS


class AuthenticationAPI(EndUserAPIModule):
    """The end user's own calls: sign-in and sign-up, profile, factors, devices, permissions."""

    __slots__ = ()

    async def auth_by_code_identity(
        self,
        code: str,
        app_id: str | None = None,
        conn_id: str | None = None,
        options: models.SignInOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Mobile applications: Use WeChat as external identity source for login.

        ``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity``; not retried once it may have
        reached GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.WechatMobileAuthByCodeIdentityInput(
            code=require_id(code, "code"),
            app_id=check_str(app_id, "app_id"),
            conn_id=check_str(conn_id, "conn_id"),
            options=as_model(options, models.SignInOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["auth_by_code_identity"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def bind_by_account(
        self,
        key: str,
        action: str,
        password: str,
        account: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/byAccount``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByAccountInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
            password=require_id(password, "password"),
            account=require_id(account, "account"),
        )
        return await self._transport.request(
            _E["bind_by_account"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def bind_by_account_id(
        self,
        key: str,
        action: str,
        account_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/byAccountId``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByAccountIdInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
            account_id=require_id(account_id, "account_id"),
        )
        return await self._transport.request(
            _E["bind_by_account_id"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def bind_by_email_code(
        self,
        key: str,
        action: str,
        code: str,
        email: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/byEmailCode``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByEmailCodeInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
            code=require_id(code, "code"),
            email=require_id(email, "email"),
        )
        return await self._transport.request(
            _E["bind_by_email_code"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def bind_by_phone_code(
        self,
        key: str,
        action: str,
        code: str,
        phone: str,
        phone_country_code: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/byPhoneCode``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByPhoneCodeInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
            code=require_id(code, "code"),
            phone=require_id(phone, "phone"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
        )
        return await self._transport.request(
            _E["bind_by_phone_code"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def bind_email(
        self,
        pass_code: str,
        email: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """If the user has not bound an email yet.

        ``POST /api/v3/bind-email``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.BindEmail(
            pass_code=require_id(pass_code, "pass_code"),
            email=require_id(email, "email"),
        )
        return await self._transport.request(
            _E["bind_email"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def bind_phone(
        self,
        pass_code: str,
        phone_number: str,
        phone_country_code: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """If the user has not bound a phone number yet.

        ``POST /api/v3/bind-phone``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.BindPhone(
            pass_code=require_id(pass_code, "pass_code"),
            phone_number=require_id(phone_number, "phone_number"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
        )
        return await self._transport.request(
            _E["bind_phone"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def change_push_code_status(
        self,
        action: models.ChangePushCodeStatusAction | str,
        push_code_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """This endpoint is used to modify push code status in GenAuth Token APP push login.

        ``POST /api/v3/change-pushcode-status``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.ChangePushCodeStatus(
            action=require_enum(models.ChangePushCodeStatusAction, action, "action"),
            push_code_id=require_id(push_code_id, "push_code_id"),
        )
        return await self._transport.request(
            _E["change_push_code_status"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def change_qr_code_status(
        self,
        action: models.ChangeQRCodeStatusAction | str,
        qrcode_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """This endpoint is used to modify QR code status in self-built APP QR code login.

        ``POST /api/v3/change-qrcode-status``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.ChangeQRCodeStatus(
            action=require_enum(models.ChangeQRCodeStatusAction, action, "action"),
            qrcode_id=require_id(qrcode_id, "qrcode_id"),
        )
        return await self._transport.request(
            _E["change_qr_code_status"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def check_permission_by_array_resource(
        self,
        resources: Sequence[str],
        action: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckResourcePermissionData:
        """Array type resource authorization.

        ``POST /api/v3/check-permission-array-resource``; retried on failure (a replay is safe).
        The end user's token (required): ``access_token``, else the view's or the client's.
        """
        _body = models.CheckPermissionArrayResource(
            resources=require_str_list(resources, "resources"),
            action=require_id(action, "action"),
        )
        return await self._transport.request(
            _E["check_permission_by_array_resource"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def check_permission_by_string_resource(
        self,
        resources: Sequence[str],
        action: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckResourcePermissionData:
        """String type resource authorization.

        ``POST /api/v3/check-permission-string-resource``; retried on failure (a replay is
        safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.CheckPermissionStringResource(
            resources=require_str_list(resources, "resources"),
            action=require_id(action, "action"),
        )
        return await self._transport.request(
            _E["check_permission_by_string_resource"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def check_permission_by_tree_resource(
        self,
        resources: Sequence[str],
        action: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckResourcePermissionData:
        """Tree type resource authorization.

        ``POST /api/v3/check-permission-tree-resource``; retried on failure (a replay is safe).
        The end user's token (required): ``access_token``, else the view's or the client's.
        """
        _body = models.CheckPermissionTreeResource(
            resources=require_str_list(resources, "resources"),
            action=require_id(action, "action"),
        )
        return await self._transport.request(
            _E["check_permission_by_tree_resource"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def check_push_code_status(
        self,
        push_code_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckPushCodeStatusData:
        """According to the order of push code usage.

        ``GET /api/v3/check-pushcode-status``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "pushCodeId": require_id(push_code_id, "push_code_id"),
        }
        return await self._transport.request(
            _E["check_push_code_status"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def check_qr_code_status(
        self,
        qrcode_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckQRCodeStatusData:
        """According to the order of user scanning.

        ``GET /api/v3/check-qrcode-status``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "qrcodeId": require_id(qrcode_id, "qrcode_id"),
        }
        return await self._transport.request(
            _E["check_qr_code_status"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def check_valid_credentials_by_cred_ids(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[builtins.dict[str, Any]]:
        """Check which WebAuthn credentials are still valid.

        ``POST /api/v3/webauthn/check-valid-credentials-by-credIds``; retried on failure (a
        replay is safe). The end user's token (sent if there is one): ``access_token``, else the
        view's or the client's.
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["check_valid_credentials_by_cred_ids"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def decrypt_wechat_mini_program_data(
        self,
        code: str,
        iv: str,
        encrypted_data: str,
        ext_idp_connidentifier: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.dict[str, Any]:
        """Decrypt WeChat Mini Program Data.

        ``POST /api/v3/decrypt-wechat-miniprogram-data``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.DecryptWechatMiniProgramData(
            code=require_id(code, "code"),
            iv=require_id(iv, "iv"),
            encrypted_data=require_id(encrypted_data, "encrypted_data"),
            ext_idp_connidentifier=require_id(ext_idp_connidentifier, "ext_idp_connidentifier"),
        )
        return await self._transport.request(
            _E["decrypt_wechat_mini_program_data"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def delete_account(
        self,
        delete_account_token: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """This endpoint is used for users to delete their own account.

        ``POST /api/v3/delete-account``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.DeleteAccoun(
            delete_account_token=require_id(delete_account_token, "delete_account_token"),
        )
        return await self._transport.request(
            _E["delete_account"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def enroll_factor(
        self,
        enrollment_data: models.EnrollFactorEnrollmentData | Mapping[str, Any],
        enrollment_token: str,
        factor_type: models.FactorType | str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Bind MFA factor.

        ``POST /api/v3/enroll-factor``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.EnrollFactor(
            enrollment_data=as_model(
                enrollment_data, models.EnrollFactorEnrollmentData, "enrollment_data"
            ),
            enrollment_token=require_id(enrollment_token, "enrollment_token"),
            factor_type=require_enum(models.FactorType, factor_type, "factor_type"),
        )
        return await self._transport.request(
            _E["enroll_factor"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def exchange_token_set_with_qr_code_ticket(
        self,
        ticket: str,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """This endpoint is for exchanging user's access_token and id_token with QR code ticket.

        ``POST /api/v3/exchange-tokenset-with-qrcode-ticket``; not retried once it may have
        reached GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's. With ``client_secret_basic``, the
        application's Basic credentials instead.
        """
        _body = models.ExchangeTokenSetWithQRcodeTicket(
            ticket=require_id(ticket, "ticket"),
            client_id=check_str(client_id, "client_id"),
            client_secret=check_str(client_secret, "client_secret"),
        )
        return await self._transport.request(
            _E["exchange_token_set_with_qr_code_ticket"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._sign_in_headers(access_token),
        )

    async def gene_fastpass_qrcode_info(
        self,
        options: models.SignInFastpassOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GeneFastpassQRCodeInfo:
        """This endpoint is used to get the fast authentication parameters to generate QR codes.

        ``POST /api/v3/gene-fastpass-qrcode-info``; not retried once it may have reached GenAuth
        (a replay is not safe). The end user's token (sent if there is one): ``access_token``,
        else the view's or the client's.
        """
        _body = models.SignInFastpass(
            options=as_model(options, models.SignInFastpassOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["gene_fastpass_qrcode_info"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def gene_qr_code(
        self,
        type: models.GenerateQrcodeType | str,
        ext_idp_conn_id: str | None = None,
        custom_data: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        auto_merge_qr_code: bool | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GeneQRCodeData:
        """Generate QR code for login.

        ``POST /api/v3/gene-qrcode``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (sent if there is one): ``access_token``, else the
        view's or the client's.
        """
        _body = models.GenerateQrcode(
            type=require_enum(models.GenerateQrcodeType, type, "type"),
            ext_idp_conn_id=check_str(ext_idp_conn_id, "ext_idp_conn_id"),
            custom_data=check_mapping(custom_data, "custom_data", optional=True),
            context=check_mapping(context, "context", optional=True),
            auto_merge_qr_code=check_flag(auto_merge_qr_code, "auto_merge_qr_code"),
        )
        return await self._transport.request(
            _E["gene_qr_code"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: str,
        app_id: str,
        id_token: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GenerateBindExtIdpLinkData:
        """Generate a link for binding external identity provider.

        ``GET /api/v3/generate-link-extidp-url``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "ext_idp_conn_identifier": require_id(
                ext_idp_conn_identifier, "ext_idp_conn_identifier"
            ),
            "app_id": require_id(app_id, "app_id"),
            "id_token": require_id(id_token, "id_token"),
        }
        return await self._transport.request(
            _E["generate_link_ext_idp_url"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_accessible_apps(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.AccessibleApps]:
        """Get Applications with Access Permission.

        ``GET /api/v3/get-my-accessible-apps``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_accessible_apps"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AlipayAuthInfoData:
        """Get the Alipay auth info of an external identity source connection.

        ``GET /api/v3/get-alipay-authinfo``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "extIdpConnidentifier": require_id(ext_idp_connidentifier, "ext_idp_connidentifier"),
        }
        return await self._transport.request(
            _E["get_alipay_auth_info"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def get_application_enabled_ext_idps(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.ExtIdpInfo]:
        """Get list of enabled external identity providers.

        ``GET /api/v3/get-application-enabled-extidps``; retried on failure (a replay is safe).
        The end user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_application_enabled_ext_idps"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_authorized_resources(
        self,
        namespace: str | None = None,
        resource_type: models.ResourceType | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AuthorizedResourcePaging:
        """Get the list of resources authorized to the user.

        ``GET /api/v3/get-my-authorized-resources``; retried on failure (a replay is safe). The
        end user's token (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "namespace": check_str(namespace, "namespace"),
            "resourceType": check_enum(models.ResourceType, resource_type, "resource_type"),
        }
        return await self._transport.request(
            _E["get_authorized_resources"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_country_list(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.CountryDetailInfo]:
        """Dynamically get country list.

        ``GET /api/v3/get-country-list``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_country_list"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_factor(
        self,
        factor_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Factor:
        """Get details of a specific MFA Factor bound to the user based on Factor ID.

        ``GET /api/v3/get-factor``; retried on failure (a replay is safe). The end user's token
        (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "factorId": require_id(factor_id, "factor_id"),
        }
        return await self._transport.request(
            _E["get_factor"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_fastpass_params(
        self,
        qrcode_id: str,
        app_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetFastpassQRCodeRelationApps:
        """The applications a fast-authentication QR code serves.

        ``GET /api/v3/get-fastpass-client-apps``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "qrcodeId": require_id(qrcode_id, "qrcode_id"),
            "appId": require_id(app_id, "app_id"),
        }
        return await self._transport.request(
            _E["get_fastpass_params"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def get_group_list(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.Group]:
        """Get Group List.

        ``GET /api/v3/get-my-group-list``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_group_list"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_identities(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.Identity]:
        """As described in the Introduction section.

        ``GET /api/v3/get-identities``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_identities"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_logged_in_apps(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.LoggedInApps]:
        """Get Logged In Applications.

        ``GET /api/v3/get-my-logged-in-apps``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_logged_in_apps"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_login_history(
        self,
        app_id: str | None = None,
        client_ip: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginHistoryPaginatedResp:
        """Get Login History.

        ``GET /api/v3/get-my-login-history``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "appId": check_str(app_id, "app_id"),
            "clientIp": check_str(client_ip, "client_ip"),
            "success": check_flag(success, "success"),
            "start": check_int(start, "start", minimum=0),
            "end": check_int(end, "end", minimum=0),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_login_history"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_profile(
        self,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """This endpoint is used to get user profile information.

        ``GET /api/v3/get-profile``; retried on failure (a replay is safe). The end user's token
        (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
        }
        return await self._transport.request(
            _E["get_profile"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_push_login_relation_apps(
        self,
        app_id: str,
        push_code_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetPushCodeRelationAppsData:
        """The applications related to a push login request.

        ``POST /api/v3/get-pushlogin-relation-apps``; retried on failure (a replay is safe). The
        end user's token (sent if there is one): ``access_token``, else the view's or the
        client's.
        """
        _body = models.GetPushCodeRelationApps(
            app_id=require_id(app_id, "app_id"),
            push_code_id=require_id(push_code_id, "push_code_id"),
        )
        return await self._transport.request(
            _E["get_push_login_relation_apps"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def get_qr_code_status(
        self,
        qrcode_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckQRCodeStatusData:
        """According to the order of user scanning.

        ``GET /api/v3/get-app-login-qrcode-status``; retried on failure (a replay is safe). The
        end user's token (sent if there is one): ``access_token``, else the view's or the
        client's.
        """
        _query: dict[str, Any] = {
            "qrcodeId": require_id(qrcode_id, "qrcode_id"),
        }
        return await self._transport.request(
            _E["get_qr_code_status"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def get_role_list(
        self,
        namespace: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.Role]:
        """Get Role List.

        ``GET /api/v3/get-my-role-list``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_role_list"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_security_level(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetSecurityInfo:
        """Get user's password strength and account security level score.

        ``GET /api/v3/get-security-info``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_security_level"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_system_info(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SystemInfoResp:
        """This endpoint can get server's public information.

        ``GET /api/v3/system``; retried on failure (a replay is safe). The end user's token
        (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_system_info"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_tenant_list(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.UserTenantList]:
        """Get Tenant List.

        ``GET /api/v3/get-my-tenant-list``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_tenant_list"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_user_auth_resource_permission_list(
        self,
        resources: Sequence[str],
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserAuthResourcePermissionListData:
        """Get permission list for user's specified resources.

        ``POST /api/v3/get-user-auth-resource-permission-list``; retried on failure (a replay is
        safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.GetUserAuthResourcePermissionListDto(
            resources=require_str_list(resources, "resources"),
        )
        return await self._transport.request(
            _E["get_user_auth_resource_permission_list"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_user_auth_resource_struct(
        self,
        resource: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserAuthResourceStructData:
        """Get list of user's authorized resources.

        ``POST /api/v3/get-user-auth-resource-struct``; retried on failure (a replay is safe).
        The end user's token (required): ``access_token``, else the view's or the client's.
        """
        _body = models.GetUserAuthResourceStruct(
            resource=require_id(resource, "resource"),
        )
        return await self._transport.request(
            _E["get_user_auth_resource_struct"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_user_authorized_resources_list(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserAuthResourceListData:
        """Get user's specified resource permission list.

        ``GET /api/v3/get-user-auth-resource-list``; retried on failure (a replay is safe). The
        end user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["get_user_authorized_resources_list"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_wechat_mp_access_token(
        self,
        app_id: str,
        app_secret: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetWechatAccessTokenData:
        """Get WeChat Mini Program/Official Account Access Token cached on GenAuth server.

        ``POST /api/v3/get-wechat-access-token``; not retried once it may have reached GenAuth
        (a replay is not safe). The end user's token (required): ``access_token``, else the
        view's or the client's.
        """
        _body = models.GetWechatAccessToken(
            app_id=require_id(app_id, "app_id"),
            app_secret=require_id(app_secret, "app_secret"),
        )
        return await self._transport.request(
            _E["get_wechat_mp_access_token"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def get_wechat_mp_access_token_info(
        self,
        app_id: str,
        app_secret: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetWechatAccessTokenData:
        """Get WeChat Mini Program/Official Account Access Token cached on GenAuth server.

        ``POST /api/v3/get-wechat-access-token-info``; retried on failure (a replay is safe).
        The end user's token (required): ``access_token``, else the view's or the client's.
        """
        _body = models.GetWechatAccessToken(
            app_id=require_id(app_id, "app_id"),
            app_secret=require_id(app_secret, "app_secret"),
        )
        return await self._transport.request(
            _E["get_wechat_mp_access_token_info"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def init_authentication_options(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AuthenticationOptions:
        """Get WebAuthn authentication request initialization parameters.

        ``GET /api/v3/webauthn/authentication``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["init_authentication_options"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def init_register_options(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RegistrationOptions:
        """Get webauthn credential creation initialization parameters.

        ``GET /api/v3/webauthn/registration``; retried on failure (a replay is safe). The end
        user's token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["init_register_options"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def list(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.TerminalSession]:
        """List the end user's devices.

        ``GET /api/v3/mydevices/list``; retried on failure (a replay is safe). The end user's
        token (sent if there is one): ``access_token``, else the view's or the client's.
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def list_credentials_by_page(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListWebAuthnAuthenticatorDeviceData:
        """List the user's WebAuthn credentials.

        ``POST /api/v3/webauthn/page-authenticator-device``; retried on failure (a replay is
        safe). The end user's token (sent if there is one): ``access_token``, else the view's or
        the client's.
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["list_credentials_by_page"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def list_enrolled_factors(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.Factor]:
        """GenAuth currently supports four types of MFA authentication factors.

        ``GET /api/v3/list-enrolled-factors``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["list_enrolled_factors"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def list_factors_to_enroll(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.FactorToEnroll]:
        """Get all MFA authentication factors that are enabled in the application but not yet bound.

        ``GET /api/v3/list-factors-to-enroll``; retried on failure (a replay is safe). The end
        user's token (required): ``access_token``, else the view's or the client's.
        """
        return await self._transport.request(
            _E["list_factors_to_enroll"],
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def list_public_accounts_for_switch_logged_in(
        self,
        with_origin_user: bool | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.GetUserSelectLoginPublicAccountsData]:
        """The public accounts the user can switch to.

        ``GET /api/v3/get-user-select-login-public-accounts``; retried on failure (a replay is
        safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _query: dict[str, Any] = {
            "withOriginUser": check_flag(with_origin_user, "with_origin_user"),
        }
        return await self._transport.request(
            _E["list_public_accounts_for_switch_logged_in"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def mfa_otp_verify(
        self,
        totp: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OtpVerityResp:
        """Verify user's MFA bound OTP.

        ``POST /api/v3/mfa-totp-verify``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.MfaOtpVerity(
            totp=require_id(totp, "totp"),
        )
        return await self._transport.request(
            _E["mfa_otp_verify"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def pre_check_code(
        self,
        code_type: models.CodeType | str,
        sms_code_payload: models.PreCheckSmsCode | Mapping[str, Any] | None = None,
        email_code_payload: models.PreCheckEmailCode | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PreCheckCodeData:
        """Pre-check if the verification code is valid.

        ``POST /api/v3/pre-check-code``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.PreCheckCode(
            code_type=require_enum(models.CodeType, code_type, "code_type"),
            sms_code_payload=as_model(
                sms_code_payload, models.PreCheckSmsCode, "sms_code_payload", optional=True
            ),
            email_code_payload=as_model(
                email_code_payload, models.PreCheckEmailCode, "email_code_payload", optional=True
            ),
        )
        return await self._transport.request(
            _E["pre_check_code"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def qr_code_app_login(
        self,
        action: models.Action | str,
        qrcode_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """This endpoint is used in the process of successful scan code login.

        ``POST /api/v3/qrcode-app-login``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.AppQRCodeLogin(
            action=require_enum(models.Action, action, "action"),
            qrcode_id=require_id(qrcode_id, "qrcode_id"),
        )
        return await self._transport.request(
            _E["qr_code_app_login"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def register_new_user(
        self,
        key: str,
        action: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/register``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByRegiserInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
        )
        return await self._transport.request(
            _E["register_new_user"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def remove_all_credentials(
        self,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove the user's WebAuthn credentials of an authenticator.

        ``POST /api/v3/webauthn/remove-credentials-by-authenticator-code``; not retried once it
        may have reached GenAuth (a replay is not safe). The end user's token (sent if there is
        one): ``access_token``, else the view's or the client's.
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["remove_all_credentials"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def remove_credential(
        self,
        *,
        credential_id: str,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove one of the user's WebAuthn credentials.

        ``POST /api/v3/webauthn/remove-credential/{credentialID}``; not retried once it may have
        reached GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _path = "api/v3/webauthn/remove-credential/{}".format(
            path_segment(require_id(credential_id, "credential_id"), "credential_id")
        )
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["remove_credential"],
            path=_path,
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def reset_factor(
        self,
        factor_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Unbind a user's MFA authentication factor based on Factor ID.

        ``POST /api/v3/reset-factor``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.ResetFactor(
            factor_id=require_id(factor_id, "factor_id"),
        )
        return await self._transport.request(
            _E["reset_factor"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def reset_password(
        self,
        password: str,
        password_reset_token: str,
        password_encrypt_type: models.PasswordEncryptType | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """This endpoint is used after users forget their password to reset it.

        ``POST /api/v3/reset-password``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.ResetPassword(
            password=require_id(password, "password"),
            password_reset_token=require_id(password_reset_token, "password_reset_token"),
            password_encrypt_type=check_enum(
                models.PasswordEncryptType, password_encrypt_type, "password_encrypt_type"
            ),
        )
        return await self._transport.request(
            _E["reset_password"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def revoke(
        self,
        device_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Sign one of the end user's devices out.

        ``POST /api/v3/mydevices/revoke-session``; not retried once it may have reached GenAuth
        (a replay is not safe). The end user's token (sent if there is one): ``access_token``,
        else the view's or the client's.
        """
        _body = models.RevokeDeviceSession(
            device_id=require_id(device_id, "device_id"),
        )
        return await self._transport.request(
            _E["revoke"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def select_account(
        self,
        key: str,
        action: str,
        account: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.WechatLoginTokenResp:
        """When binding inquiry is enabled.

        ``POST /api/v2/ecConn/wechatMobile/select``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (sent if there is one):
        ``access_token``, else the view's or the client's.
        """
        _body = models.BindByAccountsInputApi(
            key=require_id(key, "key"),
            action=require_id(action, "action"),
            account=require_id(account, "account"),
        )
        return await self._transport.request(
            _E["select_account"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def send_email(
        self,
        channel: models.Channel | str,
        email: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """When sending an email, you must specify the email Channel.

        ``POST /api/v3/send-email``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (sent if there is one): ``access_token``, else the
        view's or the client's.
        """
        _body = models.SendEmail(
            channel=require_enum(models.Channel, channel, "channel"),
            email=require_id(email, "email"),
        )
        return await self._transport.request(
            _E["send_email"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def send_enroll_factor_request(
        self,
        profile: models.FactorProfile | Mapping[str, Any],
        factor_type: models.FactorType | str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SendEnrollFactorRequestData:
        """When a user has not bound an MFA authentication factor.

        ``POST /api/v3/send-enroll-factor-request``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.SendEnrollFactorRequest(
            profile=as_model(profile, models.FactorProfile, "profile"),
            factor_type=require_enum(models.FactorType, factor_type, "factor_type"),
        )
        return await self._transport.request(
            _E["send_enroll_factor_request"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def send_sms(
        self,
        channel: models.PreCheckSmsCodeChannel | str,
        phone_number: str,
        phone_country_code: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """When sending an SMS, you must specify the SMS Channel.

        ``POST /api/v3/send-sms``; not retried once it may have reached GenAuth (a replay is not
        safe). The end user's token (sent if there is one): ``access_token``, else the view's or
        the client's.
        """
        _body = models.SendSMS(
            channel=require_enum(models.PreCheckSmsCodeChannel, channel, "channel"),
            phone_number=require_id(phone_number, "phone_number"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
        )
        return await self._transport.request(
            _E["send_sms"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def sign_in_by_credentials(
        self,
        connection: models.SigninByCredentialsConnection | str,
        password_payload: models.SignInByPasswordPayload | Mapping[str, Any] | None = None,
        pass_code_payload: models.SignInByPassCodePayload | Mapping[str, Any] | None = None,
        ad_payload: models.SignInByAdPayload | Mapping[str, Any] | None = None,
        ldap_payload: models.SignInByLdapPayload | Mapping[str, Any] | None = None,
        options: models.SignInOptions | Mapping[str, Any] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """This endpoint is a direct API call-based login endpoint.

        ``POST /api/v3/signin``; not retried once it may have reached GenAuth (a replay is not
        safe). The end user's token (sent if there is one): ``access_token``, else the view's or
        the client's. With ``client_secret_basic``, the application's Basic credentials instead.
        """
        _body = models.SigninByCredentials(
            connection=require_enum(models.SigninByCredentialsConnection, connection, "connection"),
            password_payload=as_model(
                password_payload, models.SignInByPasswordPayload, "password_payload", optional=True
            ),
            pass_code_payload=as_model(
                pass_code_payload,
                models.SignInByPassCodePayload,
                "pass_code_payload",
                optional=True,
            ),
            ad_payload=as_model(ad_payload, models.SignInByAdPayload, "ad_payload", optional=True),
            ldap_payload=as_model(
                ldap_payload, models.SignInByLdapPayload, "ldap_payload", optional=True
            ),
            options=as_model(options, models.SignInOptions, "options", optional=True),
            client_id=check_str(client_id, "client_id"),
            client_secret=check_str(client_secret, "client_secret"),
        )
        return await self._transport.request(
            _E["sign_in_by_credentials"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._sign_in_headers(access_token),
        )

    async def sign_in_by_mobile(
        self,
        ext_idp_connidentifier: str,
        connection: models.SigninByMobileConnection | str,
        wechat_payload: models.SignInByWechatPayload | Mapping[str, Any] | None = None,
        apple_payload: models.SignInByApplePayload | Mapping[str, Any] | None = None,
        alipay_payload: models.SignInByAlipayPayload | Mapping[str, Any] | None = None,
        wechatwork_payload: models.SignInByWechatwork | Mapping[str, Any] | None = None,
        wechatwork_agency_payload: models.SignInByWechatworkAgencyPayload
        | Mapping[str, Any]
        | None = None,
        lark_public_payload: models.SignInByLarkPublicPayload | Mapping[str, Any] | None = None,
        lark_internal_payload: models.SignInByLarkInternalPayload | Mapping[str, Any] | None = None,
        lark_block_payload: models.SignInByLarkBlockPayload | Mapping[str, Any] | None = None,
        yidun_payload: models.SignInByYidunPayload | Mapping[str, Any] | None = None,
        wechat_mini_program_code_payload: models.SignInByWechatMiniProgramCodePayload
        | Mapping[str, Any]
        | None = None,
        wechat_mini_program_phone_payload: models.SignInByWechatMiniProgramPhonePayload
        | Mapping[str, Any]
        | None = None,
        wechat_mini_program_code_and_phone_payload: models.SignInByWechatMiniProgramCodeAndPhonePayload
        | Mapping[str, Any]
        | None = None,
        google_payload: models.SignInByGooglePayload | Mapping[str, Any] | None = None,
        facebook_payload: models.SignInByFacebookPayload | Mapping[str, Any] | None = None,
        qq_payload: models.SignInByQQPayload | Mapping[str, Any] | None = None,
        weibo_payload: models.SignInByWeiboPayload | Mapping[str, Any] | None = None,
        baidu_payload: models.SignInByBaiduPayload | Mapping[str, Any] | None = None,
        linked_in_payload: models.SignInByLinkedInPayload | Mapping[str, Any] | None = None,
        ding_talk_payload: models.SignInByDingTalkPayload | Mapping[str, Any] | None = None,
        github_payload: models.SignInByGithubPayload | Mapping[str, Any] | None = None,
        gitee_payload: models.SignInByGiteePayload | Mapping[str, Any] | None = None,
        gitlab_payload: models.SignInByGitlabPayload | Mapping[str, Any] | None = None,
        douyin_payload: models.SignInByDouyinPayload | Mapping[str, Any] | None = None,
        kuaishou_payload: models.SignInByKuaishouPayload | Mapping[str, Any] | None = None,
        xiaomi_payload: models.SignInByXiaomiPayload | Mapping[str, Any] | None = None,
        line_payload: models.SignInByLinePayload | Mapping[str, Any] | None = None,
        slack_payload: models.SignInBySlackPayload | Mapping[str, Any] | None = None,
        oppo_payload: models.SignInByOPPOPayload | Mapping[str, Any] | None = None,
        huawei_payload: models.SignInByHuaweiPayload | Mapping[str, Any] | None = None,
        amazon_payload: models.SignInByAmazonPayload | Mapping[str, Any] | None = None,
        options: models.SignInByMobileOptions | Mapping[str, Any] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """This endpoint is for mobile social login.

        ``POST /api/v3/signin-by-mobile``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's. With ``client_secret_basic``, the application's Basic
        credentials instead.
        """
        _body = models.SigninByMobile(
            ext_idp_connidentifier=require_id(ext_idp_connidentifier, "ext_idp_connidentifier"),
            connection=require_enum(models.SigninByMobileConnection, connection, "connection"),
            wechat_payload=as_model(
                wechat_payload, models.SignInByWechatPayload, "wechat_payload", optional=True
            ),
            apple_payload=as_model(
                apple_payload, models.SignInByApplePayload, "apple_payload", optional=True
            ),
            alipay_payload=as_model(
                alipay_payload, models.SignInByAlipayPayload, "alipay_payload", optional=True
            ),
            wechatwork_payload=as_model(
                wechatwork_payload, models.SignInByWechatwork, "wechatwork_payload", optional=True
            ),
            wechatwork_agency_payload=as_model(
                wechatwork_agency_payload,
                models.SignInByWechatworkAgencyPayload,
                "wechatwork_agency_payload",
                optional=True,
            ),
            lark_public_payload=as_model(
                lark_public_payload,
                models.SignInByLarkPublicPayload,
                "lark_public_payload",
                optional=True,
            ),
            lark_internal_payload=as_model(
                lark_internal_payload,
                models.SignInByLarkInternalPayload,
                "lark_internal_payload",
                optional=True,
            ),
            lark_block_payload=as_model(
                lark_block_payload,
                models.SignInByLarkBlockPayload,
                "lark_block_payload",
                optional=True,
            ),
            yidun_payload=as_model(
                yidun_payload, models.SignInByYidunPayload, "yidun_payload", optional=True
            ),
            wechat_mini_program_code_payload=as_model(
                wechat_mini_program_code_payload,
                models.SignInByWechatMiniProgramCodePayload,
                "wechat_mini_program_code_payload",
                optional=True,
            ),
            wechat_mini_program_phone_payload=as_model(
                wechat_mini_program_phone_payload,
                models.SignInByWechatMiniProgramPhonePayload,
                "wechat_mini_program_phone_payload",
                optional=True,
            ),
            wechat_mini_program_code_and_phone_payload=as_model(
                wechat_mini_program_code_and_phone_payload,
                models.SignInByWechatMiniProgramCodeAndPhonePayload,
                "wechat_mini_program_code_and_phone_payload",
                optional=True,
            ),
            google_payload=as_model(
                google_payload, models.SignInByGooglePayload, "google_payload", optional=True
            ),
            facebook_payload=as_model(
                facebook_payload, models.SignInByFacebookPayload, "facebook_payload", optional=True
            ),
            qq_payload=as_model(qq_payload, models.SignInByQQPayload, "qq_payload", optional=True),
            weibo_payload=as_model(
                weibo_payload, models.SignInByWeiboPayload, "weibo_payload", optional=True
            ),
            baidu_payload=as_model(
                baidu_payload, models.SignInByBaiduPayload, "baidu_payload", optional=True
            ),
            linked_in_payload=as_model(
                linked_in_payload,
                models.SignInByLinkedInPayload,
                "linked_in_payload",
                optional=True,
            ),
            ding_talk_payload=as_model(
                ding_talk_payload,
                models.SignInByDingTalkPayload,
                "ding_talk_payload",
                optional=True,
            ),
            github_payload=as_model(
                github_payload, models.SignInByGithubPayload, "github_payload", optional=True
            ),
            gitee_payload=as_model(
                gitee_payload, models.SignInByGiteePayload, "gitee_payload", optional=True
            ),
            gitlab_payload=as_model(
                gitlab_payload, models.SignInByGitlabPayload, "gitlab_payload", optional=True
            ),
            douyin_payload=as_model(
                douyin_payload, models.SignInByDouyinPayload, "douyin_payload", optional=True
            ),
            kuaishou_payload=as_model(
                kuaishou_payload, models.SignInByKuaishouPayload, "kuaishou_payload", optional=True
            ),
            xiaomi_payload=as_model(
                xiaomi_payload, models.SignInByXiaomiPayload, "xiaomi_payload", optional=True
            ),
            line_payload=as_model(
                line_payload, models.SignInByLinePayload, "line_payload", optional=True
            ),
            slack_payload=as_model(
                slack_payload, models.SignInBySlackPayload, "slack_payload", optional=True
            ),
            oppo_payload=as_model(
                oppo_payload, models.SignInByOPPOPayload, "oppo_payload", optional=True
            ),
            huawei_payload=as_model(
                huawei_payload, models.SignInByHuaweiPayload, "huawei_payload", optional=True
            ),
            amazon_payload=as_model(
                amazon_payload, models.SignInByAmazonPayload, "amazon_payload", optional=True
            ),
            options=as_model(options, models.SignInByMobileOptions, "options", optional=True),
            client_id=check_str(client_id, "client_id"),
            client_secret=check_str(client_secret, "client_secret"),
        )
        return await self._transport.request(
            _E["sign_in_by_mobile"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._sign_in_headers(access_token),
        )

    async def sign_in_by_push(
        self,
        account: str,
        options: models.SignInByPushOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GenePushCodeData:
        """Sign in by a push to the user's authenticator app.

        ``POST /api/v3/signin-by-push``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (sent if there is one): ``access_token``, else the
        view's or the client's.
        """
        _body = models.SignInByPush(
            account=require_id(account, "account"),
            options=as_model(options, models.SignInByPushOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["sign_in_by_push"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def sign_up(
        self,
        connection: models.Connection | str,
        password_payload: models.SignUpByPassword | Mapping[str, Any] | None = None,
        pass_code_payload: models.SignUpByPassCode | Mapping[str, Any] | None = None,
        profile: models.SignUpProfile | Mapping[str, Any] | None = None,
        options: models.SignUpOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """This endpoint currently supports the following registration methods:.

        ``POST /api/v3/signup``; not retried once it may have reached GenAuth (a replay is not
        safe). The end user's token (sent if there is one): ``access_token``, else the view's or
        the client's.
        """
        _body = models.SignUp(
            connection=require_enum(models.Connection, connection, "connection"),
            password_payload=as_model(
                password_payload, models.SignUpByPassword, "password_payload", optional=True
            ),
            pass_code_payload=as_model(
                pass_code_payload, models.SignUpByPassCode, "pass_code_payload", optional=True
            ),
            profile=as_model(profile, models.SignUpProfile, "profile", optional=True),
            options=as_model(options, models.SignUpOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["sign_up"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def switch_login_by_user(
        self,
        target_user_id: str,
        options: models.SignInBySwitchOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LoginTokenResponseData:
        """Allows switching login between personal accounts and associated public accounts.

        ``POST /api/v3/switch-login-by-user``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.PublicAccountSwitchLogin(
            target_user_id=require_id(target_user_id, "target_user_id"),
            options=as_model(options, models.SignInBySwitchOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["switch_login_by_user"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def unbind(
        self,
        device_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Unbind one of the end user's devices.

        ``POST /api/v3/mydevices/unbind``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.UnbindDevice(
            device_id=require_id(device_id, "device_id"),
        )
        return await self._transport.request(
            _E["unbind"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def unbind_email(
        self,
        pass_code: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """User unbinds email.

        ``POST /api/v3/unbind-email``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UnbindEmail(
            pass_code=require_id(pass_code, "pass_code"),
        )
        return await self._transport.request(
            _E["unbind_email"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def unbind_phone(
        self,
        pass_code: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """User unbinds phone number.

        ``POST /api/v3/unbind-phone``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UnbindPhone(
            pass_code=require_id(pass_code, "pass_code"),
        )
        return await self._transport.request(
            _E["unbind_phone"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def unlink_ext_idp(
        self,
        ext_idp_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Unbind external identity provider.

        ``POST /api/v3/unlink-extidp``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UnlinkExtIdp(
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
        )
        return await self._transport.request(
            _E["unlink_ext_idp"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def update_email(
        self,
        update_email_token: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """End users independently modify email.

        ``POST /api/v3/update-email``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UpdateEmail(
            update_email_token=require_id(update_email_token, "update_email_token"),
        )
        return await self._transport.request(
            _E["update_email"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def update_password(
        self,
        new_password: str,
        old_password: str | None = None,
        password_encrypt_type: models.PasswordEncryptType | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """This endpoint is used for users to change their password independently.

        ``POST /api/v3/update-password``; not retried once it may have reached GenAuth (a replay
        is not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UpdatePassword(
            new_password=require_id(new_password, "new_password"),
            old_password=check_str(old_password, "old_password"),
            password_encrypt_type=check_enum(
                models.PasswordEncryptType, password_encrypt_type, "password_encrypt_type"
            ),
        )
        return await self._transport.request(
            _E["update_password"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def update_phone(
        self,
        update_phone_token: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """End users independently modify phone number.

        ``POST /api/v3/update-phone``; not retried once it may have reached GenAuth (a replay is
        not safe). The end user's token (required): ``access_token``, else the view's or the
        client's.
        """
        _body = models.UpdatePhone(
            update_phone_token=require_id(update_phone_token, "update_phone_token"),
        )
        return await self._transport.request(
            _E["update_phone"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def update_profile(
        self,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: models.Gender | str | None = None,
        username: str | None = None,
        company: str | None = None,
        custom_data: Mapping[str, Any] | None = None,
        identity_number: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Modify user profile information, including user custom data.

        ``POST /api/v3/update-profile``; retried on failure (a replay is safe). The end user's
        token (required): ``access_token``, else the view's or the client's.
        """
        _body = models.UpdateUserProfile(
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            external_id=check_str(external_id, "external_id"),
            birthdate=check_str(birthdate, "birthdate"),
            country=check_str(country, "country"),
            province=check_str(province, "province"),
            city=check_str(city, "city"),
            address=check_str(address, "address"),
            street_address=check_str(street_address, "street_address"),
            postal_code=check_str(postal_code, "postal_code"),
            gender=check_enum(models.Gender, gender, "gender"),
            username=check_str(username, "username"),
            company=check_str(company, "company"),
            custom_data=check_mapping(custom_data, "custom_data", optional=True),
            identity_number=check_str(identity_number, "identity_number"),
        )
        return await self._transport.request(
            _E["update_profile"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def verify_authentication(
        self,
        ticket: str,
        authentication_credential: models.AuthenticationCredential | Mapping[str, Any],
        options: models.SignInByWebAuthnOptions | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyAuthenticationResult:
        """Verify WebAuthn authentication request credential.

        ``POST /api/v3/webauthn/authentication``; not retried once it may have reached GenAuth
        (a replay is not safe). The end user's token (sent if there is one): ``access_token``,
        else the view's or the client's.
        """
        _body = models.VerifyAuthentication(
            ticket=require_id(ticket, "ticket"),
            authentication_credential=as_model(
                authentication_credential,
                models.AuthenticationCredential,
                "authentication_credential",
            ),
            options=as_model(options, models.SignInByWebAuthnOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["verify_authentication"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def verify_delete_account_request(
        self,
        verify_method: models.VerifyMethod | str,
        phone_pass_code_payload: models.DeleteAccountByPhonePassCode
        | Mapping[str, Any]
        | None = None,
        email_pass_code_payload: models.DeleteAccountByEmailPassCode
        | Mapping[str, Any]
        | None = None,
        password_payload: models.DeleteAccountByPassword | Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyDeleteAccountRequestData:
        """When users want to delete their account, they need to provide corresponding credentials.

        ``POST /api/v3/verify-delete-account-request``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.VerifyDeleteAccountRequest(
            verify_method=require_enum(models.VerifyMethod, verify_method, "verify_method"),
            phone_pass_code_payload=as_model(
                phone_pass_code_payload,
                models.DeleteAccountByPhonePassCode,
                "phone_pass_code_payload",
                optional=True,
            ),
            email_pass_code_payload=as_model(
                email_pass_code_payload,
                models.DeleteAccountByEmailPassCode,
                "email_pass_code_payload",
                optional=True,
            ),
            password_payload=as_model(
                password_payload, models.DeleteAccountByPassword, "password_payload", optional=True
            ),
        )
        return await self._transport.request(
            _E["verify_delete_account_request"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def verify_register(
        self,
        ticket: str,
        registration_credential: models.RegistrationCredential | Mapping[str, Any],
        authenticator_code: models.AuthenticatorCode | str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyRegistrationResult:
        """Verify webauthn binding registration authenticator credential.

        ``POST /api/v3/webauthn/registration``; not retried once it may have reached GenAuth (a
        replay is not safe). The end user's token (sent if there is one): ``access_token``, else
        the view's or the client's.
        """
        _body = models.VerifyRegistration(
            ticket=require_id(ticket, "ticket"),
            registration_credential=as_model(
                registration_credential, models.RegistrationCredential, "registration_credential"
            ),
            authenticator_code=check_enum(
                models.AuthenticatorCode, authenticator_code, "authenticator_code"
            ),
        )
        return await self._transport.request(
            _E["verify_register"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, False),
        )

    async def verify_reset_password_request(
        self,
        verify_method: models.VerifyResetPasswordRequestVerifyMethod | str,
        phone_pass_code_payload: models.ResetPasswordByPhonePassCode
        | Mapping[str, Any]
        | None = None,
        email_pass_code_payload: models.ResetPasswordByEmailPassCode
        | Mapping[str, Any]
        | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ResetPasswordVerify:
        """When users forget their password, they can use this endpoint to recover it.

        ``POST /api/v3/verify-reset-password-request``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.VerifyResetPasswordRequest(
            verify_method=require_enum(
                models.VerifyResetPasswordRequestVerifyMethod, verify_method, "verify_method"
            ),
            phone_pass_code_payload=as_model(
                phone_pass_code_payload,
                models.ResetPasswordByPhonePassCode,
                "phone_pass_code_payload",
                optional=True,
            ),
            email_pass_code_payload=as_model(
                email_pass_code_payload,
                models.ResetPasswordByEmailPassCode,
                "email_pass_code_payload",
                optional=True,
            ),
        )
        return await self._transport.request(
            _E["verify_reset_password_request"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def verify_update_email_request(
        self,
        email_pass_code_payload: models.UpdateEmailByEmailPassCode | Mapping[str, Any],
        verify_method: models.VerifyUpdateEmailRequestVerifyMethod | str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyUpdateEmailRequestData:
        """When end users want to modify their email independently.

        ``POST /api/v3/verify-update-email-request``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.VerifyUpdateEmailRequest(
            email_pass_code_payload=as_model(
                email_pass_code_payload,
                models.UpdateEmailByEmailPassCode,
                "email_pass_code_payload",
            ),
            verify_method=require_enum(
                models.VerifyUpdateEmailRequestVerifyMethod, verify_method, "verify_method"
            ),
        )
        return await self._transport.request(
            _E["verify_update_email_request"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )

    async def verify_update_phone_request(
        self,
        phone_pass_code_payload: models.UpdatePhoneByPhonePassCode | Mapping[str, Any],
        verify_method: models.VerifyUpdatePhoneRequestVerifyMethod | str,
        *,
        access_token: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyUpdatePhoneRequestData:
        """When end users want to modify their phone number independently.

        ``POST /api/v3/verify-update-phone-request``; not retried once it may have reached
        GenAuth (a replay is not safe). The end user's token (required): ``access_token``, else
        the view's or the client's.
        """
        _body = models.VerifyUpdatePhoneRequest(
            phone_pass_code_payload=as_model(
                phone_pass_code_payload,
                models.UpdatePhoneByPhonePassCode,
                "phone_pass_code_payload",
            ),
            verify_method=require_enum(
                models.VerifyUpdatePhoneRequestVerifyMethod, verify_method, "verify_method"
            ),
        )
        return await self._transport.request(
            _E["verify_update_phone_request"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
            headers=self._user_headers(access_token, True),
        )
