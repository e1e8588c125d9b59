"""Resources, permission namespaces, authorizations and checks.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_model,
    as_models,
    check_enum,
    check_enum_list,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_str,
    check_str_list,
    require_enum,
    require_flag,
    require_id,
    require_ids,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import resources_permissions as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.resources_permissions")

__all__ = ["ENDPOINTS", "ResourcesPermissionsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "associate_tenant_resource": Endpoint(
        "POST", "api/v3/associate-tenant-resource", idempotent=True, load=lambda: models.IsSuccess
    ),
    "authorize_data_policies": Endpoint("POST", "api/v3/authorize-data-policies", None, True),
    "authorize_resources": Endpoint(
        "POST", "api/v3/authorize-resources", idempotent=True, load=lambda: models.IsSuccess
    ),
    "batch_create_dnef": Endpoint(
        "POST", "api/v3/batch-create-dnef", idempotent=False, load=lambda: models.IsSuccess
    ),
    "batch_delete_common_resource": Endpoint(
        "POST",
        "api/v3/delete-common-resources-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "check_data_policy_exists": Endpoint(
        "GET",
        "api/v3/check-data-policy-exists",
        idempotent=True,
        load=lambda: models.CheckParamsDataPolicyResp,
    ),
    "check_data_resource_exists": Endpoint(
        "GET",
        "api/v3/check-data-resource-exists",
        idempotent=True,
        load=lambda: models.CheckParamsDataResourceResp,
    ),
    "check_external_user_permission": Endpoint(
        "POST",
        "api/v3/check-external-user-permission",
        idempotent=True,
        load=lambda: models.CheckExternalUserPermissionData,
    ),
    "check_permission": Endpoint(
        "POST", "api/v3/check-permission", idempotent=True, load=lambda: models.CheckPermissionData
    ),
    "check_permission_namespace_exists": Endpoint(
        "POST",
        "api/v3/check-permission-namespace-exists",
        idempotent=True,
        load=lambda: models.CheckPermissionNamespaceExistsResp,
    ),
    "check_user_same_level_permission": Endpoint(
        "POST",
        "api/v3/check-user-same-level-permission",
        idempotent=True,
        load=lambda: models.CheckUserSameLevelPermissionData,
    ),
    "create_data_policy": Endpoint(
        "POST",
        "api/v3/create-data-policy",
        idempotent=False,
        load=lambda: models.CreateDataPolicyResp,
    ),
    "create_data_resource": Endpoint(
        "POST",
        "api/v3/create-data-resource",
        idempotent=False,
        load=lambda: models.CreateDataResourceResp,
    ),
    "create_data_resource_by_array": Endpoint(
        "POST",
        "api/v3/create-array-data-resource",
        idempotent=False,
        load=lambda: models.CreateArrayDataResourceResp,
    ),
    "create_data_resource_by_string": Endpoint(
        "POST",
        "api/v3/create-string-data-resource",
        idempotent=False,
        load=lambda: models.CreateStringDataResourceResp,
    ),
    "create_data_resource_by_tree": Endpoint(
        "POST",
        "api/v3/create-tree-data-resource",
        idempotent=False,
        load=lambda: models.CreateTreeDataResourceResp,
    ),
    "create_dnef": Endpoint(
        "POST", "api/v3/create-dnef", idempotent=False, load=lambda: models.IsSuccess
    ),
    "create_namespace": Endpoint(
        "POST", "api/v3/create-namespace", idempotent=False, load=lambda: models.Namespace
    ),
    "create_namespaces_batch": Endpoint(
        "POST", "api/v3/create-namespaces-batch", idempotent=False, load=lambda: models.IsSuccess
    ),
    "create_permission_namespace": Endpoint(
        "POST",
        "api/v3/create-permission-namespace",
        idempotent=False,
        load=lambda: models.CreatePermissionNamespaceResp,
    ),
    "create_permission_namespaces_batch": Endpoint(
        "POST",
        "api/v3/create-permission-namespaces-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "create_resource": Endpoint(
        "POST", "api/v3/create-resource", idempotent=False, load=lambda: models.Resource
    ),
    "create_resources_batch": Endpoint(
        "POST", "api/v3/create-resources-batch", idempotent=False, load=lambda: models.IsSuccess
    ),
    "delete_data_policy": Endpoint("POST", "api/v3/delete-data-policy", None, True),
    "delete_data_resource": Endpoint("POST", "api/v3/delete-data-resource", None, True),
    "delete_dnef": Endpoint(
        "POST", "api/v3/delete-dnef", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_namespace": Endpoint(
        "POST", "api/v3/delete-namespace", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_namespaces_batch": Endpoint(
        "POST", "api/v3/delete-namespaces-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_permission_namespace": Endpoint(
        "POST", "api/v3/delete-permission-namespace", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_permission_namespaces_batch": Endpoint(
        "POST",
        "api/v3/delete-permission-namespaces-batch",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "delete_resource": Endpoint(
        "POST", "api/v3/delete-resource", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_resources_batch": Endpoint(
        "POST", "api/v3/delete-resources-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_authorized_resources": Endpoint(
        "GET",
        "api/v3/get-authorized-resources",
        idempotent=True,
        load=lambda: models.AuthorizedResourcePaging,
    ),
    "get_data_policy": Endpoint(
        "GET", "api/v3/get-data-policy", idempotent=True, load=lambda: models.GetDataPolicyResp
    ),
    "get_data_resource": Endpoint(
        "GET", "api/v3/get-data-resource", idempotent=True, load=lambda: models.GetDataResourceResp
    ),
    "get_external_user_resource_struct": Endpoint(
        "POST",
        "api/v3/get-external-user-resource-struct",
        idempotent=True,
        load=lambda: models.GetExternalUserResourceStructData,
    ),
    "get_namespace": Endpoint(
        "GET", "api/v3/get-namespace", idempotent=True, load=lambda: models.Namespace
    ),
    "get_namespaces_batch": Endpoint(
        "GET", "api/v3/get-namespaces-batch", idempotent=True, load=lambda: list[models.Namespace]
    ),
    "get_permission_namespace": Endpoint(
        "GET",
        "api/v3/get-permission-namespace",
        idempotent=True,
        load=lambda: models.GetPermissionNamespaceResp,
    ),
    "get_permission_namespaces_batch": Endpoint(
        "GET",
        "api/v3/get-permission-namespaces-batch",
        idempotent=True,
        load=lambda: list[models.GetPermissionNamespaceResp],
    ),
    "get_resource": Endpoint(
        "GET", "api/v3/get-resource", idempotent=True, load=lambda: models.Resource
    ),
    "get_resource_authorized_targets": Endpoint(
        "POST",
        "api/v3/get-resource-authorized-targets",
        idempotent=True,
        load=lambda: models.GetResourceAuthorizedTargetData,
    ),
    "get_resources_batch": Endpoint(
        "GET", "api/v3/get-resources-batch", idempotent=True, load=lambda: list[models.Resource]
    ),
    "get_user_permission_list": Endpoint(
        "POST",
        "api/v3/get-user-permission-list",
        idempotent=True,
        load=lambda: models.GetUserPermissionListData,
    ),
    "get_user_resource_permission_list": Endpoint(
        "POST",
        "api/v3/get-user-resource-permission-list",
        idempotent=True,
        load=lambda: models.GetUserResourcePermissionListData,
    ),
    "get_user_resource_struct": Endpoint(
        "POST",
        "api/v3/get-user-resource-struct",
        idempotent=True,
        load=lambda: models.GetUserResourceStructData,
    ),
    "is_action_allowed": Endpoint(
        "POST", "api/v3/is-action-allowed", idempotent=True, load=lambda: models.IsActionAllowedData
    ),
    "list_common_resource": Endpoint(
        "GET",
        "api/v3/list-common-resource",
        idempotent=True,
        load=lambda: models.CommonResourcePaging,
    ),
    "list_data_polices": Endpoint(
        "GET",
        "api/v3/list-data-policies",
        idempotent=True,
        load=lambda: models.DataPoliciesPaginatedResp,
    ),
    "list_data_policy_targets": Endpoint(
        "GET",
        "api/v3/list-data-policy-targets",
        idempotent=True,
        load=lambda: models.ListDataPolicySubjectPage,
    ),
    "list_data_resources": Endpoint(
        "GET",
        "api/v3/list-data-resources",
        idempotent=True,
        load=lambda: models.DataResourcesPaginatedResp,
    ),
    "list_dnef": Endpoint(
        "GET", "api/v3/list-dnef", idempotent=True, load=lambda: models.DnefPaginatedResp
    ),
    "list_namespace_roles": Endpoint(
        "GET",
        "api/v3/list-namespace-roles",
        idempotent=True,
        load=lambda: models.NamespaceRolesListPaging,
    ),
    "list_namespaces": Endpoint(
        "GET", "api/v3/list-namespaces", idempotent=True, load=lambda: models.NamespaceListPaging
    ),
    "list_permission_namespace_roles": Endpoint(
        "GET",
        "api/v3/list-permission-namespace-roles",
        idempotent=True,
        load=lambda: models.PermissionNamespaceRolesListPaging,
    ),
    "list_permission_namespaces": Endpoint(
        "GET",
        "api/v3/list-permission-namespaces",
        idempotent=True,
        load=lambda: models.PermissionNamespaceListPaging,
    ),
    "list_permission_view": Endpoint(
        "POST",
        "api/v3/list-permission-view/data",
        idempotent=True,
        load=lambda: models.ListPermissionViewPaginatedResp,
    ),
    "list_resource_targets": Endpoint(
        "POST",
        "api/v3/list-resource-targets",
        idempotent=True,
        load=lambda: models.ListResourceTargetsData,
    ),
    "list_resources": Endpoint(
        "GET", "api/v3/list-resources", idempotent=True, load=lambda: models.ResourcePaging
    ),
    "list_simple_data_polices": Endpoint(
        "GET",
        "api/v3/list-simple-data-policies",
        idempotent=True,
        load=lambda: models.DataPoliciesSimplePaginatedResp,
    ),
    "revoke_data_policy": Endpoint("POST", "api/v3/revoke-data-policy", None, True),
    "update_data_policy": Endpoint(
        "POST",
        "api/v3/update-data-policy",
        idempotent=True,
        load=lambda: models.UpdateDataPolicyResp,
    ),
    "update_data_resource": Endpoint(
        "POST",
        "api/v3/update-data-resource",
        idempotent=True,
        load=lambda: models.UpdateDataResourceResp,
    ),
    "update_dnef": Endpoint(
        "POST", "api/v3/update-dnef", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_namespace": Endpoint(
        "POST", "api/v3/update-namespace", idempotent=True, load=lambda: models.UpdateNamespace
    ),
    "update_permission_namespace": Endpoint(
        "POST",
        "api/v3/update-permission-namespace",
        idempotent=True,
        load=lambda: models.UpdatePermissionNamespaceResp,
    ),
    "update_resource": Endpoint(
        "POST", "api/v3/update-resource", idempotent=True, load=lambda: models.Resource
    ),
}
_E = ENDPOINTS


class ResourcesPermissionsAPI(APIModule):
    """Resources, permission namespaces, authorizations and checks."""

    __slots__ = ()

    async def associate_tenant_resource(
        self,
        code: str,
        association: bool,
        app_id: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Associate tenant resource.

        ``POST /api/v3/associate-tenant-resource``; retried on failure (a replay is safe).
        """
        _body = models.AssociateTenantResource(
            code=require_id(code, "code"),
            association=require_flag(association, "association"),
            app_id=require_id(app_id, "app_id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["associate_tenant_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def authorize_data_policies(
        self,
        target_list: Sequence[models.Subject | Mapping[str, Any]],
        policy_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Authorize data policies.

        ``POST /api/v3/authorize-data-policies``; retried on failure (a replay is safe).
        """
        _body = models.CreateAuthorizeDataPolicy(
            target_list=as_models(target_list, models.Subject, "target_list"),
            policy_ids=require_ids(policy_ids, "policy_ids"),
        )
        return await self._transport.request(
            _E["authorize_data_policies"], body=_body, timeout=timeout, deadline=deadline
        )

    async def authorize_resources(
        self,
        list: Sequence[models.AuthorizeResourceItem | Mapping[str, Any]],
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Authorize resources.

        ``POST /api/v3/authorize-resources``; retried on failure (a replay is safe).
        """
        _body = models.AuthorizeResources(
            list=as_models(list, models.AuthorizeResourceItem, "list"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["authorize_resources"], body=_body, timeout=timeout, deadline=deadline
        )

    async def batch_create_dnef(
        self,
        *,
        resource_code: str,
        namespace_code: str,
        field_list: Sequence[models.ExtendField | Mapping[str, Any]],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Batch create dnef.

        ``POST /api/v3/batch-create-dnef``; not retried once it may have reached GenAuth (a
        replay is not safe). Not in the official Python SDK (node SDK: ``batchCreateDnef``).
        """
        _body = models.BatchCreateDnefReq(
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            field_list=as_models(field_list, models.ExtendField, "field_list"),
        )
        return await self._transport.request(
            _E["batch_create_dnef"], body=_body, timeout=timeout, deadline=deadline
        )

    async def batch_delete_common_resource(
        self,
        ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Batch delete common resource.

        ``POST /api/v3/delete-common-resources-batch``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.DeleteCommonResourcesBatch(
            ids=require_ids(ids, "ids"),
        )
        return await self._transport.request(
            _E["batch_delete_common_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_data_policy_exists(
        self,
        policy_name: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckParamsDataPolicyResp:
        """Check data policy exists.

        ``GET /api/v3/check-data-policy-exists``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "policyName": require_id(policy_name, "policy_name"),
        }
        return await self._transport.request(
            _E["check_data_policy_exists"], query=_query, timeout=timeout, deadline=deadline
        )

    async def check_data_resource_exists(
        self,
        namespace_code: str,
        resource_name: str | None = None,
        resource_code: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckParamsDataResourceResp:
        """Check data resource exists.

        ``GET /api/v3/check-data-resource-exists``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "namespaceCode": require_id(namespace_code, "namespace_code"),
            "resourceName": check_str(resource_name, "resource_name"),
            "resourceCode": check_str(resource_code, "resource_code"),
        }
        return await self._transport.request(
            _E["check_data_resource_exists"], query=_query, timeout=timeout, deadline=deadline
        )

    async def check_external_user_permission(
        self,
        resources: Sequence[str],
        action: str,
        external_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: models.AuthEnvParams | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckExternalUserPermissionData:
        """Check external user permission.

        ``POST /api/v3/check-external-user-permission``; retried on failure (a replay is safe).
        """
        _body = models.CheckExternalUserPermission(
            resources=require_str_list(resources, "resources"),
            action=require_id(action, "action"),
            external_id=require_id(external_id, "external_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            judge_condition_enabled=check_flag(judge_condition_enabled, "judge_condition_enabled"),
            auth_env_params=as_model(
                auth_env_params, models.AuthEnvParams, "auth_env_params", optional=True
            ),
        )
        return await self._transport.request(
            _E["check_external_user_permission"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_permission(
        self,
        resources: Sequence[str],
        action: str,
        user_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: models.AuthEnvParams | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckPermissionData:
        """Check permission.

        ``POST /api/v3/check-permission``; retried on failure (a replay is safe).
        """
        _body = models.CheckPermission(
            resources=require_str_list(resources, "resources"),
            action=require_id(action, "action"),
            user_id=require_id(user_id, "user_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            judge_condition_enabled=check_flag(judge_condition_enabled, "judge_condition_enabled"),
            auth_env_params=as_model(
                auth_env_params, models.AuthEnvParams, "auth_env_params", optional=True
            ),
        )
        return await self._transport.request(
            _E["check_permission"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_permission_namespace_exists(
        self,
        code: str | None = None,
        name: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckPermissionNamespaceExistsResp:
        """Check permission namespace exists.

        ``POST /api/v3/check-permission-namespace-exists``; retried on failure (a replay is
        safe).
        """
        _body = models.CheckPermissionNamespaceExists(
            code=check_str(code, "code"),
            name=check_str(name, "name"),
        )
        return await self._transport.request(
            _E["check_permission_namespace_exists"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_user_same_level_permission(
        self,
        resource_node_codes: Sequence[str],
        resource: str,
        action: str,
        user_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: models.AuthEnvParams | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckUserSameLevelPermissionData:
        """Check user same level permission.

        ``POST /api/v3/check-user-same-level-permission``; retried on failure (a replay is
        safe).
        """
        _body = models.CheckUserSameLevelPermission(
            resource_node_codes=require_str_list(resource_node_codes, "resource_node_codes"),
            resource=require_id(resource, "resource"),
            action=require_id(action, "action"),
            user_id=require_id(user_id, "user_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            judge_condition_enabled=check_flag(judge_condition_enabled, "judge_condition_enabled"),
            auth_env_params=as_model(
                auth_env_params, models.AuthEnvParams, "auth_env_params", optional=True
            ),
        )
        return await self._transport.request(
            _E["check_user_same_level_permission"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_data_policy(
        self,
        statement_list: Sequence[models.DataStatementPermission | Mapping[str, Any]],
        policy_name: str,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateDataPolicyResp:
        """Create data policy.

        ``POST /api/v3/create-data-policy``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateDataPolicy(
            statement_list=as_models(
                statement_list, models.DataStatementPermission, "statement_list"
            ),
            policy_name=require_id(policy_name, "policy_name"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_data_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_data_resource(
        self,
        actions: Sequence[str],
        struct: Any,
        type: models.CreateArrayDataResourceRespType | str,
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        extend_field_list: Sequence[models.ExtendField | Mapping[str, Any]] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateDataResourceResp:
        """Create data resource.

        ``POST /api/v3/create-data-resource``; not retried once it may have reached GenAuth (a
        replay is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``extend_field_list``.
        """
        _body = models.CreateDataResource(
            actions=require_str_list(actions, "actions"),
            struct=struct,
            type=require_enum(models.CreateArrayDataResourceRespType, type, "type"),
            resource_code=require_id(resource_code, "resource_code"),
            resource_name=require_id(resource_name, "resource_name"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            description=check_str(description, "description"),
            extend_field_list=as_models(
                extend_field_list, models.ExtendField, "extend_field_list", optional=True
            ),
        )
        return await self._transport.request(
            _E["create_data_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_data_resource_by_array(
        self,
        actions: Sequence[str],
        struct: Sequence[str],
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateArrayDataResourceResp:
        """Create data resource by array.

        ``POST /api/v3/create-array-data-resource``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreateArrayDataResource(
            actions=require_str_list(actions, "actions"),
            struct=require_str_list(struct, "struct"),
            resource_code=require_id(resource_code, "resource_code"),
            resource_name=require_id(resource_name, "resource_name"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_data_resource_by_array"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_data_resource_by_string(
        self,
        actions: Sequence[str],
        struct: str,
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateStringDataResourceResp:
        """Create data resource by string.

        ``POST /api/v3/create-string-data-resource``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreateStringDataResource(
            actions=require_str_list(actions, "actions"),
            struct=require_id(struct, "struct"),
            resource_code=require_id(resource_code, "resource_code"),
            resource_name=require_id(resource_name, "resource_name"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_data_resource_by_string"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_data_resource_by_tree(
        self,
        actions: Sequence[str],
        struct: Sequence[models.DataResourceTreeStructs | Mapping[str, Any]],
        resource_code: str,
        resource_name: str,
        namespace_code: str,
        description: str | None = None,
        *,
        extend_field_list: Sequence[models.ExtendField | Mapping[str, Any]] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateTreeDataResourceResp:
        """Create data resource by tree.

        ``POST /api/v3/create-tree-data-resource``; not retried once it may have reached GenAuth
        (a replay is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``extend_field_list``.
        """
        _body = models.CreateTreeDataResource(
            actions=require_str_list(actions, "actions"),
            struct=as_models(struct, models.DataResourceTreeStructs, "struct"),
            resource_code=require_id(resource_code, "resource_code"),
            resource_name=require_id(resource_name, "resource_name"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            description=check_str(description, "description"),
            extend_field_list=as_models(
                extend_field_list, models.ExtendField, "extend_field_list", optional=True
            ),
        )
        return await self._transport.request(
            _E["create_data_resource_by_tree"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_dnef(
        self,
        *,
        resource_code: str,
        namespace_code: str,
        label: str,
        value_type: models.ValueType | str,
        key: str,
        description: str | None = None,
        config: models.Config | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create dnef.

        ``POST /api/v3/create-dnef``; not retried once it may have reached GenAuth (a replay is
        not safe). Not in the official Python SDK (node SDK: ``createDnef``).
        """
        _body = models.CreateDnefReq(
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            label=require_id(label, "label"),
            value_type=require_enum(models.ValueType, value_type, "value_type"),
            key=require_id(key, "key"),
            description=check_str(description, "description"),
            config=as_model(config, models.Config, "config", optional=True),
        )
        return await self._transport.request(
            _E["create_dnef"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_namespace(
        self,
        code: str,
        name: str | None = None,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Namespace:
        """Create namespace.

        ``POST /api/v3/create-namespace``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateNamespace(
            code=require_id(code, "code"),
            name=check_str(name, "name"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_namespaces_batch(
        self,
        list: Sequence[models.CreateNamespacesBatchItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create namespaces batch.

        ``POST /api/v3/create-namespaces-batch``; not retried once it may have reached GenAuth
        (a replay is not safe).
        """
        _body = models.CreateNamespacesBatch(
            list=as_models(list, models.CreateNamespacesBatchItem, "list"),
        )
        return await self._transport.request(
            _E["create_namespaces_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_permission_namespace(
        self,
        name: str,
        code: str,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreatePermissionNamespaceResp:
        """Create permission namespace.

        ``POST /api/v3/create-permission-namespace``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreatePermissionNamespace(
            name=require_id(name, "name"),
            code=require_id(code, "code"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_permission_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_permission_namespaces_batch(
        self,
        list: Sequence[models.CreatePermissionNamespacesBatchItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create permission namespaces batch.

        ``POST /api/v3/create-permission-namespaces-batch``; not retried once it may have
        reached GenAuth (a replay is not safe).
        """
        _body = models.CreatePermissionNamespacesBatch(
            list=as_models(list, models.CreatePermissionNamespacesBatchItem, "list"),
        )
        return await self._transport.request(
            _E["create_permission_namespaces_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_resource(
        self,
        type: models.ResourceType | str,
        code: str,
        description: str | None = None,
        name: str | None = None,
        actions: Sequence[models.ResourceAction | Mapping[str, Any]] | None = None,
        api_identifier: str | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Resource:
        """Create resource.

        ``POST /api/v3/create-resource``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.CreateResource(
            type=require_enum(models.ResourceType, type, "type"),
            code=require_id(code, "code"),
            description=check_str(description, "description"),
            name=check_str(name, "name"),
            actions=as_models(actions, models.ResourceAction, "actions", optional=True),
            api_identifier=check_str(api_identifier, "api_identifier"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["create_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_resources_batch(
        self,
        list: Sequence[models.CreateResourceBatchItem | Mapping[str, Any]],
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create resources batch.

        ``POST /api/v3/create-resources-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateResourcesBatch(
            list=as_models(list, models.CreateResourceBatchItem, "list"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["create_resources_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_data_policy(
        self,
        policy_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete data policy.

        ``POST /api/v3/delete-data-policy``; retried on failure (a replay is safe).
        """
        _body = models.DeleteDataPolicy(
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["delete_data_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_data_resource(
        self,
        resource_code: str,
        namespace_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete data resource.

        ``POST /api/v3/delete-data-resource``; retried on failure (a replay is safe).
        """
        _body = models.DeleteDataResource(
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["delete_data_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_dnef(
        self,
        *,
        key: str,
        resource_code: str,
        namespace_code: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete dnef.

        ``POST /api/v3/delete-dnef``; retried on failure (a replay is safe). Not in the official
        Python SDK (node SDK: ``deleteDnef``).
        """
        _body = models.DeleteDnefReq(
            key=require_id(key, "key"),
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["delete_dnef"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_namespace(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete namespace.

        ``POST /api/v3/delete-namespace``; retried on failure (a replay is safe).
        """
        _body = models.DeleteNamespace(
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["delete_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_namespaces_batch(
        self,
        code_list: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete namespaces batch.

        ``POST /api/v3/delete-namespaces-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteNamespacesBatch(
            code_list=require_str_list(code_list, "code_list"),
        )
        return await self._transport.request(
            _E["delete_namespaces_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_permission_namespace(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete permission namespace.

        ``POST /api/v3/delete-permission-namespace``; retried on failure (a replay is safe).
        """
        _body = models.DeletePermissionNamespace(
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["delete_permission_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_permission_namespaces_batch(
        self,
        codes: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete permission namespaces batch.

        ``POST /api/v3/delete-permission-namespaces-batch``; retried on failure (a replay is
        safe).
        """
        _body = models.DeletePermissionNamespacesBatch(
            codes=require_str_list(codes, "codes"),
        )
        return await self._transport.request(
            _E["delete_permission_namespaces_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_resource(
        self,
        code: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete resource.

        ``POST /api/v3/delete-resource``; retried on failure (a replay is safe).
        """
        _body = models.DeleteResource(
            code=require_id(code, "code"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["delete_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_resources_batch(
        self,
        namespace: str | None = None,
        code_list: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete resources batch.

        ``POST /api/v3/delete-resources-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteResourcesBatch(
            namespace=check_str(namespace, "namespace"),
            code_list=check_str_list(code_list, "code_list"),
            ids=check_str_list(ids, "ids"),
        )
        return await self._transport.request(
            _E["delete_resources_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_authorized_resources(
        self,
        target_type: models.AsaAccountTargetTargetType | str,
        target_identifier: str,
        namespace: str | None = None,
        resource_type: models.ResourceType | str | None = None,
        resource_list: Sequence[str] | None = None,
        with_denied: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AuthorizedResourcePaging:
        """Get authorized resources.

        ``GET /api/v3/get-authorized-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "targetType": require_enum(
                models.AsaAccountTargetTargetType, target_type, "target_type"
            ),
            "targetIdentifier": require_id(target_identifier, "target_identifier"),
            "namespace": check_str(namespace, "namespace"),
            "resourceType": check_enum(models.ResourceType, resource_type, "resource_type"),
            "resourceList": check_str_list(resource_list, "resource_list"),
            "withDenied": check_flag(with_denied, "with_denied"),
        }
        return await self._transport.request(
            _E["get_authorized_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_data_policy(
        self,
        policy_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetDataPolicyResp:
        """Get data policy.

        ``GET /api/v3/get-data-policy``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
        }
        return await self._transport.request(
            _E["get_data_policy"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_data_resource(
        self,
        namespace_code: str,
        resource_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetDataResourceResp:
        """Get data resource.

        ``GET /api/v3/get-data-resource``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "namespaceCode": require_id(namespace_code, "namespace_code"),
            "resourceCode": require_id(resource_code, "resource_code"),
        }
        return await self._transport.request(
            _E["get_data_resource"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_external_user_resource_struct(
        self,
        resource_code: str,
        external_id: str,
        namespace_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetExternalUserResourceStructData:
        """Get external user resource struct.

        ``POST /api/v3/get-external-user-resource-struct``; retried on failure (a replay is
        safe).
        """
        _body = models.GetExternalUserResourceStruct(
            resource_code=require_id(resource_code, "resource_code"),
            external_id=require_id(external_id, "external_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["get_external_user_resource_struct"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_namespace(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Namespace:
        """Get namespace.

        ``GET /api/v3/get-namespace``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
        }
        return await self._transport.request(
            _E["get_namespace"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_namespaces_batch(
        self,
        code_list: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Namespace]:
        """Get namespaces batch.

        ``GET /api/v3/get-namespaces-batch``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "codeList": require_str_list(code_list, "code_list"),
        }
        return await self._transport.request(
            _E["get_namespaces_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_permission_namespace(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetPermissionNamespaceResp:
        """Get permission namespace.

        ``GET /api/v3/get-permission-namespace``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
        }
        return await self._transport.request(
            _E["get_permission_namespace"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_permission_namespaces_batch(
        self,
        codes: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.GetPermissionNamespaceResp]:
        """Get permission namespaces batch.

        ``GET /api/v3/get-permission-namespaces-batch``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "codes": require_str_list(codes, "codes"),
        }
        return await self._transport.request(
            _E["get_permission_namespaces_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_resource(
        self,
        code: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Resource:
        """Get resource.

        ``GET /api/v3/get-resource``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_resource"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_resource_authorized_targets(
        self,
        resource: str,
        namespace: str | None = None,
        target_type: models.AsaAccountTargetTargetType | str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetResourceAuthorizedTargetData:
        """Get resource authorized targets.

        ``POST /api/v3/get-resource-authorized-targets``; retried on failure (a replay is safe).
        """
        _body = models.GetResourceAuthorizedTargets(
            resource=require_id(resource, "resource"),
            namespace=check_str(namespace, "namespace"),
            target_type=check_enum(models.AsaAccountTargetTargetType, target_type, "target_type"),
            page=check_page(page),
            limit=check_page_size(limit),
        )
        return await self._transport.request(
            _E["get_resource_authorized_targets"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_resource_authorized_targets(
        self,
        resource: str,
        namespace: str | None = None,
        target_type: models.AsaAccountTargetTargetType | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ResourceAuthorizedTarget]:
        """Every item of :meth:`get_resource_authorized_targets`, page after page.

        ``POST /api/v3/get-resource-authorized-targets``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.GetResourceAuthorizedTargets(
            resource=require_id(resource, "resource"),
            namespace=check_str(namespace, "namespace"),
            target_type=check_enum(models.AsaAccountTargetTargetType, target_type, "target_type"),
        )
        return self._iter_body(
            _E["get_resource_authorized_targets"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def get_resources_batch(
        self,
        code_list: Sequence[str],
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Resource]:
        """Get resources batch.

        ``GET /api/v3/get-resources-batch``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "codeList": require_str_list(code_list, "code_list"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_resources_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_permission_list(
        self,
        user_ids: Sequence[str],
        namespace_codes: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserPermissionListData:
        """Get user permission list.

        ``POST /api/v3/get-user-permission-list``; retried on failure (a replay is safe).
        """
        _body = models.GetUserPermissionList(
            user_ids=require_ids(user_ids, "user_ids"),
            namespace_codes=check_str_list(namespace_codes, "namespace_codes"),
        )
        return await self._transport.request(
            _E["get_user_permission_list"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_user_resource_permission_list(
        self,
        resources: Sequence[str],
        user_id: str,
        namespace_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserResourcePermissionListData:
        """Get user resource permission list.

        ``POST /api/v3/get-user-resource-permission-list``; retried on failure (a replay is
        safe).
        """
        _body = models.GetUserResourcePermissionListDto(
            resources=require_str_list(resources, "resources"),
            user_id=require_id(user_id, "user_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["get_user_resource_permission_list"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_user_resource_struct(
        self,
        resource_code: str,
        user_id: str,
        namespace_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserResourceStructData:
        """Get user resource struct.

        ``POST /api/v3/get-user-resource-struct``; retried on failure (a replay is safe).
        """
        _body = models.GetUserResourceStruct(
            resource_code=require_id(resource_code, "resource_code"),
            user_id=require_id(user_id, "user_id"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["get_user_resource_struct"], body=_body, timeout=timeout, deadline=deadline
        )

    async def is_action_allowed(
        self,
        user_id: str,
        action: str,
        resource: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsActionAllowedData:
        """Is action allowed.

        ``POST /api/v3/is-action-allowed``; retried on failure (a replay is safe).
        """
        _body = models.IsActionAllowed(
            user_id=require_id(user_id, "user_id"),
            action=require_id(action, "action"),
            resource=require_id(resource, "resource"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["is_action_allowed"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_common_resource(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keyword: str | None = None,
        namespace_code_list: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CommonResourcePaging:
        """List common resource.

        ``GET /api/v3/list-common-resource``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "keyword": check_str(keyword, "keyword"),
            "namespaceCodeList": check_str(namespace_code_list, "namespace_code_list"),
        }
        return await self._transport.request(
            _E["list_common_resource"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_common_resource(
        self,
        keyword: str | None = None,
        namespace_code_list: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.CommonResource]:
        """Every item of :meth:`list_common_resource`, page after page.

        ``GET /api/v3/list-common-resource``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keyword": check_str(keyword, "keyword"),
            "namespaceCodeList": check_str(namespace_code_list, "namespace_code_list"),
        }
        return self._iter_query(
            _E["list_common_resource"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_data_polices(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DataPoliciesPaginatedResp:
        """List data polices.

        ``GET /api/v3/list-data-policies``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
        }
        return await self._transport.request(
            _E["list_data_polices"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_data_polices(
        self,
        query: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListDataPoliciesResp]:
        """Every item of :meth:`list_data_polices`, page after page.

        ``GET /api/v3/list-data-policies``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "query": check_str(query, "query"),
        }
        return self._iter_query(
            _E["list_data_polices"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_data_policy_targets(
        self,
        policy_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        target_type: Sequence[models.DataSubjectRespTargetType | str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListDataPolicySubjectPage:
        """List data policy targets.

        ``GET /api/v3/list-data-policy-targets``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
            "targetType": check_enum_list(
                models.DataSubjectRespTargetType, target_type, "target_type", optional=True
            ),
        }
        return await self._transport.request(
            _E["list_data_policy_targets"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_data_policy_targets(
        self,
        policy_id: str,
        query: str | None = None,
        target_type: Sequence[models.DataSubjectRespTargetType | str] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.DataSubjectResp]:
        """Every item of :meth:`list_data_policy_targets`, page after page.

        ``GET /api/v3/list-data-policy-targets``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "query": check_str(query, "query"),
            "targetType": check_enum_list(
                models.DataSubjectRespTargetType, target_type, "target_type", optional=True
            ),
        }
        return self._iter_query(
            _E["list_data_policy_targets"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_data_resources(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        namespace_codes: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DataResourcesPaginatedResp:
        """List data resources.

        ``GET /api/v3/list-data-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
            "namespaceCodes": check_str_list(namespace_codes, "namespace_codes"),
        }
        return await self._transport.request(
            _E["list_data_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_data_resources(
        self,
        query: str | None = None,
        namespace_codes: Sequence[str] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListDataResourcesResp]:
        """Every item of :meth:`list_data_resources`, page after page.

        ``GET /api/v3/list-data-resources``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "query": check_str(query, "query"),
            "namespaceCodes": check_str_list(namespace_codes, "namespace_codes"),
        }
        return self._iter_query(
            _E["list_data_resources"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_dnef(
        self,
        *,
        namespace_code: str,
        resource_code: str,
        start_index: int | None = None,
        max_size: int | None = None,
        query: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DnefPaginatedResp:
        """List dnef.

        ``GET /api/v3/list-dnef``; retried on failure (a replay is safe). Not in the official
        Python SDK (node SDK: ``listDnef``).
        """
        _query: dict[str, Any] = {
            "namespaceCode": require_id(namespace_code, "namespace_code"),
            "resourceCode": require_id(resource_code, "resource_code"),
            "startIndex": check_int(start_index, "start_index"),
            "maxSize": check_int(max_size, "max_size"),
            "query": check_str(query, "query"),
        }
        return await self._transport.request(
            _E["list_dnef"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_namespace_roles(
        self,
        code: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.NamespaceRolesListPaging:
        """List namespace roles.

        ``GET /api/v3/list-namespace-roles``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "keywords": check_str(keywords, "keywords"),
        }
        return await self._transport.request(
            _E["list_namespace_roles"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_namespace_roles(
        self,
        code: str,
        keywords: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.NamespaceRolesListResp]:
        """Every item of :meth:`list_namespace_roles`, page after page.

        ``GET /api/v3/list-namespace-roles``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "keywords": check_str(keywords, "keywords"),
        }
        return self._iter_query(
            _E["list_namespace_roles"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_namespaces(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.NamespaceListPaging:
        """List namespaces.

        ``GET /api/v3/list-namespaces``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "keywords": check_str(keywords, "keywords"),
        }
        return await self._transport.request(
            _E["list_namespaces"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_namespaces(
        self,
        keywords: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.NamespacesListResp]:
        """Every item of :meth:`list_namespaces`, page after page.

        ``GET /api/v3/list-namespaces``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
        }
        return self._iter_query(
            _E["list_namespaces"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_permission_namespace_roles(
        self,
        code: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PermissionNamespaceRolesListPaging:
        """List permission namespace roles.

        ``GET /api/v3/list-permission-namespace-roles``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
        }
        return await self._transport.request(
            _E["list_permission_namespace_roles"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_permission_namespace_roles(
        self,
        code: str,
        query: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.PermissionNamespaceRolesListResp]:
        """Every item of :meth:`list_permission_namespace_roles`, page after page.

        ``GET /api/v3/list-permission-namespace-roles``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "query": check_str(query, "query"),
        }
        return self._iter_query(
            _E["list_permission_namespace_roles"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_permission_namespaces(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PermissionNamespaceListPaging:
        """List permission namespaces.

        ``GET /api/v3/list-permission-namespaces``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
        }
        return await self._transport.request(
            _E["list_permission_namespaces"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_permission_namespaces(
        self,
        query: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.PermissionNamespacesListResp]:
        """Every item of :meth:`list_permission_namespaces`, page after page.

        ``GET /api/v3/list-permission-namespaces``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "query": check_str(query, "query"),
        }
        return self._iter_query(
            _E["list_permission_namespaces"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_permission_view(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keyword: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListPermissionViewPaginatedResp:
        """List permission view.

        ``POST /api/v3/list-permission-view/data``; retried on failure (a replay is safe).
        """
        _body = models.ListPermissionView(
            page=check_page(page),
            limit=check_page_size(limit),
            keyword=check_str(keyword, "keyword"),
        )
        return await self._transport.request(
            _E["list_permission_view"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_permission_view(
        self,
        keyword: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListPermissionViewResp]:
        """Every item of :meth:`list_permission_view`, page after page.

        ``POST /api/v3/list-permission-view/data``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListPermissionView(
            keyword=check_str(keyword, "keyword"),
        )
        return self._iter_body(
            _E["list_permission_view"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_resource_targets(
        self,
        resources: Sequence[str],
        actions: Sequence[str],
        namespace_code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ListResourceTargetsData:
        """List resource targets.

        ``POST /api/v3/list-resource-targets``; retried on failure (a replay is safe).
        """
        _body = models.ListResourceTargets(
            resources=require_str_list(resources, "resources"),
            actions=require_str_list(actions, "actions"),
            namespace_code=require_id(namespace_code, "namespace_code"),
        )
        return await self._transport.request(
            _E["list_resource_targets"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_resources(
        self,
        namespace: str | None = None,
        type: models.ResourceType | str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ResourcePaging:
        """List resources.

        ``GET /api/v3/list-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "namespace": check_str(namespace, "namespace"),
            "type": check_enum(models.ResourceType, type, "type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_resources(
        self,
        namespace: str | None = None,
        type: models.ResourceType | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Resource]:
        """Every item of :meth:`list_resources`, page after page.

        ``GET /api/v3/list-resources``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "namespace": check_str(namespace, "namespace"),
            "type": check_enum(models.ResourceType, type, "type"),
        }
        return self._iter_query(
            _E["list_resources"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_simple_data_polices(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DataPoliciesSimplePaginatedResp:
        """List simple data polices.

        ``GET /api/v3/list-simple-data-policies``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
        }
        return await self._transport.request(
            _E["list_simple_data_polices"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_simple_data_polices(
        self,
        query: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListSimpleDataPoliciesResp]:
        """Every item of :meth:`list_simple_data_polices`, page after page.

        ``GET /api/v3/list-simple-data-policies``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "query": check_str(query, "query"),
        }
        return self._iter_query(
            _E["list_simple_data_polices"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def revoke_data_policy(
        self,
        target_type: models.DataSubjectRespTargetType | str,
        target_identifier: str,
        policy_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Revoke data policy.

        ``POST /api/v3/revoke-data-policy``; retried on failure (a replay is safe).
        """
        _body = models.DeleteAuthorizeDataPolicy(
            target_type=require_enum(models.DataSubjectRespTargetType, target_type, "target_type"),
            target_identifier=require_id(target_identifier, "target_identifier"),
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["revoke_data_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_data_policy(
        self,
        policy_id: str,
        policy_name: str | None = None,
        description: str | None = None,
        statement_list: Sequence[models.DataStatementPermission | Mapping[str, Any]] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UpdateDataPolicyResp:
        """Update data policy.

        ``POST /api/v3/update-data-policy``; retried on failure (a replay is safe).
        """
        _body = models.UpdateDataPolicy(
            policy_id=require_id(policy_id, "policy_id"),
            policy_name=check_str(policy_name, "policy_name"),
            description=check_str(description, "description"),
            statement_list=as_models(
                statement_list, models.DataStatementPermission, "statement_list", optional=True
            ),
        )
        return await self._transport.request(
            _E["update_data_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_data_resource(
        self,
        resource_code: str,
        namespace_code: str,
        resource_name: str | None = None,
        description: str | None = None,
        struct: Any = None,
        actions: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UpdateDataResourceResp:
        """Update data resource.

        ``POST /api/v3/update-data-resource``; retried on failure (a replay is safe).
        """
        _body = models.UpdateDataResource(
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            resource_name=check_str(resource_name, "resource_name"),
            description=check_str(description, "description"),
            struct=struct,
            actions=check_str_list(actions, "actions"),
        )
        return await self._transport.request(
            _E["update_data_resource"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_dnef(
        self,
        *,
        key: str,
        resource_code: str,
        namespace_code: str,
        description: str | None = None,
        label: str | None = None,
        config: models.Config | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update dnef.

        ``POST /api/v3/update-dnef``; retried on failure (a replay is safe). Not in the official
        Python SDK (node SDK: ``updateDnef``).
        """
        _body = models.UpdateDnefReq(
            key=require_id(key, "key"),
            resource_code=require_id(resource_code, "resource_code"),
            namespace_code=require_id(namespace_code, "namespace_code"),
            description=check_str(description, "description"),
            label=check_str(label, "label"),
            config=as_model(config, models.Config, "config", optional=True),
        )
        return await self._transport.request(
            _E["update_dnef"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_namespace(
        self,
        code: str,
        description: str | None = None,
        name: str | None = None,
        new_code: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UpdateNamespace:
        """Update namespace.

        ``POST /api/v3/update-namespace``; retried on failure (a replay is safe).
        """
        _body = models.UpdateNamespace(
            code=require_id(code, "code"),
            description=check_str(description, "description"),
            name=check_str(name, "name"),
            new_code=check_str(new_code, "new_code"),
        )
        return await self._transport.request(
            _E["update_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_permission_namespace(
        self,
        code: str,
        name: str | None = None,
        new_code: str | None = None,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UpdatePermissionNamespaceResp:
        """Update permission namespace.

        ``POST /api/v3/update-permission-namespace``; retried on failure (a replay is safe).
        """
        _body = models.UpdatePermissionNamespace(
            code=require_id(code, "code"),
            name=check_str(name, "name"),
            new_code=check_str(new_code, "new_code"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["update_permission_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_resource(
        self,
        code: str,
        description: str | None = None,
        name: str | None = None,
        actions: Sequence[models.ResourceAction | Mapping[str, Any]] | None = None,
        api_identifier: str | None = None,
        namespace: str | None = None,
        type: models.ResourceType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Resource:
        """Update resource.

        ``POST /api/v3/update-resource``; retried on failure (a replay is safe).
        """
        _body = models.UpdateResource(
            code=require_id(code, "code"),
            description=check_str(description, "description"),
            name=check_str(name, "name"),
            actions=as_models(actions, models.ResourceAction, "actions", optional=True),
            api_identifier=check_str(api_identifier, "api_identifier"),
            namespace=check_str(namespace, "namespace"),
            type=check_enum(models.ResourceType, type, "type"),
        )
        return await self._transport.request(
            _E["update_resource"], body=_body, timeout=timeout, deadline=deadline
        )
