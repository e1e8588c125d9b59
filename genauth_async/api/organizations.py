"""Organizations and departments.

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
    check_flag,
    check_mapping,
    check_page,
    check_page_size,
    check_str,
    check_str_list,
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
    from ..models import organizations as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.organizations")

__all__ = ["ENDPOINTS", "OrganizationsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add_department_members": Endpoint(
        "POST", "api/v3/add-department-members", idempotent=False, load=lambda: models.IsSuccess
    ),
    "create_department": Endpoint(
        "POST", "api/v3/create-department", idempotent=False, load=lambda: models.Department
    ),
    "create_department_tree": Endpoint(
        "POST", "api/v3/create-department-tree", idempotent=False, load=lambda: models.Result
    ),
    "create_organization": Endpoint(
        "POST", "api/v3/create-organization", idempotent=False, load=lambda: models.Organization
    ),
    "delete_department": Endpoint(
        "POST", "api/v3/delete-department", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_department_sync_relations": Endpoint(
        "POST",
        "api/v3/delete-department-sync-relations",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "delete_organization": Endpoint(
        "POST", "api/v3/delete-organization", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_all_departments": Endpoint(
        "GET", "api/v3/get-all-departments", idempotent=True, load=lambda: models.DepartmentPaging
    ),
    "get_department": Endpoint(
        "GET", "api/v3/get-department", idempotent=True, load=lambda: models.Department
    ),
    "get_department_by_id": Endpoint(
        "GET", "api/v3/get-department-by-id", idempotent=True, load=lambda: models.Department
    ),
    "get_department_sync_relations": Endpoint(
        "GET",
        "api/v3/get-department-sync-relations",
        idempotent=True,
        load=lambda: list[models.UserSyncRelation],
    ),
    "get_organization": Endpoint(
        "GET", "api/v3/get-organization", idempotent=True, load=lambda: models.Organization
    ),
    "get_organizations_batch": Endpoint(
        "GET",
        "api/v3/get-organization-batch",
        idempotent=True,
        load=lambda: list[models.Organization],
    ),
    "get_parent_department": Endpoint(
        "GET", "api/v3/get-parent-department", idempotent=True, load=lambda: models.Department
    ),
    "is_user_in_department": Endpoint(
        "GET",
        "api/v3/is-user-in-department",
        idempotent=True,
        load=lambda: models.IsUserInDepartmentData,
    ),
    "list_children_departments": Endpoint(
        "GET",
        "api/v3/list-children-departments",
        idempotent=True,
        load=lambda: models.DepartmentPaging,
    ),
    "list_department_member_ids": Endpoint(
        "GET", "api/v3/list-department-member-ids", list[str], True
    ),
    "list_department_members": Endpoint(
        "GET", "api/v3/list-department-members", idempotent=True, load=lambda: models.UserPaging
    ),
    "list_organizations": Endpoint(
        "GET", "api/v3/list-organizations", idempotent=True, load=lambda: models.OrganizationPaging
    ),
    "remove_department_members": Endpoint(
        "POST", "api/v3/remove-department-members", idempotent=True, load=lambda: models.IsSuccess
    ),
    "search_department_members": Endpoint(
        "GET", "api/v3/search-department-members", idempotent=True, load=lambda: models.UserPaging
    ),
    "search_departments": Endpoint(
        "POST", "api/v3/search-departments", idempotent=True, load=lambda: list[models.Department]
    ),
    "search_departments_list": Endpoint(
        "POST",
        "api/v3/search-departments-list",
        idempotent=True,
        load=lambda: list[models.Department],
    ),
    "search_organizations": Endpoint(
        "GET",
        "api/v3/search-organizations",
        idempotent=True,
        load=lambda: models.OrganizationPaging,
    ),
    "update_department": Endpoint(
        "POST", "api/v3/update-department", idempotent=True, load=lambda: models.Department
    ),
    "update_node_status": Endpoint("POST", "api/v3/update-department-status", dict[str, Any], True),
    "update_organization": Endpoint(
        "POST", "api/v3/update-organization", idempotent=True, load=lambda: models.Organization
    ),
    "update_organization_status": Endpoint(
        "POST", "api/v3/update-organization-status", idempotent=True, load=lambda: models.IsSuccess
    ),
}
ENDPOINTS["update_department_status"] = ENDPOINTS["update_node_status"]
_E = ENDPOINTS


class OrganizationsAPI(APIModule):
    """Organizations and departments."""

    __slots__ = ()

    async def add_department_members(
        self,
        department_id: str,
        organization_code: str,
        user_ids: Sequence[str],
        department_id_type: models.DepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Add users to a department.

        ``POST /api/v3/add-department-members``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_addDepartmentMembers``).
        """
        _body = models.AddDepartmentMembersReq(
            department_id=require_id(department_id, "department_id"),
            organization_code=require_id(organization_code, "organization_code"),
            user_ids=require_ids(user_ids, "user_ids"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["add_department_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_department(
        self,
        organization_code: str,
        name: str,
        parent_department_id: str,
        metadata: Mapping[str, Any],
        open_department_id: str | None = None,
        description: str | None = None,
        code: str | None = None,
        is_virtual_node: bool | None = None,
        i18n: models.DepartmentI18n | Mapping[str, Any] | None = None,
        custom_data: Mapping[str, Any] | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        post_id_list: Sequence[str] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Department:
        """Create a department under a parent department of an organization.

        ``POST /api/v3/create-department``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_createDepartment``).
        """
        _body = models.CreateDepartmentReq(
            organization_code=require_id(organization_code, "organization_code"),
            name=require_id(name, "name"),
            parent_department_id=require_id(parent_department_id, "parent_department_id"),
            metadata=check_mapping(metadata, "metadata"),
            open_department_id=check_str(open_department_id, "open_department_id"),
            description=check_str(description, "description"),
            code=check_str(code, "code"),
            is_virtual_node=check_flag(is_virtual_node, "is_virtual_node"),
            i18n=as_model(i18n, models.DepartmentI18n, "i18n", optional=True),
            custom_data=check_mapping(custom_data, "custom_data", optional=True),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            post_id_list=check_str_list(post_id_list, "post_id_list"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["create_department"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_department_tree(
        self,
        name: str,
        children: Sequence[str] | None = None,
        members: models.UserInfo | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Result:
        """Create the departments of a tree at once (missing ones only).

        ``POST /api/v3/create-department-tree``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_createDepartmentTree``).
        """
        _body = models.CreateDepartmentTreeReq(
            name=require_id(name, "name"),
            children=check_str_list(children, "children"),
            members=as_model(members, models.UserInfo, "members", optional=True),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["create_department_tree"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_organization(
        self,
        organization_code: str,
        organization_name: str,
        metadata: Mapping[str, Any],
        description: str | None = None,
        open_department_id: str | None = None,
        i18n: models.OrganizationNameI18n | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        post_id_list: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Organization:
        """Create an organization: a tree with only its root department.

        ``POST /api/v3/create-organization``; not retried once it may have reached GenAuth (a
        replay is not safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_createOrganization``).
        """
        _body = models.CreateOrganizationReq(
            organization_code=require_id(organization_code, "organization_code"),
            organization_name=require_id(organization_name, "organization_name"),
            metadata=check_mapping(metadata, "metadata"),
            description=check_str(description, "description"),
            open_department_id=check_str(open_department_id, "open_department_id"),
            i18n=as_model(i18n, models.OrganizationNameI18n, "i18n", optional=True),
            tenant_id=check_str(tenant_id, "tenant_id"),
            post_id_list=check_str_list(post_id_list, "post_id_list"),
        )
        return await self._transport.request(
            _E["create_organization"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_department(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete a department.

        ``POST /api/v3/delete-department``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_deleteDepartment``).
        """
        _body = models.DeleteDepartmentReq(
            organization_code=require_id(organization_code, "organization_code"),
            department_id=require_id(department_id, "department_id"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["delete_department"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_department_sync_relations(
        self,
        organization_code: str,
        department_id: str,
        provider: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove a department's link with a synchronized third-party directory.

        ``POST /api/v3/delete-department-sync-relations``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_deleteDepartmentSyncRelations``).
        """
        _body = models.DeleteDepartmentSyncRelationReq(
            organization_code=require_id(organization_code, "organization_code"),
            department_id=require_id(department_id, "department_id"),
            provider=require_id(provider, "provider"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
        )
        return await self._transport.request(
            _E["delete_department_sync_relations"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_organization(
        self,
        organization_code: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete an organization and its whole department tree.

        ``POST /api/v3/delete-organization``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_deleteOrganization``).
        """
        _body = models.DeleteOrganizationReq(
            organization_code=require_id(organization_code, "organization_code"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["delete_organization"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_all_departments(
        self,
        organization_code: str,
        department_id: str | None = None,
        department_id_type: models.GetAllDepartmentsDepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DepartmentPaging:
        """Every department of an organization, or of one subtree.

        ``GET /api/v3/get-all-departments``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_getAllDepartments``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": check_str(department_id, "department_id"),
            "departmentIdType": check_enum(
                models.GetAllDepartmentsDepartmentIdType, department_id_type, "department_id_type"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_all_departments"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_department(
        self,
        organization_code: str | None = None,
        department_id: str | None = None,
        department_code: str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Department:
        """One department, by id or code, optionally with its custom data.

        ``GET /api/v3/get-department``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_getDepartment``).
        """
        _query: dict[str, Any] = {
            "organizationCode": check_str(organization_code, "organization_code"),
            "departmentId": check_str(department_id, "department_id"),
            "departmentCode": check_str(department_code, "department_code"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_department"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_department_by_id(
        self,
        department_id: str,
        tenant_id: str | None = None,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Department:
        """One department, by its department id alone.

        ``GET /api/v3/get-department-by-id``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_getDepartmentById``).
        """
        _query: dict[str, Any] = {
            "departmentId": require_id(department_id, "department_id"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_department_by_id"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_department_sync_relations(
        self,
        organization_code: str,
        department_id: str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.UserSyncRelation]:
        """A department's counterparts in synchronized third-party directories.

        ``GET /api/v3/get-department-sync-relations``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_getDepartmentSyncRelations``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": check_str(department_id, "department_id"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_department_sync_relations"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_organization(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Organization:
        """Get organization.

        ``GET /api/v3/get-organization``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_organization"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_organizations_batch(
        self,
        organization_code_list: Sequence[str],
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Organization]:
        """Get organizations batch.

        ``GET /api/v3/get-organization-batch``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "organizationCodeList": require_str_list(
                organization_code_list, "organization_code_list"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_organizations_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_parent_department(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Department:
        """The parent of a department.

        ``GET /api/v3/get-parent-department``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_getParentDepartment``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["get_parent_department"], query=_query, timeout=timeout, deadline=deadline
        )

    async def is_user_in_department(
        self,
        user_id: str,
        organization_code: str,
        department_id: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsUserInDepartmentData:
        """Whether a user is in a department (optionally its subtree).

        ``GET /api/v3/is-user-in-department``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_isUserInDepartment``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "includeChildrenDepartments": check_flag(
                include_children_departments, "include_children_departments"
            ),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["is_user_in_department"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_children_departments(
        self,
        organization_code: str,
        department_id: str,
        status: bool | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        exclude_virtual_node: bool | None = None,
        only_virtual_node: bool | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DepartmentPaging:
        """The child departments of a department.

        ``GET /api/v3/list-children-departments``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_listChildrenDepartments``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "status": check_flag(status, "status"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "excludeVirtualNode": check_flag(exclude_virtual_node, "exclude_virtual_node"),
            "onlyVirtualNode": check_flag(only_virtual_node, "only_virtual_node"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["list_children_departments"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_department_member_ids(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[str]:
        """The user ids of a department's direct members.

        ``GET /api/v3/list-department-member-ids``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_listDepartmentMemberIds``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["list_department_member_ids"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_department_members(
        self,
        organization_code: str,
        department_id: str,
        sort_by: models.ListDepartmentMembersSortBy | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """The members of a department, a page at a time.

        ``GET /api/v3/list-department-members``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_listDepartmentMembers``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "sortBy": check_enum(models.ListDepartmentMembersSortBy, sort_by, "sort_by"),
            "orderBy": check_enum(models.DepartmentSortOrder, order_by, "order_by"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "includeChildrenDepartments": check_flag(
                include_children_departments, "include_children_departments"
            ),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["list_department_members"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_department_members(
        self,
        organization_code: str,
        department_id: str,
        sort_by: models.ListDepartmentMembersSortBy | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_department_members`, page after page.

        ``GET /api/v3/list-department-members``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_listDepartmentMembers``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "sortBy": check_enum(models.ListDepartmentMembersSortBy, sort_by, "sort_by"),
            "orderBy": check_enum(models.DepartmentSortOrder, order_by, "order_by"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "includeChildrenDepartments": check_flag(
                include_children_departments, "include_children_departments"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return self._iter_query(
            _E["list_department_members"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_organizations(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OrganizationPaging:
        """List organizations.

        ``GET /api/v3/list-organizations``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "fetchAll": check_flag(fetch_all, "fetch_all"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "status": check_flag(status, "status"),
        }
        return await self._transport.request(
            _E["list_organizations"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_organizations(
        self,
        fetch_all: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        tenant_id: str | None = None,
        status: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Organization]:
        """Every item of :meth:`list_organizations`, page after page.

        ``GET /api/v3/list-organizations``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "fetchAll": check_flag(fetch_all, "fetch_all"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "status": check_flag(status, "status"),
        }
        return self._iter_query(
            _E["list_organizations"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def remove_department_members(
        self,
        department_id: str,
        organization_code: str,
        user_ids: Sequence[str],
        department_id_type: models.DepartmentIdType | str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove users from a department.

        ``POST /api/v3/remove-department-members``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_removeDepartmentMembers``).
        """
        _body = models.RemoveDepartmentMembersReq(
            department_id=require_id(department_id, "department_id"),
            organization_code=require_id(organization_code, "organization_code"),
            user_ids=require_ids(user_ids, "user_ids"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["remove_department_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def search_department_members(
        self,
        organization_code: str,
        department_id: str,
        keywords: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """Members of a department matching a keyword, a page at a time.

        ``GET /api/v3/search-department-members``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_searchDepartmentMembers``).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "keywords": require_id(keywords, "keywords"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "includeChildrenDepartments": check_flag(
                include_children_departments, "include_children_departments"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["search_department_members"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_search_department_members(
        self,
        organization_code: str,
        department_id: str,
        keywords: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        include_children_departments: bool | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        with_department_ids: bool | None = None,
        tenant_id: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`search_department_members`, page after page.

        ``GET /api/v3/search-department-members``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_searchDepartmentMembers``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "organizationCode": require_id(organization_code, "organization_code"),
            "departmentId": require_id(department_id, "department_id"),
            "keywords": require_id(keywords, "keywords"),
            "departmentIdType": check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            "includeChildrenDepartments": check_flag(
                include_children_departments, "include_children_departments"
            ),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return self._iter_query(
            _E["search_department_members"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def search_departments(
        self,
        organization_code: str,
        keywords: str,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Department]:
        """Departments of an organization whose name matches a keyword.

        ``POST /api/v3/search-departments``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_searchDepartments``).
        """
        _body = models.SearchDepartmentsReq(
            organization_code=require_id(organization_code, "organization_code"),
            keywords=require_id(keywords, "keywords"),
            with_custom_data=check_flag(with_custom_data, "with_custom_data"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["search_departments"], body=_body, timeout=timeout, deadline=deadline
        )

    async def search_departments_list(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        advanced_filter: Sequence[models.SearchDepartmentsFilterItem | Mapping[str, Any]]
        | None = None,
        sort_by: models.SortBy | str | None = None,
        order_by: models.OrderBy | str | None = None,
        sort: Sequence[models.DepartmentSorting | Mapping[str, Any]] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Department]:
        """Departments matching a keyword and filters, a page at a time.

        ``POST /api/v3/search-departments-list``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_searchDepartmentsList``).
        """
        _body = models.SearchDepartmentsListReq(
            organization_code=require_id(organization_code, "organization_code"),
            with_custom_data=check_flag(with_custom_data, "with_custom_data"),
            with_post=check_flag(with_post, "with_post"),
            page=check_page(page),
            limit=check_page_size(limit),
            advanced_filter=as_models(
                advanced_filter,
                models.SearchDepartmentsFilterItem,
                "advanced_filter",
                optional=True,
            ),
            sort_by=check_enum(models.SortBy, sort_by, "sort_by"),
            order_by=check_enum(models.OrderBy, order_by, "order_by"),
            sort=as_models(sort, models.DepartmentSorting, "sort", optional=True),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["search_departments_list"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_search_departments_list(
        self,
        organization_code: str,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        advanced_filter: Sequence[models.SearchDepartmentsFilterItem | Mapping[str, Any]]
        | None = None,
        sort_by: models.SortBy | str | None = None,
        order_by: models.OrderBy | str | None = None,
        sort: Sequence[models.DepartmentSorting | Mapping[str, Any]] | None = None,
        tenant_id: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Department]:
        """Every item of :meth:`search_departments_list`, page after page.

        ``POST /api/v3/search-departments-list``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_searchDepartmentsList``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.SearchDepartmentsListReq(
            organization_code=require_id(organization_code, "organization_code"),
            with_custom_data=check_flag(with_custom_data, "with_custom_data"),
            with_post=check_flag(with_post, "with_post"),
            advanced_filter=as_models(
                advanced_filter,
                models.SearchDepartmentsFilterItem,
                "advanced_filter",
                optional=True,
            ),
            sort_by=check_enum(models.SortBy, sort_by, "sort_by"),
            order_by=check_enum(models.OrderBy, order_by, "order_by"),
            sort=as_models(sort, models.DepartmentSorting, "sort", optional=True),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return self._iter_body(
            _E["search_departments_list"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def search_organizations(
        self,
        keywords: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OrganizationPaging:
        """Organizations whose name matches a keyword, a page at a time.

        ``GET /api/v3/search-organizations``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_searchOrganizations``).
        """
        _query: dict[str, Any] = {
            "keywords": require_id(keywords, "keywords"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return await self._transport.request(
            _E["search_organizations"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_search_organizations(
        self,
        keywords: str,
        with_custom_data: bool | None = None,
        tenant_id: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Organization]:
        """Every item of :meth:`search_organizations`, page after page.

        ``GET /api/v3/search-organizations``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_searchOrganizations``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": require_id(keywords, "keywords"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "tenantId": check_str(tenant_id, "tenant_id"),
        }
        return self._iter_query(
            _E["search_organizations"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def update_department(
        self,
        organization_code: str,
        department_id: str,
        metadata: Mapping[str, Any],
        leader_user_ids: Sequence[str] | None = None,
        description: str | None = None,
        code: str | None = None,
        i18n: models.DepartmentI18n | Mapping[str, Any] | None = None,
        status: bool | None = None,
        name: str | None = None,
        department_id_type: models.DepartmentIdType | str | None = None,
        parent_department_id: str | None = None,
        custom_data: Mapping[str, Any] | None = None,
        post_id_list: Sequence[str] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Department:
        """Change a department: name, code, leaders, parent, custom data.

        ``POST /api/v3/update-department``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_updateDepartment``).
        """
        _body = models.UpdateDepartmentReq(
            organization_code=require_id(organization_code, "organization_code"),
            department_id=require_id(department_id, "department_id"),
            metadata=check_mapping(metadata, "metadata"),
            leader_user_ids=check_str_list(leader_user_ids, "leader_user_ids"),
            description=check_str(description, "description"),
            code=check_str(code, "code"),
            i18n=as_model(i18n, models.DepartmentI18n, "i18n", optional=True),
            status=check_flag(status, "status"),
            name=check_str(name, "name"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            parent_department_id=check_str(parent_department_id, "parent_department_id"),
            custom_data=check_mapping(custom_data, "custom_data", optional=True),
            post_id_list=check_str_list(post_id_list, "post_id_list"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["update_department"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_node_status(
        self,
        department_id: str,
        status: bool,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Enable or disable a department.

        ``POST /api/v3/update-department-status``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``DepartmentsManagementController_updateNodeStatus``).
        """
        _body = models.UpdateDepartmentStatusReq(
            department_id=require_id(department_id, "department_id"),
            status=require_flag(status, "status"),
        )
        return await self._transport.request(
            _E["update_node_status"], body=_body, timeout=timeout, deadline=deadline
        )

    update_department_status = update_node_status

    async def update_organization(
        self,
        organization_code: str,
        description: str | None = None,
        open_department_id: str | None = None,
        leader_user_ids: Sequence[str] | None = None,
        i18n: models.OrganizationNameI18n | Mapping[str, Any] | None = None,
        tenant_id: str | None = None,
        organization_new_code: str | None = None,
        organization_name: str | None = None,
        post_id_list: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Organization:
        """Change an organization's name, code or description.

        ``POST /api/v3/update-organization``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_updateOrganization``).
        """
        _body = models.UpdateOrganizationReq(
            organization_code=require_id(organization_code, "organization_code"),
            description=check_str(description, "description"),
            open_department_id=check_str(open_department_id, "open_department_id"),
            leader_user_ids=check_str_list(leader_user_ids, "leader_user_ids"),
            i18n=as_model(i18n, models.OrganizationNameI18n, "i18n", optional=True),
            tenant_id=check_str(tenant_id, "tenant_id"),
            organization_new_code=check_str(organization_new_code, "organization_new_code"),
            organization_name=check_str(organization_name, "organization_name"),
            post_id_list=check_str_list(post_id_list, "post_id_list"),
        )
        return await self._transport.request(
            _E["update_organization"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_organization_status(
        self,
        root_node_id: str,
        status: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Enable or disable an organization.

        ``POST /api/v3/update-organization-status``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``OrganizationsManagementController_updateOrganizationStatus``).
        """
        _body = models.UpdateOrganizationStatusReq(
            root_node_id=require_id(root_node_id, "root_node_id"),
            status=check_str(status, "status"),
        )
        return await self._transport.request(
            _E["update_organization_status"], body=_body, timeout=timeout, deadline=deadline
        )
