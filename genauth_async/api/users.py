"""User Management endpoints (GenAuth docs: Management API > User Management).

Every method keeps the name and the parameters of the official Python SDK (``genauth``), as
keyword-only arguments, plus ``timeout=`` and ``deadline=``. Nested request objects may be
given as the model or as the camelCase dict the official SDK takes. ``iter_*`` companions walk
a paginated list item by item (see :mod:`._pagination`), each page with its own deadline.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Sequence
from typing import Any, TypeVar

import attrs

from .._transport import Endpoint, TimeoutArg
from ..models._base import Page, coerce_enum
from ..models.users import (
    App,
    ArchivedUsersListPaging,
    AuthorizedResourcePaging,
    CheckSessionStatus,
    CheckSessionStatusData,
    CreateIdentity,
    CreateUserBatchReq,
    CreateUserInfo,
    CreateUserOptions,
    CreateUserOtp,
    CreateUserReq,
    DeleteUsersBatch,
    DeleteUsersBatchOptions,
    DeleteUserSyncRelationReq,
    DepartmentSortField,
    DepartmentSortOrder,
    Gender,
    GetUserPasswordCiphertext,
    GetUserPasswordCiphertextData,
    GroupPaging,
    HasAnyRole,
    HasAnyRoleOptions,
    HasAnyRoleReq,
    HasRoleRoles,
    Identity,
    ImportOtpItem,
    ImportOtpReq,
    IsSuccess,
    IsUserExists,
    IsUserExistsReq,
    KickUsers,
    KickUsersOptions,
    LinkIdentity,
    LinkIdentityData,
    ListArchivedUsersResp,
    ListUsersAdvancedFilterItem,
    ListUsersOptions,
    ListUsersRequest,
    MfaTriggerData,
    OtpSecretResp,
    Pagination,
    PrincipalAuthenticationInfoPaging,
    ResetUserPrincipalAuthenticationInfo,
    ResetUserPrincipalAuthenticationInfoOptions,
    ResignUserBatchReq,
    ResignUserData,
    ResignUserReq,
    ResourceType,
    RolePaging,
    SetMfaStatus,
    SetUserDepartment,
    SetUserDepartments,
    SetUserDepartmentsOptions,
    UnlinkIdentity,
    UnlinkIdentityData,
    UpdateUserBatchOptions,
    UpdateUserBatchReq,
    UpdateUserInfo,
    UpdateUserOptions,
    UpdateUserReq,
    User,
    UserDepartmentPaging,
    UserDepartmentResp,
    UserFieldDecryptReq,
    UserFieldDecryptReqItem,
    UserFieldDecryptRespItem,
    UserIdType,
    UserLoggedInApps,
    UserLoggedInIdentities,
    UserLoginHistory,
    UserLoginHistoryPaging,
    UserMfaResp,
    UserPaging,
    UserStatus,
    UserSyncRelation,
)
from ._base import (
    APIModule,
    as_model,
    check_flag,
    check_int,
    check_str,
    check_str_list,
    check_user_id_type,
    require_id,
    require_ids,
)
from ._pagination import MAX_PAGE_SIZE, check_page, check_page_size, paginate

__all__ = ["ENDPOINTS", "UsersAPI"]

_get, _post = Endpoint.get, Endpoint.post

#: every endpoint of this module by its Python name (the README table is checked against it).
#: GETs are always retried on 5xx. A POST is retried when sending it twice has the effect of
#: sending it once: reads, and writes that set state to a given value (set/update/delete).
ENDPOINTS: dict[str, Endpoint[Any]] = {
    "list_users": _post("api/v3/list-users", UserPaging, idempotent=True),  # a search: read-only
    "list_users_legacy": _get("api/v3/list-users", UserPaging),
    "get_user": _get("api/v3/get-user", User),
    "get_user_batch": _get("api/v3/get-user-batch", list[User]),
    # a replay would create a second user, or fail on the unique fields the first one took
    "create_user": _post("api/v3/create-user", User, idempotent=False),
    "create_users_batch": _post("api/v3/create-users-batch", list[User], idempotent=False),
    "update_user": _post("api/v3/update-user", User, idempotent=True),  # sets the given fields
    "update_user_batch": _post("api/v3/update-user-batch", list[User], idempotent=True),
    # deleting what is already gone changes nothing more
    "delete_users_batch": _post("api/v3/delete-users-batch", IsSuccess, idempotent=True),
    "get_user_identities": _get("api/v3/get-user-identities", list[Identity]),
    "get_user_roles": _get("api/v3/get-user-roles", RolePaging),
    "get_user_principal_authentication_info": _get(
        "api/v3/get-user-principal-authentication-info", PrincipalAuthenticationInfoPaging
    ),
    "reset_user_principal_authentication_info": _post(
        "api/v3/reset-user-principal-authentication-info", IsSuccess, idempotent=True
    ),
    "get_user_departments": _get("api/v3/get-user-departments", UserDepartmentPaging),
    # replaces the user's department list with the given one
    "set_user_departments": _post("api/v3/set-user-departments", IsSuccess, idempotent=True),
    "get_user_groups": _get("api/v3/get-user-groups", GroupPaging),
    "get_user_mfa_info": _get("api/v3/get-user-mfa-info", UserMfaResp),
    "list_archived_users": _get("api/v3/list-archived-users", ArchivedUsersListPaging),
    # ending sessions that are already ended is a no-op
    "kick_users": _post("api/v3/kick-users", IsSuccess, idempotent=True),
    "is_user_exists": _post("api/v3/is-user-exists", IsUserExists, idempotent=True),  # read
    "get_user_accessible_apps": _get("api/v3/get-user-accessible-apps", list[App]),
    "get_user_authorized_apps": _get("api/v3/get-user-authorized-apps", list[App]),
    "has_any_role": _post("api/v3/has-any-role", HasAnyRole, idempotent=True),  # read
    "get_user_login_history": _get("api/v3/get-user-login-history", UserLoginHistoryPaging),
    "get_user_loggedin_apps": _get("api/v3/get-user-loggedin-apps", list[UserLoggedInApps]),
    "get_user_loggedin_identities": _get(
        "api/v3/get-user-logged-in-identities", list[UserLoggedInIdentities]
    ),
    # irreversible, and a replay fails on the user the first attempt already archived
    "resign_user": _post("api/v3/resign-user", ResignUserData, idempotent=False),
    "resign_user_batch": _post("api/v3/resign-user-batch", ResignUserData, idempotent=False),
    "get_user_authorized_resources": _get(
        "api/v3/get-user-authorized-resources", AuthorizedResourcePaging
    ),
    "check_session_status": _post(
        "api/v3/check-session-status",
        CheckSessionStatusData,
        idempotent=True,  # read
    ),
    # an import is not documented as an upsert: don't risk a second import
    "import_otp": _post("api/v3/import-otp", None, idempotent=False),
    "set_users_mfa_status": _post("api/v3/set-mfa-status", IsSuccess, idempotent=True),
    "get_user_mfa_status": _get("api/v3/get-mfa-status", MfaTriggerData),
    # decrypting is a pure function of the request
    "user_field_decrypt": _post(
        "api/v3/users/field/decrypt", list[UserFieldDecryptRespItem], idempotent=True
    ),
    "get_otp_secret_by_user": _get("api/v3/get-otp-secret-by-user", OtpSecretResp),
    "get_user_password_ciphertext": _post(
        "api/v3/get-user-password-ciphertext", GetUserPasswordCiphertextData, idempotent=True
    ),  # read: POST only to keep the password out of URLs and logs
    # a replay of a link that was applied fails as "identity already bound"
    "link_identity": _post("api/v3/link-identity", LinkIdentityData, idempotent=False),
    "unlink_identity": _post("api/v3/unlink-identity", UnlinkIdentityData, idempotent=True),
    "get_user_sync_relations": _get("api/v3/get-user-sync-relations", list[UserSyncRelation]),
    "delete_user_sync_relations": _post(
        "api/v3/delete-user-sync-relations", IsSuccess, idempotent=True
    ),
}
_E = ENDPOINTS

M = TypeVar("M")


class UsersAPI(APIModule):
    """User Management: users, their identities, roles, groups, departments, MFA, sessions."""

    __slots__ = ()

    # -- listing ---------------------------------------------------------------------------

    async def list_users(
        self,
        *,
        keywords: str | None = None,
        advanced_filter: Sequence[ListUsersAdvancedFilterItem | dict[str, Any]] | None = None,
        search_query: Any | None = None,
        options: ListUsersOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UserPaging:
        """Search users; the page is ``options.pagination`` (see :meth:`iter_users`)."""
        body = _list_users_request(keywords, advanced_filter, search_query, options)
        return await self._transport.request(
            _E["list_users"], body=body, timeout=timeout, deadline=deadline
        )

    def iter_users(
        self,
        *,
        keywords: str | None = None,
        advanced_filter: Sequence[ListUsersAdvancedFilterItem | dict[str, Any]] | None = None,
        search_query: Any | None = None,
        options: ListUsersOptions | dict[str, Any] | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[User]:
        """Every user :meth:`list_users` finds, page after page (``options`` without pagination).

        Args:
            page_retries: how many more times a page is fetched after a server, rate-limit or
                connection error (on top of the client's own retries).
        """
        body = _list_users_request(keywords, advanced_filter, search_query, options)
        if body.options is not None and body.options.pagination is not None:
            raise ValueError("iter_users pages by itself: pass start_page/limit, not pagination")
        base_options = body.options or ListUsersOptions()

        async def fetch(page: int, size: int) -> UserPaging:
            paged = attrs.evolve(base_options, pagination=Pagination(page=page, limit=size))
            return await self._transport.request(
                _E["list_users"],
                body=attrs.evolve(body, options=paged),
                timeout=timeout,
                deadline=deadline,
            )

        return paginate(fetch, start_page=start_page, limit=limit, page_retries=page_retries)

    async def list_users_legacy(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        status: UserStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UserPaging:
        """List users (``GET list-users``).

        Args:
            updated_at_start, updated_at_end: UNIX timestamps in **seconds**.
        """
        query = _legacy_query(
            status, updated_at_start, updated_at_end, with_custom_data, with_post, with_identities
        )
        query.update(_page_query(page, limit))
        return await self._transport.request(
            _E["list_users_legacy"], query=query, timeout=timeout, deadline=deadline
        )

    def iter_users_legacy(
        self,
        *,
        status: UserStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[User]:
        """Every user :meth:`list_users_legacy` lists, page after page."""
        query = _legacy_query(
            status, updated_at_start, updated_at_end, with_custom_data, with_post, with_identities
        )
        return self._iter(
            _E["list_users_legacy"], query, start_page, limit, page_retries, timeout, deadline
        )

    async def list_archived_users(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> ArchivedUsersListPaging:
        """Archived (resigned or deleted) users.

        Args:
            start_at: a UNIX timestamp in **seconds**.
        """
        query = {"startAt": check_int(start_at, "start_at", minimum=0), **_page_query(page, limit)}
        return await self._transport.request(
            _E["list_archived_users"], query=query, timeout=timeout, deadline=deadline
        )

    def iter_archived_users(
        self,
        *,
        start_at: int | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[ListArchivedUsersResp]:
        """Every archived user, page after page."""
        query = {"startAt": check_int(start_at, "start_at", minimum=0)}
        return self._iter(
            _E["list_archived_users"], query, start_page, limit, page_retries, timeout, deadline
        )

    # -- one user, many users --------------------------------------------------------------

    async def get_user(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        flat_custom_data: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> User:
        """One user."""
        query = {
            **_user_query(user_id, user_id_type),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "withPost": check_flag(with_post, "with_post"),
            "withIdentities": check_flag(with_identities, "with_identities"),
        }
        return await self._transport.request(
            _E["get_user"], query=query, timeout=timeout, deadline=deadline
        )

    async def get_user_batch(
        self,
        *,
        user_ids: Sequence[str],
        user_id_type: UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        with_identities: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[User]:
        """The users found among ``user_ids`` (ids that match nobody are left out)."""
        query = {
            "userIds": require_ids(user_ids, "user_ids"),
            "userIdType": _uit(user_id_type),
            "withCustomData": check_flag(with_custom_data, "with_custom_data"),
            "flatCustomData": check_flag(flat_custom_data, "flat_custom_data"),
            "withIdentities": check_flag(with_identities, "with_identities"),
        }
        return await self._transport.request(
            _E["get_user_batch"], query=query, timeout=timeout, deadline=deadline
        )

    async def create_user(
        self,
        *,
        status: UserStatus | str | None = None,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        external_id: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        gender: Gender | str | None = None,
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
        tenant_ids: list[str] | None = None,
        otp: CreateUserOtp | dict[str, Any] | None = None,
        department_ids: list[str] | None = None,
        custom_data: Any | None = None,
        metadata_source: Any | None = None,
        identities: Sequence[CreateIdentity | dict[str, Any]] | None = None,
        identity_number: str | None = None,
        options: CreateUserOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> User:
        """Create a user; at least one of ``email``, ``phone`` and ``username`` is required.

        Not retried on a server error (a replay could create the user twice). The fields are
        those of :class:`CreateUserReq`, which also has ``department_ids`` (the node SDK sends
        it; the Python one does not).
        """
        if email is None and phone is None and username is None:
            raise ValueError("create_user needs at least one of email, phone and username")
        body = CreateUserReq(
            status=status,
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
            username=check_str(username, "username"),
            external_id=check_str(external_id, "external_id"),
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            gender=gender,
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
            otp=as_model(otp, CreateUserOtp, "otp", optional=True),
            department_ids=check_str_list(department_ids, "department_ids"),
            custom_data=custom_data,
            metadata_source=metadata_source,
            identities=None
            if identities is None
            else _as_models(identities, CreateIdentity, "identities"),
            identity_number=check_str(identity_number, "identity_number"),
            options=as_model(options, CreateUserOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["create_user"], body=body, timeout=timeout, deadline=deadline
        )

    async def create_users_batch(
        self,
        *,
        list: Sequence[CreateUserInfo | dict[str, Any]],  # the official SDK's name
        options: CreateUserOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[User]:
        """Create several users in one call; they are returned in the same order."""
        body = CreateUserBatchReq(
            list=_as_models(list, CreateUserInfo, "list"),
            options=as_model(options, CreateUserOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["create_users_batch"], body=body, timeout=timeout, deadline=deadline
        )

    async def update_user(
        self,
        *,
        user_id: str,
        phone_country_code: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        status: UserStatus | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: Gender | str | None = None,
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
        custom_data: Any | None = None,
        metadata: Any | None = None,
        options: UpdateUserOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> User:
        """Update a user's profile: only the fields given are changed.

        ``options.user_id_type`` says what ``user_id`` is. ``metadata`` is in the node SDK only.
        """
        body = UpdateUserReq(
            user_id=require_id(user_id, "user_id"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            external_id=check_str(external_id, "external_id"),
            status=status,
            email_verified=check_flag(email_verified, "email_verified"),
            phone_verified=check_flag(phone_verified, "phone_verified"),
            birthdate=check_str(birthdate, "birthdate"),
            country=check_str(country, "country"),
            province=check_str(province, "province"),
            city=check_str(city, "city"),
            address=check_str(address, "address"),
            street_address=check_str(street_address, "street_address"),
            postal_code=check_str(postal_code, "postal_code"),
            gender=gender,
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
            metadata=metadata,
            options=as_model(options, UpdateUserOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["update_user"], body=body, timeout=timeout, deadline=deadline
        )

    async def update_user_batch(
        self,
        *,
        list: Sequence[UpdateUserInfo | dict[str, Any]],  # the official SDK's name
        options: UpdateUserBatchOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[User]:
        """Update several users (each item names its ``user_id``); returns them updated."""
        body = UpdateUserBatchReq(
            list=_as_models(list, UpdateUserInfo, "list"),
            options=as_model(options, UpdateUserBatchOptions, "options", optional=True),
        )
        for i, item in enumerate(body.list):
            require_id(item.user_id, f"list[{i}].user_id")
        return await self._transport.request(
            _E["update_user_batch"], body=body, timeout=timeout, deadline=deadline
        )

    async def delete_users_batch(
        self,
        *,
        user_ids: Sequence[str],
        options: DeleteUsersBatchOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Delete users (``options.user_id_type`` says what the ids are)."""
        body = DeleteUsersBatch(
            user_ids=require_ids(user_ids, "user_ids"),
            options=as_model(options, DeleteUsersBatchOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["delete_users_batch"], body=body, timeout=timeout, deadline=deadline
        )

    async def is_user_exists(
        self,
        *,
        username: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        external_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsUserExists:
        """Whether a user with any of the given username, email, phone or external id exists.

        At least one of them is required (without any, there is nothing to look for).
        """
        if username is None and email is None and phone is None and external_id is None:
            raise ValueError("is_user_exists needs username, email, phone or external_id")
        body = IsUserExistsReq(
            username=check_str(username, "username"),
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            external_id=check_str(external_id, "external_id"),
        )
        return await self._transport.request(
            _E["is_user_exists"], body=body, timeout=timeout, deadline=deadline
        )

    async def resign_user(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> ResignUserData:
        """Resign (archive) a user. Irreversible; not retried on a server error."""
        body = ResignUserReq(
            user_id=require_id(user_id, "user_id"), user_id_type=_uit(user_id_type)
        )
        return await self._transport.request(
            _E["resign_user"], body=body, timeout=timeout, deadline=deadline
        )

    async def resign_user_batch(
        self,
        *,
        user_ids: Sequence[str],
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> ResignUserData:
        """Resign (archive) several users. Irreversible; not retried on a server error."""
        body = ResignUserBatchReq(
            user_ids=require_ids(user_ids, "user_ids"), user_id_type=_uit(user_id_type)
        )
        return await self._transport.request(
            _E["resign_user_batch"], body=body, timeout=timeout, deadline=deadline
        )

    # -- identities and sync relations -----------------------------------------------------

    async def get_user_identities(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[Identity]:
        """The user's identities in external identity sources."""
        return await self._transport.request(
            _E["get_user_identities"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def link_identity(
        self,
        *,
        user_id_in_idp: str,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,  # the official SDK's name
        is_social: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> LinkIdentityData:
        """Bind an external identity to the user (``user_id`` is the GenAuth user id)."""
        body = LinkIdentity(
            user_id_in_idp=require_id(user_id_in_idp, "user_id_in_idp"),
            user_id=require_id(user_id, "user_id"),
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
            type=check_str(type, "type"),
            is_social=check_flag(is_social, "is_social"),
        )
        return await self._transport.request(
            _E["link_identity"], body=body, timeout=timeout, deadline=deadline
        )

    async def unlink_identity(
        self,
        *,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,  # the official SDK's name
        is_social: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UnlinkIdentityData:
        """Unbind every identity the user has in identity source ``ext_idp_id``."""
        body = UnlinkIdentity(
            user_id=require_id(user_id, "user_id"),
            ext_idp_id=require_id(ext_idp_id, "ext_idp_id"),
            type=check_str(type, "type"),
            is_social=check_flag(is_social, "is_social"),
        )
        return await self._transport.request(
            _E["unlink_identity"], body=body, timeout=timeout, deadline=deadline
        )

    async def get_user_loggedin_identities(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[UserLoggedInIdentities]:
        """The identity sources the user has logged in with."""
        return await self._transport.request(
            _E["get_user_loggedin_identities"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_sync_relations(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[UserSyncRelation]:
        """The user's counterparts in synchronized third-party directories."""
        return await self._transport.request(
            _E["get_user_sync_relations"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def delete_user_sync_relations(
        self,
        *,
        provider: str,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Remove the user's sync relation with ``provider`` (e.g. ``lark``)."""
        body = DeleteUserSyncRelationReq(
            provider=require_id(provider, "provider"),
            user_id=require_id(user_id, "user_id"),
            user_id_type=_uit(user_id_type),
        )
        return await self._transport.request(
            _E["delete_user_sync_relations"], body=body, timeout=timeout, deadline=deadline
        )

    # -- roles, groups, departments, resources ---------------------------------------------

    async def get_user_roles(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        namespace: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> RolePaging:
        """The user's roles, optionally in one permission namespace."""
        query = {
            **_user_query(user_id, user_id_type),
            "namespace": check_str(namespace, "namespace"),
        }
        return await self._transport.request(
            _E["get_user_roles"], query=query, timeout=timeout, deadline=deadline
        )

    async def has_any_role(
        self,
        *,
        roles: Sequence[HasRoleRoles | dict[str, Any]],
        user_id: str,
        options: HasAnyRoleOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> HasAnyRole:
        """Whether the user has at least one of ``roles``."""
        body = HasAnyRoleReq(
            roles=_as_models(roles, HasRoleRoles, "roles"),
            user_id=require_id(user_id, "user_id"),
            options=as_model(options, HasAnyRoleOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["has_any_role"], body=body, timeout=timeout, deadline=deadline
        )

    async def get_user_groups(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> GroupPaging:
        """The groups the user belongs to."""
        return await self._transport.request(
            _E["get_user_groups"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_departments(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: DepartmentSortField | str | None = None,
        order_by: DepartmentSortOrder | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UserDepartmentPaging:
        """The departments the user belongs to.

        Not in the official GenAuth SDKs (only in the Authing-branded copies), though the
        GenAuth docs list it under User Management; the contract is GenAuth's node models.
        """
        query = _departments_query(
            user_id, user_id_type, with_custom_data, with_department_paths, sort_by, order_by
        )
        query.update(_page_query(page, limit))
        return await self._transport.request(
            _E["get_user_departments"], query=query, timeout=timeout, deadline=deadline
        )

    def iter_user_departments(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: DepartmentSortField | str | None = None,
        order_by: DepartmentSortOrder | str | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[UserDepartmentResp]:
        """Every department of the user, page after page."""
        query = _departments_query(
            user_id, user_id_type, with_custom_data, with_department_paths, sort_by, order_by
        )
        return self._iter(
            _E["get_user_departments"], query, start_page, limit, page_retries, timeout, deadline
        )

    async def set_user_departments(
        self,
        *,
        user_id: str,
        departments: Sequence[SetUserDepartment | dict[str, Any]],
        options: SetUserDepartmentsOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Replace the user's departments with ``departments``.

        Not in the official GenAuth SDKs (only in the Authing-branded copies), though the
        GenAuth docs list it under User Management; the contract is GenAuth's node models.
        """
        body = SetUserDepartments(
            user_id=require_id(user_id, "user_id"),
            departments=_as_models(departments, SetUserDepartment, "departments"),
            options=as_model(options, SetUserDepartmentsOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["set_user_departments"], body=body, timeout=timeout, deadline=deadline
        )

    async def get_user_authorized_resources(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        namespace: str | None = None,
        resource_type: ResourceType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AuthorizedResourcePaging:
        """Every resource authorized to the user, directly or through roles, groups, departments."""
        query = {
            **_user_query(user_id, user_id_type),
            "namespace": check_str(namespace, "namespace"),
            "resourceType": _enum(ResourceType, resource_type, "resource_type"),
        }
        return await self._transport.request(
            _E["get_user_authorized_resources"], query=query, timeout=timeout, deadline=deadline
        )

    # -- apps, sessions, login history -----------------------------------------------------

    async def get_user_accessible_apps(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[App]:
        """The applications the user can access."""
        return await self._transport.request(
            _E["get_user_accessible_apps"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_authorized_apps(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[App]:
        """The applications the user is authorized for."""
        return await self._transport.request(
            _E["get_user_authorized_apps"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_loggedin_apps(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[UserLoggedInApps]:
        """The applications the user has logged in to."""
        return await self._transport.request(
            _E["get_user_loggedin_apps"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_login_history(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UserLoginHistoryPaging:
        """The user's logins, newest first.

        Args:
            start, end: timestamps in **milliseconds**.
        """
        query = _history_query(user_id, user_id_type, app_id, client_ip, start, end)
        query.update(_page_query(page, limit))
        return await self._transport.request(
            _E["get_user_login_history"], query=query, timeout=timeout, deadline=deadline
        )

    def iter_user_login_history(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        app_id: str | None = None,
        client_ip: str | None = None,
        start: int | None = None,
        end: int | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[UserLoginHistory]:
        """Every login of the user, newest first, page after page."""
        query = _history_query(user_id, user_id_type, app_id, client_ip, start, end)
        return self._iter(
            _E["get_user_login_history"], query, start_page, limit, page_retries, timeout, deadline
        )

    async def kick_users(
        self,
        *,
        app_ids: Sequence[str],
        user_id: str,
        options: KickUsersOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Log the user out of the applications ``app_ids``."""
        body = KickUsers(
            app_ids=require_ids(app_ids, "app_ids"),
            user_id=require_id(user_id, "user_id"),
            options=as_model(options, KickUsersOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["kick_users"], body=body, timeout=timeout, deadline=deadline
        )

    async def check_session_status(
        self,
        *,
        app_id: str,
        user_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> CheckSessionStatusData:
        """Whether the user has a live session in application ``app_id``."""
        body = CheckSessionStatus(
            app_id=require_id(app_id, "app_id"), user_id=require_id(user_id, "user_id")
        )
        return await self._transport.request(
            _E["check_session_status"], body=body, timeout=timeout, deadline=deadline
        )

    # -- MFA, OTP, real-name authentication ------------------------------------------------

    async def get_user_mfa_info(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> UserMfaResp:
        """Which MFA factors (TOTP, face, SMS, email) the user has bound."""
        return await self._transport.request(
            _E["get_user_mfa_info"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def import_otp(
        self,
        *,
        list: Sequence[ImportOtpItem | dict[str, Any]],  # the official SDK's name
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Import users' OTP secrets. Not retried on a server error."""
        body = ImportOtpReq(list=_as_models(list, ImportOtpItem, "list"))
        for i, item in enumerate(body.list):
            require_id(item.user_id, f"list[{i}].user_id")
        await self._transport.request(
            _E["import_otp"], body=body, timeout=timeout, deadline=deadline
        )

    async def get_otp_secret_by_user(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> OtpSecretResp:
        """The secret of the OTP authenticator the user has bound."""
        return await self._transport.request(
            _E["get_otp_secret_by_user"],
            query=_user_query(user_id, user_id_type),
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_principal_authentication_info(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> PrincipalAuthenticationInfoPaging:
        """The user's real-name (principal) authentication records."""
        return await self._transport.request(
            _E["get_user_principal_authentication_info"],
            query={"userId": require_id(user_id, "user_id"), "userIdType": _uit(user_id_type)},
            timeout=timeout,
            deadline=deadline,
        )

    async def reset_user_principal_authentication_info(
        self,
        *,
        user_id: str,
        options: ResetUserPrincipalAuthenticationInfoOptions | dict[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Delete the user's real-name (principal) authentication info."""
        body = ResetUserPrincipalAuthenticationInfo(
            user_id=require_id(user_id, "user_id"),
            options=as_model(
                options, ResetUserPrincipalAuthenticationInfoOptions, "options", optional=True
            ),
        )
        return await self._transport.request(
            _E["reset_user_principal_authentication_info"],
            body=body,
            timeout=timeout,
            deadline=deadline,
        )

    async def set_users_mfa_status(
        self,
        *,
        user_id: str,
        mfa_trigger_data: MfaTriggerData | dict[str, Any],
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> IsSuccess:
        """Set the user's MFA status (the MFA trigger data)."""
        body = SetMfaStatus(
            user_id=require_id(user_id, "user_id"),
            mfa_trigger_data=as_model(mfa_trigger_data, MfaTriggerData, "mfa_trigger_data"),
            user_id_type=_uit(user_id_type),
        )
        return await self._transport.request(
            _E["set_users_mfa_status"], body=body, timeout=timeout, deadline=deadline
        )

    async def get_user_mfa_status(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> MfaTriggerData:
        """The user's MFA status (the MFA trigger data)."""
        return await self._transport.request(
            _E["get_user_mfa_status"],
            query={"userId": require_id(user_id, "user_id"), "userIdType": _uit(user_id_type)},
            timeout=timeout,
            deadline=deadline,
        )

    async def get_user_password_ciphertext(
        self,
        *,
        user_id: str,
        user_id_type: UserIdType | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> GetUserPasswordCiphertextData:
        """The user's password, encrypted with the key configured in the console."""
        body = GetUserPasswordCiphertext(
            user_id=require_id(user_id, "user_id"), user_id_type=_uit(user_id_type)
        )
        return await self._transport.request(
            _E["get_user_password_ciphertext"], body=body, timeout=timeout, deadline=deadline
        )

    async def user_field_decrypt(
        self,
        *,
        data: Sequence[UserFieldDecryptReqItem | dict[str, Any]],
        private_key: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[UserFieldDecryptRespItem]:
        """Decrypt encrypted user fields with the pool's private key."""
        body = UserFieldDecryptReq(
            data=_as_models(data, UserFieldDecryptReqItem, "data"),
            private_key=require_id(private_key, "private_key"),
        )
        return await self._transport.request(
            _E["user_field_decrypt"], body=body, timeout=timeout, deadline=deadline
        )

    # -- shared ----------------------------------------------------------------------------

    def _iter(
        self,
        endpoint: Endpoint[Any],
        query: dict[str, Any],
        start_page: int,
        limit: int,
        page_retries: int,
        timeout: TimeoutArg,
        deadline: float | None,
    ) -> AsyncIterator[Any]:
        """Walk a GET list endpoint whose query takes ``page`` and ``limit``."""

        async def fetch(page: int, size: int) -> Page[Any]:
            paged = {**query, "page": page, "limit": size}
            result: Page[Any] = await self._transport.request(
                endpoint, query=paged, timeout=timeout, deadline=deadline
            )
            return result

        return paginate(fetch, start_page=start_page, limit=limit, page_retries=page_retries)


_uit = check_user_id_type


def _enum(enum_cls: Any, value: Any, name: str) -> Any:
    return None if value is None else coerce_enum(enum_cls, value, name)


def _as_models(values: object, cls: type[M], name: str) -> list[M]:
    """A non-empty list of ``cls`` models; items may be models or camelCase dicts."""
    if isinstance(values, str | bytes | dict) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list, got {type(values).__name__}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    return [as_model(v, cls, f"{name}[{i}]") for i, v in enumerate(values)]


def _user_query(user_id: str, user_id_type: UserIdType | str | None) -> dict[str, Any]:
    return {"userId": require_id(user_id, "user_id"), "userIdType": _uit(user_id_type)}


def _page_query(page: int | None, limit: int | None) -> dict[str, Any]:
    return {"page": check_page(page), "limit": check_page_size(limit)}


def _legacy_query(
    status: UserStatus | str | None,
    updated_at_start: int | None,
    updated_at_end: int | None,
    with_custom_data: bool | None,
    with_post: bool | None,
    with_identities: bool | None,
) -> dict[str, Any]:
    return {
        "status": _enum(UserStatus, status, "status"),
        "updatedAtStart": check_int(updated_at_start, "updated_at_start", minimum=0),
        "updatedAtEnd": check_int(updated_at_end, "updated_at_end", minimum=0),
        "withCustomData": check_flag(with_custom_data, "with_custom_data"),
        "withPost": check_flag(with_post, "with_post"),
        "withIdentities": check_flag(with_identities, "with_identities"),
    }


def _history_query(
    user_id: str,
    user_id_type: UserIdType | str | None,
    app_id: str | None,
    client_ip: str | None,
    start: int | None,
    end: int | None,
) -> dict[str, Any]:
    query = _user_query(user_id, user_id_type)
    query.update(
        appId=check_str(app_id, "app_id"),
        clientIp=check_str(client_ip, "client_ip"),
        start=check_int(start, "start", minimum=0),
        end=check_int(end, "end", minimum=0),
    )
    return query


def _departments_query(
    user_id: str,
    user_id_type: UserIdType | str | None,
    with_custom_data: bool | None,
    with_department_paths: bool | None,
    sort_by: DepartmentSortField | str | None,
    order_by: DepartmentSortOrder | str | None,
) -> dict[str, Any]:
    query = _user_query(user_id, user_id_type)
    query["withCustomData"] = check_flag(with_custom_data, "with_custom_data")
    query["withDepartmentPaths"] = check_flag(with_department_paths, "with_department_paths")
    query["sortBy"] = _enum(DepartmentSortField, sort_by, "sort_by")
    query["orderBy"] = _enum(DepartmentSortOrder, order_by, "order_by")
    return query


def _list_users_request(
    keywords: str | None,
    advanced_filter: Sequence[ListUsersAdvancedFilterItem | dict[str, Any]] | None,
    search_query: Any | None,
    options: ListUsersOptions | dict[str, Any] | None,
) -> ListUsersRequest:
    opts = as_model(options, ListUsersOptions, "options", optional=True)
    if opts is not None and opts.pagination is not None:
        check_page(opts.pagination.page, "options.pagination.page")
        check_page_size(opts.pagination.limit, "options.pagination.limit")
    filters = None
    if advanced_filter is not None:
        filters = _as_models(advanced_filter, ListUsersAdvancedFilterItem, "advanced_filter")
    return ListUsersRequest(
        keywords=check_str(keywords, "keywords"),
        advanced_filter=filters,
        search_query=search_query,
        options=opts,
    )
