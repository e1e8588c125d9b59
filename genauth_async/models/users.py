"""Models of the GenAuth *users* API module.

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
    ApplicationMfa,
    AuthorizedResource,
    AuthorizedResourcePaging,
    DepartmentI18n,
    DepartmentIdType,
    DepartmentSortField,
    DepartmentSortOrder,
    FilterOperator,
    FuzzySearchField,
    Gender,
    GroupPaging,
    Identity,
    IdentityProvider,
    IsSuccess,
    LangObject,
    LangUnit,
    MfaTriggerData,
    Pagination,
    PasswordEncryptType,
    PolicyCondition,
    PolicyConditionOperator,
    PolicyConditionParam,
    PolicyEffect,
    ResGroup,
    ResignUserBatchReq,
    ResignUserData,
    ResourceType,
    Role,
    RolePaging,
    SendCreateAccountNotification,
    SendResetPasswordNotification,
    SetUserDepartment,
    SetUserDepartments,
    SetUserDepartmentsOptions,
    SortField,
    Sorting,
    SortOrder,
    User,
    UserDepartmentPaging,
    UserDepartmentResp,
    UserIdType,
    UserPaging,
    UserSourceType,
    UserStatus,
    UserSyncRelation,
    WorkStatus,
)

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
    "GetUserEncryptPasswordBatch",
    "GetUserEncryptPasswordBatchData",
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


class PrincipalType(StrEnum):
    """Kind of real-name authentication principal."""

    P = "P"  # individual
    E = "E"  # enterprise


@attrs.define(kw_only=True, slots=False)
class App(Model):
    """An application a user can access or is authorized for."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str
    app_default_login_strategy: AppDefaultLoginStrategy | str


@attrs.define(kw_only=True, slots=False)
class CheckSessionStatusData(Model):
    """Whether the user has an active session in the app."""

    active: bool


@attrs.define(kw_only=True, slots=False)
class CheckSessionStatus(Model):
    """Request body of ``check_session_status``."""

    app_id: str
    user_id: str


@attrs.define(kw_only=True, slots=False)
class CreateIdentity(Model):
    """An external identity attached to a user being created."""

    ext_idp_id: str
    provider: IdentityProvider | str = enum_field(IdentityProvider, "provider", required=True)
    type: str
    user_id_in_idp: str
    user_info_in_idp: Any
    origin_conn_ids: list[str]
    access_token: str | None = attrs.field(default=None, repr=redacted)
    refresh_token: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class CreateUserBatchReq(Model):
    """Request body of ``create_users_batch``."""

    list: builtins.list[CreateUserInfo]
    options: CreateUserOptions | None = None


@attrs.define(kw_only=True, slots=False)
class CreateUserInfo(Model):
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
    password: str | None = attrs.field(default=None, repr=redacted)
    salt: str | None = attrs.field(default=None, repr=redacted)
    tenant_ids: list[str] | None = None
    otp: CreateUserOtp | None = None
    department_ids: list[str] | None = None
    custom_data: Any = None
    metadata_source: Any = None
    identities: list[CreateIdentity] | None = None
    identity_number: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateUserOptions(Model):
    """Options of ``create_user`` and ``create_users_batch``."""

    keep_password: bool | None = attrs.field(default=None, repr=redacted)
    auto_generate_password: bool | None = attrs.field(default=None, repr=redacted)
    reset_password_on_first_login: bool | None = attrs.field(default=None, repr=redacted)
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    send_notification: SendCreateAccountNotification | None = None
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class CreateUserOtp(Model):
    """OTP secret to bind to a new user."""

    secret: str = attrs.field(repr=redacted)
    recovery_code: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class CreateUserReq(Model):
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
    password: str | None = attrs.field(default=None, repr=redacted)
    salt: str | None = attrs.field(default=None, repr=redacted)
    tenant_ids: list[str] | None = None
    otp: CreateUserOtp | None = None
    department_ids: list[str] | None = None
    custom_data: Any = None
    metadata_source: Any = None
    identities: list[CreateIdentity] | None = None
    identity_number: str | None = None
    options: CreateUserOptions | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteUserSyncRelationReq(Model):
    """Request body of ``delete_user_sync_relations``."""

    provider: str
    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class DeleteUsersBatch(Model):
    """Request body of ``delete_users_batch``."""

    user_ids: list[str]
    options: DeleteUsersBatchOptions | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteUsersBatchOptions(Model):
    """Options of ``delete_users_batch``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class GetUserEncryptPasswordBatchData(Model):
    """GenAuth ``GetUserEncryptPasswordBatchDataDto``."""

    user_id: str
    encrypted_password: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class GetUserEncryptPasswordBatch(Model):
    """Request body of ``get_user_encrypt_password_batch``."""

    user_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class GetUserPasswordCiphertextData(Model):
    """A user's password ciphertext."""

    ciphertext: str


@attrs.define(kw_only=True, slots=False)
class GetUserPasswordCiphertext(Model):
    """Request body of ``get_user_password_ciphertext``."""

    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class HasAnyRole(Model):
    """Whether the user has any of the given roles."""

    has_any_role: bool


@attrs.define(kw_only=True, slots=False)
class HasAnyRoleOptions(Model):
    """Options of ``has_any_role``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class HasAnyRoleReq(Model):
    """Request body of ``has_any_role``."""

    roles: list[HasRoleRoles]
    user_id: str
    options: HasAnyRoleOptions | None = None


@attrs.define(kw_only=True, slots=False)
class HasRoleRoles(Model):
    """A role to check, by code and optional namespace."""

    code: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class ImportOtpItemData(Model):
    """OTP secret and recovery code to import."""

    secret: str = attrs.field(repr=redacted)
    recovery_code: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class ImportOtpItem(Model):
    """One user's OTP to import."""

    user_id: str
    otp: ImportOtpItemData


@attrs.define(kw_only=True, slots=False)
class ImportOtpReq(Model):
    """Request body of ``import_otp``."""

    list: builtins.list[ImportOtpItem]


@attrs.define(kw_only=True, slots=False)
class IsUserExists(Model):
    """Whether a matching user exists."""

    exists: bool


@attrs.define(kw_only=True, slots=False)
class IsUserExistsReq(Model):
    """Request body of ``is_user_exists``."""

    username: str | None = None
    email: str | None = None
    phone: str | None = None
    external_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class KickUsers(Model):
    """Request body of ``kick_users``."""

    app_ids: list[str]
    user_id: str
    options: KickUsersOptions | None = None


@attrs.define(kw_only=True, slots=False)
class KickUsersOptions(Model):
    """Options of ``kick_users``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class LinkIdentityData(Model):
    """Outcome of ``link_identity``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class LinkIdentity(Model):
    """Request body of ``link_identity``."""

    user_id_in_idp: str
    user_id: str
    ext_idp_id: str
    type: str | None = None
    is_social: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListArchivedUsersResp(Model):
    """An archived user."""

    user_id: str
    archived_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class ListUsersAdvancedFilterItem(Model):
    """One advanced filter of ``list_users``."""

    field: str
    operator: FilterOperator | str = enum_field(FilterOperator, "operator", required=True)
    value: Any = None


@attrs.define(kw_only=True, slots=False)
class ListUsersOptions(Model):
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


@attrs.define(kw_only=True, slots=False)
class ListUsersRequest(Model):
    """Request body of ``list_users``."""

    keywords: str | None = None
    advanced_filter: list[ListUsersAdvancedFilterItem] | None = None
    search_query: Any = None
    options: ListUsersOptions | None = None


@attrs.define(kw_only=True, slots=False)
class OtpSecretResp(Model):
    """A user's OTP secret."""

    secret: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class PrincipalAuthenticationInfo(Model):
    """A user's real-name authentication record."""

    authenticated: bool
    principal_type: PrincipalType | str
    principal_code: str
    principal_name: str
    authenticated_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class ResetUserPrincipalAuthenticationInfo(Model):
    """Request body of ``reset_user_principal_authentication_info``."""

    user_id: str
    options: ResetUserPrincipalAuthenticationInfoOptions | None = None


@attrs.define(kw_only=True, slots=False)
class ResetUserPrincipalAuthenticationInfoOptions(Model):
    """Options of ``reset_user_principal_authentication_info``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class ResignUserReq(Model):
    """Request body of ``resign_user``."""

    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class SetMfaStatus(Model):
    """Request body of ``set_users_mfa_status``."""

    mfa_trigger_data: MfaTriggerData
    user_id: str
    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class UnlinkIdentity(Model):
    """Request body of ``unlink_identity``."""

    user_id: str
    ext_idp_id: str
    type: str | None = None
    is_social: bool | None = None


@attrs.define(kw_only=True, slots=False)
class UnlinkIdentityData(Model):
    """Outcome of ``unlink_identity``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class UpdateUserBatchOptions(Model):
    """Options of ``update_user_batch``."""

    reset_password_on_next_login: bool | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )
    auto_generate_password: bool | None = attrs.field(default=None, repr=redacted)
    send_password_reseted_notification: SendResetPasswordNotification | None = attrs.field(
        default=None, repr=redacted
    )


@attrs.define(kw_only=True, slots=False)
class UpdateUserBatchReq(Model):
    """Request body of ``update_user_batch``."""

    list: builtins.list[UpdateUserInfo]
    options: UpdateUserBatchOptions | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateUserInfo(Model):
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
    password: str | None = attrs.field(default=None, repr=redacted)
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
    custom_data: Any = None
    metadata: Any = None


@attrs.define(kw_only=True, slots=False)
class UpdateUserOptions(Model):
    """Options of ``update_user``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")
    reset_password_on_first_login: bool | None = attrs.field(default=None, repr=redacted)
    reset_password_on_next_login: bool | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )
    auto_generate_password: bool | None = attrs.field(default=None, repr=redacted)
    send_password_reseted_notification: SendResetPasswordNotification | None = attrs.field(
        default=None, repr=redacted
    )


@attrs.define(kw_only=True, slots=False)
class UpdateUserReq(Model):
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
    password: str | None = attrs.field(default=None, repr=redacted)
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
    custom_data: Any = None
    metadata: Any = None
    options: UpdateUserOptions | None = None


@attrs.define(kw_only=True, slots=False)
class UserFieldDecryptReq(Model):
    """Request body of ``user_field_decrypt``."""

    data: list[UserFieldDecryptReqItem]
    private_key: str = attrs.field(repr=redacted)


@attrs.define(kw_only=True, slots=False)
class UserFieldDecryptReqItem(Model):
    """One encrypted field value to decrypt."""

    encrypted_content: str
    user_id: str | None = None
    field_name: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserFieldDecryptRespItem(Model):
    """One decrypted field value."""

    decrypted_content: str
    user_id: str | None = None
    field_name: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserLoggedInApps(Model):
    """An application a user has logged in to."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str


@attrs.define(kw_only=True, slots=False)
class UserLoggedInIdentities(Model):
    """An identity source a user has logged in with."""

    identity_id: str
    idp_name: str
    idp_name_en: str
    idp_logo: str
    idp_id: str


@attrs.define(kw_only=True, slots=False)
class UserLoginHistory(Model):
    """One login of a user."""

    app_id: str
    app_name: str
    app_logo: str
    app_login_url: str
    client_ip: str
    time: str
    user_agent: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserMfaResp(Model):
    """A user's MFA binding status per factor."""

    totp_status: str
    face_mfa_status: str
    sms_mfa_status: str
    email_mfa_status: str


ArchivedUsersListPaging = Page[ListArchivedUsersResp]


PrincipalAuthenticationInfoPaging = Page[PrincipalAuthenticationInfo]


UserLoginHistoryPaging = Page[UserLoginHistory]
