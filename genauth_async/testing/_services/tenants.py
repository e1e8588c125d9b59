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
from .users import add_users, new_user

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


def find(call: Call, tenant_id: Any) -> dict[str, Any]:
    if not isinstance(tenant_id, str) or not tenant_id:
        raise bad_request("tenantId must be a non-empty string")
    tenant = _tenants(call).tenants.get(tenant_id)
    if tenant is None:
        raise not_found("tenant", tenant_id)
    return tenant


def _members(call: Call, tenant_id: str) -> list[tuple[Any, dict[str, Any]]]:
    """(user, membership) of every member of the tenant."""
    return [
        (u, m) for u in call.state.pool for m in u.tenants or () if m.get("tenantId") == tenant_id
    ]


def _answer(call: Call, tenant: dict[str, Any]) -> dict[str, Any]:
    out = dict(tenant)
    if call.flag("withMembersCount"):
        out["membersCount"] = len(_members(call, tenant["tenantId"]))
    return out


def _member_dto(call: Call, holder: Any, membership: dict[str, Any]) -> dict[str, Any]:
    """The TenantUserDto of a membership."""
    dto: dict[str, Any] = {
        "gender": holder.gender,
        "userPoolId": call.state.userpool_id,
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


def _membership(call: Call, tenant_id: str) -> tuple[Any, dict[str, Any]]:
    """The member named by `linkUserId` or `memberId` (404 if none)."""
    link, member = call.arg("linkUserId"), call.arg("memberId")
    if not link and not member:
        raise bad_request("one of linkUserId and memberId is required")
    if not isinstance(link or "", str) or not isinstance(member or "", str):
        raise bad_request("linkUserId and memberId must be strings")
    for holder, membership in _members(call, tenant_id):
        if holder.user_id == link or membership["memberId"] == member:
            return holder, membership
    raise not_found("tenant user", link or member)


def _named(call: Call, tenant_id: str) -> list[tuple[Any, dict[str, Any]]]:
    """The members named by `linkUserIds` and `memberIds`."""
    links = set(call.arg_list("linkUserIds"))
    members = set(call.arg_list("memberIds"))
    if not links and not members:
        raise bad_request("one of linkUserIds and memberIds is required")
    return [
        (u, m)
        for u, m in _members(call, tenant_id)
        if u.user_id in links or m["memberId"] in members
    ]


def _join(call: Call, holder: EmulatorUser, tenant_id: str) -> dict[str, Any]:
    for membership in holder.tenants or ():
        if membership["tenantId"] == tenant_id:
            return membership
    membership = {"tenantId": tenant_id, "memberId": new_id(), "isTenantAdmin": False}
    holder.tenants = [*(holder.tenants or ()), membership]
    call.count_write(holder)
    return membership


# -- tenants -------------------------------------------------------------------------------


routes = RouteTable()


@routes.post("/api/v3/create-tenant")
def create_tenant(call: Call) -> Any:
    tenant_id = new_id()
    tenant = _tenant(call.body, call.state.userpool_id, tenant_id)
    _tenants(call).tenants[tenant_id] = tenant
    return dict(tenant)


@routes.get("/api/v3/get-tenant")
def get_tenant(call: Call) -> Any:
    return _answer(call, find(call, call.arg("tenantId")))


@routes.get("/api/v3/get-tenant-little-info")
def get_tenant_little_info(call: Call) -> Any:
    return _answer(call, find(call, call.arg("tenantId")))


@routes.get("/api/v3/get-tenant-by-code")
def get_tenant_by_code(call: Call) -> Any:
    code = call.arg("code")
    for tenant in _tenants(call).tenants.values():
        if tenant["code"] == code:
            return _answer(call, tenant)
    raise not_found("tenant", code)


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
    tenant = find(call, call.body["tenantId"])
    changes = _tenant({**tenant, **call.body}, tenant["userPoolId"], tenant["tenantId"])
    if "logo" not in call.body:
        changes["logo"] = tenant["logo"]
    tenant.update(changes)
    return {"success": True}


@routes.post("/api/v3/delete-tenant")
def delete_tenant(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
    for holder, _ in _members(call, tenant["tenantId"]):
        holder.tenants = [m for m in holder.tenants or () if m["tenantId"] != tenant["tenantId"]]
        call.count_write(holder)
    del _tenants(call).tenants[tenant["tenantId"]]
    return {"success": True}


# -- members -------------------------------------------------------------------------------


@routes.post("/api/v3/add-tenant-users")
def add_tenant_users(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
    users = [user(call, i) for i in call.body["linkUserIds"]]  # all found, or nothing changes
    for holder in users:
        _join(call, holder, tenant["tenantId"])
    return {"success": True}


@routes.post("/api/v3/create-tenant-user")
def create_tenant_user(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
    data = {k: v for k, v in call.body.items() if k not in ("tenantId", "options", "salt")}
    made = new_user(call.state, data, "body")
    add_users(call.state.pool, [made])
    call.count_write(made)
    return _member_dto(call, made, _join(call, made, tenant["tenantId"]))


def _leave(call: Call, tenant_id: str) -> None:
    for holder, membership in _named(call, tenant_id):
        holder.tenants = [m for m in holder.tenants or () if m is not membership]
        call.count_write(holder)


@routes.post("/api/v3/remove-tenant-users")
def remove_tenant_users(call: Call) -> Any:
    _leave(call, find(call, call.body["tenantId"])["tenantId"])
    return {"success": True}


@routes.post("/api/v3/delete-tenant-user")
def delete_tenant_user(call: Call) -> Any:
    _leave(call, find(call, call.body["tenantId"])["tenantId"])
    return None


@routes.get("/api/v3/get-tenant-user")
def get_tenant_user(call: Call) -> Any:
    tenant = find(call, call.arg("tenantId"))
    return _member_dto(call, *_membership(call, tenant["tenantId"]))


@routes.post("/api/v3/update-tenant-user")
def update_tenant_user(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
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
    holder, membership = _membership(call, tenant["tenantId"])
    membership.update(updates)
    call.count_write(holder)
    return {"success": True}


def _tenant_page(
    call: Call, members: list[tuple[Any, dict[str, Any]]], pagination: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A page of TenantUserDto, filtered by `keywords` (paged by `pagination`, else the
    request's `page`/`limit`)."""
    keywords = call.arg("keywords")
    items = [_member_dto(call, u, m) for u, m in members]
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
    tenant = find(call, call.body["tenantId"])
    pagination = call.options().get("pagination") or {}
    if not isinstance(pagination, dict):
        raise bad_request("options.pagination must be an object")
    return _tenant_page(call, _members(call, tenant["tenantId"]), pagination)


# -- tenant admins -------------------------------------------------------------------------


@routes.post("/api/v3/set-tenant-admin")
def set_tenant_admin(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
    for holder, membership in _named(call, tenant["tenantId"]):
        membership["isTenantAdmin"] = True
        call.count_write(holder)
    return None


@routes.post("/api/v3/delete-tenant-admin")
def delete_tenant_admin(call: Call) -> Any:
    tenant = find(call, call.body.get("tenantId"))
    holder, membership = _membership(call, tenant["tenantId"])
    membership["isTenantAdmin"] = False
    call.count_write(holder)
    return None


@routes.post("/api/v3/list-tenant-admin")
def list_tenant_admin(call: Call) -> Any:
    tenant = find(call, call.body["tenantId"])
    admins = [(u, m) for u, m in _members(call, tenant["tenantId"]) if m.get("isTenantAdmin")]
    return _tenant_page(call, admins)


SERVICE = Service("tenants", routes, backends=(TenantsBackend,))
