"""Models of the GenAuth *users* API module (User Management).

Request models validate their enum fields when built; response models keep an enum value
GenAuth adds later as a plain string. Paginated payloads are ``Page[...]`` aliases.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Page, StrEnum, enum_field, enum_list_field

__all__ = [
    "App",
    "AppDefaultLoginStrategy",
    "ApplicationMfa",
    "ArchivedUsersListPaging",
    "AuthorizedResource",
    "AuthorizedResourcePaging",
    "CheckSessionStatus",
    "CheckSessionStatusData",
    "CreateIdentity",
    "CreateUserBatchReq",
    "CreateUserInfo",
    "CreateUserOptions",
    "CreateUserOtp",
    "CreateUserReq",
    "DeleteUserSyncRelationReq",
    "DeleteUsersBatch",
    "DeleteUsersBatchOptions",
    "DepartmentI18n",
    "DepartmentIdType",
    "DepartmentSortField",
    "DepartmentSortOrder",
    "FilterOperator",
    "FuzzySearchField",
    "Gender",
    "GetUserPasswordCiphertext",
    "GetUserPasswordCiphertextData",
    "GroupPaging",
    "HasAnyRole",
    "HasAnyRoleOptions",
    "HasAnyRoleReq",
    "HasRoleRoles",
    "Identity",
    "IdentityProvider",
    "ImportOtpItem",
    "ImportOtpItemData",
    "ImportOtpReq",
    "IsSuccess",
    "IsUserExists",
    "IsUserExistsReq",
    "KickUsers",
    "KickUsersOptions",
    "LangObject",
    "LangUnit",
    "LinkIdentity",
    "LinkIdentityData",
    "ListArchivedUsersResp",
    "ListUsersAdvancedFilterItem",
    "ListUsersOptions",
    "ListUsersRequest",
    "MfaTriggerData",
    "OtpSecretResp",
    "Pagination",
    "PasswordEncryptType",
    "PolicyCondition",
    "PolicyConditionOperator",
    "PolicyConditionParam",
    "PolicyEffect",
    "PrincipalAuthenticationInfo",
    "PrincipalAuthenticationInfoPaging",
    "PrincipalType",
    "ResGroup",
    "ResetUserPrincipalAuthenticationInfo",
    "ResetUserPrincipalAuthenticationInfoOptions",
    "ResignUserBatchReq",
    "ResignUserData",
    "ResignUserReq",
    "ResourceType",
    "Role",
    "RolePaging",
    "SendCreateAccountNotification",
    "SendResetPasswordNotification",
    "SetMfaStatus",
    "SetUserDepartment",
    "SetUserDepartments",
    "SetUserDepartmentsOptions",
    "SortField",
    "SortOrder",
    "Sorting",
    "UnlinkIdentity",
    "UnlinkIdentityData",
    "UpdateUserBatchOptions",
    "UpdateUserBatchReq",
    "UpdateUserInfo",
    "UpdateUserOptions",
    "UpdateUserReq",
    "User",
    "UserDepartmentPaging",
    "UserDepartmentResp",
    "UserFieldDecryptReq",
    "UserFieldDecryptReqItem",
    "UserFieldDecryptRespItem",
    "UserIdType",
    "UserLoggedInApps",
    "UserLoggedInIdentities",
    "UserLoginHistory",
    "UserLoginHistoryPaging",
    "UserMfaResp",
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
    """Sort direction of ``get_user_departments``."""

    ASC = "Asc"
    DESC = "Desc"


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


class Gender(StrEnum):
    """Gender of a user."""

    M = "M"  # male
    F = "F"  # female
    U = "U"  # unknown


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


class PrincipalType(StrEnum):
    """Kind of real-name authentication principal."""

    P = "P"  # individual
    E = "E"  # enterprise


class ResourceType(StrEnum):
    """Kind of an authorized resource."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class SortField(StrEnum):
    """User field ``list_users`` can sort on."""

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
    """Sort direction of ``list_users``."""

    DESC = "desc"
    ASC = "asc"


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


@attrs.define(kw_only=True)
class ListUsersAdvancedFilterItem:
    """One advanced filter of ``list_users``."""

    field: str
    operator: FilterOperator | str = enum_field(FilterOperator, "operator", required=True)
    value: Any | None = None


@attrs.define(kw_only=True)
class Pagination:
    """Page number and size."""

    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True)
class Sorting:
    """One sort key of ``list_users``."""

    field: SortField | str = enum_field(SortField, "field", required=True)
    order: SortOrder | str = enum_field(SortOrder, "order", required=True)


@attrs.define(kw_only=True)
class ListUsersOptions:
    """Options of ``list_users``."""

    pagination: Pagination | None = None
    sort: list[Sorting] | None = None
    fuzzy_search_on: list[FuzzySearchField | str] | None = enum_list_field(
        FuzzySearchField, "fuzzy_search_on"
    )
    with_custom_data: bool | None = None
    with_post: bool | None = None
    with_identities: bool | None = None
    with_department_ids: bool | None = None
    flat_custom_data: bool | None = None


@attrs.define(kw_only=True)
class ListUsersRequest:
    """Request body of ``list_users``."""

    keywords: str | None = None
    advanced_filter: list[ListUsersAdvancedFilterItem] | None = None
    search_query: Any | None = None
    options: ListUsersOptions | None = None


@attrs.define(kw_only=True)
class UserFieldDecryptReqItem:
    """One encrypted field value to decrypt."""

    encrypted_content: str
    user_id: str | None = None
    field_name: str | None = None


@attrs.define(kw_only=True)
class UserFieldDecryptReq:
    """Request body of ``user_field_decrypt``."""

    data: list[UserFieldDecryptReqItem]
    private_key: str


@attrs.define(kw_only=True)
class CreateUserOtp:
    """OTP secret to bind to a new user."""

    secret: str
    recovery_code: str | None = None


@attrs.define(kw_only=True)
class CreateIdentity:
    """An external identity attached to a user being created."""

    ext_idp_id: str
    provider: IdentityProvider | str = enum_field(IdentityProvider, "provider", required=True)
    type: str
    user_id_in_idp: str
    user_info_in_idp: Any
    origin_conn_ids: list[str]
    access_token: str | None = None
    refresh_token: str | None = None


@attrs.define(kw_only=True)
class SendCreateAccountNotification:
    """Notifications to send for a new account."""

    send_email_notification: bool | None = None
    send_phone_notification: bool | None = None
    app_id: str | None = None


@attrs.define(kw_only=True)
class CreateUserOptions:
    """Options of ``create_user`` and ``create_users_batch``."""

    keep_password: bool | None = None
    auto_generate_password: bool | None = None
    reset_password_on_first_login: bool | None = None
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    send_notification: SendCreateAccountNotification | None = None
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True)
class CreateUserReq:
    """Request body of ``create_user``."""

    status: UserStatus | str | None = enum_field(UserStatus, "status")
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    external_id: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    email_verified: bool | None = None
    phone_verified: bool | None = None
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
    password: str | None = None
    salt: str | None = None
    tenant_ids: list[str] | None = None
    otp: CreateUserOtp | None = None
    department_ids: list[str] | None = None
    custom_data: Any | None = None
    metadata_source: Any | None = None
    identities: list[CreateIdentity] | None = None
    identity_number: str | None = None
    options: CreateUserOptions | None = None


@attrs.define(kw_only=True)
class CreateUserInfo:
    """One user of ``create_users_batch``."""

    status: UserStatus | str | None = enum_field(UserStatus, "status")
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    external_id: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    email_verified: bool | None = None
    phone_verified: bool | None = None
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
    password: str | None = None
    salt: str | None = None
    tenant_ids: list[str] | None = None
    otp: CreateUserOtp | None = None
    department_ids: list[str] | None = None
    custom_data: Any | None = None
    metadata_source: Any | None = None
    identities: list[CreateIdentity] | None = None
    identity_number: str | None = None


@attrs.define(kw_only=True)
class CreateUserBatchReq:
    """Request body of ``create_users_batch``."""

    list: builtins.list[CreateUserInfo]
    options: CreateUserOptions | None = None


@attrs.define(kw_only=True)
class SendResetPasswordNotification:
    """Notifications to send for a password reset."""

    send_default_email_notification: bool | None = None
    send_default_phone_notification: bool | None = None
    input_send_email_notification: str | None = None
    input_send_phone_notification: str | None = None
    app_id: str | None = None


@attrs.define(kw_only=True)
class UpdateUserOptions:
    """Options of ``update_user``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")
    reset_password_on_first_login: bool | None = None
    reset_password_on_next_login: bool | None = None
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )
    auto_generate_password: bool | None = None
    send_password_reseted_notification: SendResetPasswordNotification | None = None


@attrs.define(kw_only=True)
class UpdateUserReq:
    """Request body of ``update_user``."""

    user_id: str
    phone_country_code: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    external_id: str | None = None
    status: UserStatus | str | None = enum_field(UserStatus, "status")
    email_verified: bool | None = None
    phone_verified: bool | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    username: str | None = None
    email: str | None = None
    phone: str | None = None
    password: str | None = None
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
    identity_number: str | None = None
    custom_data: Any | None = None
    metadata: Any | None = None
    options: UpdateUserOptions | None = None


@attrs.define(kw_only=True)
class UpdateUserInfo:
    """One user of ``update_user_batch``."""

    user_id: str
    phone_country_code: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    external_id: str | None = None
    status: UserStatus | str | None = enum_field(UserStatus, "status")
    email_verified: bool | None = None
    phone_verified: bool | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    username: str | None = None
    email: str | None = None
    phone: str | None = None
    password: str | None = None
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
    identity_number: str | None = None
    custom_data: Any | None = None
    metadata: Any | None = None


@attrs.define(kw_only=True)
class UpdateUserBatchOptions:
    """Options of ``update_user_batch``."""

    reset_password_on_next_login: bool | None = None
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )
    auto_generate_password: bool | None = None
    send_password_reseted_notification: SendResetPasswordNotification | None = None


@attrs.define(kw_only=True)
class UpdateUserBatchReq:
    """Request body of ``update_user_batch``."""

    list: builtins.list[UpdateUserInfo]
    options: UpdateUserBatchOptions | None = None


@attrs.define(kw_only=True)
class DeleteUsersBatchOptions:
    """Options of ``delete_users_batch``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class DeleteUsersBatch:
    """Request body of ``delete_users_batch``."""

    user_ids: list[str]
    options: DeleteUsersBatchOptions | None = None


@attrs.define(kw_only=True)
class ResetUserPrincipalAuthenticationInfoOptions:
    """Options of ``reset_user_principal_authentication_info``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class ResetUserPrincipalAuthenticationInfo:
    """Request body of ``reset_user_principal_authentication_info``."""

    user_id: str
    options: ResetUserPrincipalAuthenticationInfoOptions | None = None


@attrs.define(kw_only=True)
class KickUsersOptions:
    """Options of ``kick_users``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class KickUsers:
    """Request body of ``kick_users``."""

    app_ids: list[str]
    user_id: str
    options: KickUsersOptions | None = None


@attrs.define(kw_only=True)
class IsUserExistsReq:
    """Request body of ``is_user_exists``."""

    username: str | None = None
    email: str | None = None
    phone: str | None = None
    external_id: str | None = None


@attrs.define(kw_only=True)
class HasRoleRoles:
    """A role to check, by code and optional namespace."""

    code: str
    namespace: str | None = None


@attrs.define(kw_only=True)
class HasAnyRoleOptions:
    """Options of ``has_any_role``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class HasAnyRoleReq:
    """Request body of ``has_any_role``."""

    roles: list[HasRoleRoles]
    user_id: str
    options: HasAnyRoleOptions | None = None


@attrs.define(kw_only=True)
class ResignUserReq:
    """Request body of ``resign_user``."""

    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class ResignUserBatchReq:
    """Request body of ``resign_user_batch``."""

    user_ids: list[str]
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class CheckSessionStatus:
    """Request body of ``check_session_status``."""

    app_id: str
    user_id: str


@attrs.define(kw_only=True)
class ImportOtpItemData:
    """OTP secret and recovery code to import."""

    secret: str
    recovery_code: str | None = None


@attrs.define(kw_only=True)
class ImportOtpItem:
    """One user's OTP to import."""

    user_id: str
    otp: ImportOtpItemData


@attrs.define(kw_only=True)
class ImportOtpReq:
    """Request body of ``import_otp``."""

    list: builtins.list[ImportOtpItem]


@attrs.define(kw_only=True)
class GetUserPasswordCiphertext:
    """Request body of ``get_user_password_ciphertext``."""

    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class LinkIdentity:
    """Request body of ``link_identity``."""

    user_id_in_idp: str
    user_id: str
    ext_idp_id: str
    type: str | None = None
    is_social: bool | None = None


@attrs.define(kw_only=True)
class UnlinkIdentity:
    """Request body of ``unlink_identity``."""

    user_id: str
    ext_idp_id: str
    type: str | None = None
    is_social: bool | None = None


@attrs.define(kw_only=True)
class ApplicationMfa:
    """MFA policy of one application."""

    mfa_policy: str
    status: int
    sort: int


@attrs.define(kw_only=True)
class MfaTriggerData:
    """A user's MFA trigger data: MFA token, contacts and per-app policies."""

    mfa_token: str
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


@attrs.define(kw_only=True)
class SetMfaStatus:
    """Request body of ``set_users_mfa_status``."""

    mfa_trigger_data: MfaTriggerData
    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class DeleteUserSyncRelationReq:
    """Request body of ``delete_user_sync_relations``."""

    provider: str
    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class SetUserDepartment:
    """One department of ``set_user_departments``."""

    department_id: str
    is_leader: bool | None = None
    is_main_department: bool | None = None


@attrs.define(kw_only=True)
class SetUserDepartmentsOptions:
    """Options of ``set_user_departments``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True)
class SetUserDepartments:
    """Request body of ``set_user_departments``."""

    user_id: str
    departments: list[SetUserDepartment]
    options: SetUserDepartmentsOptions | None = None


@attrs.define(kw_only=True)
class Identity:
    """An external identity of a user."""

    identity_id: str
    ext_idp_id: str
    provider: IdentityProvider | str
    type: str
    user_id_in_idp: str
    user_info_in_idp: Any
    origin_conn_ids: list[str]
    access_token: str | None = None
    refresh_token: str | None = None


@attrs.define(kw_only=True)
class User:
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
    reset_password_on_next_login: bool | None = None
    register_source: list[str] | None = None
    department_ids: list[str] | None = None
    identities: list[Identity] | None = None
    identity_number: str | None = None
    custom_data: Any | None = None
    metadata_source: Any | None = None
    post_id_list: list[str] | None = None
    status_changed_at: datetime.datetime | None = None
    tenant_id: str | None = None
    signed_up: str | None = None


UserPaging = Page[User]


@attrs.define(kw_only=True)
class UserFieldDecryptRespItem:
    """One decrypted field value."""

    decrypted_content: str
    user_id: str | None = None
    field_name: str | None = None


@attrs.define(kw_only=True)
class IsSuccess:
    """Outcome of an operation."""

    success: bool


@attrs.define(kw_only=True)
class Role:
    """A role of a user."""

    id: str
    code: str
    name: str
    description: str
    namespace: str
    namespace_name: str
    status: str | None = None
    disable_time: int | None = None
    enable_permission_apply: bool | None = None


RolePaging = Page[Role]


@attrs.define(kw_only=True)
class PrincipalAuthenticationInfo:
    """A user's real-name authentication record."""

    authenticated: bool
    principal_type: PrincipalType | str
    principal_code: str
    principal_name: str
    authenticated_at: datetime.datetime


PrincipalAuthenticationInfoPaging = Page[PrincipalAuthenticationInfo]


@attrs.define(kw_only=True)
class ResGroup:
    """A group a user belongs to."""

    id: str
    code: str
    name: str
    description: str
    type: str
    metadata_source: list[str]
    members: list[User]


GroupPaging = Page[ResGroup]


@attrs.define(kw_only=True)
class UserMfaResp:
    """A user's MFA binding status per factor."""

    totp_status: str
    face_mfa_status: str
    sms_mfa_status: str
    email_mfa_status: str


@attrs.define(kw_only=True)
class ListArchivedUsersResp:
    """An archived user."""

    user_id: str
    archived_at: datetime.datetime


ArchivedUsersListPaging = Page[ListArchivedUsersResp]


@attrs.define(kw_only=True)
class IsUserExists:
    """Whether a matching user exists."""

    exists: bool


@attrs.define(kw_only=True)
class App:
    """An application a user can access or is authorized for."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str
    app_default_login_strategy: AppDefaultLoginStrategy | str


@attrs.define(kw_only=True)
class HasAnyRole:
    """Whether the user has any of the given roles."""

    has_any_role: bool


@attrs.define(kw_only=True)
class UserLoginHistory:
    """One login of a user."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str
    client_ip: str
    time: str
    user_agent: str | None = None


UserLoginHistoryPaging = Page[UserLoginHistory]


@attrs.define(kw_only=True)
class UserLoggedInApps:
    """An application a user has logged in to."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str


@attrs.define(kw_only=True)
class UserLoggedInIdentities:
    """An identity source a user has logged in with."""

    identity_id: str
    idp_name: str
    idp_name_en: str
    idp_logo: str
    idp_id: str


@attrs.define(kw_only=True)
class ResignUserData:
    """Outcome of ``resign_user`` and ``resign_user_batch``."""

    success: bool


@attrs.define(kw_only=True)
class PolicyCondition:
    """A condition of a permission."""

    param: PolicyConditionParam | str
    operator: PolicyConditionOperator | str
    value: str


@attrs.define(kw_only=True)
class AuthorizedResource:
    """A resource a user is authorized for, with its actions."""

    resource_code: str
    resource_type: ResourceType | str
    api_identifier: str
    actions: list[str]
    effect: PolicyEffect | str
    description: str | None = None
    condition: list[PolicyCondition] | None = None


AuthorizedResourcePaging = Page[AuthorizedResource]


@attrs.define(kw_only=True)
class CheckSessionStatusData:
    """Whether the user has an active session in the app."""

    active: bool


@attrs.define(kw_only=True)
class OtpSecretResp:
    """A user's OTP secret."""

    secret: str


@attrs.define(kw_only=True)
class GetUserPasswordCiphertextData:
    """A user's password ciphertext."""

    ciphertext: str


@attrs.define(kw_only=True)
class LinkIdentityData:
    """Outcome of ``link_identity``."""

    success: bool


@attrs.define(kw_only=True)
class UnlinkIdentityData:
    """Outcome of ``unlink_identity``."""

    success: bool


@attrs.define(kw_only=True)
class UserSyncRelation:
    """A user's link to an account in a synchronized directory."""

    provider: str
    user_id_in_idp: str
    user_info_in_idp: dict[str, Any]


@attrs.define(kw_only=True)
class LangUnit:
    """A text in one language, and whether it is used."""

    enabled: bool
    value: str


@attrs.define(kw_only=True)
class LangObject:
    """One text in each supported language."""

    zh_cn: LangUnit = attrs.field(metadata={"wire": "zh-CN"})
    en_us: LangUnit = attrs.field(metadata={"wire": "en-US"})
    zh_tw: LangUnit = attrs.field(metadata={"wire": "zh-TW"})
    ja_jp: LangUnit = attrs.field(metadata={"wire": "ja-JP"})


@attrs.define(kw_only=True)
class DepartmentI18n:
    """Translations of a department's name."""

    name: LangObject


@attrs.define(kw_only=True)
class UserDepartmentResp:
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
    custom_data: Any | None = None
    department_id_path: list[str] | None = None
    department_code_path: list[str] | None = None
    department_name_path: list[str] | None = None


UserDepartmentPaging = Page[UserDepartmentResp]
