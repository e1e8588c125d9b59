"""Models of the GenAuth *resources-permissions* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import builtins
import datetime
from typing import Any

import attrs

from ._base import Model, Page, StrEnum, enum_field
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


@attrs.define(kw_only=True, slots=False)
class ActionAuth(Model):
    """GenAuth ``ActionAuth``."""

    user_ids: list[str]
    action: str


@attrs.define(kw_only=True, slots=False)
class ArrResourceAuthAction(Model):
    """GenAuth ``ArrResourceAuthAction``."""

    values: list[str] | None = None
    actions: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class ArrayAuthorize(Model):
    """GenAuth ``ArrayAuthorize``."""

    values: list[str]
    actions: list[str]


@attrs.define(kw_only=True, slots=False)
class AssociateTenantResource(Model):
    """Request body of ``associate_tenant_resource``."""

    code: str
    association: bool
    app_id: str
    tenant_id: str | None = None


@attrs.define(kw_only=True, slots=False)
class AuthEnvParams(Model):
    """GenAuth ``AuthEnvParams``."""

    ip: str | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = None
    device_type: DeviceType | str | None = enum_field(DeviceType, "device_type")
    system_type: SystemType | str | None = enum_field(SystemType, "system_type")
    browser_type: BrowserType | str | None = enum_field(BrowserType, "browser_type")
    request_date: str | None = None


@attrs.define(kw_only=True, slots=False)
class AuthorizeResourceItem(Model):
    """GenAuth ``AuthorizeResourceItem``."""

    target_type: AsaAccountTargetTargetType | str = enum_field(
        AsaAccountTargetTargetType, "target_type", required=True
    )
    target_identifiers: list[str]
    resources: list[ResourceItem]


@attrs.define(kw_only=True, slots=False)
class AuthorizeResources(Model):
    """Request body of ``authorize_resources``."""

    list: builtins.list[AuthorizeResourceItem]
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class BatchCreateDnefReq(Model):
    """Request body of ``batch_create_dnef``."""

    resource_code: str
    namespace_code: str
    field_list: list[ExtendField]


@attrs.define(kw_only=True, slots=False)
class CheckExternalUserPermissionData(Model):
    """GenAuth ``CheckExternalUserPermissionDataDto``."""

    check_result_list: list[CheckExternalUserPermissionsResp]


@attrs.define(kw_only=True, slots=False)
class CheckExternalUserPermission(Model):
    """Request body of ``check_external_user_permission``."""

    resources: list[str]
    action: str
    external_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True, slots=False)
class CheckExternalUserPermissionsResp(Model):
    """GenAuth ``CheckExternalUserPermissionsRespDto``."""

    namespace_code: str
    action: str
    resource: str
    enabled: bool


@attrs.define(kw_only=True, slots=False)
class CheckParamsDataPolicyResp(Model):
    """GenAuth ``CheckParamsDataPolicyRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckParamsDataResourceResp(Model):
    """GenAuth ``CheckParamsDataResourceRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckPermissionData(Model):
    """GenAuth ``CheckPermissionDataDto``."""

    check_result_list: list[CheckPermissionsResp]


@attrs.define(kw_only=True, slots=False)
class CheckPermission(Model):
    """Request body of ``check_permission``."""

    resources: list[str]
    action: str
    user_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True, slots=False)
class CheckPermissionNamespaceExists(Model):
    """Request body of ``check_permission_namespace_exists``."""

    code: str | None = None
    name: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckPermissionNamespaceExistsResp(Model):
    """GenAuth ``CheckPermissionNamespaceExistsRespDto``."""

    is_valid: bool
    message: str | None = None


@attrs.define(kw_only=True, slots=False)
class CheckPermissionsResp(Model):
    """GenAuth ``CheckPermissionsRespDto``."""

    namespace_code: str
    action: str
    resource: str
    enabled: bool


@attrs.define(kw_only=True, slots=False)
class CheckUserSameLevelPermissionData(Model):
    """GenAuth ``CheckUserSameLevelPermissionDataDto``."""

    check_level_result_list: list[CheckUserSameLevelPermissionResp]


@attrs.define(kw_only=True, slots=False)
class CheckUserSameLevelPermission(Model):
    """Request body of ``check_user_same_level_permission``."""

    resource_node_codes: list[str]
    resource: str
    action: str
    user_id: str
    namespace_code: str
    judge_condition_enabled: bool | None = None
    auth_env_params: AuthEnvParams | None = None


@attrs.define(kw_only=True, slots=False)
class CheckUserSameLevelPermissionResp(Model):
    """GenAuth ``CheckUserSameLevelPermissionRespDto``."""

    action: str
    resource_node_code: str
    enabled: bool


@attrs.define(kw_only=True, slots=False)
class CommonResource(Model):
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


@attrs.define(kw_only=True, slots=False)
class Config(Model):
    """GenAuth ``Config``."""

    options: list[Option]


@attrs.define(kw_only=True, slots=False)
class CreateArrayDataResource(Model):
    """Request body of ``create_data_resource_by_array``."""

    actions: list[str]
    struct: list[str]
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateArrayDataResourceResp(Model):
    """GenAuth ``CreateArrayDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: list[str]
    actions: list[str]
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateAuthorizeDataPolicy(Model):
    """Request body of ``authorize_data_policies``."""

    target_list: list[Subject]
    policy_ids: list[str]


@attrs.define(kw_only=True, slots=False)
class CreateDataPolicy(Model):
    """Request body of ``create_data_policy``."""

    statement_list: list[DataStatementPermission]
    policy_name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateDataPolicyResp(Model):
    """GenAuth ``CreateDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateDataResource(Model):
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


@attrs.define(kw_only=True, slots=False)
class CreateDataResourceResp(Model):
    """GenAuth ``CreateDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True, slots=False)
class CreateDnefReq(Model):
    """Request body of ``create_dnef``."""

    resource_code: str
    namespace_code: str
    label: str
    value_type: ValueType | str = enum_field(ValueType, "value_type", required=True)
    key: str
    description: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True, slots=False)
class CreateNamespace(Model):
    """Request body of ``create_namespace``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateNamespacesBatch(Model):
    """Request body of ``create_namespaces_batch``."""

    list: builtins.list[CreateNamespacesBatchItem]


@attrs.define(kw_only=True, slots=False)
class CreateNamespacesBatchItem(Model):
    """GenAuth ``CreateNamespacesBatchItemDto``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreatePermissionNamespace(Model):
    """Request body of ``create_permission_namespace``."""

    name: str
    code: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreatePermissionNamespaceResp(Model):
    """GenAuth ``CreatePermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreatePermissionNamespacesBatch(Model):
    """Request body of ``create_permission_namespaces_batch``."""

    list: builtins.list[CreatePermissionNamespacesBatchItem]


@attrs.define(kw_only=True, slots=False)
class CreatePermissionNamespacesBatchItem(Model):
    """GenAuth ``CreatePermissionNamespacesBatchItemDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateResourceBatchItem(Model):
    """GenAuth ``CreateResourceBatchItemDto``."""

    code: str
    type: ResourceType | str = enum_field(ResourceType, "type", required=True)
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateResource(Model):
    """Request body of ``create_resource``."""

    type: ResourceType | str = enum_field(ResourceType, "type", required=True)
    code: str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateResourcesBatch(Model):
    """Request body of ``create_resources_batch``."""

    list: builtins.list[CreateResourceBatchItem]
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateStringDataResource(Model):
    """Request body of ``create_data_resource_by_string``."""

    actions: list[str]
    struct: str
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateStringDataResourceResp(Model):
    """GenAuth ``CreateStringDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: str
    actions: list[str]
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class CreateTreeDataResource(Model):
    """Request body of ``create_data_resource_by_tree``."""

    actions: list[str]
    struct: list[DataResourceTreeStructs]
    resource_code: str
    resource_name: str
    namespace_code: str
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True, slots=False)
class CreateTreeDataResourceResp(Model):
    """GenAuth ``CreateTreeDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: list[DataResourceTreeStructs]
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True, slots=False)
class DataResourceSimpleResp(Model):
    """GenAuth ``DataResourceSimpleRespDto``."""

    resource_id: str
    resource_name: str


@attrs.define(kw_only=True, slots=False)
class DataResourceTreeStructs(Model):
    """GenAuth ``DataResourceTreeStructs``."""

    code: str
    name: str
    value: str | None = None
    children: list[Any] | None = None
    extend_field_value: Any = None


@attrs.define(kw_only=True, slots=False)
class DataStatementPermission(Model):
    """GenAuth ``DataStatementPermissionDto``."""

    effect: Effect | str = enum_field(Effect, "effect", required=True)
    permissions: list[str]


@attrs.define(kw_only=True, slots=False)
class DataSubjectResp(Model):
    """GenAuth ``DataSubjectRespDto``."""

    target_identifier: str
    target_type: DataSubjectRespTargetType | str
    target_name: str
    authorization_time: str


@attrs.define(kw_only=True, slots=False)
class DeleteAuthorizeDataPolicy(Model):
    """Request body of ``revoke_data_policy``."""

    target_type: DataSubjectRespTargetType | str = enum_field(
        DataSubjectRespTargetType, "target_type", required=True
    )
    target_identifier: str
    policy_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteCommonResourcesBatch(Model):
    """Request body of ``batch_delete_common_resource``."""

    ids: list[str]


@attrs.define(kw_only=True, slots=False)
class DeleteDataPolicy(Model):
    """Request body of ``delete_data_policy``."""

    policy_id: str


@attrs.define(kw_only=True, slots=False)
class DeleteDataResource(Model):
    """Request body of ``delete_data_resource``."""

    resource_code: str
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class DeleteDnefReq(Model):
    """Request body of ``delete_dnef``."""

    key: str
    resource_code: str
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class DeleteNamespace(Model):
    """Request body of ``delete_namespace``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class DeleteNamespacesBatch(Model):
    """Request body of ``delete_namespaces_batch``."""

    code_list: list[str]


@attrs.define(kw_only=True, slots=False)
class DeletePermissionNamespace(Model):
    """Request body of ``delete_permission_namespace``."""

    code: str


@attrs.define(kw_only=True, slots=False)
class DeletePermissionNamespacesBatch(Model):
    """Request body of ``delete_permission_namespaces_batch``."""

    codes: list[str]


@attrs.define(kw_only=True, slots=False)
class DeleteResource(Model):
    """Request body of ``delete_resource``."""

    code: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class DeleteResourcesBatch(Model):
    """Request body of ``delete_resources_batch``."""

    namespace: str | None = None
    code_list: list[str] | None = None
    ids: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class DnefPaginatedResp(Model):
    """GenAuth ``DnefPaginatedRespDto``."""

    next_start_index: int
    truncated: bool
    list: builtins.list[ExtendField]


@attrs.define(kw_only=True, slots=False)
class ExtendField(Model):
    """GenAuth ``ExtendField``."""

    key: str
    value_type: ValueType | str
    label: str
    description: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True, slots=False)
class GetDataPolicyResp(Model):
    """GenAuth ``GetDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class GetDataResourceResp(Model):
    """GenAuth ``GetDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    namespace_code: str
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True, slots=False)
class GetExternalUserResourceStructData(Model):
    """GenAuth ``GetExternalUserResourceStructDataDto``."""

    namespace_code: str
    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_resource_auth_action: StrResourceAuthAction | None = None
    arr_resource_auth_action: ArrResourceAuthAction | None = None
    tree_resource_auth_action: TreeResourceAuthAction | None = None


@attrs.define(kw_only=True, slots=False)
class GetExternalUserResourceStruct(Model):
    """Request body of ``get_external_user_resource_struct``."""

    resource_code: str
    external_id: str
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class GetPermissionNamespaceResp(Model):
    """GenAuth ``GetPermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class GetResourceAuthorizedTargets(Model):
    """Request body of ``get_resource_authorized_targets``."""

    resource: str
    namespace: str | None = None
    target_type: AsaAccountTargetTargetType | str | None = enum_field(
        AsaAccountTargetTargetType, "target_type"
    )
    page: int | None = None
    limit: int | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserPermissionListData(Model):
    """GenAuth ``GetUserPermissionListDataDto``."""

    user_permission_list: list[UserPermissionList]


@attrs.define(kw_only=True, slots=False)
class GetUserPermissionList(Model):
    """Request body of ``get_user_permission_list``."""

    user_ids: list[str]
    namespace_codes: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserResourcePermissionList(Model):
    """GenAuth ``GetUserResourcePermissionList``."""

    namespace_code: str
    actions: list[str]
    resource: str


@attrs.define(kw_only=True, slots=False)
class GetUserResourcePermissionListData(Model):
    """GenAuth ``GetUserResourcePermissionListDataDto``."""

    permission_list: list[GetUserResourcePermissionList]


@attrs.define(kw_only=True, slots=False)
class GetUserResourcePermissionListDto(Model):
    """Request body of ``get_user_resource_permission_list``."""

    resources: list[str]
    user_id: str
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class GetUserResourceStructData(Model):
    """GenAuth ``GetUserResourceStructDataDto``."""

    namespace_code: str
    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_resource_auth_action: StrResourceAuthAction | None = None
    arr_resource_auth_action: ArrResourceAuthAction | None = None
    tree_resource_auth_action: TreeResourceAuthAction | None = None


@attrs.define(kw_only=True, slots=False)
class GetUserResourceStruct(Model):
    """Request body of ``get_user_resource_struct``."""

    resource_code: str
    user_id: str
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class GroupBo(Model):
    """GenAuth ``GroupBo``."""

    group_id: str
    group_name: str
    group_code: str


@attrs.define(kw_only=True, slots=False)
class IsActionAllowedData(Model):
    """GenAuth ``IsActionAllowedDataDto``."""

    allowed: bool


@attrs.define(kw_only=True, slots=False)
class IsActionAllowed(Model):
    """Request body of ``is_action_allowed``."""

    user_id: str
    action: str
    resource: str
    namespace: str | None = None


@attrs.define(kw_only=True, slots=False)
class ListDataPoliciesResp(Model):
    """GenAuth ``ListDataPoliciesRespDto``."""

    policy_name: str
    resource_list: list[DataResourceSimpleResp]
    policy_id: str
    target_list: list[SubjectResp]
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class ListDataResourcesResp(Model):
    """GenAuth ``ListDataResourcesRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    namespace_code: str
    namespace_name: str
    authorization_num: int
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class ListPermissionView(Model):
    """Request body of ``list_permission_view``."""

    page: int | None = None
    limit: int | None = None
    keyword: str | None = None


@attrs.define(kw_only=True, slots=False)
class ListPermissionViewResp(Model):
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


@attrs.define(kw_only=True, slots=False)
class ListResourceTargetsData(Model):
    """GenAuth ``ListResourceTargetsDataDto``."""

    auth_user_list: list[ListResourceTargetsDtoResp]


@attrs.define(kw_only=True, slots=False)
class ListResourceTargets(Model):
    """Request body of ``list_resource_targets``."""

    resources: list[str]
    actions: list[str]
    namespace_code: str


@attrs.define(kw_only=True, slots=False)
class ListResourceTargetsDtoResp(Model):
    """GenAuth ``ListResourceTargetsDtoResp``."""

    resource: str
    action_auth_list: list[ActionAuth]


@attrs.define(kw_only=True, slots=False)
class ListSimpleDataPoliciesResp(Model):
    """GenAuth ``ListSimpleDataPoliciesRespDto``."""

    policy_id: str
    policy_name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class Namespace(Model):
    """GenAuth ``NamespaceDto``."""

    code: str
    name: str | None = None
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class NamespaceRolesListResp(Model):
    """GenAuth ``NamespaceRolesListRespDto``."""

    id: str
    name: str
    code: str
    namespace: str
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class NamespacesListResp(Model):
    """GenAuth ``NamespacesListRespDto``."""

    name: str
    code: str
    description: str | None = None
    status: int | None = None


@attrs.define(kw_only=True, slots=False)
class NodeBo(Model):
    """GenAuth ``NodeBo``."""

    node_id: str
    node_name: str
    node_code: str


@attrs.define(kw_only=True, slots=False)
class OpenResource(Model):
    """GenAuth ``OpenResource``."""

    resource_code: str
    resource_type: CreateArrayDataResourceRespType | str
    str_authorize: StrAuthorize | None = None
    arr_authorize: ArrayAuthorize | None = None
    tree_authorize: TreeAuthorize | None = None


@attrs.define(kw_only=True, slots=False)
class Option(Model):
    """GenAuth ``Option``."""

    value: str


@attrs.define(kw_only=True, slots=False)
class PermissionNamespaceRolesListResp(Model):
    """GenAuth ``PermissionNamespaceRolesListRespDto``."""

    name: str
    code: str
    namespace: str
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class PermissionNamespacesListResp(Model):
    """GenAuth ``PermissionNamespacesListRespDto``."""

    name: str
    code: str
    description: str | None = None
    status: int | None = None


@attrs.define(kw_only=True, slots=False)
class PolicyBo(Model):
    """GenAuth ``PolicyBo``."""

    data_policy_id: str
    data_policy_name: str


@attrs.define(kw_only=True, slots=False)
class ResourceAction(Model):
    """GenAuth ``ResourceAction``."""

    name: str
    description: str


@attrs.define(kw_only=True, slots=False)
class ResourceAuthorizedTarget(Model):
    """GenAuth ``ResourceAuthorizedTargetDto``."""

    target_type: AsaAccountTargetTargetType | str
    target_identifier: str
    actions: list[str]


@attrs.define(kw_only=True, slots=False)
class Resource(Model):
    """GenAuth ``ResourceDto``."""

    code: str
    type: ResourceType | str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None
    linked_to_tenant: bool | None = None


@attrs.define(kw_only=True, slots=False)
class ResourceItem(Model):
    """GenAuth ``ResourceItemDto``."""

    code: str
    actions: list[str]
    resource_type: ResourceType | str = enum_field(ResourceType, "resource_type", required=True)


@attrs.define(kw_only=True, slots=False)
class RoleBo(Model):
    """GenAuth ``RoleBo``."""

    role_id: str
    role_name: str
    role_code: str


@attrs.define(kw_only=True, slots=False)
class StrAuthorize(Model):
    """GenAuth ``StrAuthorize``."""

    value: str
    actions: list[str]


@attrs.define(kw_only=True, slots=False)
class StrResourceAuthAction(Model):
    """GenAuth ``StrResourceAuthAction``."""

    value: str | None = None
    actions: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class Subject(Model):
    """GenAuth ``SubjectDto``."""

    id: str
    type: DataSubjectRespTargetType | str = enum_field(
        DataSubjectRespTargetType, "type", required=True
    )
    name: str | None = None


@attrs.define(kw_only=True, slots=False)
class SubjectResp(Model):
    """GenAuth ``SubjectRespDto``."""

    id: str
    type: DataSubjectRespTargetType | str
    name: str


@attrs.define(kw_only=True, slots=False)
class TreeAuthBo(Model):
    """GenAuth ``TreeAuthBo``."""

    node_path: str
    node_name: str
    node_actions: list[str]
    node_value: str | None = None
    node_extend_field_value: Any = None


@attrs.define(kw_only=True, slots=False)
class TreeAuthorize(Model):
    """GenAuth ``TreeAuthorize``."""

    auth_list: list[TreeAuthBo]


@attrs.define(kw_only=True, slots=False)
class TreeResourceAuthAction(Model):
    """GenAuth ``TreeResourceAuthAction``."""

    node_auth_action_list: list[TreeStructs] | None = None


@attrs.define(kw_only=True, slots=False)
class TreeStructs(Model):
    """GenAuth ``TreeStructs``."""

    code: str
    name: str
    value: str | None = None
    actions: list[str] | None = None
    children: list[TreeStructs] | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDataPolicy(Model):
    """Request body of ``update_data_policy``."""

    policy_id: str
    policy_name: str | None = None
    description: str | None = None
    statement_list: list[DataStatementPermission] | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDataPolicyResp(Model):
    """GenAuth ``UpdateDataPolicyRespDto``."""

    policy_id: str
    policy_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDataResource(Model):
    """Request body of ``update_data_resource``."""

    resource_code: str
    namespace_code: str
    resource_name: str | None = None
    description: str | None = None
    struct: Any = None
    actions: list[str] | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDataResourceResp(Model):
    """GenAuth ``UpdateDataResourceRespDto``."""

    resource_name: str
    resource_code: str
    type: CreateArrayDataResourceRespType | str
    struct: Any
    actions: list[str]
    description: str | None = None
    extend_field_list: list[ExtendField] | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateDnefReq(Model):
    """Request body of ``update_dnef``."""

    key: str
    resource_code: str
    namespace_code: str
    description: str | None = None
    label: str | None = None
    config: Config | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateNamespace(Model):
    """Request body of ``update_namespace``."""

    code: str
    description: str | None = None
    name: str | None = None
    new_code: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdatePermissionNamespace(Model):
    """Request body of ``update_permission_namespace``."""

    code: str
    name: str | None = None
    new_code: str | None = None
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdatePermissionNamespaceResp(Model):
    """GenAuth ``UpdatePermissionNamespaceRespDto``."""

    code: str
    name: str
    description: str | None = None


@attrs.define(kw_only=True, slots=False)
class UpdateResource(Model):
    """Request body of ``update_resource``."""

    code: str
    description: str | None = None
    name: str | None = None
    actions: list[ResourceAction] | None = None
    api_identifier: str | None = None
    namespace: str | None = None
    type: ResourceType | str | None = enum_field(ResourceType, "type")


@attrs.define(kw_only=True, slots=False)
class UserPermissionList(Model):
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
