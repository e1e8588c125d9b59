"""Models of the GenAuth *resources-permissions* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Page, StrEnum, enum_field
from .common import (
    AsaAccountTargetTargetType,
    AuthorizedResource,
    AuthorizedResourcePaging,
    IsSuccess,
    PolicyCondition,
    PolicyConditionOperator,
    PolicyConditionParam,
    PolicyEffect,
    ResourceType,
)

__all__ = [
    "ActionAuth",
    "ArrResourceAuthAction",
    "ArrayAuthorize",
    "AsaAccountTargetTargetType",
    "AssociateTenantResource",
    "AuthEnvParams",
    "AuthorizeResourceItem",
    "AuthorizeResources",
    "AuthorizedResource",
    "AuthorizedResourcePaging",
    "BatchCreateDnefReq",
    "BrowserType",
    "CheckExternalUserPermission",
    "CheckExternalUserPermissionData",
    "CheckExternalUserPermissionsResp",
    "CheckParamsDataPolicyResp",
    "CheckParamsDataResourceResp",
    "CheckPermission",
    "CheckPermissionData",
    "CheckPermissionNamespaceExists",
    "CheckPermissionNamespaceExistsResp",
    "CheckPermissionsResp",
    "CheckUserSameLevelPermission",
    "CheckUserSameLevelPermissionData",
    "CheckUserSameLevelPermissionResp",
    "CommonResource",
    "CommonResourcePaging",
    "Config",
    "CreateArrayDataResource",
    "CreateArrayDataResourceResp",
    "CreateArrayDataResourceRespType",
    "CreateAuthorizeDataPolicy",
    "CreateDataPolicy",
    "CreateDataPolicyResp",
    "CreateDataResource",
    "CreateDataResourceResp",
    "CreateDnefReq",
    "CreateNamespace",
    "CreateNamespacesBatch",
    "CreateNamespacesBatchItem",
    "CreatePermissionNamespace",
    "CreatePermissionNamespaceResp",
    "CreatePermissionNamespacesBatch",
    "CreatePermissionNamespacesBatchItem",
    "CreateResource",
    "CreateResourceBatchItem",
    "CreateResourcesBatch",
    "CreateStringDataResource",
    "CreateStringDataResourceResp",
    "CreateTreeDataResource",
    "CreateTreeDataResourceResp",
    "DataPoliciesPaginatedResp",
    "DataPoliciesSimplePaginatedResp",
    "DataResourceSimpleResp",
    "DataResourceTreeStructs",
    "DataResourcesPaginatedResp",
    "DataStatementPermission",
    "DataSubjectResp",
    "DataSubjectRespTargetType",
    "DeleteAuthorizeDataPolicy",
    "DeleteCommonResourcesBatch",
    "DeleteDataPolicy",
    "DeleteDataResource",
    "DeleteDnefReq",
    "DeleteNamespace",
    "DeleteNamespacesBatch",
    "DeletePermissionNamespace",
    "DeletePermissionNamespacesBatch",
    "DeleteResource",
    "DeleteResourcesBatch",
    "DeviceType",
    "DnefPaginatedResp",
    "Effect",
    "ExtendField",
    "GetDataPolicyResp",
    "GetDataResourceResp",
    "GetExternalUserResourceStruct",
    "GetExternalUserResourceStructData",
    "GetPermissionNamespaceResp",
    "GetResourceAuthorizedTargetData",
    "GetResourceAuthorizedTargets",
    "GetUserPermissionList",
    "GetUserPermissionListData",
    "GetUserResourcePermissionList",
    "GetUserResourcePermissionListData",
    "GetUserResourcePermissionListDto",
    "GetUserResourceStruct",
    "GetUserResourceStructData",
    "GroupBo",
    "IsActionAllowed",
    "IsActionAllowedData",
    "IsSuccess",
    "ListDataPoliciesResp",
    "ListDataPolicySubjectPage",
    "ListDataResourcesResp",
    "ListPermissionView",
    "ListPermissionViewPaginatedResp",
    "ListPermissionViewResp",
    "ListResourceTargets",
    "ListResourceTargetsData",
    "ListResourceTargetsDtoResp",
    "ListSimpleDataPoliciesResp",
    "Namespace",
    "NamespaceListPaging",
    "NamespaceRolesListPaging",
    "NamespaceRolesListResp",
    "NamespacesListResp",
    "NodeBo",
    "OpenResource",
    "Option",
    "PermissionNamespaceListPaging",
    "PermissionNamespaceRolesListPaging",
    "PermissionNamespaceRolesListResp",
    "PermissionNamespacesListResp",
    "PolicyBo",
    "PolicyCondition",
    "PolicyConditionOperator",
    "PolicyConditionParam",
    "PolicyEffect",
    "Resource",
    "ResourceAction",
    "ResourceAuthorizedTarget",
    "ResourceItem",
    "ResourcePaging",
    "ResourceType",
    "RoleBo",
    "StrAuthorize",
    "StrResourceAuthAction",
    "Subject",
    "SubjectResp",
    "SystemType",
    "TreeAuthBo",
    "TreeAuthorize",
    "TreeResourceAuthAction",
    "TreeStructs",
    "UpdateDataPolicy",
    "UpdateDataPolicyResp",
    "UpdateDataResource",
    "UpdateDataResourceResp",
    "UpdateDnefReq",
    "UpdateNamespace",
    "UpdatePermissionNamespace",
    "UpdatePermissionNamespaceResp",
    "UpdateResource",
    "UserPermissionList",
    "ValueType",
]


class BrowserType(StrEnum):
    """Allowed values of browser type."""

    IE = "IE"
    CHROME = "Chrome"
    FIREFOX = "Firefox"
    SAFARI = "Safari"
    EDGE = "Edge"
    OPERA = "Opera"
    SAFE360 = "Safe360"
    QQ_BROWSER = "QQBrowser"


class CreateArrayDataResourceRespType(StrEnum):
    """Allowed values of create array data resource resp type."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


class DataSubjectRespTargetType(StrEnum):
    """Allowed values of data subject resp target type."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


class DeviceType(StrEnum):
    """Allowed values of device type."""

    PC = "PC"
    MOBILE = "Mobile"


class Effect(StrEnum):
    """Allowed values of effect."""

    DENY = "DENY"
    ALLOW = "ALLOW"


class SystemType(StrEnum):
    """Allowed values of system type."""

    WINDOWS = "Windows"
    MAC_OS = "MacOS"
    ANDROID = "Android"
    I_OS = "iOS"


class ValueType(StrEnum):
    """Allowed values of value type."""

    STRING = "STRING"
    SELECT = "SELECT"


@attrs.define(kw_only=True)
class ActionAuth:
    """GenAuth ``ActionAuth``."""

    user_ids: list[str]
    action: str


@attrs.define(kw_only=True)
class ArrResourceAuthAction:
    """GenAuth ``ArrResourceAuthAction``."""

    values: list[str] | None = None
    actions: list[str] | None = None


@attrs.define(kw_only=True)
class ArrayAuthorize:
    """GenAuth ``ArrayAuthorize``."""

    values: list[str]
    actions: list[str]


@attrs.define(kw_only=True)
class AssociateTenantResource:
    """Request body of ``associate_tenant_resource``."""

    code: str
    association: bool
    app_id: str
    tenant_id: str | None = None


@attrs.define(kw_only=True)
class AuthEnvParams:
    """GenAuth ``AuthEnvParams``."""

    ip: str | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = None
    device_type: DeviceType | str | None = enum_field(DeviceType, "device_type")
    system_type: SystemType | str | None = enum_field(SystemType, "system_type")
    browser_type: BrowserType | str | None = enum_field(BrowserType, "browser_type")
    request_date: str | None = None


@attrs.define(kw_only=True)
class AuthorizeResourceItem:
    """GenAuth ``AuthorizeResourceItem``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    target_identifiers: list[str]
    resources: list[ResourceItem]


@attrs.define(kw_only=True)
class AuthorizeResources:
    """Request body of ``authorize_resources``."""

    list: builtins.list[AuthorizeResourceItem]
    namespace: str | None = None


@attrs.define(kw_only=True)
class BatchCreateDnefReq:
    """Request body of ``batch_create_dnef``."""

    resource_code: str
    namespace_code: str
    field_list: list[ExtendField]


@attrs.define(kw_only=True)
class CheckExternalUserPermissionData:
    """GenAuth ``CheckExternalUserPermissionDataDto``."""

    check_result_list: list[CheckExternalUserPermissionsResp]


@attrs.define(kw_only=True)
class CheckExternalUserPermission:
    """Request body of ``check_external_user_permission``."""

    resources: list[str]
    action: str
    external_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True)
class CheckExternalUserPermissionsResp:
    """GenAuth ``CheckExternalUserPermissionsRespDto``."""

    namespace_code: str
    action: str
    resource: str
    enabled: bool


@attrs.define(kw_only=True)
class CheckParamsDataPolicyResp:
    """GenAuth ``CheckParamsDataPolicyRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True)
class CheckParamsDataResourceResp:
    """GenAuth ``CheckParamsDataResourceRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True)
class CheckPermissionData:
    """GenAuth ``CheckPermissionDataDto``."""

    check_result_list: list[CheckPermissionsResp]


@attrs.define(kw_only=True)
class CheckPermission:
    """Request body of ``check_permission``."""

    resources: list[str]
    action: str
    user_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True)
class CheckPermissionNamespaceExists:
    """Request body of ``check_permission_namespace_exists``."""

    code: str | None = None
    name: str | None = None


@attrs.define(kw_only=True)
class CheckPermissionNamespaceExistsResp:
    """GenAuth ``CheckPermissionNamespaceExistsRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True)
class CheckPermissionsResp:
    """GenAuth ``CheckPermissionsRespDto``."""

    namespace_code: str
    action: str
    resource: str
    enabled: bool


@attrs.define(kw_only=True)
class CheckUserSameLevelPermissionData:
    """GenAuth ``CheckUserSameLevelPermissionDataDto``."""

    check_level_result_list: list[CheckUserSameLevelPermissionResp]


@attrs.define(kw_only=True)
class CheckUserSameLevelPermission:
    """Request body of ``check_user_same_level_permission``."""

    resource_node_codes: list[str]
    resource: str
    action: str
    user_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True)
class CheckUserSameLevelPermissionResp:
    """GenAuth ``CheckUserSameLevelPermissionRespDto``."""

    action: str
    resource_node_code: str
    enabled: bool


@attrs.define(kw_only=True)
class CommonResource:
    """GenAuth ``CommonResourceDto``."""

    code: str
    type: ResourceType | str
    id: str
    namespace_id: int
    namespace_name: str
    user_pool_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None
    linked_to_tenant: bool | None = None


@attrs.define(kw_only=True)
class Config:
    """GenAuth ``Config``."""

    options: list[Option]


@attrs.define(kw_only=True)
class CreateArrayDataResource:
    """Request body of ``create_data_resource_by_array``."""

    actions: list[str]
    struct: list[str]
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreateArrayDataResourceResp:
    """GenAuth ``CreateArrayDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: list[str]
    actions: list[str]
    description: str | None = None


@attrs.define(kw_only=True)
class CreateAuthorizeDataPolicy:
    """Request body of ``authorize_data_policies``."""

    target_list: list[Subject]
    policy_ids: list[str]


@attrs.define(kw_only=True)
class CreateDataPolicy:
    """Request body of ``create_data_policy``."""

    statement_list: list[DataStatementPermission]
    policy_name: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreateDataPolicyResp:
    """GenAuth ``CreateDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class CreateDataResource:
    """Request body of ``create_data_resource``."""

    actions: list[str]
    struct: Any
    type: CreateArrayDataResourceRespType | str = enum_field(
        CreateArrayDataResourceRespType, "type", required=True
    )
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class CreateDataResourceResp:
    """GenAuth ``CreateDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class CreateDnefReq:
    """Request body of ``create_dnef``."""

    resource_code: str
    namespace_code: str
    label: str
    value_type: ValueType | str = enum_field(ValueType, "value_type", required=True)
    key: str
    description: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True)
class CreateNamespace:
    """Request body of ``create_namespace``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True)
class CreateNamespacesBatch:
    """Request body of ``create_namespaces_batch``."""

    list: builtins.list[CreateNamespacesBatchItem]


@attrs.define(kw_only=True)
class CreateNamespacesBatchItem:
    """GenAuth ``CreateNamespacesBatchItemDto``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True)
class CreatePermissionNamespace:
    """Request body of ``create_permission_namespace``."""

    name: str
    code: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreatePermissionNamespaceResp:
    """GenAuth ``CreatePermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreatePermissionNamespacesBatch:
    """Request body of ``create_permission_namespaces_batch``."""

    list: builtins.list[CreatePermissionNamespacesBatchItem]


@attrs.define(kw_only=True)
class CreatePermissionNamespacesBatchItem:
    """GenAuth ``CreatePermissionNamespacesBatchItemDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreateResourceBatchItem:
    """GenAuth ``CreateResourceBatchItemDto``."""

    code: str
    type: ResourceType | str = enum_field(ResourceType, "type", required=True)
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None


@attrs.define(kw_only=True)
class CreateResource:
    """Request body of ``create_resource``."""

    type: ResourceType | str = enum_field(ResourceType, "type", required=True)
    code: str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None


@attrs.define(kw_only=True)
class CreateResourcesBatch:
    """Request body of ``create_resources_batch``."""

    list: builtins.list[CreateResourceBatchItem]
    namespace: str | None = None


@attrs.define(kw_only=True)
class CreateStringDataResource:
    """Request body of ``create_data_resource_by_string``."""

    actions: list[str]
    struct: str
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None


@attrs.define(kw_only=True)
class CreateStringDataResourceResp:
    """GenAuth ``CreateStringDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: str
    actions: list[str]
    description: str | None = None


@attrs.define(kw_only=True)
class CreateTreeDataResource:
    """Request body of ``create_data_resource_by_tree``."""

    actions: list[str]
    struct: list[DataResourceTreeStructs]
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class CreateTreeDataResourceResp:
    """GenAuth ``CreateTreeDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: list[DataResourceTreeStructs]
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class DataResourceSimpleResp:
    """GenAuth ``DataResourceSimpleRespDto``."""

    resource_id: str
    resource_name: str


@attrs.define(kw_only=True)
class DataResourceTreeStructs:
    """GenAuth ``DataResourceTreeStructs``."""

    code: str
    name: str
    value: str | None = None
    children: list[Any] | None = None
    extend_field_value: Any = None


@attrs.define(kw_only=True)
class DataStatementPermission:
    """GenAuth ``DataStatementPermissionDto``."""

    effect: Effect | str = enum_field(Effect, "effect", required=True)
    permissions: list[str]


@attrs.define(kw_only=True)
class DataSubjectResp:
    """GenAuth ``DataSubjectRespDto``."""

    target_identifier: str
    target_type: DataSubjectRespTargetType | str
    target_name: str
    authorization_time: str


@attrs.define(kw_only=True)
class DeleteAuthorizeDataPolicy:
    """Request body of ``revoke_data_policy``."""

    target_type: DataSubjectRespTargetType | str = enum_field(
        DataSubjectRespTargetType, "target_type", required=True
    )
    target_identifier: str
    policy_id: str


@attrs.define(kw_only=True)
class DeleteCommonResourcesBatch:
    """Request body of ``batch_delete_common_resource``."""

    ids: list[str]


@attrs.define(kw_only=True)
class DeleteDataPolicy:
    """Request body of ``delete_data_policy``."""

    policy_id: str


@attrs.define(kw_only=True)
class DeleteDataResource:
    """Request body of ``delete_data_resource``."""

    resource_code: str
    namespace_code: str


@attrs.define(kw_only=True)
class DeleteDnefReq:
    """Request body of ``delete_dnef``."""

    key: str
    resource_code: str
    namespace_code: str


@attrs.define(kw_only=True)
class DeleteNamespace:
    """Request body of ``delete_namespace``."""

    code: str


@attrs.define(kw_only=True)
class DeleteNamespacesBatch:
    """Request body of ``delete_namespaces_batch``."""

    code_list: list[str]


@attrs.define(kw_only=True)
class DeletePermissionNamespace:
    """Request body of ``delete_permission_namespace``."""

    code: str


@attrs.define(kw_only=True)
class DeletePermissionNamespacesBatch:
    """Request body of ``delete_permission_namespaces_batch``."""

    codes: list[str]


@attrs.define(kw_only=True)
class DeleteResource:
    """Request body of ``delete_resource``."""

    code: str
    namespace: str | None = None


@attrs.define(kw_only=True)
class DeleteResourcesBatch:
    """Request body of ``delete_resources_batch``."""

    namespace: str | None = None
    code_list: list[str] | None = None
    ids: list[str] | None = None


@attrs.define(kw_only=True)
class DnefPaginatedResp:
    """GenAuth ``DnefPaginatedRespDto``."""

    next_start_index: int
    truncated: bool
    list: builtins.list[ExtendField]


@attrs.define(kw_only=True)
class ExtendField:
    """GenAuth ``ExtendField``."""

    key: str
    value_type: ValueType | str
    label: str
    description: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True)
class GetDataPolicyResp:
    """GenAuth ``GetDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class GetDataResourceResp:
    """GenAuth ``GetDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    namespace_code: str
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class GetExternalUserResourceStructData:
    """GenAuth ``GetExternalUserResourceStructDataDto``."""

    namespace_code: str
    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_resource_auth_action: StrResourceAuthAction | None = None
    arr_resource_auth_action: ArrResourceAuthAction | None = None
    tree_resource_auth_action: TreeResourceAuthAction | None = None


@attrs.define(kw_only=True)
class GetExternalUserResourceStruct:
    """Request body of ``get_external_user_resource_struct``."""

    resource_code: str
    external_id: str
    namespace_code: str


@attrs.define(kw_only=True)
class GetPermissionNamespaceResp:
    """GenAuth ``GetPermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True)
class GetResourceAuthorizedTargets:
    """Request body of ``get_resource_authorized_targets``."""

    resource: str
    namespace: str | None = None
    target_type: AsaAccountTargetTargetType | str | None = enum_field(
        AsaAccountTargetTargetType, "target_type"
    )
    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True)
class GetUserPermissionListData:
    """GenAuth ``GetUserPermissionListDataDto``."""

    user_permission_list: list[UserPermissionList]


@attrs.define(kw_only=True)
class GetUserPermissionList:
    """Request body of ``get_user_permission_list``."""

    user_ids: list[str]
    namespace_codes: list[str] | None = None


@attrs.define(kw_only=True)
class GetUserResourcePermissionList:
    """GenAuth ``GetUserResourcePermissionList``."""

    namespace_code: str
    actions: list[str]
    resource: str


@attrs.define(kw_only=True)
class GetUserResourcePermissionListData:
    """GenAuth ``GetUserResourcePermissionListDataDto``."""

    permission_list: list[GetUserResourcePermissionList]


@attrs.define(kw_only=True)
class GetUserResourcePermissionListDto:
    """Request body of ``get_user_resource_permission_list``."""

    resources: list[str]
    user_id: str
    namespace_code: str


@attrs.define(kw_only=True)
class GetUserResourceStructData:
    """GenAuth ``GetUserResourceStructDataDto``."""

    namespace_code: str
    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_resource_auth_action: StrResourceAuthAction | None = None
    arr_resource_auth_action: ArrResourceAuthAction | None = None
    tree_resource_auth_action: TreeResourceAuthAction | None = None


@attrs.define(kw_only=True)
class GetUserResourceStruct:
    """Request body of ``get_user_resource_struct``."""

    resource_code: str
    user_id: str
    namespace_code: str


@attrs.define(kw_only=True)
class GroupBo:
    """GenAuth ``GroupBo``."""

    group_id: str
    group_name: str
    group_code: str


@attrs.define(kw_only=True)
class IsActionAllowedData:
    """GenAuth ``IsActionAllowedDataDto``."""

    allowed: bool


@attrs.define(kw_only=True)
class IsActionAllowed:
    """Request body of ``is_action_allowed``."""

    user_id: str
    action: str
    resource: str
    namespace: str | None = None


@attrs.define(kw_only=True)
class ListDataPoliciesResp:
    """GenAuth ``ListDataPoliciesRespDto``."""

    policy_name: str
    resource_list: list[DataResourceSimpleResp]
    policy_id: str
    target_list: list[SubjectResp]
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class ListDataResourcesResp:
    """GenAuth ``ListDataResourcesRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    namespace_code: str
    namespace_name: str
    authorization_num: int
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class ListPermissionView:
    """Request body of ``list_permission_view``."""

    page: int | None = None
    limit: int | None = None
    keyword: str | None = None


@attrs.define(kw_only=True)
class ListPermissionViewResp:
    """GenAuth ``ListPermissionViewRespDto``."""

    user_id: str
    namespace_id: str
    namespace_code: str
    namespace_name: str
    data_resource_id: str
    data_resource_code: str
    data_resource_name: str
    data_policy_list: list[PolicyBo]
    role_list: list[RoleBo]
    group_list: list[GroupBo]
    node_list: list[NodeBo]
    username: str | None = None


@attrs.define(kw_only=True)
class ListResourceTargetsData:
    """GenAuth ``ListResourceTargetsDataDto``."""

    auth_user_list: list[ListResourceTargetsDtoResp]


@attrs.define(kw_only=True)
class ListResourceTargets:
    """Request body of ``list_resource_targets``."""

    resources: list[str]
    actions: list[str]
    namespace_code: str


@attrs.define(kw_only=True)
class ListResourceTargetsDtoResp:
    """GenAuth ``ListResourceTargetsDtoResp``."""

    resource: str
    action_auth_list: list[ActionAuth]


@attrs.define(kw_only=True)
class ListSimpleDataPoliciesResp:
    """GenAuth ``ListSimpleDataPoliciesRespDto``."""

    policy_id: str
    policy_name: str
    description: str | None = None


@attrs.define(kw_only=True)
class Namespace:
    """GenAuth ``NamespaceDto``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True)
class NamespaceRolesListResp:
    """GenAuth ``NamespaceRolesListRespDto``."""

    id: str
    name: str
    code: str
    namespace: str
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class NamespacesListResp:
    """GenAuth ``NamespacesListRespDto``."""

    name: str
    code: str
    description: str | None = None
    status: int | None = None


@attrs.define(kw_only=True)
class NodeBo:
    """GenAuth ``NodeBo``."""

    node_id: str
    node_name: str
    node_code: str


@attrs.define(kw_only=True)
class OpenResource:
    """GenAuth ``OpenResource``."""

    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_authorize: StrAuthorize | None = None
    arr_authorize: ArrayAuthorize | None = None
    tree_authorize: TreeAuthorize | None = None


@attrs.define(kw_only=True)
class Option:
    """GenAuth ``Option``."""

    value: str


@attrs.define(kw_only=True)
class PermissionNamespaceRolesListResp:
    """GenAuth ``PermissionNamespaceRolesListRespDto``."""

    name: str
    code: str
    namespace: str
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class PermissionNamespacesListResp:
    """GenAuth ``PermissionNamespacesListRespDto``."""

    name: str
    code: str
    description: str | None = None
    status: int | None = None


@attrs.define(kw_only=True)
class PolicyBo:
    """GenAuth ``PolicyBo``."""

    data_policy_id: str
    data_policy_name: str


@attrs.define(kw_only=True)
class ResourceAction:
    """GenAuth ``ResourceAction``."""

    name: str
    description: str


@attrs.define(kw_only=True)
class ResourceAuthorizedTarget:
    """GenAuth ``ResourceAuthorizedTargetDto``."""

    target_type: AsaAccountTargetTargetType | str
    target_identifier: str
    actions: list[str]


@attrs.define(kw_only=True)
class Resource:
    """GenAuth ``ResourceDto``."""

    code: str
    type: ResourceType | str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None
    linked_to_tenant: bool | None = None


@attrs.define(kw_only=True)
class ResourceItem:
    """GenAuth ``ResourceItemDto``."""

    code: str
    actions: list[str]
    resource_type: ResourceType | str = enum_field(ResourceType, "resource_type", required=True)


@attrs.define(kw_only=True)
class RoleBo:
    """GenAuth ``RoleBo``."""

    role_id: str
    role_name: str
    role_code: str


@attrs.define(kw_only=True)
class StrAuthorize:
    """GenAuth ``StrAuthorize``."""

    value: str
    actions: list[str]


@attrs.define(kw_only=True)
class StrResourceAuthAction:
    """GenAuth ``StrResourceAuthAction``."""

    value: str | None = None
    actions: list[str] | None = None


@attrs.define(kw_only=True)
class Subject:
    """GenAuth ``SubjectDto``."""

    id: str
    type: DataSubjectRespTargetType | str = enum_field(
        DataSubjectRespTargetType, "type", required=True
    )
    name: str | None = None


@attrs.define(kw_only=True)
class SubjectResp:
    """GenAuth ``SubjectRespDto``."""

    id: str
    type: DataSubjectRespTargetType | str
    name: str


@attrs.define(kw_only=True)
class TreeAuthBo:
    """GenAuth ``TreeAuthBo``."""

    node_path: str
    node_name: str
    node_actions: list[str]
    node_value: str | None = None
    node_extend_field_value: Any = None


@attrs.define(kw_only=True)
class TreeAuthorize:
    """GenAuth ``TreeAuthorize``."""

    auth_list: list[TreeAuthBo]


@attrs.define(kw_only=True)
class TreeResourceAuthAction:
    """GenAuth ``TreeResourceAuthAction``."""

    node_auth_action_list: list[TreeStructs] | None = None


@attrs.define(kw_only=True)
class TreeStructs:
    """GenAuth ``TreeStructs``."""

    code: str
    name: str
    value: str | None = None
    actions: list[str] | None = None
    children: list[TreeStructs] | None = None


@attrs.define(kw_only=True)
class UpdateDataPolicy:
    """Request body of ``update_data_policy``."""

    policy_id: str
    policy_name: str | None = None
    description: str | None = None
    statement_list: list[DataStatementPermission] | None = None


@attrs.define(kw_only=True)
class UpdateDataPolicyResp:
    """GenAuth ``UpdateDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True)
class UpdateDataResource:
    """Request body of ``update_data_resource``."""

    resource_code: str
    namespace_code: str
    resource_name: str | None = None
    description: str | None = None
    struct: Any = None
    actions: list[str] | None = None


@attrs.define(kw_only=True)
class UpdateDataResourceResp:
    """GenAuth ``UpdateDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True)
class UpdateDnefReq:
    """Request body of ``update_dnef``."""

    key: str
    resource_code: str
    namespace_code: str
    description: str | None = None
    label: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True)
class UpdateNamespace:
    """Request body of ``update_namespace``."""

    code: str
    description: str | None = None
    name: str | None = None
    new_code: str | None = None


@attrs.define(kw_only=True)
class UpdatePermissionNamespace:
    """Request body of ``update_permission_namespace``."""

    code: str
    name: str | None = None
    new_code: str | None = None
    description: str | None = None


@attrs.define(kw_only=True)
class UpdatePermissionNamespaceResp:
    """GenAuth ``UpdatePermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True)
class UpdateResource:
    """Request body of ``update_resource``."""

    code: str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None
    type: ResourceType | str | None = enum_field(ResourceType, "type")


@attrs.define(kw_only=True)
class UserPermissionList:
    """GenAuth ``UserPermissionListDto``."""

    user_id: str
    namespace_code: str
    resource_list: list[OpenResource] | None = None


CommonResourcePaging = Page[CommonResource]


DataPoliciesPaginatedResp = Page[ListDataPoliciesResp]


DataPoliciesSimplePaginatedResp = Page[ListSimpleDataPoliciesResp]


DataResourcesPaginatedResp = Page[ListDataResourcesResp]


GetResourceAuthorizedTargetData = Page[ResourceAuthorizedTarget]


ListDataPolicySubjectPage = Page[DataSubjectResp]


ListPermissionViewPaginatedResp = Page[ListPermissionViewResp]


NamespaceListPaging = Page[NamespacesListResp]


NamespaceRolesListPaging = Page[NamespaceRolesListResp]


PermissionNamespaceListPaging = Page[PermissionNamespacesListResp]


PermissionNamespaceRolesListPaging = Page[PermissionNamespaceRolesListResp]


ResourcePaging = Page[Resource]
