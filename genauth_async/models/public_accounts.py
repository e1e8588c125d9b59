"""Models of the GenAuth *public-accounts* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, Page, enum_field, enum_list_field, redacted
from .common import (
    CreatePost,
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
    Pagination,
    PasswordEncryptType,
    ResGroup,
    ResignUserBatchReq,
    ResignUserData,
    SendCreateAccountNotification,
    SendResetPasswordNotification,
    SetUserDepartment,
    SetUserDepartments,
    SetUserDepartmentsOptions,
    SortField,
    Sorting,
    SortOrder,
    User,
    UserConnectionPost,
    UserDepartmentPaging,
    UserDepartmentResp,
    UserIdType,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "CreatePost",
    "CreatePublicAccountBatchReq",
    "CreatePublicAccountFromUser",
    "CreatePublicAccountOptions",
    "CreatePublicAccountOtp",
    "CreatePublicAccountReq",
    "DeletePublicAccountsBatch",
    "DeletePublicAccountsBatchOptions",
    "DepartmentI18n",
    "DepartmentIdType",
    "DepartmentSortField",
    "DepartmentSortOrder",
    "FilterOperator",
    "FuzzySearchField",
    "Gender",
    "GroupPaging",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "KickPublicAccounts",
    "KickPublicAccountsOptions",
    "LangObject",
    "LangUnit",
    "ListPublicAccountsAdvancedFilterItem",
    "ListPublicAccountsOptions",
    "ListPublicAccountsRequest",
    "Pagination",
    "PasswordEncryptType",
    "PublicAccount",
    "PublicAccountPaging",
    "ResGroup",
    "ResignUserBatchReq",
    "ResignUserData",
    "SendCreateAccountNotification",
    "SendResetPasswordNotification",
    "SetPublicAccountBatchReq",
    "SetUserDepartment",
    "SetUserDepartments",
    "SetUserDepartmentsOptions",
    "SetUserGroups",
    "SetUserOfPublicAccountBatchReq",
    "SetUserRoles",
    "SortField",
    "SortOrder",
    "Sorting",
    "UnbindPublicAccountBatchReq",
    "UpdatePublicAccountBatchOptions",
    "UpdatePublicAccountBatchReq",
    "UpdatePublicAccountInfo",
    "UpdatePublicAccountOptions",
    "UpdatePublicAccountReq",
    "User",
    "UserConnectionPost",
    "UserDepartmentPaging",
    "UserDepartmentResp",
    "UserIdType",
    "UserSourceType",
    "UserStatus",
    "WorkStatus",
]


@attrs.define(kw_only=True, slots=False)
class CreatePublicAccountBatchReq(Model):
    """Request body of ``create_public_accounts_batch``."""

    list: builtins.list[CreatePublicAccountReq]
    options: CreatePublicAccountOptions | None = None


@attrs.define(kw_only=True, slots=False)
class CreatePublicAccountFromUser(Model):
    """Request body of ``change_into_public_account``."""

    user_id: str


@attrs.define(kw_only=True, slots=False)
class CreatePublicAccountOptions(Model):
    """GenAuth ``CreatePublicAccountOptionsDto``."""

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
class CreatePublicAccountOtp(Model):
    """GenAuth ``CreatePublicAccountOtpDto``."""

    secret: str = attrs.field(repr=redacted)
    recovery_code: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class CreatePublicAccountReq(Model):
    """Request body of ``create_public_account``."""

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
    otp: CreatePublicAccountOtp | None = None
    department_ids: list[str] | None = None
    custom_data: Any = None
    identity_number: str | None = None
    options: CreatePublicAccountOptions | None = None


@attrs.define(kw_only=True, slots=False)
class DeletePublicAccountsBatch(Model):
    """Request body of ``delete_public_accounts_batch``."""

    user_ids: list[str]
    options: DeletePublicAccountsBatchOptions | None = None


@attrs.define(kw_only=True, slots=False)
class DeletePublicAccountsBatchOptions(Model):
    """GenAuth ``DeletePublicAccountsBatchOptionsDto``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class KickPublicAccounts(Model):
    """Request body of ``kick_public_accounts``."""

    app_ids: list[str]
    user_id: str
    options: KickPublicAccountsOptions | None = None


@attrs.define(kw_only=True, slots=False)
class KickPublicAccountsOptions(Model):
    """GenAuth ``KickPublicAccountsOptionsDto``."""

    user_id_type: UserIdType | str | None = enum_field(UserIdType, "user_id_type")


@attrs.define(kw_only=True, slots=False)
class ListPublicAccountsAdvancedFilterItem(Model):
    """GenAuth ``ListPublicAccountsAdvancedFilterItemDto``."""

    field: str
    operator: FilterOperator | str = enum_field(FilterOperator, "operator", required=True)
    value: Any = None


@attrs.define(kw_only=True, slots=False)
class ListPublicAccountsOptions(Model):
    """GenAuth ``ListPublicAccountsOptionsDto``."""

    pagination: Pagination | None = None
    sort: list[Sorting] | None = None
    fuzzy_search_on: list[FuzzySearchField | str] | None = enum_list_field(
        FuzzySearchField, "fuzzy_search_on"
    )
    with_custom_data: bool | None = None
    with_department_ids: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ListPublicAccountsRequest(Model):
    """Request body of ``list_public_accounts``."""

    keywords: str | None = None
    advanced_filter: list[ListPublicAccountsAdvancedFilterItem] | None = None
    search_query: Any = None
    options: ListPublicAccountsOptions | None = None


@attrs.define(kw_only=True, slots=False)
class PublicAccount(Model):
    """GenAuth ``PublicAccountDto``."""

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
    identity_number: str | None = None
    custom_data: Any = None
    status_changed_at: datetime.datetime | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SetPublicAccountBatchReq(Model):
    """Request body of ``bind_users_public_account``."""

    public_account_id: str
    user_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class SetUserGroups(Model):
    """Request body of ``get_public_account_of_groups``."""

    group_ids: list[str]
    user_id: str


@attrs.define(kw_only=True, slots=False)
class SetUserOfPublicAccountBatchReq(Model):
    """Request body of ``setuser_of_public_account``."""

    user_id: str
    public_account_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class SetUserRoles(Model):
    """Request body of ``bind_public_account_of_roles``."""

    role_ids: list[str]
    user_id: str


@attrs.define(kw_only=True, slots=False)
class UnbindPublicAccountBatchReq(Model):
    """Request body of ``unbind_users_public_account``."""

    user_id: str
    public_account_id: str


@attrs.define(kw_only=True, slots=False)
class UpdatePublicAccountBatchOptions(Model):
    """GenAuth ``UpdatePublicAccountBatchOptionsDto``."""

    reset_password_on_next_login: bool | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )
    auto_generate_password: bool | None = attrs.field(default=None, repr=redacted)
    send_password_reseted_notification: SendResetPasswordNotification | None = attrs.field(
        default=None, repr=redacted
    )


@attrs.define(kw_only=True, slots=False)
class UpdatePublicAccountBatchReq(Model):
    """Request body of ``update_public_account_batch``."""

    list: builtins.list[UpdatePublicAccountInfo]
    options: UpdatePublicAccountBatchOptions | None = None


@attrs.define(kw_only=True, slots=False)
class UpdatePublicAccountInfo(Model):
    """GenAuth ``UpdatePublicAccountInfoDto``."""

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


@attrs.define(kw_only=True, slots=False)
class UpdatePublicAccountOptions(Model):
    """GenAuth ``UpdatePublicAccountOptionsDto``."""

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
class UpdatePublicAccountReq(Model):
    """Request body of ``update_public_account``."""

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
    options: UpdatePublicAccountOptions | None = None


PublicAccountPaging = Page[PublicAccount]
