"""Tenants, tenant users and tenant administrators.

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
    as_text,
    check_enum,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_pagination,
    check_str,
    check_str_list,
    require_enum,
    require_flag,
    require_id,
    require_ids,
    require_int,
    require_str_list,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import EMPTY_BODY, APIModule

if TYPE_CHECKING:
    from ..models import tenants as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.tenants")

__all__ = ["ENDPOINTS", "TenantsAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add_tenant_department_members": Endpoint(
        "POST",
        "api/v3/add-tenant-department-members",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "add_tenant_users": Endpoint(
        "POST", "api/v3/add-tenant-users", idempotent=False, load=lambda: models.IsSuccess
    ),
    "create_multiple_tenant_admin": Endpoint(
        "POST", "api/v3/create-multiple-tenant-admin", None, False
    ),
    "create_tenant": Endpoint(
        "POST", "api/v3/create-tenant", idempotent=False, load=lambda: models.Tenant
    ),
    "create_tenant_cooperator": Endpoint("POST", "api/v3/create-tenant-cooperator", None, False),
    "create_tenant_user": Endpoint(
        "POST", "api/v3/create-tenant-user", idempotent=False, load=lambda: models.TenantUser
    ),
    "delete_multiple_tenant_admin": Endpoint(
        "POST", "api/v3/delete-multiple-tenant-admin", None, True
    ),
    "delete_tenant": Endpoint(
        "POST", "api/v3/delete-tenant", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_tenant_admin": Endpoint("POST", "api/v3/delete-tenant-admin", None, True),
    "delete_tenant_cooperator": Endpoint("POST", "api/v3/delete-tenant-cooperator", None, True),
    "delete_tenant_user": Endpoint("POST", "api/v3/delete-tenant-user", None, True),
    "generate_invite_tenant_user_link": Endpoint(
        "POST",
        "api/v3/generate-invite-tenant-user-link",
        idempotent=False,
        load=lambda: models.InviteTenantUsers,
    ),
    "get_multiple_tenant_admin": Endpoint(
        "GET",
        "api/v3/get-multiple-tenant-admin",
        idempotent=True,
        load=lambda: models.MultipleTenantAdminListPaging,
    ),
    "get_tenant": Endpoint(
        "GET", "api/v3/get-tenant", idempotent=True, load=lambda: models.TenantResp
    ),
    "get_tenant_by_code": Endpoint(
        "GET", "api/v3/get-tenant-by-code", idempotent=True, load=lambda: models.TenantResp
    ),
    "get_tenant_cooperator": Endpoint(
        "GET",
        "api/v3/get-tenant-cooperator",
        idempotent=True,
        load=lambda: models.TenantCooperatorSingle,
    ),
    "get_tenant_cooperator_menu": Endpoint(
        "GET",
        "api/v3/get-tenant-cooperator-menu",
        idempotent=True,
        load=lambda: models.TenantCooperatorSingle,
    ),
    "get_tenant_little_info": Endpoint(
        "GET", "api/v3/get-tenant-little-info", idempotent=True, load=lambda: models.TenantResp
    ),
    "get_tenant_user": Endpoint(
        "GET", "api/v3/get-tenant-user", idempotent=True, load=lambda: models.TenantUser
    ),
    "import_tenant": Endpoint(
        "POST", "api/v3/import-tenant", idempotent=False, load=lambda: models.ImportTenantData
    ),
    "import_tenant_history": Endpoint(
        "GET",
        "api/v3/import-tenant-history",
        idempotent=True,
        load=lambda: models.ImportTenantHistoryData,
    ),
    "import_tenant_notify_user": Endpoint(
        "GET",
        "api/v3/import-tenant-notify-user",
        idempotent=True,
        load=lambda: models.ImportTenantNotifyUseData,
    ),
    "list_invite_tennat_user_records": Endpoint(
        "GET",
        "api/v3/list-invite-tenant-user-records",
        idempotent=True,
        load=lambda: models.InviteTenantUserRecordList,
    ),
    "list_multiple_tenant_admin": Endpoint(
        "GET",
        "api/v3/list-multiple-tenant-admins",
        idempotent=True,
        load=lambda: models.MultipleTenantAdminListPaging,
    ),
    "list_tenant_admin": Endpoint(
        "POST",
        "api/v3/list-tenant-admin",
        idempotent=True,
        load=lambda: models.TenantUserListPaging,
    ),
    "list_tenant_cooperators": Endpoint(
        "GET",
        "api/v3/list-tenant-cooperators",
        idempotent=True,
        load=lambda: models.TenantCooperatorListPaging,
    ),
    "list_tenant_users": Endpoint(
        "POST",
        "api/v3/list-tenant-users",
        idempotent=True,
        load=lambda: models.TenantUserListPaging,
    ),
    "list_tenants": Endpoint(
        "GET", "api/v3/list-tenants", idempotent=True, load=lambda: models.TenantListPaging
    ),
    "remove_tenant_department_members": Endpoint(
        "POST",
        "api/v3/remove-tenant-department-members",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "remove_tenant_users": Endpoint(
        "POST", "api/v3/remove-tenant-users", idempotent=True, load=lambda: models.IsSuccess
    ),
    "send_email_batch": Endpoint(
        "POST", "api/v3/send-email-batch", idempotent=False, load=lambda: models.SendEmailBatchData
    ),
    "send_invite_tenant_user_email": Endpoint(
        "POST",
        "api/v3/send-invite-tenant-user-email",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "send_sms_batch": Endpoint(
        "POST", "api/v3/send-sms-batch", idempotent=False, load=lambda: models.SendSmsBatchData
    ),
    "set_tenant_admin": Endpoint("POST", "api/v3/set-tenant-admin", None, True),
    "update_multiple_tenant_admin": Endpoint(
        "POST", "api/v3/update-multiple-tenant-admin", None, True
    ),
    "update_tenant": Endpoint(
        "POST", "api/v3/update-tenant", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_tenant_cooperator": Endpoint("POST", "api/v3/update-tenant-cooperator", None, True),
    "update_tenant_user": Endpoint(
        "POST", "api/v3/update-tenant-user", idempotent=True, load=lambda: models.IsSuccess
    ),
}
ENDPOINTS["list_invite_tenant_user_records"] = ENDPOINTS["list_invite_tennat_user_records"]
_E = ENDPOINTS


class TenantsAPI(APIModule):
    """Tenants, tenant users and tenant administrators."""

    __slots__ = ()

    async def add_tenant_department_members(
        self,
        department_id: str,
        organization_code: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        link_user_ids: Sequence[str] | None = None,
        member_ids: Sequence[str] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Add users to a department of a tenant's organization.

        ``POST /api/v3/add-tenant-department-members``; not retried once it may have reached
        GenAuth (a replay is not safe). In neither official SDK: from GenAuth's server OpenAPI
        document (``TenantDepartmentAPIV3ManagementController_addTenantDepartmentMembers``).
        """
        _body = models.AddTenantDepartmentMembersReq(
            department_id=require_id(department_id, "department_id"),
            organization_code=require_id(organization_code, "organization_code"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            link_user_ids=check_str_list(link_user_ids, "link_user_ids"),
            member_ids=check_str_list(member_ids, "member_ids"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["add_tenant_department_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def add_tenant_users(
        self,
        link_user_ids: Sequence[str],
        tenant_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Add tenant users.

        ``POST /api/v3/add-tenant-users``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.AddTenantUsers(
            link_user_ids=require_ids(link_user_ids, "link_user_ids"),
            tenant_id=require_id(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["add_tenant_users"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_multiple_tenant_admin(
        self,
        tenant_ids: Sequence[str],
        user_id: str,
        api_authorized: bool | None = None,
        send_phone_notification: bool | None = None,
        send_email_notification: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Create multiple tenant admin.

        ``POST /api/v3/create-multiple-tenant-admin``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.CreateMultipleTenantAdmin(
            tenant_ids=require_ids(tenant_ids, "tenant_ids"),
            user_id=require_id(user_id, "user_id"),
            api_authorized=check_flag(api_authorized, "api_authorized"),
            send_phone_notification=check_flag(send_phone_notification, "send_phone_notification"),
            send_email_notification=check_flag(send_email_notification, "send_email_notification"),
        )
        return await self._transport.request(
            _E["create_multiple_tenant_admin"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_tenant(
        self,
        name: str,
        app_ids: Sequence[str],
        logo: Sequence[str] | None = None,
        description: str | None = None,
        reject_hint: str | None = None,
        source_app_id: str | None = None,
        enterprise_domains: Sequence[str] | None = None,
        expire_time: str | None = None,
        mau_amount: int | None = None,
        member_amount: int | None = None,
        admin_amount: int | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Tenant:
        """Create tenant.

        ``POST /api/v3/create-tenant``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.CreateTenant(
            name=require_id(name, "name"),
            app_ids=require_ids(app_ids, "app_ids"),
            logo=check_str_list(logo, "logo"),
            description=check_str(description, "description"),
            reject_hint=check_str(reject_hint, "reject_hint"),
            source_app_id=check_str(source_app_id, "source_app_id"),
            enterprise_domains=check_str_list(enterprise_domains, "enterprise_domains"),
            expire_time=check_str(expire_time, "expire_time"),
            mau_amount=check_int(mau_amount, "mau_amount"),
            member_amount=check_int(member_amount, "member_amount"),
            admin_amount=check_int(admin_amount, "admin_amount"),
        )
        return await self._transport.request(
            _E["create_tenant"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_tenant_cooperator(
        self,
        policies: Sequence[str],
        user_id: str,
        api_authorized: bool | None = None,
        send_phone_notification: bool | None = None,
        send_email_notification: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Create tenant cooperator.

        ``POST /api/v3/create-tenant-cooperator``; not retried once it may have reached GenAuth
        (a replay is not safe).
        """
        _body = models.CreateTenantCooperator(
            policies=require_str_list(policies, "policies"),
            user_id=require_id(user_id, "user_id"),
            api_authorized=check_flag(api_authorized, "api_authorized"),
            send_phone_notification=check_flag(send_phone_notification, "send_phone_notification"),
            send_email_notification=check_flag(send_email_notification, "send_email_notification"),
        )
        return await self._transport.request(
            _E["create_tenant_cooperator"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_tenant_user(
        self,
        tenant_id: str,
        gender: models.Gender | str,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        preferred_username: str | None = None,
        password: str | None = None,
        salt: str | None = None,
        options: models.CreateTenantUserOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantUser:
        """Create tenant user.

        ``POST /api/v3/create-tenant-user``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateTenantUserReq(
            tenant_id=require_id(tenant_id, "tenant_id"),
            gender=require_enum(models.Gender, gender, "gender"),
            email=check_str(email, "email"),
            phone=check_str(phone, "phone"),
            phone_country_code=check_str(phone_country_code, "phone_country_code"),
            username=check_str(username, "username"),
            name=check_str(name, "name"),
            nickname=check_str(nickname, "nickname"),
            photo=check_str(photo, "photo"),
            birthdate=check_str(birthdate, "birthdate"),
            country=check_str(country, "country"),
            province=check_str(province, "province"),
            city=check_str(city, "city"),
            address=check_str(address, "address"),
            street_address=check_str(street_address, "street_address"),
            postal_code=check_str(postal_code, "postal_code"),
            given_name=check_str(given_name, "given_name"),
            family_name=check_str(family_name, "family_name"),
            middle_name=check_str(middle_name, "middle_name"),
            preferred_username=check_str(preferred_username, "preferred_username"),
            password=check_str(password, "password"),
            salt=check_str(salt, "salt"),
            options=as_model(options, models.CreateTenantUserOptions, "options", optional=True),
        )
        return await self._transport.request(
            _E["create_tenant_user"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_multiple_tenant_admin(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a user's multi-tenant administrator rights.

        ``POST /api/v3/delete-multiple-tenant-admin``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``TenantManagementController_deleteMultipleTenantAdmin``).
        """
        _body = models.DeleteMultipleTenantAdminBody(
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["delete_multiple_tenant_admin"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_tenant(
        self,
        tenant_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete tenant.

        ``POST /api/v3/delete-tenant``; retried on failure (a replay is safe).
        """
        _body = models.DeleteTenant(
            tenant_id=require_id(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["delete_tenant"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_tenant_admin(
        self,
        tenant_id: str | None = None,
        link_user_id: str | None = None,
        member_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete tenant admin.

        ``POST /api/v3/delete-tenant-admin``; retried on failure (a replay is safe).
        """
        _body = models.GetTenantUser(
            tenant_id=check_str(tenant_id, "tenant_id"),
            link_user_id=check_str(link_user_id, "link_user_id"),
            member_id=check_str(member_id, "member_id"),
        )
        return await self._transport.request(
            _E["delete_tenant_admin"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_tenant_cooperator(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a tenant co-administrator.

        ``POST /api/v3/delete-tenant-cooperator``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``TenantManagementController_deleteTenantCooperator``).
        """
        _body = models.DeleteTenantCooperatorBody(
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["delete_tenant_cooperator"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_tenant_user(
        self,
        tenant_id: str,
        link_user_ids: Sequence[str] | None = None,
        member_ids: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete tenant user.

        ``POST /api/v3/delete-tenant-user``; retried on failure (a replay is safe).
        """
        _body = models.RemoveTenantUsers(
            tenant_id=require_id(tenant_id, "tenant_id"),
            link_user_ids=check_str_list(link_user_ids, "link_user_ids"),
            member_ids=check_str_list(member_ids, "member_ids"),
        )
        return await self._transport.request(
            _E["delete_tenant_user"], body=_body, timeout=timeout, deadline=deadline
        )

    async def generate_invite_tenant_user_link(
        self,
        validity_term: str,
        emails: Sequence[str],
        app_id: str,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InviteTenantUsers:
        """Generate invite tenant user link.

        ``POST /api/v3/generate-invite-tenant-user-link``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = models.GenerateInviteTenantUserLink(
            validity_term=require_id(validity_term, "validity_term"),
            emails=require_str_list(emails, "emails"),
            app_id=require_id(app_id, "app_id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["generate_invite_tenant_user_link"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_multiple_tenant_admin(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MultipleTenantAdminListPaging:
        """Get multiple tenant admin.

        ``GET /api/v3/get-multiple-tenant-admin``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        return await self._transport.request(
            _E["get_multiple_tenant_admin"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant(
        self,
        tenant_id: str,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantResp:
        """Get tenant.

        ``GET /api/v3/get-tenant``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": require_id(tenant_id, "tenant_id"),
            "withMembersCount": check_flag(with_members_count, "with_members_count"),
            "withAppDetail": check_flag(with_app_detail, "with_app_detail"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
            "withSourceAppDetail": check_flag(with_source_app_detail, "with_source_app_detail"),
        }
        return await self._transport.request(
            _E["get_tenant"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant_by_code(
        self,
        code: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantResp:
        """Get tenant by code.

        ``GET /api/v3/get-tenant-by-code``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "code": require_id(code, "code"),
        }
        return await self._transport.request(
            _E["get_tenant_by_code"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant_cooperator(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantCooperatorSingle:
        """Get tenant cooperator.

        ``GET /api/v3/get-tenant-cooperator``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        return await self._transport.request(
            _E["get_tenant_cooperator"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant_cooperator_menu(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantCooperatorSingle:
        """Get tenant cooperator menu.

        ``GET /api/v3/get-tenant-cooperator-menu``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        return await self._transport.request(
            _E["get_tenant_cooperator_menu"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant_little_info(
        self,
        tenant_id: str,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantResp:
        """Get tenant little info.

        ``GET /api/v3/get-tenant-little-info``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": require_id(tenant_id, "tenant_id"),
            "withMembersCount": check_flag(with_members_count, "with_members_count"),
            "withAppDetail": check_flag(with_app_detail, "with_app_detail"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
            "withSourceAppDetail": check_flag(with_source_app_detail, "with_source_app_detail"),
        }
        return await self._transport.request(
            _E["get_tenant_little_info"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_tenant_user(
        self,
        tenant_id: str,
        link_user_id: str | None = None,
        member_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantUser:
        """Get tenant user.

        ``GET /api/v3/get-tenant-user``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "tenantId": require_id(tenant_id, "tenant_id"),
            "linkUserId": check_str(link_user_id, "link_user_id"),
            "memberId": check_str(member_id, "member_id"),
        }
        return await self._transport.request(
            _E["get_tenant_user"], query=_query, timeout=timeout, deadline=deadline
        )

    async def import_tenant(
        self,
        excel_url: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportTenantData:
        """Import tenant.

        ``POST /api/v3/import-tenant``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.ImportTenant(
            excel_url=require_id(excel_url, "excel_url"),
        )
        return await self._transport.request(
            _E["import_tenant"], body=_body, timeout=timeout, deadline=deadline
        )

    async def import_tenant_history(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportTenantHistoryData:
        """Import tenant history.

        ``GET /api/v3/import-tenant-history``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": as_text(check_page(page)),
            "limit": as_text(check_page_size(limit)),
        }
        return await self._transport.request(
            _E["import_tenant_history"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_import_tenant_history(
        self,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`import_tenant_history`, page after page.

        ``GET /api/v3/import-tenant-history``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {}
        return self._iter_query(
            _E["import_tenant_history"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def import_tenant_notify_user(
        self,
        import_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportTenantNotifyUseData:
        """Import tenant notify user.

        ``GET /api/v3/import-tenant-notify-user``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "importId": require_id(import_id, "import_id"),
            "page": as_text(check_page(page)),
            "limit": as_text(check_page_size(limit)),
        }
        return await self._transport.request(
            _E["import_tenant_notify_user"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_import_tenant_notify_user(
        self,
        import_id: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`import_tenant_notify_user`, page after page.

        ``GET /api/v3/import-tenant-notify-user``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "importId": require_id(import_id, "import_id"),
        }
        return self._iter_query(
            _E["import_tenant_notify_user"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invite_tennat_user_records(
        self,
        keywords: str,
        page: int | str,
        limit: int | str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InviteTenantUserRecordList:
        """List invite tennat user records.

        ``GET /api/v3/list-invite-tenant-user-records``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": require_id(keywords, "keywords"),
            "page": as_text(check_page(page, required=True)),
            "limit": as_text(check_page_size(limit, required=True)),
        }
        return await self._transport.request(
            _E["list_invite_tennat_user_records"], query=_query, timeout=timeout, deadline=deadline
        )

    list_invite_tenant_user_records = list_invite_tennat_user_records

    def iter_invite_tennat_user_records(
        self,
        keywords: str,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.InviteTenantUserRecord]:
        """Every item of :meth:`list_invite_tennat_user_records`, page after page.

        ``GET /api/v3/list-invite-tenant-user-records``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": require_id(keywords, "keywords"),
        }
        return self._iter_query(
            _E["list_invite_tennat_user_records"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    iter_invite_tenant_user_records = iter_invite_tennat_user_records

    async def list_multiple_tenant_admin(
        self,
        keywords: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.MultipleTenantAdminListPaging:
        """List multiple tenant admin.

        ``GET /api/v3/list-multiple-tenant-admins``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "page": as_text(check_page(page)),
            "limit": as_text(check_page_size(limit)),
        }
        return await self._transport.request(
            _E["list_multiple_tenant_admin"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_list_multiple_tenant_admin(
        self,
        keywords: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.MultipleTenantAdmin]:
        """Every item of :meth:`list_multiple_tenant_admin`, page after page.

        ``GET /api/v3/list-multiple-tenant-admins``; retried on failure (a replay is safe).

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
            _E["list_multiple_tenant_admin"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_tenant_admin(
        self,
        tenant_id: str,
        keywords: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantUserListPaging:
        """List tenant admin.

        ``POST /api/v3/list-tenant-admin``; retried on failure (a replay is safe).
        """
        _body = models.ListTenantAdmin(
            tenant_id=require_id(tenant_id, "tenant_id"),
            keywords=check_str(keywords, "keywords"),
            page=as_text(check_page(page)),
            limit=as_text(check_page_size(limit)),
        )
        return await self._transport.request(
            _E["list_tenant_admin"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_tenant_admin(
        self,
        tenant_id: str,
        keywords: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.TenantUser]:
        """Every item of :meth:`list_tenant_admin`, page after page.

        ``POST /api/v3/list-tenant-admin``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListTenantAdmin(
            tenant_id=require_id(tenant_id, "tenant_id"),
            keywords=check_str(keywords, "keywords"),
        )
        return self._iter_body(
            _E["list_tenant_admin"], _body, (), start_page, limit, page_retries, timeout, deadline
        )

    async def list_tenant_cooperators(
        self,
        keywords: str | None = None,
        external: bool | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantCooperatorListPaging:
        """List tenant cooperators.

        ``GET /api/v3/list-tenant-cooperators``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "external": check_flag(external, "external"),
            "page": as_text(check_page(page)),
            "limit": as_text(check_page_size(limit)),
        }
        return await self._transport.request(
            _E["list_tenant_cooperators"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_tenant_cooperators(
        self,
        keywords: str | None = None,
        external: bool | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.TenantCooperator]:
        """Every item of :meth:`list_tenant_cooperators`, page after page.

        ``GET /api/v3/list-tenant-cooperators``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "external": check_flag(external, "external"),
        }
        return self._iter_query(
            _E["list_tenant_cooperators"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_tenant_users(
        self,
        tenant_id: str,
        keywords: str | None = None,
        options: models.ListTenantUsersOptions | Mapping[str, Any] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantUserListPaging:
        """List tenant users.

        ``POST /api/v3/list-tenant-users``; retried on failure (a replay is safe).
        """
        _body = models.ListTenantUser(
            tenant_id=require_id(tenant_id, "tenant_id"),
            keywords=check_str(keywords, "keywords"),
            options=as_model(options, models.ListTenantUsersOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return await self._transport.request(
            _E["list_tenant_users"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_tenant_users(
        self,
        tenant_id: str,
        keywords: str | None = None,
        options: models.ListTenantUsersOptions | Mapping[str, Any] | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.TenantUser]:
        """Every item of :meth:`list_tenant_users`, page after page.

        ``POST /api/v3/list-tenant-users``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListTenantUser(
            tenant_id=require_id(tenant_id, "tenant_id"),
            keywords=check_str(keywords, "keywords"),
            options=as_model(options, models.ListTenantUsersOptions, "options", optional=True),
        )
        _body = check_pagination(
            _body,
            (
                "options",
                "pagination",
            ),
        )
        return self._iter_body(
            _E["list_tenant_users"],
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

    async def list_tenants(
        self,
        keywords: str | None = None,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
        source: Any = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TenantListPaging:
        """List tenants.

        ``GET /api/v3/list-tenants``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "withMembersCount": check_flag(with_members_count, "with_members_count"),
            "withAppDetail": check_flag(with_app_detail, "with_app_detail"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
            "withSourceAppDetail": check_flag(with_source_app_detail, "with_source_app_detail"),
            "page": as_text(check_page(page)),
            "limit": as_text(check_page_size(limit)),
            "source": source,
        }
        return await self._transport.request(
            _E["list_tenants"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_tenants(
        self,
        keywords: str | None = None,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        source: Any = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.TenantResp]:
        """Every item of :meth:`list_tenants`, page after page.

        ``GET /api/v3/list-tenants``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
            "withMembersCount": check_flag(with_members_count, "with_members_count"),
            "withAppDetail": check_flag(with_app_detail, "with_app_detail"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
            "withSourceAppDetail": check_flag(with_source_app_detail, "with_source_app_detail"),
            "source": source,
        }
        return self._iter_query(
            _E["list_tenants"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def remove_tenant_department_members(
        self,
        department_id: str,
        organization_code: str,
        department_id_type: models.DepartmentIdType | str | None = None,
        link_user_ids: Sequence[str] | None = None,
        member_ids: Sequence[str] | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove users from a department of a tenant's organization.

        ``POST /api/v3/remove-tenant-department-members``; retried on failure (a replay is
        safe). In neither official SDK: from GenAuth's server OpenAPI document
        (``TenantDepartmentAPIV3ManagementController_removeTenantDepartmentMembers``).
        """
        _body = models.RemoveTenantDepartmentMembersReq(
            department_id=require_id(department_id, "department_id"),
            organization_code=require_id(organization_code, "organization_code"),
            department_id_type=check_enum(
                models.DepartmentIdType, department_id_type, "department_id_type"
            ),
            link_user_ids=check_str_list(link_user_ids, "link_user_ids"),
            member_ids=check_str_list(member_ids, "member_ids"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["remove_tenant_department_members"], body=_body, timeout=timeout, deadline=deadline
        )

    async def remove_tenant_users(
        self,
        tenant_id: str,
        link_user_ids: Sequence[str] | None = None,
        member_ids: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove tenant users.

        ``POST /api/v3/remove-tenant-users``; retried on failure (a replay is safe).
        """
        _body = models.RemoveTenantUsers(
            tenant_id=require_id(tenant_id, "tenant_id"),
            link_user_ids=check_str_list(link_user_ids, "link_user_ids"),
            member_ids=check_str_list(member_ids, "member_ids"),
        )
        return await self._transport.request(
            _E["remove_tenant_users"], body=_body, timeout=timeout, deadline=deadline
        )

    async def send_email_batch(
        self,
        admin_name: str,
        import_id: int,
        users: Sequence[models.SendTenantEmail | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SendEmailBatchData:
        """Send email batch.

        ``POST /api/v3/send-email-batch``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.SendManyTenantEmail(
            admin_name=require_id(admin_name, "admin_name"),
            import_id=require_int(import_id, "import_id"),
            users=as_models(users, models.SendTenantEmail, "users"),
        )
        return await self._transport.request(
            _E["send_email_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def send_invite_tenant_user_email(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Send invite tenant user email.

        ``POST /api/v3/send-invite-tenant-user-email``; not retried once it may have reached
        GenAuth (a replay is not safe).
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["send_invite_tenant_user_email"], body=_body, timeout=timeout, deadline=deadline
        )

    async def send_sms_batch(
        self,
        admin_name: str,
        import_id: int,
        users: Sequence[models.SendTenantSms | Mapping[str, Any]],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.SendSmsBatchData:
        """Send sms batch.

        ``POST /api/v3/send-sms-batch``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.SendManyTenantSms(
            admin_name=require_id(admin_name, "admin_name"),
            import_id=require_int(import_id, "import_id"),
            users=as_models(users, models.SendTenantSms, "users"),
        )
        return await self._transport.request(
            _E["send_sms_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def set_tenant_admin(
        self,
        tenant_id: str,
        link_user_ids: Sequence[str] | None = None,
        member_ids: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Set tenant admin.

        ``POST /api/v3/set-tenant-admin``; retried on failure (a replay is safe).
        """
        _body = models.RemoveTenantUsers(
            tenant_id=require_id(tenant_id, "tenant_id"),
            link_user_ids=check_str_list(link_user_ids, "link_user_ids"),
            member_ids=check_str_list(member_ids, "member_ids"),
        )
        return await self._transport.request(
            _E["set_tenant_admin"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_multiple_tenant_admin(
        self,
        user_id: str,
        tenant_ids: Sequence[str],
        api_authorized: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Change a multi-tenant administrator's details.

        ``POST /api/v3/update-multiple-tenant-admin``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``TenantManagementController_updateMultipleTenantAdmin``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        _body = models.UpdateMultipleTenantAdmin(
            tenant_ids=require_ids(tenant_ids, "tenant_ids"),
            api_authorized=check_flag(api_authorized, "api_authorized"),
        )
        return await self._transport.request(
            _E["update_multiple_tenant_admin"],
            query=_query,
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_tenant(
        self,
        tenant_id: str,
        name: str | None = None,
        app_ids: Sequence[str] | None = None,
        logo: Sequence[str] | None = None,
        description: str | None = None,
        reject_hint: str | None = None,
        source_app_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update tenant.

        ``POST /api/v3/update-tenant``; retried on failure (a replay is safe).
        """
        _body = models.UpdateTenant(
            tenant_id=require_id(tenant_id, "tenant_id"),
            name=check_str(name, "name"),
            app_ids=check_str_list(app_ids, "app_ids"),
            logo=check_str_list(logo, "logo"),
            description=check_str(description, "description"),
            reject_hint=check_str(reject_hint, "reject_hint"),
            source_app_id=check_str(source_app_id, "source_app_id"),
        )
        return await self._transport.request(
            _E["update_tenant"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_tenant_cooperator(
        self,
        user_id: str,
        api_authorized: bool,
        policies: Sequence[str],
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Change a tenant co-administrator's details.

        ``POST /api/v3/update-tenant-cooperator``; retried on failure (a replay is safe). In
        neither official SDK: from GenAuth's server OpenAPI document
        (``TenantManagementController_updateTenantCooperator``).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
        }
        _body = models.UpdateTenantCooperator(
            api_authorized=require_flag(api_authorized, "api_authorized"),
            policies=require_str_list(policies, "policies"),
        )
        return await self._transport.request(
            _E["update_tenant_cooperator"],
            query=_query,
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_tenant_user(
        self,
        updates: Any,
        tenant_id: str,
        link_user_id: str | None = None,
        member_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update tenant user.

        ``POST /api/v3/update-tenant-user``; retried on failure (a replay is safe).
        """
        _body = models.UpdateTenantUser(
            updates=updates,
            tenant_id=require_id(tenant_id, "tenant_id"),
            link_user_id=check_str(link_user_id, "link_user_id"),
            member_id=check_str(member_id, "member_id"),
        )
        return await self._transport.request(
            _E["update_tenant_user"], body=_body, timeout=timeout, deadline=deadline
        )
