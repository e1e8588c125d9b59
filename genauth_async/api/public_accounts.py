"""Public accounts and the users, groups and departments using them.

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
    as_model,
    as_models,
    check_enum,
    check_flag,
    check_page,
    check_page_size,
    check_pagination,
    check_str,
    check_str_list,
    require_id,
    require_ids,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import public_accounts as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.public_accounts")

__all__ = ["ENDPOINTS", "PublicAccountsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "bind_public_account_of_roles": Endpoint(
        "POST", "api/v3/set-public-account-of-roles", idempotent=True, load=lambda: models.IsSuccess
    ),
    "bind_users_public_account": Endpoint(
        "POST", "api/v3/set-public-account-of-users", idempotent=True, load=lambda: models.IsSuccess
    ),
    "change_into_public_account": Endpoint(
        "POST",
        "api/v3/transfer-into-public-account",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "create_public_account": Endpoint(
        "POST", "api/v3/create-public-account", idempotent=False, load=lambda: models.PublicAccount
    ),
    "create_public_accounts_batch": Endpoint(
        "POST",
        "api/v3/create-public-accounts-batch",
        idempotent=False,
        load=lambda: list[models.PublicAccount],
    ),
    "delete_public_accounts_batch": Endpoint(
        "POST",
        "api/v3/delete-public-accounts-batch",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "get_groups_of_public_account": Endpoint(
        "GET",
        "api/v3/get-groups-of-public-account",
        idempotent=True,
        load=lambda: models.GroupPaging,
    ),
    "get_post_of_public_user": Endpoint(
        "GET", "api/v3/get-post-of-public-account", idempotent=True, load=lambda: models.CreatePost
    ),
    "get_public_account": Endpoint(
        "GET", "api/v3/get-public-account", idempotent=True, load=lambda: models.PublicAccount
    ),
    "get_public_account_batch": Endpoint(
        "GET",
        "api/v3/get-public-account-batch",
        idempotent=True,
        load=lambda: list[models.PublicAccount],
    ),
    "get_public_account_departments": Endpoint(
        "GET",
        "api/v3/get-departments-of-public-account",
        idempotent=True,
        load=lambda: models.UserDepartmentPaging,
    ),
    "get_public_account_of_groups": Endpoint(
        "POST",
        "api/v3/set-public-account-of-groups",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "get_public_account_roles": Endpoint(
        "GET",
        "api/v3/get-roles-of-public-account",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_public_accounts_of_department": Endpoint(
        "GET",
        "api/v3/get-public-accounts-of-department",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_public_accounts_of_group": Endpoint(
        "GET",
        "api/v3/get-public-accounts-of-group",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_public_accounts_of_post": Endpoint(
        "GET",
        "api/v3/get-public-accounts-of-post",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_public_accounts_of_role": Endpoint(
        "GET",
        "api/v3/get-public-accounts-of-role",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_public_accounts_of_user": Endpoint(
        "GET",
        "api/v3/get-public-accounts-of-user",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "get_users_of_public_account": Endpoint(
        "GET",
        "api/v3/get-users-of-public-account",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "kick_public_accounts": Endpoint(
        "POST", "api/v3/kick-public-accounts", idempotent=True, load=lambda: models.IsSuccess
    ),
    "list_public_accounts": Endpoint(
        "POST",
        "api/v3/list-public-accounts",
        idempotent=True,
        load=lambda: models.PublicAccountPaging,
    ),
    "resign_public_account_batch": Endpoint(
        "POST",
        "api/v3/resign-public-account-batch",
        idempotent=False,
        load=lambda: models.ResignUserData,
    ),
    "set_public_account_of_departments": Endpoint(
        "POST",
        "api/v3/set-public-account-of-departments",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "set_public_account_ofn_post": Endpoint(
        "POST", "api/v3/set-public-account-of-post", None, True
    ),
    "setuser_of_public_account": Endpoint(
        "POST",
        "api/v3/set-user-of-public-accounts",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "unbind_public_account_of_post": Endpoint(
        "POST",
        "api/v3/unbind-public-account-of-post",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "unbind_users_public_account": Endpoint(
        "POST",
        "api/v3/unbind-public-account-of-user",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "update_public_account": Endpoint(
        "POST", "api/v3/update-public-account", idempotent=True, load=lambda: models.PublicAccount
    ),
    "update_public_account_batch": Endpoint(
        "POST",
        "api/v3/update-public-account-batch",
        idempotent=True,
        load=lambda: list[models.PublicAccount],
    ),
}
ENDPOINTS["set_public_account_of_groups"] = ENDPOINTS["get_public_account_of_groups"]
ENDPOINTS["set_public_account_of_post"] = ENDPOINTS["set_public_account_ofn_post"]
ENDPOINTS["set_user_of_public_accounts"] = ENDPOINTS["setuser_of_public_account"]
_E = ENDPOINTS


class PublicAccountsAPI(APIModule):
    """Public accounts and the users, groups and departments using them."""

    __slots__ = ()

    async def bind_public_account_of_roles(
        self,
        role_ids: Sequence[str],
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Bind public account of roles.

        ``POST /api/v3/set-public-account-of-roles``; retried on failure (a replay is safe).
        """
        _body = models.SetUserRoles(
            role_ids=require_ids(role_ids, "role_ids"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["bind_public_account_of_roles"], body=_body, timeout=timeout, deadline=deadline
        )

    async def bind_users_public_account(
        self,
        public_account_id: str,
        user_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Bind users public account.

        ``POST /api/v3/set-public-account-of-users``; retried on failure (a replay is safe).
        """
        _body = models.SetPublicAccountBatchReq(
            public_account_id=require_id(public_account_id, "public_account_id"),
            user_ids=require_ids(user_ids, "user_ids"),
        )
        return await self._transport.request(
            _E["bind_users_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def change_into_public_account(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Change into public account.

        ``POST /api/v3/transfer-into-public-account``; retried on failure (a replay is safe).
        """
        _body = models.CreatePublicAccountFromUser(
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["change_into_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_public_account(
        self,
        status: models.UserStatus | str | None = None,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        external_id: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        gender: models.Gender | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        company: str | None = None,
        browser: str | None = None,
        device: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        profile: str | None = None,
        preferred_username: str | None = None,
        website: str | None = None,
        zoneinfo: str | None = None,
        locale: str | None = None,
        formatted: str | None = None,
        region: str | None = None,
        password: str | None = None,
        salt: str | None = None,
        otp: models.CreatePublicAccountOtp | Mapping[str, Any] | None = None,
        custom_data: Any = None,
        identity_number: str | None = None,
        options: models.CreatePublicAccountOptions | Mapping[str, Any] | None = None,
        *,
        department_ids: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccount:
        """Create public account.

        ``POST /api/v3/create-public-account``; not retried once it may have reached GenAuth (a
        replay is not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``department_ids``.
        """
        _body = models.CreatePublicAccountReq(
            status=check_enum(models.UserStatus, status, "status"),
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
            username=check_str(username, "username"),
            external_id=check_str(external_id, "external_id"),
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            gender=check_enum(models.Gender, gender, "gender"),
            email_verified=check_flag(email_verified, "email_verified"),
            phone_verified=check_flag(phone_verified, "phone_verified"),
            birthdate=check_str(birthdate, "birthdate"),
            country=check_str(country, "country"),
            province=check_str(province, "province"),
            city=check_str(city, "city"),
            address=check_str(address, "address"),
            street_address=check_str(street_address, "street_address"),
            postal_code=check_str(postal_code, "postal_code"),
            company=check_str(company, "company"),
            browser=check_str(browser, "browser"),
            device=check_str(device, "device"),
            given_name=check_str(given_name, "given_name"),
            family_name=check_str(family_name, "family_name"),
            middle_name=check_str(middle_name, "middle_name"),
            profile=check_str(profile, "profile"),
            preferred_username=check_str(preferred_username, "preferred_username"),
            website=check_str(website, "website"),
            zoneinfo=check_str(zoneinfo, "zoneinfo"),
            locale=check_str(locale, "locale"),
            formatted=check_str(formatted, "formatted"),
            region=check_str(region, "region"),
            password=check_str(password, "password"),
            salt=check_str(salt, "salt"),
            otp=as_model(otp, models.CreatePublicAccountOtp, "otp", optional=True),
            custom_data=custom_data,
            identity_number=check_str(identity_number, "identity_number"),
            options=as_model(options, models.CreatePublicAccountOptions, "options", optional=True),
            department_ids=check_str_list(department_ids, "department_ids"),
        )
        return await self._transport.request(
            _E["create_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_public_accounts_batch(
        self,
        list: Sequence[models.CreatePublicAccountReq | Mapping[str, Any]],
        options: models.CreatePublicAccountOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.PublicAccount]:
        """Create public accounts batch.

        ``POST /api/v3/create-public-accounts-batch``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreatePublicAccountBatchReq(
            list=as_models(list, models.CreatePublicAccountReq, "list"),
            options=as_model(options, models.CreatePublicAccountOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["create_public_accounts_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_public_accounts_batch(
        self,
        user_ids: Sequence[str],
        options: models.DeletePublicAccountsBatchOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete public accounts batch.

        ``POST /api/v3/delete-public-accounts-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeletePublicAccountsBatch(
            user_ids=require_ids(user_ids, "user_ids"),
            options=as_model(
                options, models.DeletePublicAccountsBatchOptions, "options", optional=True
            ),
        )
        return await self._transport.request(
            _E["delete_public_accounts_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_groups_of_public_account(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GroupPaging:
        """Get groups of public account.

        ``GET /api/v3/get-groups-of-public-account``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_groups_of_public_account"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_post_of_public_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CreatePost:
        """The posts of a public account.

        ``GET /api/v3/get-post-of-public-account``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_getPostOfPublicUser``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        return await self._transport.request(
            _E["get_post_of_public_user"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_account(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccount:
        """Get public account.

        ``GET /api/v3/get-public-account``; retried on failure (a replay is safe). Keyword-only
        (in the server's DTO, sent by neither SDK): ``with_department_ids``.
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["get_public_account"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_account_batch(
        self,
        user_ids: Sequence[str],
        user_id_type: models.UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.PublicAccount]:
        """Get public account batch.

        ``GET /api/v3/get-public-account-batch``; retried on failure (a replay is safe).
        Keyword-only (in the server's DTO, sent by neither SDK): ``with_department_ids``.
        """
        _query: dict[str, Any] = {
            "userIds": require_ids(user_ids, "user_ids"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["get_public_account_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_account_departments(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: models.DepartmentSortField | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserDepartmentPaging:
        """The departments of a public account, a page at a time.

        ``GET /api/v3/get-departments-of-public-account``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_getPublicAccountDepartments``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withDepartmentPaths": check_flag(with_department_paths, "with_department_paths"),
            "sortBy": check_enum(models.DepartmentSortField, sort_by, "sort_by"),
            "orderBy": check_enum(models.DepartmentSortOrder, order_by, "order_by"),
        }
        return await self._transport.request(
            _E["get_public_account_departments"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_public_account_departments(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: models.DepartmentSortField | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UserDepartmentResp]:
        """Every item of :meth:`get_public_account_departments`, page after page.

        ``GET /api/v3/get-departments-of-public-account``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_getPublicAccountDepartments``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withDepartmentPaths": check_flag(with_department_paths, "with_department_paths"),
            "sortBy": check_enum(models.DepartmentSortField, sort_by, "sort_by"),
            "orderBy": check_enum(models.DepartmentSortOrder, order_by, "order_by"),
        }
        return self._iter_query(
            _E["get_public_account_departments"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def get_public_account_of_groups(
        self,
        group_ids: Sequence[str],
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Get public account of groups.

        ``POST /api/v3/set-public-account-of-groups``; retried on failure (a replay is safe).
        """
        _body = models.SetUserGroups(
            group_ids=require_ids(group_ids, "group_ids"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["get_public_account_of_groups"], body=_body, timeout=timeout, deadline=deadline
        )

    set_public_account_of_groups = get_public_account_of_groups

    async def get_public_account_roles(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """Get public account roles.

        ``GET /api/v3/get-roles-of-public-account``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_public_account_roles"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_accounts_of_department(
        self,
        department_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """The public accounts in a department.

        ``GET /api/v3/get-public-accounts-of-department``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_getPublicAccountsOfDepartment``).
        """
        _query: dict[str, Any] = {
            "departmentId": require_id(department_id, "department_id"),
        }
        return await self._transport.request(
            _E["get_public_accounts_of_department"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_public_accounts_of_group(
        self,
        group_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """Get public accounts of group.

        ``GET /api/v3/get-public-accounts-of-group``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "groupId": require_id(group_id, "group_id"),
        }
        return await self._transport.request(
            _E["get_public_accounts_of_group"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_accounts_of_post(
        self,
        post_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """The public accounts holding a post.

        ``GET /api/v3/get-public-accounts-of-post``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_getPublicAccountsOfPost``).
        """
        _query: dict[str, Any] = {
            "postId": require_id(post_id, "post_id"),
        }
        return await self._transport.request(
            _E["get_public_accounts_of_post"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_accounts_of_role(
        self,
        role_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """Get public accounts of role.

        ``GET /api/v3/get-public-accounts-of-role``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "roleId": require_id(role_id, "role_id"),
        }
        return await self._transport.request(
            _E["get_public_accounts_of_role"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_public_accounts_of_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """Get public accounts of user.

        ``GET /api/v3/get-public-accounts-of-user``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        return await self._transport.request(
            _E["get_public_accounts_of_user"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_users_of_public_account(
        self,
        public_account_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """Get users of public account.

        ``GET /api/v3/get-users-of-public-account``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "publicAccountId": require_id(public_account_id, "public_account_id"),
        }
        return await self._transport.request(
            _E["get_users_of_public_account"], query=_query, timeout=timeout, deadline=deadline
        )

    async def kick_public_accounts(
        self,
        app_ids: Sequence[str],
        user_id: str,
        options: models.KickPublicAccountsOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Kick public accounts.

        ``POST /api/v3/kick-public-accounts``; retried on failure (a replay is safe).
        """
        _body = models.KickPublicAccounts(
            app_ids=require_ids(app_ids, "app_ids"),
            user_id=require_id(user_id, "user_id"),
            options=as_model(options, models.KickPublicAccountsOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["kick_public_accounts"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_public_accounts(
        self,
        keywords: str | None = None,
        advanced_filter: Sequence[models.ListPublicAccountsAdvancedFilterItem | Mapping[str, Any]]
        | None = None,
        search_query: Any = None,
        options: models.ListPublicAccountsOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccountPaging:
        """List public accounts.

        ``POST /api/v3/list-public-accounts``; retried on failure (a replay is safe).
        """
        _body = models.ListPublicAccountsRequest(
            keywords=check_str(keywords, "keywords"),
            advanced_filter=as_models(
                advanced_filter,
                models.ListPublicAccountsAdvancedFilterItem,
                "advanced_filter",
                optional=True,
            ),
            search_query=search_query,
            options=as_model(options, models.ListPublicAccountsOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return await self._transport.request(
            _E["list_public_accounts"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_public_accounts(
        self,
        keywords: str | None = None,
        advanced_filter: Sequence[models.ListPublicAccountsAdvancedFilterItem | Mapping[str, Any]]
        | None = None,
        search_query: Any = None,
        options: models.ListPublicAccountsOptions | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.PublicAccount]:
        """Every item of :meth:`list_public_accounts`, page after page.

        ``POST /api/v3/list-public-accounts``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListPublicAccountsRequest(
            keywords=check_str(keywords, "keywords"),
            advanced_filter=as_models(
                advanced_filter,
                models.ListPublicAccountsAdvancedFilterItem,
                "advanced_filter",
                optional=True,
            ),
            search_query=search_query,
            options=as_model(options, models.ListPublicAccountsOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return self._iter_body(
            _E["list_public_accounts"],
            _body,
            (
                "options",
                "pagination",
            ),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def resign_public_account_batch(
        self,
        user_ids: Sequence[str],
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ResignUserData:
        """Resign public accounts: their authorizations and memberships go. Irreversible.

        ``POST /api/v3/resign-public-account-batch``; not retried once it may have reached
        GenAuth (a replay is not safe). In neither official SDK: from GenAuth's server OpenAPI
        document (``PublicAccountPermissionController_resignPublicAccountBatch``).
        """
        _body = models.ResignUserBatchReq(
            user_ids=require_ids(user_ids, "user_ids"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["resign_public_account_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_public_account_of_departments(
        self,
        user_id: str,
        departments: Sequence[models.SetUserDepartment | Mapping[str, Any]],
        options: models.SetUserDepartmentsOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Set the departments a public account belongs to.

        ``POST /api/v3/set-public-account-of-departments``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_setPublicAccountOfDepartments``).
        """
        _body = models.SetUserDepartments(
            user_id=require_id(user_id, "user_id"),
            departments=as_models(departments, models.SetUserDepartment, "departments"),
            options=as_model(options, models.SetUserDepartmentsOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["set_public_account_of_departments"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_public_account_ofn_post(
        self,
        post_id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Set the posts a public account holds.

        ``POST /api/v3/set-public-account-of-post``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_setPublicAccountOfnPost``).
        """
        _body = models.UserConnectionPost(
            post_id=require_id(post_id, "post_id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["set_public_account_ofn_post"], body=_body, timeout=timeout, deadline=deadline
        )

    set_public_account_of_post = set_public_account_ofn_post

    async def setuser_of_public_account(
        self,
        user_id: str,
        public_account_ids: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Setuser of public account.

        ``POST /api/v3/set-user-of-public-accounts``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.SetUserOfPublicAccountBatchReq(
            user_id=require_id(user_id, "user_id"),
            public_account_ids=require_ids(public_account_ids, "public_account_ids"),
        )
        return await self._transport.request(
            _E["setuser_of_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    set_user_of_public_accounts = setuser_of_public_account

    async def unbind_public_account_of_post(
        self,
        post_id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove a post from a public account.

        ``POST /api/v3/unbind-public-account-of-post``; retried on failure (a replay is safe).
        In neither official SDK: from GenAuth's server OpenAPI document
        (``PublicAccountPermissionController_unbindPublicAccountOfPost``).
        """
        _body = models.UserConnectionPost(
            post_id=require_id(post_id, "post_id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["unbind_public_account_of_post"], body=_body, timeout=timeout, deadline=deadline
        )

    async def unbind_users_public_account(
        self,
        user_id: str,
        public_account_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Unbind users public account.

        ``POST /api/v3/unbind-public-account-of-user``; retried on failure (a replay is safe).
        """
        _body = models.UnbindPublicAccountBatchReq(
            user_id=require_id(user_id, "user_id"),
            public_account_id=require_id(public_account_id, "public_account_id"),
        )
        return await self._transport.request(
            _E["unbind_users_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_public_account(
        self,
        user_id: str,
        phone_country_code: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        status: models.UserStatus | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: models.Gender | str | None = None,
        username: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        password: str | None = None,
        company: str | None = None,
        browser: str | None = None,
        device: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        profile: str | None = None,
        preferred_username: str | None = None,
        website: str | None = None,
        zoneinfo: str | None = None,
        locale: str | None = None,
        formatted: str | None = None,
        region: str | None = None,
        identity_number: str | None = None,
        custom_data: Any = None,
        options: models.UpdatePublicAccountOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PublicAccount:
        """Update public account.

        ``POST /api/v3/update-public-account``; retried on failure (a replay is safe).
        """
        _body = models.UpdatePublicAccountReq(
            user_id=require_id(user_id, "user_id"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            external_id=check_str(external_id, "external_id"),
            status=check_enum(models.UserStatus, status, "status"),
            email_verified=check_flag(email_verified, "email_verified"),
            phone_verified=check_flag(phone_verified, "phone_verified"),
            birthdate=check_str(birthdate, "birthdate"),
            country=check_str(country, "country"),
            province=check_str(province, "province"),
            city=check_str(city, "city"),
            address=check_str(address, "address"),
            street_address=check_str(street_address, "street_address"),
            postal_code=check_str(postal_code, "postal_code"),
            gender=check_enum(models.Gender, gender, "gender"),
            username=check_str(username, "username"),
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            password=check_str(password, "password"),
            company=check_str(company, "company"),
            browser=check_str(browser, "browser"),
            device=check_str(device, "device"),
            given_name=check_str(given_name, "given_name"),
            family_name=check_str(family_name, "family_name"),
            middle_name=check_str(middle_name, "middle_name"),
            profile=check_str(profile, "profile"),
            preferred_username=check_str(preferred_username, "preferred_username"),
            website=check_str(website, "website"),
            zoneinfo=check_str(zoneinfo, "zoneinfo"),
            locale=check_str(locale, "locale"),
            formatted=check_str(formatted, "formatted"),
            region=check_str(region, "region"),
            identity_number=check_str(identity_number, "identity_number"),
            custom_data=custom_data,
            options=as_model(options, models.UpdatePublicAccountOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["update_public_account"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_public_account_batch(
        self,
        list: Sequence[models.UpdatePublicAccountInfo | Mapping[str, Any]],
        options: models.UpdatePublicAccountBatchOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.PublicAccount]:
        """Update public account batch.

        ``POST /api/v3/update-public-account-batch``; retried on failure (a replay is safe).
        """
        _body = models.UpdatePublicAccountBatchReq(
            list=as_models(list, models.UpdatePublicAccountInfo, "list"),
            options=as_model(
                options, models.UpdatePublicAccountBatchOptions, "options", optional=True
            ),
        )
        return await self._transport.request(
            _E["update_public_account_batch"], body=_body, timeout=timeout, deadline=deadline
        )
