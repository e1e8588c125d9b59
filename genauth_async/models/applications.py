"""Models of the GenAuth *applications* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, enum_list_field, redacted
from .common import (
    AppDefaultLoginStrategy,
    Application,
    ApplicationAgreement,
    ApplicationAppType,
    ApplicationBrandingConfig,
    ApplicationDefaultLoginMethod,
    ApplicationEnabledExtIdpConn,
    ApplicationLoginConfig,
    ApplicationMfa,
    ApplicationRegisterConfig,
    AsaAccountTargetTargetType,
    ConnectionType,
    DefaultProtocol,
    DefaultRegisterMethod,
    DisableFactors,
    DisplayAt,
    EnabledBasicLoginMethods,
    EnabledBasicRegisterMethods,
    ExtIdpConnType,
    Gender,
    GuardVersion,
    Identity,
    IdentityProvider,
    IsSuccess,
    Lang,
    MFASettings,
    MfaTriggerData,
    Pagination,
    PolicyEffect,
    QrcodeType,
    User,
    UserIdType,
    UserPaging,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "AppDefaultLoginStrategy",
    "AppType",
    "Application",
    "ApplicationAgreement",
    "ApplicationAppType",
    "ApplicationBrandingConfig",
    "ApplicationBrandingConfigInput",
    "ApplicationDefaultLoginMethod",
    "ApplicationDefaultLoginMethodInput",
    "ApplicationEnabledExtIdpConn",
    "ApplicationEnabledExtIdpConnInput",
    "ApplicationLoginConfig",
    "ApplicationLoginConfigInput",
    "ApplicationMfa",
    "ApplicationPaginatedData",
    "ApplicationPermissionRecordItem",
    "ApplicationPermissionRecordItemTargetType",
    "ApplicationRegisterConfig",
    "ApplicationRegisterConfigInput",
    "ApplicationSimpleInfo",
    "ApplicationSimpleInfoPaginatedData",
    "AsaAccount",
    "AsaAccountPaginatedData",
    "AsaAccountTarget",
    "AsaAccountTargetTargetType",
    "AssignAsaAccountItem",
    "AssignAsaAccounts",
    "AuthType",
    "AuthorizeApplicationAccess",
    "ChangeUserPoolTenantExtIdpConn",
    "CheckDomainAvailable",
    "CheckDomainAvailableData",
    "ConnectionType",
    "CreateApplication",
    "CreateApplicationRespData",
    "CreateAsaAccount",
    "CreateAsaAccountsBatch",
    "CreateAsaAccountsBatchItem",
    "DefaultProtocol",
    "DefaultRegisterMethod",
    "DeleteApplication",
    "DeleteApplicationPermissionRecordItem",
    "DeleteAsaAccount",
    "DeleteAsaAccountBatch",
    "DisableFactors",
    "DisplayAt",
    "EnableSwitchType",
    "EnabledBasicLoginMethods",
    "EnabledBasicRegisterMethods",
    "ExtIdpConnType",
    "Gender",
    "GetApplicationPermissionStrategyData",
    "GetApplicationSecretData",
    "GetAsaAccountAssignedTargetData",
    "GetAsaAccountBatch",
    "GetSubjectAuthData",
    "GuardVersion",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "Lang",
    "LanguageCoinfig",
    "ListApplicationActiveUsers",
    "ListApplicationActiveUsersOptions",
    "ListApplicationAuth",
    "ListApplicationAuthData",
    "ListApplicationAuthPaginatedData",
    "ListApplicationSubjectData",
    "ListApplicationSubjectDataAppType",
    "ListApplicationSubjectDataList",
    "ListAuthSubject",
    "MFASettings",
    "MfaTriggerData",
    "Pagination",
    "PermissionType",
    "PolicyEffect",
    "QrcodeType",
    "RefreshApplicationSecret",
    "RefreshApplicationSecretData",
    "ReqTargetType",
    "RevokeApplicationAccess",
    "TenantApplication",
    "TenantApplicationListPaging",
    "UpdateApplication",
    "UpdateApplicationLoginConfigInput",
    "UpdateApplicationMfaSettings",
    "UpdateApplicationPermissionStrategyData",
    "UpdateAsaAccount",
    "UpdateAuthEnabled",
    "UpdateLoginConfig",
    "UpdateLoginConfigDto",
    "UpdateTenantAppqrcodeState",
    "UpdateUserPoolTenantLoginConfig",
    "User",
    "UserIdType",
    "UserPaging",
    "UserPoolTenantConfig",
    "UserSourceType",
    "UserStatus",
    "WorkStatus",
]


class AppType(StrEnum):
    """Allowed values of app type."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class ApplicationPermissionRecordItemTargetType(StrEnum):
    """Allowed values of application permission record item target type."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"


class AuthType(StrEnum):
    """Allowed values of auth type."""

    DEFAULT = "DEFAULT"
    ALL = "ALL"
    SELF = "SELF"
    SUBJECT = "SUBJECT"


class EnableSwitchType(StrEnum):
    """Allowed values of enable switch type."""

    TENANT_CONSOLE = "tenant-console"
    TENANT_APP = "tenant-app"
    TENANT_LAUNPAD = "tenant-launpad"


class ListApplicationSubjectDataAppType(StrEnum):
    """Allowed values of list application subject data app type."""

    INTEGRATED = "INTEGRATED"
    SELFBUILT = "SELFBUILT"
    APP_PANEL = "APP_PANEL"


class PermissionType(StrEnum):
    """Allowed values of permission type."""

    ALL = "ALL"
    SUBJECT = "SUBJECT"


class ReqTargetType(StrEnum):
    """Allowed values of req target type."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@attrs.define(kw_only=True, slots=False)
class ApplicationBrandingConfigInput(Model):
    """GenAuth ``ApplicationBrandingConfigInputDto``."""

    custom_css_enabled: bool | None = attrs.field(
        default=None, metadata={"wire": "customCSSEnabled"}
    )
    custom_css: str | None = attrs.field(default=None, metadata={"wire": "customCSS"})
    guard_version: GuardVersion | str | None = enum_field(GuardVersion, "guard_version")
    custom_loading_image: str | None = None
    custom_background: str | None = None
    show_change_language_button: bool | None = None
    default_language: Lang | str | None = enum_field(Lang, "default_language")
    show_forget_password_button: bool | None = attrs.field(default=None, repr=redacted)
    show_enterprise_connections: bool | None = None
    show_social_connections: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationDefaultLoginMethodInput(Model):
    """GenAuth ``ApplicationDefaultLoginMethodInput``."""

    connection_type: ConnectionType | str = enum_field(
        ConnectionType, "connection_type", required=True
    )
    qrcode_type: QrcodeType | str | None = enum_field(QrcodeType, "qrcode_type")
    qrcode_ext_idp_conn_id: str | None = None
    ad_ext_idp_conn_id: str | None = None
    ldap_ext_idp_conn_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationEnabledExtIdpConnInput(Model):
    """GenAuth ``ApplicationEnabledExtIdpConnInputDto``."""

    ext_idp_conn_id: str


@attrs.define(kw_only=True, slots=False)
class ApplicationLoginConfigInput(Model):
    """GenAuth ``ApplicationLoginConfigInputDto``."""

    show_authorization_page: bool
    merge_login_and_register_page: bool | None = None
    enabled_basic_login_methods: list[EnabledBasicLoginMethods | str] | None = enum_list_field(
        EnabledBasicLoginMethods, "enabled_basic_login_methods"
    )
    default_login_method: ApplicationDefaultLoginMethodInput | None = None
    enabled_ext_idp_conn_ids: list[ApplicationEnabledExtIdpConnInput] | None = None
    enabled_all_ext_idp_conns: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationPermissionRecordItem(Model):
    """GenAuth ``ApplicationPermissionRecordItem``."""

    target_type: ApplicationPermissionRecordItemTargetType | str = enum_field(
        ApplicationPermissionRecordItemTargetType, "target_type", required=True
    )
    target_identifier: list[str]
    effect: PolicyEffect | str = enum_field(PolicyEffect, "effect", required=True)
    namespace_code: str | None = None
    inherit_by_children: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationRegisterConfigInput(Model):
    """GenAuth ``ApplicationRegisterConfigInputDto``."""

    enabled_basic_register_methods: list[EnabledBasicRegisterMethods | str] = enum_list_field(
        EnabledBasicRegisterMethods, "enabled_basic_register_methods", required=True
    )
    default_register_method: DefaultRegisterMethod | str = enum_field(
        DefaultRegisterMethod, "default_register_method", required=True
    )


@attrs.define(kw_only=True, slots=False)
class ApplicationSimpleInfo(Model):
    """GenAuth ``ApplicationSimpleInfoDto``."""

    app_id: str
    app_identifier: str
    app_name: str
    app_logo: str
    app_type: AppType | str
    is_integrate_app: bool
    app_description: str | None = None


@attrs.define(kw_only=True, slots=False)
class AsaAccount(Model):
    """GenAuth ``AsaAccountDto``."""

    app_id: str
    account_id: str
    account_info: Any


@attrs.define(kw_only=True, slots=False)
class AsaAccountTarget(Model):
    """GenAuth ``AsaAccountTargetDto``."""

    target_type: AsaAccountTargetTargetType | str
    target_identifier: str


@attrs.define(kw_only=True, slots=False)
class AssignAsaAccountItem(Model):
    """GenAuth ``AssignAsaAccountItem``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    target_identifiers: list[str]


@attrs.define(kw_only=True, slots=False)
class AssignAsaAccounts(Model):
    """GenAuth ``AssignAsaAccountsDto``."""

    app_id: str
    account_id: str
    targets: list[AssignAsaAccountItem]


@attrs.define(kw_only=True, slots=False)
class AuthorizeApplicationAccess(Model):
    """Request body of ``authorize_application_access``."""

    app_id: str
    list: builtins.list[ApplicationPermissionRecordItem]


@attrs.define(kw_only=True, slots=False)
class ChangeUserPoolTenantExtIdpConn(Model):
    """Request body of ``change_userpool_tenan_ext_idp_conn_state``."""

    enabled: bool
    conn_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class CheckDomainAvailable(Model):
    """Request body of ``check_domain_available``."""

    domain: str


@attrs.define(kw_only=True, slots=False)
class CheckDomainAvailableData(Model):
    """GenAuth ``CheckDomainAvailableDataDto``."""

    available: bool


@attrs.define(kw_only=True, slots=False)
class CreateApplication(Model):
    """Request body of ``create_application``."""

    app_name: str
    template: str | None = None
    template_data: Any = None
    app_identifier: str | None = None
    app_logo: str | None = None
    app_description: str | None = None
    app_type: AppType | str | None = enum_field(AppType, "app_type")
    default_protocol: DefaultProtocol | str | None = enum_field(DefaultProtocol, "default_protocol")
    redirect_uris: list[str] | None = None
    logout_redirect_uris: list[str] | None = None
    init_login_uri: str | None = None
    sso_enabled: bool | None = None
    oidc_config: dict[str, Any] | None = None
    saml_provider_enabled: bool | None = None
    saml_config: dict[str, Any] | None = None
    oauth_provider_enabled: bool | None = None
    oauth_config: dict[str, Any] | None = None
    cas_provider_enabled: bool | None = None
    cas_config: dict[str, Any] | None = None
    login_config: ApplicationLoginConfigInput | None = None
    register_config: ApplicationRegisterConfigInput | None = None
    branding_config: ApplicationBrandingConfigInput | None = None


@attrs.define(kw_only=True, slots=False)
class CreateApplicationRespData(Model):
    """GenAuth ``CreateApplicationRespDataDto``."""

    app_id: str
    app_identifier: str
    app_name: str
    app_logo: str
    app_type: AppType | str
    user_pool_id: str
    is_integrate_app: bool
    default_protocol: DefaultProtocol | str
    redirect_uris: list[str]
    logout_redirect_uris: list[str]
    init_login_uri: str
    sso_enabled: bool
    login_config: ApplicationLoginConfig
    register_config: ApplicationRegisterConfig
    branding_config: ApplicationBrandingConfig
    oidc_config: dict[str, Any]
    saml_provider_enabled: bool
    oauth_provider_enabled: bool
    cas_provider_enabled: bool
    custom_branding_enabled: bool
    custom_security_enabled: bool
    app_description: str | None = None
    sso_enabled_at: datetime.datetime | None = None
    saml_config: dict[str, Any] | None = None
    oauth_config: dict[str, Any] | None = None
    cas_config: dict[str, Any] | None = None
    template: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateAsaAccount(Model):
    """Request body of ``create_asa_account``."""

    account_info: Any
    app_id: str


@attrs.define(kw_only=True, slots=False)
class CreateAsaAccountsBatch(Model):
    """Request body of ``create_asa_account_batch``."""

    list: builtins.list[CreateAsaAccountsBatchItem]
    app_id: str


@attrs.define(kw_only=True, slots=False)
class CreateAsaAccountsBatchItem(Model):
    """GenAuth ``CreateAsaAccountsBatchItemDto``."""

    account_info: Any


@attrs.define(kw_only=True, slots=False)
class DeleteApplication(Model):
    """Request body of ``delete_application``."""

    app_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteApplicationPermissionRecordItem(Model):
    """GenAuth ``DeleteApplicationPermissionRecordItem``."""

    target_type: ApplicationPermissionRecordItemTargetType | str = enum_field(
        ApplicationPermissionRecordItemTargetType, "target_type", required=True
    )
    target_identifier: list[str]
    namespace_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteAsaAccountBatch(Model):
    """Request body of ``delete_asa_account_batch``."""

    account_ids: list[str]
    app_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteAsaAccount(Model):
    """Request body of ``delete_asa_account``."""

    account_id: str
    app_id: str


@attrs.define(kw_only=True, slots=False)
class GetApplicationPermissionStrategyData(Model):
    """GenAuth ``GetApplicationPermissionStrategyDataDto``."""

    permission_strategy: AppDefaultLoginStrategy | str


@attrs.define(kw_only=True, slots=False)
class GetApplicationSecretData(Model):
    """GenAuth ``GetApplicationSecretDataDto``."""

    secret: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class GetAsaAccountBatch(Model):
    """Request body of ``get_asa_account_batch``."""

    account_ids: list[str]
    app_id: str


@attrs.define(kw_only=True, slots=False)
class GetSubjectAuthData(Model):
    """GenAuth ``GetSubjectAuthDataDto``."""

    app_id: str
    app_name: str
    req_target_id: str
    req_target_name: str
    req_target_type: ReqTargetType | str
    target_type: ReqTargetType | str
    target_name: str
    auth_type: AuthType | str


@attrs.define(kw_only=True, slots=False)
class LanguageCoinfig(Model):
    """GenAuth ``LanguageCoinfigDto``."""

    global_: dict[str, Any]


@attrs.define(kw_only=True, slots=False)
class ListApplicationActiveUsers(Model):
    """Request body of ``list_application_active_users``."""

    app_id: str
    options: ListApplicationActiveUsersOptions | None = None


@attrs.define(kw_only=True, slots=False)
class ListApplicationActiveUsersOptions(Model):
    """GenAuth ``ListApplicationActiveUsersOptionsDto``."""

    pagination: Pagination | None = None
    with_custom_data: bool | None = None
    with_identities: bool | None = None
    with_department_ids: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListApplicationAuthData(Model):
    """GenAuth ``ListApplicationAuthDataDto``."""

    id: str
    target_id: str
    target_name: str
    target_type: ReqTargetType | str
    effect: PolicyEffect | str
    enabled: bool
    permission_type: PermissionType | str


@attrs.define(kw_only=True, slots=False)
class ListApplicationAuth(Model):
    """Request body of ``list_auth_application``."""

    app_id: str
    page: int | None = None
    limit: int | None = None
    target_name: str | None = None
    target_type_list: list[str] | None = None
    effect: PolicyEffect | str | None = enum_field(PolicyEffect, "effect")
    enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListApplicationSubjectData(Model):
    """GenAuth ``ListApplicationSubjectDataDto``."""

    app_id: str
    logo: str
    ext: str
    template: str
    app_type: ListApplicationSubjectDataAppType | str
    effect: PolicyEffect | str


@attrs.define(kw_only=True, slots=False)
class ListApplicationSubjectDataList(Model):
    """GenAuth ``ListApplicationSubjectDataListDto``."""

    list: builtins.list[ListApplicationSubjectData]


@attrs.define(kw_only=True, slots=False)
class ListAuthSubject(Model):
    """Request body of ``list_auth_subject``."""

    target_type: ReqTargetType | str = enum_field(ReqTargetType, "target_type", required=True)
    target_id: str
    app_name: str | None = None
    app_type_list: list[str] | None = None
    effect: list[str] | None = None
    enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class RefreshApplicationSecretData(Model):
    """GenAuth ``RefreshApplicationSecretDataDto``."""

    secret: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class RefreshApplicationSecret(Model):
    """Request body of ``refresh_application_secret``."""

    app_id: str


@attrs.define(kw_only=True, slots=False)
class RevokeApplicationAccess(Model):
    """Request body of ``revoke_application_access``."""

    app_id: str
    list: builtins.list[DeleteApplicationPermissionRecordItem]


@attrs.define(kw_only=True, slots=False)
class TenantApplication(Model):
    """GenAuth ``TenantApplicationDto``."""

    user_pool_id: str
    tenant_app_id: str
    name: str
    logo: str
    application_type: str
    sso_enabled: bool
    app_id: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateApplication(Model):
    """Request body of ``update_application``."""

    app_id: str
    app_name: str | None = None
    template_data: Any = None
    app_identifier: str | None = None
    app_logo: str | None = None
    app_description: str | None = None
    default_protocol: DefaultProtocol | str | None = enum_field(DefaultProtocol, "default_protocol")
    redirect_uris: list[str] | None = None
    logout_redirect_uris: list[str] | None = None
    init_login_uri: str | None = None
    sso_enabled: bool | None = None
    oidc_config: dict[str, Any] | None = None
    saml_provider_enabled: bool | None = None
    saml_config: dict[str, Any] | None = None
    oauth_provider_enabled: bool | None = None
    oauth_config: dict[str, Any] | None = None
    cas_provider_enabled: bool | None = None
    cas_config: dict[str, Any] | None = None
    login_config: UpdateApplicationLoginConfigInput | None = None
    register_config: ApplicationRegisterConfigInput | None = None
    branding_config: ApplicationBrandingConfigInput | None = None
    sso_show_launchpad: bool | None = None
    enable_permission_apply: bool | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateApplicationLoginConfigInput(Model):
    """GenAuth ``UpdateApplicationLoginConfigInputDto``."""

    show_authorization_page: bool
    merge_login_and_register_page: bool | None = None
    enabled_basic_login_methods: list[EnabledBasicLoginMethods | str] | None = enum_list_field(
        EnabledBasicLoginMethods, "enabled_basic_login_methods"
    )
    default_login_method: ApplicationDefaultLoginMethodInput | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateApplicationMfaSettings(Model):
    """Request body of ``update_application_mfa_settings``."""

    app_id: str
    enabled_factors: list[DisableFactors | str] | None = enum_list_field(
        DisableFactors, "enabled_factors"
    )
    disabled_factors: list[DisableFactors | str] | None = enum_list_field(
        DisableFactors, "disabled_factors"
    )


@attrs.define(kw_only=True, slots=False)
class UpdateApplicationPermissionStrategyData(Model):
    """Request body of ``update_application_permission_strategy``."""

    permission_strategy: AppDefaultLoginStrategy | str = enum_field(
        AppDefaultLoginStrategy, "permission_strategy", required=True
    )
    app_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateAsaAccount(Model):
    """Request body of ``update_asa_account``."""

    account_info: Any
    account_id: str
    app_id: str


@attrs.define(kw_only=True, slots=False)
class UpdateAuthEnabled(Model):
    """Request body of ``enabled_auth``."""

    enabled: bool
    id: str


@attrs.define(kw_only=True, slots=False)
class UpdateLoginConfig(Model):
    """GenAuth ``UpdateLoginConfig``."""

    tab_methods_sort_config: dict[str, Any]
    qr_code_sort_config: dict[str, Any]
    sso_page_customization_settings: dict[str, Any]
    password_tab_config: dict[str, Any]
    verify_code_tab_config: dict[str, Any]
    config: LanguageCoinfig
    enable_create_tenant: bool
    create_tenant_scenes: list[str]
    enable_join_tenant: bool
    join_tenant_scenes: list[str]
    enable_verify_domain: bool
    enable_auto_connect_tenant_app: bool
    verify_domain_scenes: list[str]


@attrs.define(kw_only=True, slots=False)
class UpdateLoginConfigDto(Model):
    """Request body of ``update_login_page_config``."""

    update: UpdateLoginConfig


@attrs.define(kw_only=True, slots=False)
class UpdateTenantAppqrcodeState(Model):
    """Request body of ``update_tenant_qr_code_state``."""

    enabled: bool


@attrs.define(kw_only=True, slots=False)
class UpdateUserPoolTenantLoginConfig(Model):
    """Request body of ``update_user_pool_tenant_config``."""

    update: UpdateLoginConfig


@attrs.define(kw_only=True, slots=False)
class UserPoolTenantConfig(Model):
    """GenAuth ``UserPoolTenantConfigDto``."""

    user_pool_id: str
    is_user_pool_as_tenant: bool
    enable_switch_type: EnableSwitchType | str
    css: str
    css_enabled: bool
    custom_loading: str
    enable_guard_version_switch: bool
    guard_version: str
    loading_background: str
    enable_create_tenant: bool
    create_tenant_scenes: list[str]
    enable_join_tenant: bool
    join_tenant_scenes: list[str]
    enable_verify_domain: bool
    verify_domain_scenes: list[str]
    sso_page_customization_settings: dict[str, Any]
    enable_multiple_tenant_portal: bool
    login_config: ApplicationLoginConfig


ApplicationPaginatedData = Page[Application]


ApplicationSimpleInfoPaginatedData = Page[ApplicationSimpleInfo]


AsaAccountPaginatedData = Page[AsaAccount]


GetAsaAccountAssignedTargetData = Page[AsaAccountTarget]


ListApplicationAuthPaginatedData = Page[ListApplicationAuthData]


TenantApplicationListPaging = Page[TenantApplication]
