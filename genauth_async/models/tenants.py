"""Models of the GenAuth *tenants* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, Page, enum_field, redacted
from .common import (
    DepartmentIdType,
    Gender,
    Identity,
    IdentityProvider,
    IsSuccess,
    Pagination,
    PasswordEncryptType,
    User,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "AddTenantDepartmentMembersReq",
    "AddTenantUsers",
    "CreateMultipleTenantAdmin",
    "CreateTenant",
    "CreateTenantCooperator",
    "CreateTenantUserOptions",
    "CreateTenantUserReq",
    "DeleteMultipleTenantAdminBody",
    "DeleteTenant",
    "DeleteTenantCooperatorBody",
    "DepartmentIdType",
    "Gender",
    "GenerateInviteTenantUserLink",
    "GetTenantUser",
    "Identity",
    "IdentityProvider",
    "ImportTenant",
    "ImportTenantData",
    "ImportTenantHistoryData",
    "ImportTenantNotifyUseData",
    "InviteTenantUserRecord",
    "InviteTenantUserRecordList",
    "InviteTenantUsers",
    "IsSuccess",
    "ListTenantAdmin",
    "ListTenantUser",
    "ListTenantUsersOptions",
    "MultipleTenantAdmin",
    "MultipleTenantAdminListPaging",
    "Pagination",
    "PasswordEncryptType",
    "RemoveTenantDepartmentMembersReq",
    "RemoveTenantUsers",
    "SendEmailBatchData",
    "SendManyTenantEmail",
    "SendManyTenantSms",
    "SendSmsBatchData",
    "SendTenantEmail",
    "SendTenantSms",
    "Tenant",
    "TenantCooperator",
    "TenantCooperatorListPaging",
    "TenantCooperatorSingle",
    "TenantListPaging",
    "TenantResp",
    "TenantUser",
    "TenantUserListPaging",
    "UpdateMultipleTenantAdmin",
    "UpdateTenant",
    "UpdateTenantCooperator",
    "UpdateTenantUser",
    "User",
    "UserSourceType",
    "UserStatus",
    "WorkStatus",
    "errorEmailMsg",
]


@attrs.define(kw_only=True, slots=False)
class AddTenantDepartmentMembersReq(Model):
    """Request body of ``add_tenant_department_members``."""

    department_id: str
    organization_code: str
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    link_user_ids: list[str] | None = None
    member_ids: list[str] | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class AddTenantUsers(Model):
    """Request body of ``add_tenant_users``."""

    link_user_ids: list[str]
    tenant_id: str


@attrs.define(kw_only=True, slots=False)
class CreateMultipleTenantAdmin(Model):
    """Request body of ``create_multiple_tenant_admin``."""

    tenant_ids: list[str]
    user_id: str
    api_authorized: bool | None = None
    send_phone_notification: bool | None = None
    send_email_notification: bool | None = None


@attrs.define(kw_only=True, slots=False)
class CreateTenantCooperator(Model):
    """Request body of ``create_tenant_cooperator``."""

    policies: list[str]
    user_id: str
    api_authorized: bool | None = None
    send_phone_notification: bool | None = None
    send_email_notification: bool | None = None


@attrs.define(kw_only=True, slots=False)
class CreateTenant(Model):
    """Request body of ``create_tenant``."""

    name: str
    app_ids: list[str]
    logo: list[str] | None = None
    description: str | None = None
    reject_hint: str | None = None
    source_app_id: str | None = None
    enterprise_domains: list[str] | None = None
    expire_time: str | None = None
    mau_amount: int | None = None
    member_amount: int | None = None
    admin_amount: int | None = None


@attrs.define(kw_only=True, slots=False)
class CreateTenantUserOptions(Model):
    """GenAuth ``CreateTenantUserOptionsDto``."""

    keep_password: bool | None = attrs.field(default=None, repr=redacted)
    auto_generate_password: bool | None = attrs.field(default=None, repr=redacted)
    reset_password_on_first_login: bool | None = attrs.field(default=None, repr=redacted)
    password_encrypt_type: PasswordEncryptType | str | None = enum_field(
        PasswordEncryptType, "password_encrypt_type"
    )


@attrs.define(kw_only=True, slots=False)
class CreateTenantUserReq(Model):
    """Request body of ``create_tenant_user``."""

    tenant_id: str
    gender: Gender | str = enum_field(Gender, "gender", required=True)
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    preferred_username: str | None = None
    password: str | None = attrs.field(default=None, repr=redacted)
    salt: str | None = attrs.field(default=None, repr=redacted)
    options: CreateTenantUserOptions | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteMultipleTenantAdminBody(Model):
    """Request body of ``delete_multiple_tenant_admin``."""

    user_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteTenantCooperatorBody(Model):
    """Request body of ``delete_tenant_cooperator``."""

    user_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteTenant(Model):
    """Request body of ``delete_tenant``."""

    tenant_id: str


@attrs.define(kw_only=True, slots=False)
class GenerateInviteTenantUserLink(Model):
    """Request body of ``generate_invite_tenant_user_link``."""

    validity_term: str
    emails: list[str]
    app_id: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class GetTenantUser(Model):
    """Request body of ``delete_tenant_admin``."""

    tenant_id: str | None = None
    link_user_id: str | None = None
    member_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class ImportTenantData(Model):
    """GenAuth ``ImportTenantDataDto``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class ImportTenant(Model):
    """Request body of ``import_tenant``."""

    excel_url: str


@attrs.define(kw_only=True, slots=False)
class InviteTenantUserRecord(Model):
    """GenAuth ``InviteTenantUserRecord``."""

    record_id: int
    invite_account: str
    verified_status: str
    invite_link: str
    created_at: datetime.datetime
    activated_at: datetime.datetime


@attrs.define(kw_only=True, slots=False)
class InviteTenantUsers(Model):
    """GenAuth ``InviteTenantUsersDto``."""

    err_msgs: builtins.list[errorEmailMsg]
    list: builtins.list[InviteTenantUserRecord]


@attrs.define(kw_only=True, slots=False)
class ListTenantAdmin(Model):
    """Request body of ``list_tenant_admin``."""

    tenant_id: str
    keywords: str | None = None
    page: str | None = None
    limit: str | None = None


@attrs.define(kw_only=True, slots=False)
class ListTenantUser(Model):
    """Request body of ``list_tenant_users``."""

    tenant_id: str
    keywords: str | None = None
    options: ListTenantUsersOptions | None = None


@attrs.define(kw_only=True, slots=False)
class ListTenantUsersOptions(Model):
    """GenAuth ``ListTenantUsersOptionsDto``."""

    pagination: Pagination | None = None


@attrs.define(kw_only=True, slots=False)
class MultipleTenantAdmin(Model):
    """GenAuth ``MultipleTenantAdminDto``."""

    user_id: str
    name: str
    phone: str
    email: str
    last_login: str
    api_authorized: bool | None = None


@attrs.define(kw_only=True, slots=False)
class RemoveTenantDepartmentMembersReq(Model):
    """Request body of ``remove_tenant_department_members``."""

    department_id: str
    organization_code: str
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    link_user_ids: list[str] | None = None
    member_ids: list[str] | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class RemoveTenantUsers(Model):
    """GenAuth ``RemoveTenantUsersDto``."""

    tenant_id: str
    link_user_ids: list[str] | None = None
    member_ids: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class SendEmailBatchData(Model):
    """GenAuth ``SendEmailBatchDataDto``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class SendManyTenantEmail(Model):
    """Request body of ``send_email_batch``."""

    admin_name: str
    import_id: int
    users: list[SendTenantEmail]


@attrs.define(kw_only=True, slots=False)
class SendManyTenantSms(Model):
    """Request body of ``send_sms_batch``."""

    admin_name: str
    import_id: int
    users: list[SendTenantSms]


@attrs.define(kw_only=True, slots=False)
class SendSmsBatchData(Model):
    """GenAuth ``SendSmsBatchDataDto``."""

    success: bool


@attrs.define(kw_only=True, slots=False)
class SendTenantEmail(Model):
    """GenAuth ``SendTenantEmailDto``."""

    admin_name: str
    user_name: str
    email: str
    identifier: str
    tenant_id: str
    tenant_name: str


@attrs.define(kw_only=True, slots=False)
class SendTenantSms(Model):
    """GenAuth ``SendTenantSmsDto``."""

    admin_name: str
    user_name: str
    identifier: str
    phone: str
    phone_country_code: str
    tenant_id: str
    tenant_name: str


@attrs.define(kw_only=True, slots=False)
class TenantCooperator(Model):
    """GenAuth ``TenantCooperatorDto``."""

    user_id: str
    type: str
    external: bool
    user: User
    tenant_user: TenantUser | None = None


@attrs.define(kw_only=True, slots=False)
class TenantCooperatorSingle(Model):
    """GenAuth ``TenantCooperatorSingleDto``."""

    list: builtins.list[str]
    authorized_policies_code: builtins.list[str]


@attrs.define(kw_only=True, slots=False)
class Tenant(Model):
    """GenAuth ``TenantDto``."""

    tenant_id: str
    user_pool_id: str
    name: str
    logo: str
    app_ids: list[str]
    creator: str
    source_app_id: str
    source: str
    code: str
    host: str
    enterprise_domains: list[str]
    description: str | None = None
    reject_hint: str | None = None


@attrs.define(kw_only=True, slots=False)
class TenantResp(Model):
    """GenAuth ``TenantRespDto``."""

    tenant_id: str
    user_pool_id: str
    name: str
    logo: str
    app_ids: list[str]
    creator: str
    source_app_id: str
    source: str
    code: str
    host: str
    enterprise_domains: list[str]
    description: str | None = None
    reject_hint: str | None = None
    creator_detail: Any = None
    source_app_detail: Any = None
    members_count: int | None = None


@attrs.define(kw_only=True, slots=False)
class TenantUser(Model):
    """GenAuth ``TenantUserDto``."""

    gender: Gender | str
    user_pool_id: str
    tenant_id: str
    member_id: str
    link_user_id: str
    is_tenant_admin: bool
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    username: str | None = None
    name: str | None = None
    nickname: str | None = None
    photo: str | None = None
    logins_count: int | None = None
    last_ip: str | None = None
    birthdate: str | None = None
    country: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    preferred_username: str | None = None
    last_login_app: str | None = None
    password: str | None = attrs.field(default=None, repr=redacted)
    salt: str | None = attrs.field(default=None, repr=redacted)


@attrs.define(kw_only=True, slots=False)
class UpdateMultipleTenantAdmin(Model):
    """Request body of ``update_multiple_tenant_admin``."""

    tenant_ids: list[str]
    api_authorized: bool | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateTenantCooperator(Model):
    """Request body of ``update_tenant_cooperator``."""

    api_authorized: bool
    policies: list[str]


@attrs.define(kw_only=True, slots=False)
class UpdateTenant(Model):
    """Request body of ``update_tenant``."""

    tenant_id: str
    name: str | None = None
    app_ids: list[str] | None = None
    logo: list[str] | None = None
    description: str | None = None
    reject_hint: str | None = None
    source_app_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateTenantUser(Model):
    """Request body of ``update_tenant_user``."""

    updates: Any
    tenant_id: str
    link_user_id: str | None = None
    member_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class errorEmailMsg(Model):
    """GenAuth ``errorEmailMsg``."""

    email: str
    message: str


ImportTenantHistoryData = Page[Any]


ImportTenantNotifyUseData = Page[Any]


InviteTenantUserRecordList = Page[InviteTenantUserRecord]


MultipleTenantAdminListPaging = Page[MultipleTenantAdmin]


TenantCooperatorListPaging = Page[TenantCooperator]


TenantListPaging = Page[TenantResp]


TenantUserListPaging = Page[TenantUser]
