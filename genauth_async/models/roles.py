"""Models of the GenAuth *roles* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime

import attrs

from ._base import Model, Page, StrEnum, enum_field
from .common import (
    AsaAccountTargetTargetType,
    Gender,
    Identity,
    IdentityProvider,
    IsSuccess,
    ResourceType,
    Role,
    RolePaging,
    User,
    UserPaging,
    UserSourceType,
    UserStatus,
    WorkStatus,
)

__all__ = [
    "AsaAccountTargetTargetType",
    "AssignRole",
    "AssignRoleBatch",
    "CheckRoleMutualExclusionReq",
    "CheckRoleMutualExclusionResult",
    "CheckRoleParams",
    "CheckRoleParamsResp",
    "CreateAdminRole",
    "CreateRole",
    "CreateRolesBatch",
    "DeleteAdminRole",
    "DeleteRole",
    "DeleteRoleBatch",
    "Gender",
    "Identity",
    "IdentityProvider",
    "IsSuccess",
    "ListRoleAssignmentsTargetType",
    "ResourceType",
    "RevokeRole",
    "RevokeRoleBatch",
    "Role",
    "RoleAuthorizedResourcePaging",
    "RoleAuthorizedResourcesResp",
    "RoleCode",
    "RoleCodeAndNamespace",
    "RoleDepartmentListPaging",
    "RoleDepartmentResp",
    "RoleListItem",
    "RoleListPage",
    "RolePaging",
    "RolePermissionList",
    "Target",
    "UpdateRole",
    "User",
    "UserPaging",
    "UserSourceType",
    "UserStatus",
    "WorkStatus",
]


class ListRoleAssignmentsTargetType(StrEnum):
    """Allowed values of list role assignments target type."""

    USER = "USER"
    ORG = "ORG"


@attrs.define(kw_only=True, slots=False)
class AssignRoleBatch(Model):
    """Request body of ``assign_role_batch``."""

    targets: list[Target]
    roles: list[RoleCode]


@attrs.define(kw_only=True, slots=False)
class AssignRole(Model):
    """Request body of ``assign_role``."""

    targets: list[Target]
    code: str
    end_time: int | None = None
    enable_time: int | None = None
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckRoleMutualExclusionReq(Model):
    """Request body of ``check_role_mutual_exclusion``."""

    roles: list[RoleCode]


@attrs.define(kw_only=True, slots=False)
class CheckRoleMutualExclusionResult(Model):
    """GenAuth ``CheckRoleMutualExclusionResultDto``."""

    exist_mutually_exclusive: bool


@attrs.define(kw_only=True, slots=False)
class CheckRoleParams(Model):
    """Request body of ``check_params_namespace``."""

    code: str
    namespace: str
    name: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckRoleParamsResp(Model):
    """GenAuth ``CheckRoleParamsRespDto``."""

    is_valid: bool
    message: bool


@attrs.define(kw_only=True, slots=False)
class CreateAdminRole(Model):
    """Request body of ``create_admin_role``."""

    name: str
    code: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateRole(Model):
    """Request body of ``create_role``."""

    code: str
    name: str | None = None
    namespace: str | None = None
    description: str | None = None
    disable_time: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateRolesBatch(Model):
    """Request body of ``create_roles_batch``."""

    list: builtins.list[RoleListItem]


@attrs.define(kw_only=True, slots=False)
class DeleteAdminRole(Model):
    """Request body of ``delete_admin_roles_batch``."""

    code_list: list[str]


@attrs.define(kw_only=True, slots=False)
class DeleteRoleBatch(Model):
    """Request body of ``delete_roles``."""

    role_list: list[RoleCodeAndNamespace]


@attrs.define(kw_only=True, slots=False)
class DeleteRole(Model):
    """Request body of ``delete_roles_batch``."""

    code_list: list[str]
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class RevokeRoleBatch(Model):
    """Request body of ``revoke_role_batch``."""

    targets: list[Target]
    roles: list[RoleCode]


@attrs.define(kw_only=True, slots=False)
class RevokeRole(Model):
    """Request body of ``revoke_role``."""

    targets: list[Target]
    code: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class RoleAuthorizedResourcesResp(Model):
    """GenAuth ``RoleAuthorizedResourcesRespDto``."""

    resource_code: str
    resource_type: ResourceType | str
    actions: list[str]
    api_identifier: str


@attrs.define(kw_only=True, slots=False)
class RoleCodeAndNamespace(Model):
    """GenAuth ``RoleCodeAndNamespaceDto``."""

    code: str
    namespace: str


@attrs.define(kw_only=True, slots=False)
class RoleCode(Model):
    """GenAuth ``RoleCodeDto``."""

    code: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class RoleDepartmentResp(Model):
    """GenAuth ``RoleDepartmentRespDto``."""

    id: str
    code: str
    name: str
    description: str


@attrs.define(kw_only=True, slots=False)
class RoleListItem(Model):
    """GenAuth ``RoleListItem``."""

    code: str
    name: str | None = None
    description: str | None = None
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class RolePermissionList(Model):
    """GenAuth ``RolePermissionListDto``."""

    role_id: str
    status: str
    user_pool_id: str
    role_name: str
    role_code: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    enable_time: int | None = None
    end_time: int | None = None
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class Target(Model):
    """GenAuth ``TargetDto``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    target_identifier: str


@attrs.define(kw_only=True, slots=False)
class UpdateRole(Model):
    """Request body of ``update_role``."""

    name: str
    new_code: str
    code: str
    namespace: str | None = None
    description: str | None = None
    status: str | None = None
    disable_time: str | None = None
    enable_permission_apply: bool | None = None


RoleAuthorizedResourcePaging = Page[RoleAuthorizedResourcesResp]


RoleDepartmentListPaging = Page[RoleDepartmentResp]


RoleListPage = Page[RolePermissionList]
