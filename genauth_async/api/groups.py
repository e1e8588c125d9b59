"""User groups and their members.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_models,
    check_enum,
    check_flag,
    check_page,
    check_page_size,
    check_str,
    require_id,
    require_ids,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import groups as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.groups")

__all__ = ["ENDPOINTS", "GroupsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add_group_members": Endpoint(
        "POST", "api/v3/add-group-members", idempotent=False, load=lambda: models.IsSuccess
    ),
    "create_group": Endpoint(
        "POST", "api/v3/create-group", idempotent=False, load=lambda: models.Group
    ),
    "create_groups_batch": Endpoint(
        "POST", "api/v3/create-groups-batch", idempotent=False, load=lambda: list[models.Group]
    ),
    "create_or_update_group": Endpoint(
        "POST",
        "api/v3/create-or-update-group",
        idempotent=False,
        load=lambda: models.CreateOrUpdateGroupData,
    ),
    "delete_groups_batch": Endpoint(
        "POST", "api/v3/delete-groups-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_all_groups": Endpoint(
        "GET", "api/v3/get-all-groups", idempotent=True, load=lambda: list[models.Group]
    ),
    "get_group": Endpoint("GET", "api/v3/get-group", idempotent=True, load=lambda: models.Group),
    "get_group_authorized_resources": Endpoint(
        "GET",
        "api/v3/get-group-authorized-resources",
        idempotent=True,
        load=lambda: list[models.AuthorizedResource],
    ),
    "list_group_members": Endpoint(
        "GET", "api/v3/list-group-members", idempotent=True, load=lambda: models.UserPaging
    ),
    "list_groups": Endpoint(
        "GET", "api/v3/list-groups", idempotent=True, load=lambda: models.GroupPaging
    ),
    "remove_group_members": Endpoint(
        "POST", "api/v3/remove-group-members", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_group": Endpoint(
        "POST", "api/v3/update-group", idempotent=True, load=lambda: models.Group
    ),
}
_E = ENDPOINTS


class GroupsAPI(APIModule):
    """User groups and their members."""

    __slots__ = ()

    async def add_group_members(
        self,
        user_ids: Sequence[str],
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Add group members.

        ``POST /api/v3/add-group-members``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.AddGroupMembersReq(
            user_ids=require_ids(user_ids, "user_ids"),
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["add_group_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_group(
        self,
        type: str,
        description: str,
        name: str,
        code: str,
        custom_data: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Group:
        """Create group.

        ``POST /api/v3/create-group``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.CreateGroupReq(
            type=require_id(type, "type"),
            description=require_id(description, "description"),
            name=require_id(name, "name"),
            code=require_id(code, "code"),
            custom_data=custom_data,
        )
        return await self._transport.request(
            _E["create_group"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_groups_batch(
        self,
        list: Sequence[models.CreateGroupReq | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.Group]:
        """Create groups batch.

        ``POST /api/v3/create-groups-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateGroupBatchReq(
            list=as_models(list, models.CreateGroupReq, "list"),
        )
        return await self._transport.request(
            _E["create_groups_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_or_update_group(
        self,
        type: str,
        description: str,
        name: str,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreateOrUpdateGroupData:
        """Create or update group.

        ``POST /api/v3/create-or-update-group``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateOrUpdateGroupReq(
            type=require_id(type, "type"),
            description=require_id(description, "description"),
            name=require_id(name, "name"),
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["create_or_update_group"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_groups_batch(
        self,
        code_list: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete groups batch.

        ``POST /api/v3/delete-groups-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteGroupsReq(
            code_list=require_str_list(code_list, "code_list"),
        )
        return await self._transport.request(
            _E["delete_groups_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_all_groups(
        self,
        fetch_members: bool | None = None,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Group]:
        """Get all groups.

        ``GET /api/v3/get-all-groups``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "fetchMembers": check_flag(fetch_members, "fetch_members"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_all_groups"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_group(
        self,
        code: str,
        with_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Group:
        """Get group.

        ``GET /api/v3/get-group``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        }
        return await self._transport.request(
            _E["get_group"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_group_authorized_resources(
        self,
        code: str,
        namespace: str | None = None,
        resource_type: models.ResourceType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.AuthorizedResource]:
        """Get group authorized resources.

        ``GET /api/v3/get-group-authorized-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "namespace": check_str(namespace, "namespace"),
            "resourceType": check_enum(models.ResourceType, resource_type, "resource_type"),
        }
        return await self._transport.request(
            _E["get_group_authorized_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    async def list_group_members(
        self,
        code: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        flat_custom_data: bool | None = None,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """List group members.

        ``GET /api/v3/list-group-members``; retried on failure (a replay is safe). Keyword-only
        (in the server's DTO, sent by neither SDK): ``with_department_ids``. Keyword-only (sent
        by the node SDK, not by the Python one): ``flat_custom_data``.
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["list_group_members"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_group_members(
        self,
        code: str,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        flat_custom_data: bool | None = None,
        with_department_ids: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_group_members`, page after page.

        ``GET /api/v3/list-group-members``; retried on failure (a replay is safe). Keyword-only
        (in the server's DTO, sent by neither SDK): ``with_department_ids``. Keyword-only (sent
        by the node SDK, not by the Python one): ``flat_custom_data``.

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
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return self._iter_query(
            _E["list_group_members"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_groups(
        self,
        keywords: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GroupPaging:
        """List groups.

        ``GET /api/v3/list-groups``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withMetadata": check_flag(with_metadata, "with_metadata"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
        }
        return await self._transport.request(
            _E["list_groups"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_groups(
        self,
        keywords: str | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ResGroup]:
        """Every item of :meth:`list_groups`, page after page.

        ``GET /api/v3/list-groups``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "withMetadata": check_flag(with_metadata, "with_metadata"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
        }
        return self._iter_query(
            _E["list_groups"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def remove_group_members(
        self,
        user_ids: Sequence[str],
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove group members.

        ``POST /api/v3/remove-group-members``; retried on failure (a replay is safe).
        """
        _body = models.RemoveGroupMembersReq(
            user_ids=require_ids(user_ids, "user_ids"),
            code=require_id(code, "code"),
        )
        return await self._transport.request(
            _E["remove_group_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_group(
        self,
        description: str,
        code: str,
        name: str | None = None,
        new_code: str | None = None,
        custom_data: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Group:
        """Update group.

        ``POST /api/v3/update-group``; retried on failure (a replay is safe).
        """
        _body = models.UpdateGroupReq(
            description=require_id(description, "description"),
            code=require_id(code, "code"),
            name=check_str(name, "name"),
            new_code=check_str(new_code, "new_code"),
            custom_data=custom_data,
        )
        return await self._transport.request(
            _E["update_group"], body=_body, timeout=timeout, deadline=deadline
        )
