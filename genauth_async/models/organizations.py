"""Models of the GenAuth *organizations* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field
from .common import (
    DepartmentI18n,
    DepartmentIdType,
    DepartmentSortOrder,
    Gender,
    Identity,
    IdentityProvider,
    IsSuccess,
    LangObject,
    LangUnit,
    SortOrder,
    User,
    UserPaging,
    UserSourceType,
    UserStatus,
    UserSyncRelation,
    WorkStatus,
)

__all__ = [
    "AddDepartmentMembersReq",
    "CreateDepartmentReq",
    "CreateDepartmentTreeReq",
    "CreateOrganizationReq",
    "DeleteDepartmentReq",
    "DeleteDepartmentSyncRelationReq",
    "DeleteOrganizationReq",
    "Department",
    "DepartmentI18n",
    "DepartmentIdType",
    "DepartmentPaging",
    "DepartmentSortOrder",
    "DepartmentSorting",
    "Field",
    "Gender",
    "GetAllDepartmentsDepartmentIdType",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "IsUserInDepartmentData",
    "LangObject",
    "LangUnit",
    "ListDepartmentMembersSortBy",
    "OrderBy",
    "Organization",
    "OrganizationNameI18n",
    "OrganizationPaging",
    "RemoveDepartmentMembersReq",
    "Result",
    "SearchDepartmentsFilterItem",
    "SearchDepartmentsFilterItemOperator",
    "SearchDepartmentsListReq",
    "SearchDepartmentsReq",
    "SortBy",
    "SortOrder",
    "UpdateDepartmentReq",
    "UpdateDepartmentStatusReq",
    "UpdateOrganizationReq",
    "UpdateOrganizationStatusReq",
    "User",
    "UserInfo",
    "UserPaging",
    "UserSourceType",
    "UserStatus",
    "UserSyncRelation",
    "WorkStatus",
]


class Field(StrEnum):
    """Allowed values of field."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
    NAME = "name"


class GetAllDepartmentsDepartmentIdType(StrEnum):
    """Allowed values of get all departments department id type."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"


class ListDepartmentMembersSortBy(StrEnum):
    """Allowed values of list department members sort by."""

    DEFAULT = "Default"
    JOIN_DEPARTMENT_AT = "JoinDepartmentAt"


class OrderBy(StrEnum):
    """Allowed values of order by."""

    ASC = "ASC"
    DESC = "DESC"


class SearchDepartmentsFilterItemOperator(StrEnum):
    """Allowed values of search departments filter item operator."""

    BETWEEN = "BETWEEN"
    EQUAL = "EQUAL"
    IN = "IN"
    LESSER = "LESSER"
    GREATER = "GREATER"
    CONTAINS = "CONTAINS"


class SortBy(StrEnum):
    """Allowed values of sort by."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"


@attrs.define(kw_only=True, slots=False)
class AddDepartmentMembersReq(Model):
    """Request body of ``add_department_members``."""

    department_id: str
    organization_code: str
    user_ids: list[str]
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateDepartmentReq(Model):
    """Request body of ``create_department``."""

    organization_code: str
    name: str
    parent_department_id: str
    metadata: dict[str, Any]
    open_department_id: str | None = None
    description: str | None = None
    code: str | None = None
    is_virtual_node: bool | None = None
    i18n: DepartmentI18n | None = None
    custom_data: dict[str, Any] | None = None
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    post_id_list: list[str] | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateDepartmentTreeReq(Model):
    """Request body of ``create_department_tree``."""

    name: str
    children: list[str] | None = None
    members: UserInfo | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateOrganizationReq(Model):
    """Request body of ``create_organization``."""

    organization_code: str
    organization_name: str
    metadata: dict[str, Any]
    description: str | None = None
    open_department_id: str | None = None
    i18n: OrganizationNameI18n | None = None
    tenant_id: str | None = None
    post_id_list: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteDepartmentReq(Model):
    """Request body of ``delete_department``."""

    organization_code: str
    department_id: str
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteDepartmentSyncRelationReq(Model):
    """Request body of ``delete_department_sync_relations``."""

    organization_code: str
    department_id: str
    provider: str
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )


@attrs.define(kw_only=True, slots=False)
class DeleteOrganizationReq(Model):
    """Request body of ``delete_organization``."""

    organization_code: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class Department(Model):
    """GenAuth ``DepartmentDto``."""

    organization_code: str
    department_id: str
    created_at: datetime.datetime
    name: str
    parent_department_id: str
    parent_department_code: str
    members_count: int
    has_children: bool
    updated_at: datetime.datetime | None = None
    open_department_id: str | None = None
    leader_user_ids: list[str] | None = None
    description: str | None = None
    code: str | None = None
    is_virtual_node: bool | None = None
    i18n: DepartmentI18n | None = None
    custom_data: dict[str, Any] | None = None
    posts: list[str] | None = None
    post_id_list: list[str] | None = None
    status: bool | None = None
    allow: str | None = None


@attrs.define(kw_only=True, slots=False)
class DepartmentSorting(Model):
    """GenAuth ``DepartmentSortingDto``."""

    field: Field | str = enum_field(Field, "field", required=True)
    order: SortOrder | str = enum_field(SortOrder, "order", required=True)


@attrs.define(kw_only=True, slots=False)
class IsUserInDepartmentData(Model):
    """GenAuth ``IsUserInDepartmentDataDto``."""

    in_department: bool


@attrs.define(kw_only=True, slots=False)
class Organization(Model):
    """GenAuth ``OrganizationDto``."""

    organization_code: str
    organization_name: str
    department_id: str
    has_children: bool
    members_count: int
    is_virtual_node: bool
    description: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    open_department_id: str | None = None
    leader_user_ids: list[str] | None = None
    i18n: OrganizationNameI18n | None = None
    custom_data: Any = None
    tenant_id: str | None = None
    post_id_list: list[str] | None = None
    status: str | None = None
    allow: str | None = None


@attrs.define(kw_only=True, slots=False)
class OrganizationNameI18n(Model):
    """GenAuth ``OrganizationNameI18nDto``."""

    organization_name: LangObject


@attrs.define(kw_only=True, slots=False)
class RemoveDepartmentMembersReq(Model):
    """Request body of ``remove_department_members``."""

    department_id: str
    organization_code: str
    user_ids: list[str]
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class Result(Model):
    """GenAuth ``Result``."""

    add_user: int
    update_user: int
    add_department: int
    update_department: int


@attrs.define(kw_only=True, slots=False)
class SearchDepartmentsFilterItem(Model):
    """GenAuth ``SearchDepartmentsFilterItemDto``."""

    field: str
    operator: SearchDepartmentsFilterItemOperator | str = enum_field(
        SearchDepartmentsFilterItemOperator, "operator", required=True
    )
    value: dict[str, Any] | None = None


@attrs.define(kw_only=True, slots=False)
class SearchDepartmentsListReq(Model):
    """Request body of ``search_departments_list``."""

    organization_code: str
    with_custom_data: bool | None = None
    with_post: bool | None = None
    page: int | None = None
    limit: int | None = None
    advanced_filter: list[SearchDepartmentsFilterItem] | None = None
    sort_by: SortBy | str | None = enum_field(SortBy, "sort_by")
    order_by: OrderBy | str | None = enum_field(OrderBy, "order_by")
    sort: list[DepartmentSorting] | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class SearchDepartmentsReq(Model):
    """Request body of ``search_departments``."""

    organization_code: str
    keywords: str
    with_custom_data: bool | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDepartmentReq(Model):
    """Request body of ``update_department``."""

    organization_code: str
    department_id: str
    metadata: dict[str, Any]
    leader_user_ids: list[str] | None = None
    description: str | None = None
    code: str | None = None
    i18n: DepartmentI18n | None = None
    status: bool | None = None
    name: str | None = None
    department_id_type: DepartmentIdType | str | None = enum_field(
        DepartmentIdType, "department_id_type"
    )
    parent_department_id: str | None = None
    custom_data: dict[str, Any] | None = None
    post_id_list: list[str] | None = None
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDepartmentStatusReq(Model):
    """Request body of ``update_node_status``."""

    department_id: str
    status: bool


@attrs.define(kw_only=True, slots=False)
class UpdateOrganizationReq(Model):
    """Request body of ``update_organization``."""

    organization_code: str
    description: str | None = None
    open_department_id: str | None = None
    leader_user_ids: list[str] | None = None
    i18n: OrganizationNameI18n | None = None
    tenant_id: str | None = None
    organization_new_code: str | None = None
    organization_name: str | None = None
    post_id_list: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateOrganizationStatusReq(Model):
    """Request body of ``update_organization_status``."""

    root_node_id: str
    status: str | None = None


@attrs.define(kw_only=True, slots=False)
class UserInfo(Model):
    """GenAuth ``UserInfoDto``."""

    username: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_country_code: str | None = None
    name: str | None = None
    gender: Gender | str | None = enum_field(Gender, "gender")
    country: str | None = None
    province: str | None = None
    city: str | None = None


DepartmentPaging = Page[Department]


OrganizationPaging = Page[Organization]
