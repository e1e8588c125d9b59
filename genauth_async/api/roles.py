"""Roles: definitions, members, and what they are assigned to.

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
    as_models,
    check_enum,
    check_enum_list,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_str,
    require_id,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import roles as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.roles")

__all__ = ["ENDPOINTS", "RolesAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "assign_role": Endpoint(
        "POST", "api/v3/assign-role", idempotent=True, load=lambda: models.IsSuccess
    ),
    "assign_role_batch": Endpoint(
        "POST", "api/v3/assign-role-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "check_params_namespace": Endpoint(
        "POST", "api/v3/check-role-params", idempotent=True, load=lambda: models.CheckRoleParamsResp
    ),
    "check_role_mutual_exclusion": Endpoint(
        "POST",
        "api/v3/check-role-mutual-exclusion",
        idempotent=True,
        load=lambda: models.CheckRoleMutualExclusionResult,
    ),
    "create_admin_role": Endpoint(
        "POST",
        "api/v3/create-admin-role",
        idempotent=False,
        load=lambda: models.CheckRoleParamsResp,
    ),
    "create_role": Endpoint(
        "POST", "api/v3/create-role", idempotent=False, load=lambda: models.Role
    ),
    "create_roles_batch": Endpoint(
        "POST", "api/v3/create-roles-batch", idempotent=False, load=lambda: models.IsSuccess
    ),
    "delete_admin_roles_batch": Endpoint(
        "POST", "api/v3/delete-admin-roles", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_roles": Endpoint(
        "POST",
        "api/v3/multiple-namespace-delete-roles-batch",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "delete_roles_batch": Endpoint(
        "POST", "api/v3/delete-roles-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_role": Endpoint("GET", "api/v3/get-role", idempotent=True, load=lambda: models.Role),
    "get_role_authorized_resources": Endpoint(
        "GET",
        "api/v3/get-role-authorized-resources",
        idempotent=True,
        load=lambda: models.RoleAuthorizedResourcePaging,
    ),
    "list_role_assignments": Endpoint(
        "GET", "api/v3/list-role-assignments", idempotent=True, load=lambda: models.RoleListPage
    ),
    "list_role_departments": Endpoint(
        "GET",
        "api/v3/list-role-departments",
        idempotent=True,
        load=lambda: models.RoleDepartmentListPaging,
    ),
    "list_role_members": Endpoint(
        "GET", "api/v3/list-role-members", idempotent=True, load=lambda: models.UserPaging
    ),
    "list_roles": Endpoint(
        "GET", "api/v3/list-roles", idempotent=True, load=lambda: models.RolePaging
    ),
    "revoke_role": Endpoint(
        "POST", "api/v3/revoke-role", idempotent=True, load=lambda: models.IsSuccess
    ),
    "revoke_role_batch": Endpoint(
        "POST", "api/v3/revoke-role-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_role": Endpoint(
        "POST", "api/v3/update-role", idempotent=True, load=lambda: models.IsSuccess
    ),
}
_E = ENDPOINTS


class RolesAPI(APIModule):
    """Roles: definitions, members, and what they are assigned to."""

    __slots__ = ()

    async def assign_role(
        self,
        targets: Sequence[models.Target | Mapping[str, Any]],
        code: str,
        end_time: int | None = None,
        enable_time: int | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Assign role.

        ``POST /api/v3/assign-role``; retried on failure (a replay is safe).
        """
        _body = models.AssignRole(
            targets=as_models(targets, models.Target, "targets"),
            code=require_id(code, "code"),
            end_time=check_int(end_time, "end_time", minimum=0),
            enable_time=check_int(enable_time, "enable_time"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["assign_role"], body=_body, timeout=timeout, deadline=deadline
        )

    async def assign_role_batch(
        self,
        targets: Sequence[models.Target | Mapping[str, Any]],
        roles: Sequence[models.RoleCode | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Assign role batch.

        ``POST /api/v3/assign-role-batch``; retried on failure (a replay is safe).
        """
        _body = models.AssignRoleBatch(
            targets=as_models(targets, models.Target, "targets"),
            roles=as_models(roles, models.RoleCode, "roles"),
        )
        return await self._transport.request(
            _E["assign_role_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_params_namespace(
        self,
        code: str,
        namespace: str,
        name: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckRoleParamsResp:
        """Check params namespace.

        ``POST /api/v3/check-role-params``; retried on failure (a replay is safe).
        """
        _body = models.CheckRoleParams(
            code=require_id(code, "code"),
            namespace=require_id(namespace, "namespace"),
            name=check_str(name, "name"),
        )
        return await self._transport.request(
            _E["check_params_namespace"], body=_body, timeout=timeout, deadline=deadline
        )

    async def check_role_mutual_exclusion(
        self,
        *,
        roles: Sequence[models.RoleCode | Mapping[str, Any]],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckRoleMutualExclusionResult:
        """Check role mutual exclusion.

        ``POST /api/v3/check-role-mutual-exclusion``; retried on failure (a replay is safe). Not
        in the official Python SDK (node SDK: ``checkMutualExclusion``).
        """
        _body = models.CheckRoleMutualExclusionReq(
            roles=as_models(roles, models.RoleCode, "roles"),
        )
        return await self._transport.request(
            _E["check_role_mutual_exclusion"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_admin_role(
        self,
        name: str,
        code: str,
        description: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckRoleParamsResp:
        """Create admin role.

        ``POST /api/v3/create-admin-role``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateAdminRole(
            name=require_id(name, "name"),
            code=require_id(code, "code"),
            description=check_str(description, "description"),
        )
        return await self._transport.request(
            _E["create_admin_role"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_role(
        self,
        code: str,
        name: str | None = None,
        namespace: str | None = None,
        description: str | None = None,
        disable_time: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Role:
        """Create role.

        ``POST /api/v3/create-role``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.CreateRole(
            code=require_id(code, "code"),
            name=check_str(name, "name"),
            namespace=check_str(namespace, "namespace"),
            description=check_str(description, "description"),
            disable_time=check_str(disable_time, "disable_time"),
        )
        return await self._transport.request(
            _E["create_role"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_roles_batch(
        self,
        list: Sequence[models.RoleListItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Create roles batch.

        ``POST /api/v3/create-roles-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateRolesBatch(
            list=as_models(list, models.RoleListItem, "list"),
        )
        return await self._transport.request(
            _E["create_roles_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_admin_roles_batch(
        self,
        code_list: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete admin roles batch.

        ``POST /api/v3/delete-admin-roles``; retried on failure (a replay is safe).
        """
        _body = models.DeleteAdminRole(
            code_list=require_str_list(code_list, "code_list"),
        )
        return await self._transport.request(
            _E["delete_admin_roles_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_roles(
        self,
        role_list: Sequence[models.RoleCodeAndNamespace | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete roles.

        ``POST /api/v3/multiple-namespace-delete-roles-batch``; retried on failure (a replay is
        safe).
        """
        _body = models.DeleteRoleBatch(
            role_list=as_models(role_list, models.RoleCodeAndNamespace, "role_list"),
        )
        return await self._transport.request(
            _E["delete_roles"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_roles_batch(
        self,
        code_list: Sequence[str],
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete roles batch.

        ``POST /api/v3/delete-roles-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteRole(
            code_list=require_str_list(code_list, "code_list"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["delete_roles_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_role(
        self,
        code: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Role:
        """Get role.

        ``GET /api/v3/get-role``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_role"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_role_authorized_resources(
        self,
        code: str,
        namespace: str | None = None,
        resource_type: models.ResourceType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RoleAuthorizedResourcePaging:
        """Get role authorized resources.

        ``GET /api/v3/get-role-authorized-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
            "resourceType": check_enum(models.ResourceType, resource_type, "resource_type"),
        }
        return await self._transport.request(
            _E["get_role_authorized_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_role_assignments(
        self,
        role_code: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        query: str | None = None,
        namespace_code: str | None = None,
        target_type: Sequence[models.ListRoleAssignmentsTargetType | str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RoleListPage:
        """List role assignments.

        ``GET /api/v3/list-role-assignments``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "roleCode": require_id(role_code, "role_code"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "query": check_str(query, "query"),
            "namespaceCode": check_str(namespace_code, "namespace_code"),
            "targetType": check_enum_list(
                models.ListRoleAssignmentsTargetType, target_type, "target_type", optional=True
            ),
        }
        return await self._transport.request(
            _E["list_role_assignments"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_role_assignments(
        self,
        role_code: str,
        query: str | None = None,
        namespace_code: str | None = None,
        target_type: Sequence[models.ListRoleAssignmentsTargetType | str] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.RolePermissionList]:
        """Every item of :meth:`list_role_assignments`, page after page.

        ``GET /api/v3/list-role-assignments``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "roleCode": require_id(role_code, "role_code"),
            "query": check_str(query, "query"),
            "namespaceCode": check_str(namespace_code, "namespace_code"),
            "targetType": check_enum_list(
                models.ListRoleAssignmentsTargetType, target_type, "target_type", optional=True
            ),
        }
        return self._iter_query(
            _E["list_role_assignments"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_role_departments(
        self,
        code: str,
        namespace: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RoleDepartmentListPaging:
        """The departments a role is assigned to, a page at a time.

        ``GET /api/v3/list-role-departments``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``RolesManagementController_listRoleDepartments``).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["list_role_departments"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_role_departments(
        self,
        code: str,
        namespace: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.RoleDepartmentResp]:
        """Every item of :meth:`list_role_departments`, page after page.

        ``GET /api/v3/list-role-departments``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``RolesManagementController_listRoleDepartments``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
        }
        return self._iter_query(
            _E["list_role_departments"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_role_members(
        self,
        code: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        namespace: str | None = None,
        *,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """List role members.

        ``GET /api/v3/list-role-members``; retried on failure (a replay is safe). Keyword-only
        (in the server's DTO, sent by neither SDK): ``with_department_ids``.
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "namespace": check_str(namespace, "namespace"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["list_role_members"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_role_members(
        self,
        code: str,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        namespace: str | None = None,
        *,
        with_department_ids: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_role_members`, page after page.

        ``GET /api/v3/list-role-members``; retried on failure (a replay is safe). Keyword-only
        (in the server's DTO, sent by neither SDK): ``with_department_ids``.

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "namespace": check_str(namespace, "namespace"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return self._iter_query(
            _E["list_role_members"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_roles(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RolePaging:
        """List roles.

        ``GET /api/v3/list-roles``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "keywords": check_str(keywords, "keywords"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["list_roles"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_roles(
        self,
        keywords: str | None = None,
        namespace: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Role]:
        """Every item of :meth:`list_roles`, page after page.

        ``GET /api/v3/list-roles``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "namespace": check_str(namespace, "namespace"),
        }
        return self._iter_query(
            _E["list_roles"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def revoke_role(
        self,
        targets: Sequence[models.Target | Mapping[str, Any]],
        code: str,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Revoke role.

        ``POST /api/v3/revoke-role``; retried on failure (a replay is safe).
        """
        _body = models.RevokeRole(
            targets=as_models(targets, models.Target, "targets"),
            code=require_id(code, "code"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["revoke_role"], body=_body, timeout=timeout, deadline=deadline
        )

    async def revoke_role_batch(
        self,
        targets: Sequence[models.Target | Mapping[str, Any]],
        roles: Sequence[models.RoleCode | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Revoke role batch.

        ``POST /api/v3/revoke-role-batch``; retried on failure (a replay is safe).
        """
        _body = models.RevokeRoleBatch(
            targets=as_models(targets, models.Target, "targets"),
            roles=as_models(roles, models.RoleCode, "roles"),
        )
        return await self._transport.request(
            _E["revoke_role_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_role(
        self,
        name: str,
        new_code: str,
        code: str,
        namespace: str | None = None,
        description: str | None = None,
        status: str | None = None,
        disable_time: str | None = None,
        *,
        enable_permission_apply: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update role.

        ``POST /api/v3/update-role``; retried on failure (a replay is safe). Keyword-only (sent
        by the node SDK, not by the Python one): ``enable_permission_apply``.
        """
        _body = models.UpdateRole(
            name=require_id(name, "name"),
            new_code=require_id(new_code, "new_code"),
            code=require_id(code, "code"),
            namespace=check_str(namespace, "namespace"),
            description=check_str(description, "description"),
            status=check_str(status, "status"),
            disable_time=check_str(disable_time, "disable_time"),
            enable_permission_apply=check_flag(enable_permission_apply, "enable_permission_apply"),
        )
        return await self._transport.request(
            _E["update_role"], body=_body, timeout=timeout, deadline=deadline
        )
