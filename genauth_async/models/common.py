"""Models several API modules share.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field, redacted

__all__ = [
    "AppDefaultLoginStrategy",
    "Application",
    "ApplicationAgreement",
    "ApplicationAppType",
    "ApplicationBrandingConfig",
    "ApplicationDefaultLoginMethod",
    "ApplicationEnabledExtIdpConn",
    "ApplicationLoginConfig",
    "ApplicationMfa",
    "ApplicationRegisterConfig",
    "AsaAccountTargetTargetType",
    "AuthorizedResource",
    "AuthorizedResourcePaging",
    "ConnectionType",
    "CreatePost",
    "CustomFieldI18n",
    "DefaultProtocol",
    "DefaultRegisterMethod",
    "DepartmentI18n",
    "DepartmentIdType",
    "DepartmentSortField",
    "DepartmentSortOrder",
    "DisableFactors",
    "DisplayAt",
    "EmailTemplate",
    "EmailTemplateType",
    "EnabledBasicLoginMethods",
    "EnabledBasicRegisterMethods",
    "ExtIdpConnType",
    "FilterOperator",
    "FuzzySearchField",
    "Gender",
    "Group",
    "GroupPaging",
    "GuardVersion",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "Lang",
    "LangObject",
    "LangUnit",
    "MFASettings",
    "MfaTriggerData",
    "Pagination",
    "PasswordEncryptType",
    "PolicyCondition",
    "PolicyConditionOperator",
    "PolicyConditionParam",
    "PolicyEffect",
    "QrcodeType",
    "ResGroup",
    "ResignUserBatchReq",
    "ResignUserData",
    "ResourceType",
    "Role",
    "RolePaging",
    "SendCreateAccountNotification",
    "SendResetPasswordNotification",
    "SetUserDepartment",
    "SetUserDepartments",
    "SetUserDepartmentsOptions",
    "SortField",
    "SortOrder",
    "Sorting",
    "TplEngine",
    "UpdateEmailTemplate",
    "User",
    "UserConnectionPost",
    "UserDepartmentPaging",
    "UserDepartmentResp",
    "UserIdType",
    "UserPaging",
    "UserSourceType",
    "UserStatus",
    "UserSyncRelation",
    "WorkStatus",
]


class AppDefaultLoginStrategy(StrEnum):
    """Default login access policy of an application."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


class ApplicationAppType(StrEnum):
    """Allowed values of application app type."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"


class AsaAccountTargetTargetType(StrEnum):
    """Allowed values of asa account target target type."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


class ConnectionType(StrEnum):
    """Allowed values of connection type."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


class DefaultProtocol(StrEnum):
    """Allowed values of default protocol."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


class DefaultRegisterMethod(StrEnum):
    """Allowed values of default register method."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"


class DepartmentIdType(StrEnum):
    """How department ids are given."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class DepartmentSortField(StrEnum):
    """Sort key of ``get_user_departments``."""

    DEPARTMENT_CREATED_AT = "DepartmentCreatedAt"
    JOIN_DEPARTMENT_AT = "JoinDepartmentAt"
    DEPARTMENT_NAME = "DepartmentName"
    DEPARTMENT_CODE = "DepartmemtCode"  # sic: GenAuth misspells this value


class DepartmentSortOrder(StrEnum):
    """Sort direction."""

    ASC = "Asc"
    DESC = "Desc"


class DisableFactors(StrEnum):
    """Allowed values of disable factors."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


class DisplayAt(StrEnum):
    """Allowed values of display at."""

    LOGIN_PAGE = "LoginPage"
    REGISTER_PAGE = "RegisterPage"


class EmailTemplateType(StrEnum):
    """Allowed values of email template type."""

    WELCOME_EMAIL = "WELCOME_EMAIL"
    FIRST_CREATED_USER = "FIRST_CREATED_USER"
    REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE"
    LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE"
    MFA_VERIFY_CODE = "MFA_VERIFY_CODE"
    INFORMATION_COMPLETION_VERIFY_CODE = "INFORMATION_COMPLETION_VERIFY_CODE"
    FIRST_EMAIL_LOGIN_VERIFY = "FIRST_EMAIL_LOGIN_VERIFY"
    CONSOLE_CONDUCTED_VERIFY = "CONSOLE_CONDUCTED_VERIFY"
    USER_PASSWORD_UPDATE_REMIND = "USER_PASSWORD_UPDATE_REMIND"
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION = "ADMIN_RESET_USER_PASSWORD_NOTIFICATION"
    USER_PASSWORD_RESET_NOTIFICATION = "USER_PASSWORD_RESET_NOTIFICATION"
    RESET_PASSWORD_VERIFY_CODE = "RESET_PASSWORD_VERIFY_CODE"
    SELF_UNLOCKING_VERIFY_CODE = "SELF_UNLOCKING_VERIFY_CODE"
    EMAIL_BIND_VERIFY_CODE = "EMAIL_BIND_VERIFY_CODE"
    EMAIL_UNBIND_VERIFY_CODE = "EMAIL_UNBIND_VERIFY_CODE"


class EnabledBasicLoginMethods(StrEnum):
    """Allowed values of enabled basic login methods."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


class EnabledBasicRegisterMethods(StrEnum):
    """Allowed values of enabled basic register methods."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"


class ExtIdpConnType(StrEnum):
    """Allowed values of ext idp conn type."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    ALIPAY = "alipay"
    FACEBOOK = "facebook"
    FACEBOOK_MOBILE = "facebook:mobile"
    TWITTER = "twitter"
    GOOGLE_MOBILE = "google:mobile"
    GOOGLE = "google"
    WECHAT_PC = "wechat:pc"
    WECHAT_MOBILE = "wechat:mobile"
    WECHAT_WEBPAGE_AUTHORIZATION = "wechat:webpage-authorization"
    WECHATMP_QRCODE = "wechatmp-qrcode"
    WECHAT_MINIPROGRAM_DEFAULT = "wechat:miniprogram:default"
    WECHAT_MINIPROGRAM_QRCONNECT = "wechat:miniprogram:qrconnect"
    WECHAT_MINIPROGRAM_APP_LAUNCH = "wechat:miniprogram:app-launch"
    GITHUB = "github"
    GITHUB_MOBILE = "github:mobile"
    QQ = "qq"
    QQ_MOBILE = "qq:mobile"
    WECHATWORK_CORP_QRCONNECT = "wechatwork:corp:qrconnect"
    WECHATWORK_AGENCY_QRCONNECT = "wechatwork:agency:qrconnect"
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT = "wechatwork:service-provider:qrconnect"
    WECHATWORK_MOBILE = "wechatwork:mobile"
    WECHATWORK_AGENCY_MOBILE = "wechatwork:agency:mobile"
    DINGTALK = "dingtalk"
    DINGTALK_MOBILE = "dingtalk:mobile"
    DINGTALK_PROVIDER = "dingtalk:provider"
    WEIBO = "weibo"
    WEIBO_MOBILE = "weibo:mobile"
    APPLE = "apple"
    APPLE_WEB = "apple:web"
    BAIDU = "baidu"
    BAIDU_MOBILE = "baidu:mobile"
    LARK_INTERNAL = "lark-internal"
    LARK_PUBLIC = "lark-public"
    LARK_BLOCK = "lark-block"
    GITLAB = "gitlab"
    GITLAB_MOBILE = "gitlab:mobile"
    LINKEDIN = "linkedin"
    LINKEDIN_MOBILE = "linkedin:mobile"
    SLACK = "slack"
    SLACK_MOBILE = "slack:mobile"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    GITEE_MOBILE = "gitee:mobile"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    AD_KERBEROS = "ad-kerberos"
    HUAWEI = "huawei"
    HUAWEI_MOBILE = "huawei:mobile"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    XIAOMI_MOBILE = "xiaomi:mobile"
    AWS = "aws"
    AMAZON = "amazon"
    AMAZON_MOBILE = "amazon:mobile"
    DOUYIN_MOBILE = "douyin:mobile"
    DOUYIN_MINIPROGRAM_DEFAULT = "douyin:miniprogram:default"
    KUAISHOU_MOBILE = "kuaishou:mobile"
    LINE_MOBILE = "line:mobile"
    OPPO_MOBILE = "oppo:mobile"
    WECHATWORK_QRCONNECT_OF_GENAUTH_AGENCY = "wechatwork:qrconnect:of:genauth:agency"
    SDBZ = "sdbz"
    ZJZWFW_QRCODE = "zjzwfw-qrcode"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = "wechatwork:qrconnect:of:authing:agency"


class FilterOperator(StrEnum):
    """Operator of an advanced user-list filter."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


class FuzzySearchField(StrEnum):
    """User field a ``list_users`` keyword search may match."""

    ID = "id"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    USERNAME = "username"
    EXTERNAL_ID = "externalId"
    NICKNAME = "nickname"
    COMPANY = "company"
    GIVEN_NAME = "givenName"
    FAMILY_NAME = "familyName"
    MIDDLE_NAME = "middleName"
    PROFILE = " profile"  # sic: the wire value has a leading space
    PREFERRED_USERNAME = "preferredUsername"
    WEBSITE = "website"
    ADDRESS = "address"
    FORMATTED = "formatted"
    STREET_ADDRESS = "streetAddress"
    POSTAL_CODE = "postalCode"
    IDENTITY_NUMBER = "identityNumber"
    PROFILE_ = "profile"


class Gender(StrEnum):
    """Gender of a user."""

    M = "M"  # male
    F = "F"  # female
    U = "U"  # unknown


class GuardVersion(StrEnum):
    """Allowed values of guard version."""

    ADVANCED = "Advanced"
    CLASSICAL = "Classical"


class IdentityProvider(StrEnum):
    """External identity provider of an identity."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"
    ZJZWFW = "zjzwfw"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


class Lang(StrEnum):
    """Allowed values of lang."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


class PasswordEncryptType(StrEnum):
    """How the given password is encrypted."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


class PolicyConditionOperator(StrEnum):
    """Comparison of a permission condition."""

    BOOL = "Bool"
    DATE_EQUALS = "DateEquals"
    DATE_NOT_EQUALS = "DateNotEquals"
    DATE_LESS_THAN = "DateLessThan"
    DATE_LESS_THAN_EQUALS = "DateLessThanEquals"
    DATE_GREATER_THAN = "DateGreaterThan"
    DATE_GREATER_THAN_EQUALS = "DateGreaterThanEquals"
    IP_ADDRESS = "IpAddress"
    NOT_IP_ADDRESS = "NotIpAddress"
    NUMERIC_EQUALS = "NumericEquals"
    NUMERIC_NOT_EQUALS = "NumericNotEquals"
    NUMERIC_LESS_THAN = "NumericLessThan"
    NUMERIC_LESS_THAN_EQUALS = "NumericLessThanEquals"
    NUMERIC_GREATER_THAN = "NumericGreaterThan"
    NUMERIC_GREATER_THAN_EQUALS = "NumericGreaterThanEquals"
    STRING_EQUALS = "StringEquals"
    STRING_NOT_EQUALS = "StringNotEquals"
    STRING_EQUALS_IGNORE_CASE = "StringEqualsIgnoreCase"
    STRING_NOT_EQUALS_IGNORE_CASE = "StringNotEqualsIgnoreCase"
    STRING_LIKE = "StringLike"
    STRING_NOT_LIKE = "StringNotLike"
    LIST_CONTAINS = "ListContains"


class PolicyConditionParam(StrEnum):
    """Request attribute tested by a permission condition."""

    USER_POOL_ID = "UserPoolId"
    APP_ID = "AppId"
    REQUEST_FROM = "RequestFrom"
    USER_ID = "UserId"
    USER_ARN = "UserArn"
    CURRENT_TIME = "CurrentTime"
    EPOCH_TIME = "EpochTime"
    SOURCE_IP = "SourceIp"
    USER = "User"
    MULTI_FACTOR_AUTH_PRESENT = "MultiFactorAuthPresent"
    MULTI_FACTOR_AUTH_AGE = "MultiFactorAuthAge"
    USER_AGENT = "UserAgent"
    REFERER = "Referer"
    DEVICE = "Device"
    OS = "OS"
    COUNTRY = "Country"
    PROVINCE = "Province"
    CITY = "City"
    DEVICE_CHANGED = "DeviceChanged"
    DEVICE_UNTRUSTED = "DeviceUntrusted"
    PROXY_UNTRUSTED = "ProxyUntrusted"
    LOGGED_IN_APPS = "LoggedInApps"
    NAMESPACE = "Namespace"


class PolicyEffect(StrEnum):
    """Effect of a permission."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class QrcodeType(StrEnum):
    """Allowed values of qrcode type."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"


class ResourceType(StrEnum):
    """Kind of an authorized resource."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class SortField(StrEnum):
    """User field to sort on."""

    ID = "id"
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"
    EMAIL = "email"
    USERNAME = "username"
    EXTERNAL_ID = "externalId"
    PHONE = "phone"
    STATUS = "status"
    STATUS_CHANGED_AT = "statusChangedAt"
    PASSWORD_LAST_SET_AT = "passwordLastSetAt"
    LOGINS_COUNT = "loginsCount"
    GENDER = "gender"
    LAST_LOGIN = "lastLogin"
    USER_SOURCE_TYPE = "userSourceType"
    LAST_MFA_TIME = "lastMfaTime"
    PASSWORD_SECURITY_LEVEL = "passwordSecurityLevel"
    PHONE_COUNTRY_CODE = "phoneCountryCode"
    LAST_IP = "lastIp"


class SortOrder(StrEnum):
    """Sort direction."""

    DESC = "desc"
    ASC = "asc"


class TplEngine(StrEnum):
    """Allowed values of tpl engine."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class UserIdType(StrEnum):
    """How ``user_id`` identifies a user."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class UserSourceType(StrEnum):
    """How a user account came to exist."""

    EXCEL = "excel"
    REGISTER = "register"
    ADMIN_CREATED = "adminCreated"
    SYNC = "sync"


class UserStatus(StrEnum):
    """Account status of a user."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


class WorkStatus(StrEnum):
    """Employment status."""

    CLOSED = "Closed"
    ACTIVE = "Active"


@attrs.define(kw_only=True, slots=False)
class ApplicationAgreement(Model):
    """GenAuth ``ApplicationAgreementDto``."""

    display_at: list[DisplayAt | str]
    is_required: bool
    lang: Lang | str
    content: str


@attrs.define(kw_only=True, slots=False)
class ApplicationBrandingConfig(Model):
    """GenAuth ``ApplicationBrandingConfig``."""

    custom_css_enabled: bool = attrs.field(metadata={"wire": "customCSSEnabled"})
    guard_version: GuardVersion | str
    show_change_language_button: bool
    default_language: Lang | str
    show_forget_password_button: bool = attrs.field(repr=redacted)
    show_enterprise_connections: bool
    show_social_connections: bool
    show_agreement: bool
    agreements: list[ApplicationAgreement]
    custom_css: str | None = attrs.field(default=None, metadata={"wire": "customCSS"})
    custom_loading_image: str | None = None
    custom_background: str | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationDefaultLoginMethod(Model):
    """GenAuth ``ApplicationDefaultLoginMethod``."""

    connection_type: ConnectionType | str
    qrcode_type: QrcodeType | str
    qrcode_ext_idp_conn_id: str
    ad_ext_idp_conn_id: str
    ldap_ext_idp_conn_id: str


@attrs.define(kw_only=True, slots=False)
class Application(Model):
    """GenAuth ``ApplicationDto``."""

    app_id: str
    app_identifier: str
    app_name: str
    app_logo: str
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
    app_type: ApplicationAppType | str | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationEnabledExtIdpConn(Model):
    """GenAuth ``ApplicationEnabledExtIdpConnDto``."""

    is_social: bool
    ext_idp_id: str
    ext_idp_type: IdentityProvider | str
    ext_idp_conn_id: str
    ext_idp_conn_type: ExtIdpConnType | str
    ext_idp_conn_identifier: str
    ext_idp_conn_display_name: str
    ext_idp_conn_logo: str
    enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ApplicationLoginConfig(Model):
    """GenAuth ``ApplicationLoginConfigDto``."""

    merge_login_and_register_page: bool
    enabled_basic_login_methods: list[EnabledBasicLoginMethods | str]
    default_login_method: ApplicationDefaultLoginMethod
    enabled_ext_idp_conns: list[ApplicationEnabledExtIdpConn]
    show_authorization_page: bool


@attrs.define(kw_only=True, slots=False)
class ApplicationMfa(Model):
    """MFA policy of one application."""

    mfa_policy: str
    status: int
    sort: int


@attrs.define(kw_only=True, slots=False)
class ApplicationRegisterConfig(Model):
    """GenAuth ``ApplicationRegisterConfig``."""

    enabled_basic_register_methods: list[EnabledBasicRegisterMethods | str]
    default_register_method: DefaultRegisterMethod | str


@attrs.define(kw_only=True, slots=False)
class AuthorizedResource(Model):
    """A resource a user is authorized for, with its actions."""

    resource_code: str
    resource_type: ResourceType | str
    api_identifier: str
    actions: list[str]
    effect: PolicyEffect | str
    description: str | None = None
    condition: list[PolicyCondition] | None = None


@attrs.define(kw_only=True, slots=False)
class CreatePost(Model):
    """GenAuth ``CreatePostDto``."""

    code: str
    name: str
    description: str | None = None
    department_id_list: str | None = None


@attrs.define(kw_only=True, slots=False)
class CustomFieldI18n(Model):
    """GenAuth ``CustomFieldI18n``."""

    label: LangObject


@attrs.define(kw_only=True, slots=False)
class DepartmentI18n(Model):
    """Translations of a department's name."""

    name: LangObject


@attrs.define(kw_only=True, slots=False)
class EmailTemplate(Model):
    """GenAuth ``EmailTemplateDto``."""

    customize_enabled: bool
    type: EmailTemplateType | str
    name: str
    subject: str
    sender: str
    content: str
    expires_in: int | None = None
    redirect_to: str | None = None
    tpl_engine: TplEngine | str | None = None


@attrs.define(kw_only=True, slots=False)
class MfaTriggerData(Model):
    """A user's MFA trigger data: MFA token, contacts and per-app policies."""

    mfa_token: str = attrs.field(repr=redacted)
    application_mfa: list[ApplicationMfa]
    mfa_phone: str | None = None
    mfa_phone_country_code: str | None = None
    mfa_email: str | None = None
    nickname: str | None = None
    username: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    face_mfa_enabled: bool | None = None
    totp_mfa_enabled: bool | None = None


@attrs.define(kw_only=True, slots=False)
class Group(Model):
    """GenAuth ``GroupDto``."""

    id: str
    code: str
    name: str
    description: str
    type: str
    metadata_source: list[str]
    members: list[User]


@attrs.define(kw_only=True, slots=False)
class Identity(Model):
    """An external identity of a user."""

    identity_id: str
    ext_idp_id: str
    provider: IdentityProvider | str
    type: str
    user_id_in_idp: str
    user_info_in_idp: Any
    origin_conn_ids: list[str]
    access_token: str | None = attrs.field(default=None, repr=redacted)
    refresh_token: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class IsSuccess(Model):
    """Outcome of an operation."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class LangObject(Model):
    """One text in each supported language."""

    zh_cn: LangUnit = attrs.field(metadata={"wire": "zh-CN"})
    en_us: LangUnit = attrs.field(metadata={"wire": "en-US"})
    zh_tw: LangUnit = attrs.field(metadata={"wire": "zh-TW"})
    ja_jp: LangUnit = attrs.field(metadata={"wire": "ja-JP"})


@attrs.define(kw_only=True, slots=False)
class LangUnit(Model):
    """A text in one language, and whether it is used."""

    enabled: bool
    value: str


@attrs.define(kw_only=True, slots=False)
class MFASettings(Model):
    """Request body of ``update_global_mfa_settings``."""

    enabled_factors: list[DisableFactors | str]


@attrs.define(kw_only=True, slots=False)
class Pagination(Model):
    """Page number and size."""

    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True, slots=False)
class PolicyCondition(Model):
    """A condition of a permission."""

    param: PolicyConditionParam | str
    operator: PolicyConditionOperator | str
    value: str


@attrs.define(kw_only=True, slots=False)
class ResGroup(Model):
    """A group a user belongs to."""

    id: str
    code: str
    name: str
    description: str
    type: str
    metadata_source: list[str]
    members: list[User]


@attrs.define(kw_only=True, slots=False)
class ResignUserBatchReq(Model):
    """GenAuth ``ResignUserBatchReqDto``."""

    user_ids: list[str]
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class ResignUserData(Model):
    """Outcome of ``resign_user`` and ``resign_user_batch``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class Role(Model):
    """A role."""

    id: str
    code: str
    name: str
    description: str
    namespace: str
    namespace_name: str
    status: str | None = None
    disable_time: int | None = None
    enable_permission_apply: bool | None = None


@attrs.define(kw_only=True, slots=False)
class SendCreateAccountNotification(Model):
    """Notifications to send for a new account."""

    send_email_notification: bool | None = None
    send_phone_notification: bool | None = None
    app_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SendResetPasswordNotification(Model):
    """Notifications to send for a password reset."""

    send_default_email_notification: bool | None = None
    send_default_phone_notification: bool | None = None
    input_send_email_notification: str | None = None
    input_send_phone_notification: str | None = None
    app_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SetUserDepartment(Model):
    """One department of ``set_user_departments``."""

    department_id: str
    is_leader: bool | None = None
    is_main_department: bool | None = None


@attrs.define(kw_only=True, slots=False)
class SetUserDepartments(Model):
    """GenAuth ``SetUserDepartmentsDto``."""

    user_id: str
    departments: list[SetUserDepartment]
    options: SetUserDepartmentsOptions | None = None


@attrs.define(kw_only=True, slots=False)
class SetUserDepartmentsOptions(Model):
    """Options of ``set_user_departments``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class Sorting(Model):
    """One sort key of ``list_users``."""

    field: SortField | str = enum_field(SortField, "field", required=True)
    order: SortOrder | str = enum_field(SortOrder, "order", required=True)


@attrs.define(kw_only=True, slots=False)
class UpdateEmailTemplate(Model):
    """GenAuth ``UpdateEmailTemplateDto``."""

    type: EmailTemplateType | str = enum_field(EmailTemplateType, "type", required=True)
    customize_enabled: bool
    name: str
    subject: str
    sender: str
    content: str
    expires_in: int | None = None
    redirect_to: str | None = None
    tpl_engine: TplEngine | str | None = enum_field(TplEngine, "tpl_engine")


@attrs.define(kw_only=True, slots=False)
class UserConnectionPost(Model):
    """GenAuth ``UserConnectionPostDto``."""

    post_id: str
    user_id: str


@attrs.define(kw_only=True, slots=False)
class UserDepartmentResp(Model):
    """A department of a user."""

    organization_code: str
    department_id: str
    is_root: bool
    created_at: datetime.datetime
    name: str
    description: str
    is_leader: bool
    code: str
    is_main_department: bool
    joined_at: datetime.datetime
    is_virtual_node: bool
    open_department_id: str | None = None
    i18n: DepartmentI18n | None = None
    custom_data: Any = None
    department_id_path: list[str] | None = None
    department_code_path: list[str] | None = None
    department_name_path: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class User(Model):
    """A user."""

    user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: UserStatus | str
    work_status: WorkStatus | str
    gender: Gender | str
    email_verified: bool
    phone_verified: bool
    user_source_type: UserSourceType | str
    external_id: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    logins_count: int | None = None
    last_login: str | None = None
    last_ip: str | None = None
    password_last_set_at: datetime.datetime | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    company: str | None = None
    browser: str | None = None
    device: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    profile: str | None = None
    preferred_username: str | None = None
    website: str | None = None
    zoneinfo: str | None = None
    locale: str | None = None
    formatted: str | None = None
    region: str | None = None
    user_source_id: str | None = None
    last_login_app: str | None = None
    main_department_id: str | None = None
    last_mfa_time: str | None = None
    password_security_level: int | None = None
    reset_password_on_next_login: bool | None = attrs.field(default=None, repr=redacted)
    register_source: list[str] | None = None
    department_ids: list[str] | None = None
    identities: list[Identity] | None = None
    identity_number: str | None = None
    custom_data: Any = None
    metadata_source: Any = None
    post_id_list: list[str] | None = None
    status_changed_at: datetime.datetime | None = None
    tenant_id: str | None = None
    signed_up: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserSyncRelation(Model):
    """A user's link to an account in a synchronized directory."""

    provider: str
    user_id_in_idp: str
    user_info_in_idp: dict[str, Any]


AuthorizedResourcePaging = Page[AuthorizedResource]


GroupPaging = Page[ResGroup]


RolePaging = Page[Role]


UserDepartmentPaging = Page[UserDepartmentResp]


UserPaging = Page[User]
