"""Tenants and their members.

A user's tenant memberships live on the user (`EmulatorUser.tenants`), so a deleted user
leaves every tenant; a tenant's deletion reaches its members. A membership holds what is
proper to it (`memberId`, `isTenantAdmin`, the profile set for that tenant); the rest of a
tenant user is read from the pooled user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service, bad_request
from .._state import EmulatorState, EmulatorUser
from ._shared import new_id, not_found, page, paged, user
from .users import UsersBackend

__all__ = ["SERVICE", "TenantsBackend"]

#: TenantUserDto fields a membership may override (`update-tenant-user`)
_PROFILE = (
    "email",
    "phone",
    "phoneCountryCode",
    "username",
    "name",
    "nickname",
    "photo",
    "gender",
    "birthdate",
    "country",
    "province",
    "city",
    "address",
    "streetAddress",
    "postalCode",
    "givenName",
    "familyName",
    "middleName",
    "preferredUsername",
)


Member = tuple[EmulatorUser, dict[str, Any]]
"""A member of a tenant: the user and its membership."""


class TenantsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("tenants",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.tenants: dict[str, dict[str, Any]] = {}
        """TenantDto dicts by tenantId."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"tenants": [dict(t) for t in self.tenants.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["tenants"]:
            if not isinstance(item.get("tenantId"), str) or not item["tenantId"]:
                raise ValueError("a tenant needs a tenantId")
            self.tenants[item["tenantId"]] = _tenant(item, "", item["tenantId"])

    # -- tenants ---------------------------------------------------------------------------

    def find(self, tenant_id: Any) -> dict[str, Any]:
        """The tenant (400 if the id is no string, 404 if none)."""
        if not isinstance(tenant_id, str) or not tenant_id:
            raise bad_request("tenantId must be a non-empty string")
        tenant = self.tenants.get(tenant_id)
        if tenant is None:
            raise not_found("tenant", tenant_id)
        return tenant

    def by_code(self, code: Any) -> dict[str, Any]:
        for tenant in self.tenants.values():
            if tenant["code"] == code:
                return tenant
        raise not_found("tenant", code)

    def create(self, item: dict[str, Any]) -> dict[str, Any]:
        tenant_id = new_id()
        tenant = self.tenants[tenant_id] = _tenant(item, self.state.userpool_id, tenant_id)
        return tenant

    def update(self, tenant: dict[str, Any], changes: dict[str, Any]) -> None:
        updated = _tenant({**tenant, **changes}, tenant["userPoolId"], tenant["tenantId"])
        if "logo" not in changes:
            updated["logo"] = tenant["logo"]
        tenant.update(updated)

    def delete(self, tenant: dict[str, Any]) -> list[EmulatorUser]:
        """Delete a tenant; returns its members (they no longer are)."""
        members = [holder for holder, _ in self.members(tenant["tenantId"])]
        for holder in members:
            holder.tenants = [
                m for m in holder.tenants or () if m["tenantId"] != tenant["tenantId"]
            ]
        del self.tenants[tenant["tenantId"]]
        return members

    # -- members ---------------------------------------------------------------------------

    def members(self, tenant_id: str) -> list[Member]:
        return [
            (u, m)
            for u in self.state.pool
            for m in u.tenants or ()
            if m.get("tenantId") == tenant_id
        ]

    def member(self, tenant_id: str, link_user_id: Any, member_id: Any) -> Member:
        """The member named by its user id or member id (404 if none)."""
        if not link_user_id and not member_id:
            raise bad_request("one of linkUserId and memberId is required")
        if not isinstance(link_user_id or "", str) or not isinstance(member_id or "", str):
            raise bad_request("linkUserId and memberId must be strings")
        for holder, membership in self.members(tenant_id):
            if holder.user_id == link_user_id or membership["memberId"] == member_id:
                return holder, membership
        raise not_found("tenant user", link_user_id or member_id)

    def named(self, tenant_id: str, link_user_ids: set[Any], member_ids: set[Any]) -> list[Member]:
        """The members named by user ids or member ids."""
        if not link_user_ids and not member_ids:
            raise bad_request("one of linkUserIds and memberIds is required")
        return [
            (u, m)
            for u, m in self.members(tenant_id)
            if u.user_id in link_user_ids or m["memberId"] in member_ids
        ]

    def join(self, holder: EmulatorUser, tenant_id: str) -> tuple[dict[str, Any], bool]:
        """The user's membership of the tenant, and whether it is new."""
        for membership in holder.tenants or ():
            if membership["tenantId"] == tenant_id:
                return membership, False
        membership = {"tenantId": tenant_id, "memberId": new_id(), "isTenantAdmin": False}
        holder.tenants = [*(holder.tenants or ()), membership]
        return membership, True

    def leave(self, members: list[Member]) -> list[EmulatorUser]:
        for holder, membership in members:
            holder.tenants = [m for m in holder.tenants or () if m is not membership]
        return [holder for holder, _ in members]

    def member_dto(self, holder: EmulatorUser, membership: dict[str, Any]) -> dict[str, Any]:
        """The TenantUserDto of a membership."""
        dto: dict[str, Any] = {
            "gender": holder.gender,
            "userPoolId": self.state.userpool_id,
            "linkUserId": holder.user_id,
            "isTenantAdmin": False,
        }
        for wire in _PROFILE:
            value = getattr(holder, _ATTR.get(wire, ""), None) or (holder.profile or {}).get(wire)
            if isinstance(value, str) and value:
                dto[wire] = value
        dto.update(membership)
        return dto


_ATTR = {
    "email": "email",
    "phone": "phone",
    "phoneCountryCode": "phone_country_code",
    "username": "username",
    "name": "name",
    "nickname": "nickname",
    "gender": "gender",
}


def _tenant(item: dict[str, Any], userpool_id: str, tenant_id: str) -> dict[str, Any]:
    logo = item.get("logo")
    if isinstance(logo, list):  # create/update take a list of logos, a tenant shows one
        logo = logo[0] if logo else ""
    return {
        "tenantId": tenant_id,
        "userPoolId": item.get("userPoolId") or userpool_id,
        "name": item.get("name") or tenant_id,
        "description": item.get("description") or "",
        "logo": logo or "",
        "rejectHint": item.get("rejectHint") or "",
        "appIds": list(item.get("appIds") or []),
        "creator": item.get("creator") or "",
        "sourceAppId": item.get("sourceAppId") or "",
        "source": item.get("source") or "CONSOLE",
        "code": item.get("code") or tenant_id,
        "host": item.get("host") or "",
        "enterpriseDomains": list(item.get("enterpriseDomains") or []),
    }


def _tenants(call: Call) -> TenantsBackend:
    return call.state.backend(TenantsBackend)


def _answer(call: Call, tenant: dict[str, Any]) -> dict[str, Any]:
    out = dict(tenant)
    if call.flag("withMembersCount"):
        out["membersCount"] = len(_tenants(call).members(tenant["tenantId"]))
    return out


def _member(call: Call, tenant_id: str) -> Member:
    return _tenants(call).member(tenant_id, call.arg("linkUserId"), call.arg("memberId"))


def _named(call: Call, tenant_id: str) -> list[Member]:
    links, members = set(call.arg_list("linkUserIds")), set(call.arg_list("memberIds"))
    return _tenants(call).named(tenant_id, links, members)


# -- tenants -------------------------------------------------------------------------------


routes = RouteTable()


@routes.post("/api/v3/create-tenant")
def create_tenant(call: Call) -> Any:
    return dict(_tenants(call).create(call.body))


@routes.get("/api/v3/get-tenant")
def get_tenant(call: Call) -> Any:
    return _answer(call, _tenants(call).find(call.arg("tenantId")))


@routes.get("/api/v3/get-tenant-little-info")
def get_tenant_little_info(call: Call) -> Any:
    return _answer(call, _tenants(call).find(call.arg("tenantId")))


@routes.get("/api/v3/get-tenant-by-code")
def get_tenant_by_code(call: Call) -> Any:
    return _answer(call, _tenants(call).by_code(call.arg("code")))


@routes.get("/api/v3/list-tenants")
def list_tenants(call: Call) -> Any:
    keywords = call.arg("keywords")
    items = [
        _answer(call, t)
        for t in _tenants(call).tenants.values()
        if not keywords or keywords in t["name"] or keywords in t["code"]
    ]
    return page(call, items)


@routes.post("/api/v3/update-tenant")
def update_tenant(call: Call) -> Any:
    tenants = _tenants(call)
    tenants.update(tenants.find(call.body["tenantId"]), call.body)
    return {"success": True}


@routes.post("/api/v3/delete-tenant")
def delete_tenant(call: Call) -> Any:
    tenants = _tenants(call)
    call.count_writes(tenants.delete(tenants.find(call.body["tenantId"])))
    return {"success": True}


# -- members -------------------------------------------------------------------------------


@routes.post("/api/v3/add-tenant-users")
def add_tenant_users(call: Call) -> Any:
    tenants = _tenants(call)
    tenant = tenants.find(call.body["tenantId"])
    users = [user(call, i) for i in call.body["linkUserIds"]]  # all found, or nothing changes
    for holder in users:
        if tenants.join(holder, tenant["tenantId"])[1]:
            call.count_write(holder)
    return {"success": True}


@routes.post("/api/v3/create-tenant-user")
def create_tenant_user(call: Call) -> Any:
    tenants = _tenants(call)
    tenant = tenants.find(call.body["tenantId"])
    data = {k: v for k, v in call.body.items() if k not in ("tenantId", "options", "salt")}
    users = call.state.backend(UsersBackend)
    made = users.new(data, "body")
    users.add([made])
    call.count_write(made)
    membership, _ = tenants.join(made, tenant["tenantId"])
    call.count_write(made)
    return tenants.member_dto(made, membership)


def _leave(call: Call, tenant_id: str) -> None:
    call.count_writes(_tenants(call).leave(_named(call, tenant_id)))


@routes.post("/api/v3/remove-tenant-users")
def remove_tenant_users(call: Call) -> Any:
    _leave(call, _tenants(call).find(call.body["tenantId"])["tenantId"])
    return {"success": True}


@routes.post("/api/v3/delete-tenant-user")
def delete_tenant_user(call: Call) -> Any:
    _leave(call, _tenants(call).find(call.body["tenantId"])["tenantId"])
    return None


@routes.get("/api/v3/get-tenant-user")
def get_tenant_user(call: Call) -> Any:
    tenants = _tenants(call)
    tenant = tenants.find(call.arg("tenantId"))
    return tenants.member_dto(*_member(call, tenant["tenantId"]))


@routes.post("/api/v3/update-tenant-user")
def update_tenant_user(call: Call) -> Any:
    tenant = _tenants(call).find(call.body["tenantId"])
    updates = call.body["updates"]
    if not isinstance(updates, dict):
        raise bad_request("updates must be an object")
    wrong = sorted(k for k, v in updates.items() if k not in _PROFILE or not isinstance(v, str))
    if wrong:
        raise bad_request(
            f"updates may only set these string fields: {', '.join(_PROFILE)}; got {wrong}"
        )
    if updates.get("gender", "U") not in ("M", "F", "U"):
        raise bad_request("updates.gender must be one of M, F, U")
    holder, membership = _member(call, tenant["tenantId"])
    membership.update(updates)
    call.count_write(holder)
    return {"success": True}


def _tenant_page(
    call: Call, members: list[Member], pagination: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A page of TenantUserDto, filtered by `keywords` (paged by `pagination`, else the
    request's `page`/`limit`)."""
    keywords = call.arg("keywords")
    items = [_tenants(call).member_dto(u, m) for u, m in members]
    if keywords:
        items = [i for i in items if any(keywords in str(i.get(k, "")) for k in _PROFILE)]
    if pagination is None:
        return page(call, items)
    return paged(items, _number(pagination, "page"), _number(pagination, "limit"))


def _number(pagination: dict[str, Any], name: str) -> int | None:
    value = pagination.get(name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise bad_request(f"options.pagination.{name} must be a number")
    return None if value is None else int(value)


@routes.post("/api/v3/list-tenant-users")
def list_tenant_users(call: Call) -> Any:
    tenants = _tenants(call)
    tenant = tenants.find(call.body["tenantId"])
    pagination = call.options().get("pagination") or {}
    if not isinstance(pagination, dict):
        raise bad_request("options.pagination must be an object")
    return _tenant_page(call, tenants.members(tenant["tenantId"]), pagination)


# -- tenant admins -------------------------------------------------------------------------


@routes.post("/api/v3/set-tenant-admin")
def set_tenant_admin(call: Call) -> Any:
    tenant = _tenants(call).find(call.body["tenantId"])
    for holder, membership in _named(call, tenant["tenantId"]):
        membership["isTenantAdmin"] = True
        call.count_write(holder)
    return None


@routes.post("/api/v3/delete-tenant-admin")
def delete_tenant_admin(call: Call) -> Any:
    tenant = _tenants(call).find(call.body.get("tenantId"))
    holder, membership = _member(call, tenant["tenantId"])
    membership["isTenantAdmin"] = False
    call.count_write(holder)
    return None


@routes.post("/api/v3/list-tenant-admin")
def list_tenant_admin(call: Call) -> Any:
    tenants = _tenants(call)
    tenant = tenants.find(call.body["tenantId"])
    admins = [(u, m) for u, m in tenants.members(tenant["tenantId"]) if m.get("isTenantAdmin")]
    return _tenant_page(call, admins)


SERVICE = Service("tenants", routes, backends=(TenantsBackend,))
