"""User Management: users, their identities, roles, groups, departments, MFA, sessions.

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
    check_int,
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
    from ..models import users as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.users")

__all__ = ["ENDPOINTS", "UsersAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "check_session_status": Endpoint(
        "POST",
        "api/v3/check-session-status",
        idempotent=True,
        load=lambda: models.CheckSessionStatusData,
    ),
    "create_user": Endpoint(
        "POST", "api/v3/create-user", idempotent=False, load=lambda: models.User
    ),
    "create_users_batch": Endpoint(
        "POST", "api/v3/create-users-batch", idempotent=False, load=lambda: list[models.User]
    ),
    "delete_user_sync_relations": Endpoint(
        "POST", "api/v3/delete-user-sync-relations", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_users_batch": Endpoint(
        "POST", "api/v3/delete-users-batch", idempotent=True, load=lambda: models.IsSuccess
    ),
    "get_otp_secret_by_user": Endpoint(
        "GET", "api/v3/get-otp-secret-by-user", idempotent=True, load=lambda: models.OtpSecretResp
    ),
    "get_user": Endpoint("GET", "api/v3/get-user", idempotent=True, load=lambda: models.User),
    "get_user_accessible_apps": Endpoint(
        "GET", "api/v3/get-user-accessible-apps", idempotent=True, load=lambda: list[models.App]
    ),
    "get_user_authorized_apps": Endpoint(
        "GET", "api/v3/get-user-authorized-apps", idempotent=True, load=lambda: list[models.App]
    ),
    "get_user_authorized_resources": Endpoint(
        "GET",
        "api/v3/get-user-authorized-resources",
        idempotent=True,
        load=lambda: models.AuthorizedResourcePaging,
    ),
    "get_user_batch": Endpoint(
        "GET", "api/v3/get-user-batch", idempotent=True, load=lambda: list[models.User]
    ),
    "get_user_departments": Endpoint(
        "GET",
        "api/v3/get-user-departments",
        idempotent=True,
        load=lambda: models.UserDepartmentPaging,
    ),
    "get_user_encrypt_password_batch": Endpoint(
        "POST",
        "api/v3/batch-get-user-encrypt-password",
        idempotent=True,
        load=lambda: models.GetUserEncryptPasswordBatchData,
    ),
    "get_user_groups": Endpoint(
        "GET", "api/v3/get-user-groups", idempotent=True, load=lambda: models.GroupPaging
    ),
    "get_user_identities": Endpoint(
        "GET", "api/v3/get-user-identities", idempotent=True, load=lambda: list[models.Identity]
    ),
    "get_user_loggedin_apps": Endpoint(
        "GET",
        "api/v3/get-user-loggedin-apps",
        idempotent=True,
        load=lambda: list[models.UserLoggedInApps],
    ),
    "get_user_loggedin_identities": Endpoint(
        "GET",
        "api/v3/get-user-logged-in-identities",
        idempotent=True,
        load=lambda: list[models.UserLoggedInIdentities],
    ),
    "get_user_login_history": Endpoint(
        "GET",
        "api/v3/get-user-login-history",
        idempotent=True,
        load=lambda: models.UserLoginHistoryPaging,
    ),
    "get_user_mfa_info": Endpoint(
        "GET", "api/v3/get-user-mfa-info", idempotent=True, load=lambda: models.UserMfaResp
    ),
    "get_user_mfa_status": Endpoint(
        "GET", "api/v3/get-mfa-status", idempotent=True, load=lambda: models.MfaTriggerData
    ),
    "get_user_password_ciphertext": Endpoint(
        "POST",
        "api/v3/get-user-password-ciphertext",
        idempotent=True,
        load=lambda: models.GetUserPasswordCiphertextData,
    ),
    "get_user_principal_authentication_info": Endpoint(
        "GET",
        "api/v3/get-user-principal-authentication-info",
        idempotent=True,
        load=lambda: models.PrincipalAuthenticationInfoPaging,
    ),
    "get_user_roles": Endpoint(
        "GET", "api/v3/get-user-roles", idempotent=True, load=lambda: models.RolePaging
    ),
    "get_user_sync_relations": Endpoint(
        "GET",
        "api/v3/get-user-sync-relations",
        idempotent=True,
        load=lambda: list[models.UserSyncRelation],
    ),
    "has_any_role": Endpoint(
        "POST", "api/v3/has-any-role", idempotent=True, load=lambda: models.HasAnyRole
    ),
    "import_otp": Endpoint("POST", "api/v3/import-otp", None, False),
    "is_user_exists": Endpoint(
        "POST", "api/v3/is-user-exists", idempotent=True, load=lambda: models.IsUserExists
    ),
    "kick_users": Endpoint(
        "POST", "api/v3/kick-users", idempotent=True, load=lambda: models.IsSuccess
    ),
    "link_identity": Endpoint(
        "POST", "api/v3/link-identity", idempotent=False, load=lambda: models.LinkIdentityData
    ),
    "list_archived_users": Endpoint(
        "GET",
        "api/v3/list-archived-users",
        idempotent=True,
        load=lambda: models.ArchivedUsersListPaging,
    ),
    "list_users": Endpoint(
        "POST", "api/v3/list-users", idempotent=True, load=lambda: models.UserPaging
    ),
    "list_users_legacy": Endpoint(
        "GET", "api/v3/list-users", idempotent=True, load=lambda: models.UserPaging
    ),
    "reset_user_principal_authentication_info": Endpoint(
        "POST",
        "api/v3/reset-user-principal-authentication-info",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "resign_user": Endpoint(
        "POST", "api/v3/resign-user", idempotent=False, load=lambda: models.ResignUserData
    ),
    "resign_user_batch": Endpoint(
        "POST", "api/v3/resign-user-batch", idempotent=False, load=lambda: models.ResignUserData
    ),
    "set_user_departments": Endpoint(
        "POST", "api/v3/set-user-departments", idempotent=True, load=lambda: models.IsSuccess
    ),
    "set_users_mfa_status": Endpoint(
        "POST", "api/v3/set-mfa-status", idempotent=True, load=lambda: models.IsSuccess
    ),
    "unlink_identity": Endpoint(
        "POST", "api/v3/unlink-identity", idempotent=True, load=lambda: models.UnlinkIdentityData
    ),
    "update_user": Endpoint(
        "POST", "api/v3/update-user", idempotent=True, load=lambda: models.User
    ),
    "update_user_batch": Endpoint(
        "POST", "api/v3/update-user-batch", idempotent=True, load=lambda: list[models.User]
    ),
    "user_field_decrypt": Endpoint(
        "POST",
        "api/v3/users/field/decrypt",
        idempotent=True,
        load=lambda: list[models.UserFieldDecryptRespItem],
    ),
}
_E = ENDPOINTS


class UsersAPI(APIModule):
    """User Management: users, their identities, roles, groups, departments, MFA, sessions."""

    __slots__ = ()

    async def check_session_status(
        self,
        app_id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.CheckSessionStatusData:
        """Whether the user has a live session in application ``app_id``.

        ``POST /api/v3/check-session-status``; retried on failure (a replay is safe).
        """
        _body = models.CheckSessionStatus(
            app_id=require_id(app_id, "app_id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["check_session_status"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_user(
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
        tenant_ids: Sequence[str] | None = None,
        otp: models.CreateUserOtp | Mapping[str, Any] | None = None,
        custom_data: Any = None,
        metadata_source: Any = None,
        identities: Sequence[models.CreateIdentity | Mapping[str, Any]] | None = None,
        identity_number: str | None = None,
        options: models.CreateUserOptions | Mapping[str, Any] | None = None,
        *,
        department_ids: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Create a user; at least one of ``email``, ``phone`` and ``username`` is required.

        ``POST /api/v3/create-user``; not retried once it may have reached GenAuth (a replay is
        not safe). Keyword-only (sent by the node SDK, not by the Python one):
        ``department_ids``.
        """
        if email is None and phone is None and username is None:
            raise ValueError("create_user needs at least one of email, phone and username")
        _body = models.CreateUserReq(
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
            tenant_ids=check_str_list(tenant_ids, "tenant_ids"),
            otp=as_model(otp, models.CreateUserOtp, "otp", optional=True),
            custom_data=custom_data,
            metadata_source=metadata_source,
            identities=as_models(identities, models.CreateIdentity, "identities", optional=True),
            identity_number=check_str(identity_number, "identity_number"),
            options=as_model(options, models.CreateUserOptions, "options", optional=True),
            department_ids=check_str_list(department_ids, "department_ids"),
        )
        return await self._transport.request(
            _E["create_user"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_users_batch(
        self,
        list: Sequence[models.CreateUserInfo | Mapping[str, Any]],
        options: models.CreateUserOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.User]:
        """Create several users in one call; they are returned in the same order.

        ``POST /api/v3/create-users-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateUserBatchReq(
            list=as_models(list, models.CreateUserInfo, "list"),
            options=as_model(options, models.CreateUserOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["create_users_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_user_sync_relations(
        self,
        provider: str,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove the user's sync relation with ``provider`` (e.g. ``lark``).

        ``POST /api/v3/delete-user-sync-relations``; retried on failure (a replay is safe).
        """
        _body = models.DeleteUserSyncRelationReq(
            provider=require_id(provider, "provider"),
            user_id=require_id(user_id, "user_id"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["delete_user_sync_relations"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_users_batch(
        self,
        user_ids: Sequence[str],
        options: models.DeleteUsersBatchOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete users (``options.user_id_type`` says what the ids are).

        ``POST /api/v3/delete-users-batch``; retried on failure (a replay is safe).
        """
        _body = models.DeleteUsersBatch(
            user_ids=require_ids(user_ids, "user_ids"),
            options=as_model(options, models.DeleteUsersBatchOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["delete_users_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_otp_secret_by_user(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.OtpSecretResp:
        """The secret of the OTP authenticator the user has bound.

        ``GET /api/v3/get-otp-secret-by-user``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_otp_secret_by_user"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        flat_custom_data: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """One user.

        ``GET /api/v3/get-user``; retried on failure (a replay is safe). Keyword-only (in the
        server's DTO, sent by neither SDK): ``with_department_ids``.
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["get_user"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_accessible_apps(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.App]:
        """The applications the user can access.

        ``GET /api/v3/get-user-accessible-apps``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_accessible_apps"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_authorized_apps(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.App]:
        """The applications the user is authorized for.

        ``GET /api/v3/get-user-authorized-apps``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_authorized_apps"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_authorized_resources(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        namespace: str | None = None,
        resource_type: models.ResourceType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.AuthorizedResourcePaging:
        """Every resource authorized to the user, directly or through roles, groups, departments.

        ``GET /api/v3/get-user-authorized-resources``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "namespace": check_str(namespace, "namespace"),
            "resourceType": check_enum(models.ResourceType, resource_type, "resource_type"),
        }
        return await self._transport.request(
            _E["get_user_authorized_resources"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_batch(
        self,
        user_ids: Sequence[str],
        user_id_type: models.UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.User]:
        """The users found among ``user_ids`` (ids that match nobody are left out).

        ``GET /api/v3/get-user-batch``; retried on failure (a replay is safe). Keyword-only (in
        the server's DTO, sent by neither SDK): ``with_department_ids``.
        """
        _query: dict[str, Any] = {
            "userIds": require_ids(user_ids, "user_ids"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["get_user_batch"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_departments(
        self,
        *,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: models.DepartmentSortField | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserDepartmentPaging:
        """The departments the user belongs to.

        ``GET /api/v3/get-user-departments``; retried on failure (a replay is safe). Unverified:
        in the GenAuth docs, but in neither GenAuth SDK.
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
            _E["get_user_departments"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_user_departments(
        self,
        *,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: models.DepartmentSortField | str | None = None,
        order_by: models.DepartmentSortOrder | str | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UserDepartmentResp]:
        """Every item of :meth:`get_user_departments`, page after page.

        ``GET /api/v3/get-user-departments``; retried on failure (a replay is safe). Unverified:
        in the GenAuth docs, but in neither GenAuth SDK.

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
            _E["get_user_departments"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def get_user_encrypt_password_batch(
        self,
        *,
        user_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserEncryptPasswordBatchData:
        """Get user encrypt password batch.

        ``POST /api/v3/batch-get-user-encrypt-password``; retried on failure (a replay is safe).
        Not in the official Python SDK (node SDK: ``getUserEncryptPasswordBatch``).
        """
        _body = models.GetUserEncryptPasswordBatch(
            user_ids=require_ids(user_ids, "user_ids"),
        )
        return await self._transport.request(
            _E["get_user_encrypt_password_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_user_groups(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GroupPaging:
        """The groups the user belongs to.

        ``GET /api/v3/get-user-groups``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_groups"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_identities(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.Identity]:
        """The user's identities in external identity sources.

        ``GET /api/v3/get-user-identities``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_identities"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_loggedin_apps(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.UserLoggedInApps]:
        """The applications the user has logged in to.

        ``GET /api/v3/get-user-loggedin-apps``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_loggedin_apps"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_loggedin_identities(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.UserLoggedInIdentities]:
        """The identity sources the user has logged in with.

        ``GET /api/v3/get-user-logged-in-identities``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_loggedin_identities"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_login_history(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserLoginHistoryPaging:
        """The user's logins, newest first.

        ``GET /api/v3/get-user-login-history``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "appId": check_str(app_id, "app_id"),
            "clientIp": check_str(client_ip, "client_ip"),
            "start": check_int(start, "start", minimum=0),
            "end": check_int(end, "end", minimum=0),
            "page": check_page(page),
            "limit": check_page_size(limit),
        }
        return await self._transport.request(
            _E["get_user_login_history"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_user_login_history(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UserLoginHistory]:
        """Every item of :meth:`get_user_login_history`, page after page.

        ``GET /api/v3/get-user-login-history``; retried on failure (a replay is safe).

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
            "appId": check_str(app_id, "app_id"),
            "clientIp": check_str(client_ip, "client_ip"),
            "start": check_int(start, "start", minimum=0),
            "end": check_int(end, "end", minimum=0),
        }
        return self._iter_query(
            _E["get_user_login_history"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def get_user_mfa_info(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserMfaResp:
        """Which MFA factors (TOTP, face, SMS, email) the user has bound.

        ``GET /api/v3/get-user-mfa-info``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_mfa_info"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_mfa_status(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MfaTriggerData:
        """The user's MFA status (the MFA trigger data).

        ``GET /api/v3/get-mfa-status``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_mfa_status"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_password_ciphertext(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUserPasswordCiphertextData:
        """The user's password, encrypted with the key configured in the console.

        ``POST /api/v3/get-user-password-ciphertext``; retried on failure (a replay is safe).
        """
        _body = models.GetUserPasswordCiphertext(
            user_id=require_id(user_id, "user_id"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["get_user_password_ciphertext"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_user_principal_authentication_info(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PrincipalAuthenticationInfoPaging:
        """The user's real-name (principal) authentication records.

        ``GET /api/v3/get-user-principal-authentication-info``; retried on failure (a replay is
        safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_principal_authentication_info"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_roles(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        namespace: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.RolePaging:
        """The user's roles, optionally in one permission namespace.

        ``GET /api/v3/get-user-roles``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_user_roles"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_user_sync_relations(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.UserSyncRelation]:
        """The user's counterparts in synchronized third-party directories.

        ``GET /api/v3/get-user-sync-relations``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "userIdType": check_enum(models.UserIdType, user_id_type, "user_id_type"),
        }
        return await self._transport.request(
            _E["get_user_sync_relations"], query=_query, timeout=timeout, deadline=deadline
        )

    async def has_any_role(
        self,
        roles: Sequence[models.HasRoleRoles | Mapping[str, Any]],
        user_id: str,
        options: models.HasAnyRoleOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.HasAnyRole:
        """Whether the user has at least one of ``roles``.

        ``POST /api/v3/has-any-role``; retried on failure (a replay is safe).
        """
        _body = models.HasAnyRoleReq(
            roles=as_models(roles, models.HasRoleRoles, "roles"),
            user_id=require_id(user_id, "user_id"),
            options=as_model(options, models.HasAnyRoleOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["has_any_role"], body=_body, timeout=timeout, deadline=deadline
        )

    async def import_otp(
        self,
        list: Sequence[models.ImportOtpItem | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Import users' OTP secrets.

        ``POST /api/v3/import-otp``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.ImportOtpReq(
            list=as_models(list, models.ImportOtpItem, "list"),
        )
        return await self._transport.request(
            _E["import_otp"], body=_body, timeout=timeout, deadline=deadline
        )

    async def is_user_exists(
        self,
        username: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        external_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsUserExists:
        """Whether a user with any of the given username, email, phone or external id exists.

        ``POST /api/v3/is-user-exists``; retried on failure (a replay is safe).
        """
        if username is None and email is None and phone is None and external_id is None:
            raise ValueError(
                "is_user_exists needs at least one of username, email, phone and external_id"
            )
        _body = models.IsUserExistsReq(
            username=check_str(username, "username"),
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            external_id=check_str(external_id, "external_id"),
        )
        return await self._transport.request(
            _E["is_user_exists"], body=_body, timeout=timeout, deadline=deadline
        )

    async def kick_users(
        self,
        app_ids: Sequence[str],
        user_id: str,
        options: models.KickUsersOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Log the user out of the applications ``app_ids``.

        ``POST /api/v3/kick-users``; retried on failure (a replay is safe).
        """
        _body = models.KickUsers(
            app_ids=require_ids(app_ids, "app_ids"),
            user_id=require_id(user_id, "user_id"),
            options=as_model(options, models.KickUsersOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["kick_users"], body=_body, timeout=timeout, deadline=deadline
        )

    async def link_identity(
        self,
        user_id_in_idp: str,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LinkIdentityData:
        """Bind an external identity to the user (``user_id`` is the GenAuth user id).

        ``POST /api/v3/link-identity``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.LinkIdentity(
            user_id_in_idp=require_id(user_id_in_idp, "user_id_in_idp"),
            user_id=require_id(user_id, "user_id"),
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
            type=check_str(type, "type"),
            is_social=check_flag(is_social, "is_social"),
        )
        return await self._transport.request(
            _E["link_identity"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_archived_users(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        start_at: int | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ArchivedUsersListPaging:
        """Archived (resigned or deleted) users.

        ``GET /api/v3/list-archived-users``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "startAt": check_int(start_at, "start_at", minimum=0),
        }
        return await self._transport.request(
            _E["list_archived_users"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_archived_users(
        self,
        start_at: int | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ListArchivedUsersResp]:
        """Every item of :meth:`list_archived_users`, page after page.

        ``GET /api/v3/list-archived-users``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "startAt": check_int(start_at, "start_at", minimum=0),
        }
        return self._iter_query(
            _E["list_archived_users"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_users(
        self,
        keywords: str | None = None,
        advanced_filter: Sequence[models.ListUsersAdvancedFilterItem | Mapping[str, Any]]
        | None = None,
        search_query: Any = None,
        options: models.ListUsersOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """Search users; the page is ``options.pagination`` (see ``iter_users``).

        ``POST /api/v3/list-users``; retried on failure (a replay is safe).
        """
        _body = models.ListUsersRequest(
            keywords=check_str(keywords, "keywords"),
            advanced_filter=as_models(
                advanced_filter,
                models.ListUsersAdvancedFilterItem,
                "advanced_filter",
                optional=True,
            ),
            search_query=search_query,
            options=as_model(options, models.ListUsersOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return await self._transport.request(
            _E["list_users"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_users(
        self,
        keywords: str | None = None,
        advanced_filter: Sequence[models.ListUsersAdvancedFilterItem | Mapping[str, Any]]
        | None = None,
        search_query: Any = None,
        options: models.ListUsersOptions | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_users`, page after page.

        ``POST /api/v3/list-users``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListUsersRequest(
            keywords=check_str(keywords, "keywords"),
            advanced_filter=as_models(
                advanced_filter,
                models.ListUsersAdvancedFilterItem,
                "advanced_filter",
                optional=True,
            ),
            search_query=search_query,
            options=as_model(options, models.ListUsersOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return self._iter_body(
            _E["list_users"],
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

    async def list_users_legacy(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        status: models.UserStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_user_password_expire_time: bool | None = None,
        with_department_ids: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserPaging:
        """List users (``GET list-users``).

        ``GET /api/v3/list-users``; retried on failure (a replay is safe). Keyword-only (in the
        server's DTO, sent by neither SDK): ``with_department_ids``. Keyword-only (sent by the
        node SDK, not by the Python one): ``with_user_password_expire_time``.
        """
        _query: dict[str, Any] = {
            "page": check_page(page),
            "limit": check_page_size(limit),
            "status": check_enum(models.UserStatus, status, "status"),
            "updatedAtStart": check_int(updated_at_start, "updated_at_start", minimum=0),
            "updatedAtEnd": check_int(updated_at_end, "updated_at_end", minimum=0),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withUserPasswordExpireTime": check_flag(
                with_user_password_expire_time, "with_user_password_expire_time"
            ),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return await self._transport.request(
            _E["list_users_legacy"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_users_legacy(
        self,
        status: models.UserStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_user_password_expire_time: bool | None = None,
        with_department_ids: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.User]:
        """Every item of :meth:`list_users_legacy`, page after page.

        ``GET /api/v3/list-users``; retried on failure (a replay is safe). Keyword-only (in the
        server's DTO, sent by neither SDK): ``with_department_ids``. Keyword-only (sent by the
        node SDK, not by the Python one): ``with_user_password_expire_time``.

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "status": check_enum(models.UserStatus, status, "status"),
            "updatedAtStart": check_int(updated_at_start, "updated_at_start", minimum=0),
            "updatedAtEnd": check_int(updated_at_end, "updated_at_end", minimum=0),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "withIdentities": check_flag(with_identities, "with_identities"),
            "withUserPasswordExpireTime": check_flag(
                with_user_password_expire_time, "with_user_password_expire_time"
            ),
            "withDepartmentIds": check_flag(with_department_ids, "with_department_ids"),
        }
        return self._iter_query(
            _E["list_users_legacy"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def reset_user_principal_authentication_info(
        self,
        user_id: str,
        options: models.ResetUserPrincipalAuthenticationInfoOptions
        | Mapping[str, Any]
        | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete the user's real-name (principal) authentication info.

        ``POST /api/v3/reset-user-principal-authentication-info``; retried on failure (a replay
        is safe).
        """
        _body = models.ResetUserPrincipalAuthenticationInfo(
            user_id=require_id(user_id, "user_id"),
            options=as_model(
                options,
                models.ResetUserPrincipalAuthenticationInfoOptions,
                "options",
                optional=True,
            ),
        )
        return await self._transport.request(
            _E["reset_user_principal_authentication_info"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def resign_user(
        self,
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ResignUserData:
        """Resign (archive) a user. Irreversible.

        ``POST /api/v3/resign-user``; not retried once it may have reached GenAuth (a replay is
        not safe).
        """
        _body = models.ResignUserReq(
            user_id=require_id(user_id, "user_id"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["resign_user"], body=_body, timeout=timeout, deadline=deadline
        )

    async def resign_user_batch(
        self,
        user_ids: Sequence[str],
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ResignUserData:
        """Resign (archive) several users. Irreversible.

        ``POST /api/v3/resign-user-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.ResignUserBatchReq(
            user_ids=require_ids(user_ids, "user_ids"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["resign_user_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_user_departments(
        self,
        *,
        user_id: str,
        departments: Sequence[models.SetUserDepartment | Mapping[str, Any]],
        options: models.SetUserDepartmentsOptions | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Replace the user's departments with ``departments``.

        ``POST /api/v3/set-user-departments``; retried on failure (a replay is safe).
        Unverified: in the GenAuth docs, but in neither GenAuth SDK.
        """
        _body = models.SetUserDepartments(
            user_id=require_id(user_id, "user_id"),
            departments=as_models(departments, models.SetUserDepartment, "departments"),
            options=as_model(options, models.SetUserDepartmentsOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["set_user_departments"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_users_mfa_status(
        self,
        mfa_trigger_data: models.MfaTriggerData | Mapping[str, Any],
        user_id: str,
        user_id_type: models.UserIdType | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Set the user's MFA status (the MFA trigger data).

        ``POST /api/v3/set-mfa-status``; retried on failure (a replay is safe).
        """
        _body = models.SetMfaStatus(
            mfa_trigger_data=as_model(mfa_trigger_data, models.MfaTriggerData, "mfa_trigger_data"),
            user_id=require_id(user_id, "user_id"),
            user_id_type=check_enum(models.UserIdType, user_id_type, "user_id_type"),
        )
        return await self._transport.request(
            _E["set_users_mfa_status"], body=_body, timeout=timeout, deadline=deadline
        )

    async def unlink_identity(
        self,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UnlinkIdentityData:
        """Unbind every identity the user has in identity source ``ext_idp_id``.

        ``POST /api/v3/unlink-identity``; retried on failure (a replay is safe).
        """
        _body = models.UnlinkIdentity(
            user_id=require_id(user_id, "user_id"),
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
            type=check_str(type, "type"),
            is_social=check_flag(is_social, "is_social"),
        )
        return await self._transport.request(
            _E["unlink_identity"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_user(
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
        options: models.UpdateUserOptions | Mapping[str, Any] | None = None,
        *,
        metadata: Any = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.User:
        """Update a user's profile: only the fields given are changed.

        ``POST /api/v3/update-user``; retried on failure (a replay is safe). Keyword-only (sent
        by the node SDK, not by the Python one): ``metadata``.
        """
        _body = models.UpdateUserReq(
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
            options=as_model(options, models.UpdateUserOptions, "options", optional=True),
            metadata=metadata,
        )
        return await self._transport.request(
            _E["update_user"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_user_batch(
        self,
        list: Sequence[models.UpdateUserInfo | Mapping[str, Any]],
        options: models.UpdateUserBatchOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.User]:
        """Update several users (each item names its ``user_id``).

        ``POST /api/v3/update-user-batch``; retried on failure (a replay is safe).
        """
        _body = models.UpdateUserBatchReq(
            list=as_models(list, models.UpdateUserInfo, "list"),
            options=as_model(options, models.UpdateUserBatchOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["update_user_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def user_field_decrypt(
        self,
        data: Sequence[models.UserFieldDecryptReqItem | Mapping[str, Any]],
        private_key: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.UserFieldDecryptRespItem]:
        """Decrypt encrypted user fields with the pool's private key.

        ``POST /api/v3/users/field/decrypt``; retried on failure (a replay is safe).
        """
        _body = models.UserFieldDecryptReq(
            data=as_models(data, models.UserFieldDecryptReqItem, "data"),
            private_key=require_id(private_key, "private_key"),
        )
        return await self._transport.request(
            _E["user_field_decrypt"], body=_body, timeout=timeout, deadline=deadline
        )
