"""Roles: definitions, assignment to users and departments, members.

A user holds references to its roles (`EmulatorUser.roles`: `{id, code, namespace}`), read
through `RolesBackend.of_user`: a role this service defines is answered as it is now, so an
edit is one write; a role it does not define (set on the user directly) as the user holds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service, bad_request
from .._state import EmulatorState, EmulatorUser
from ._shared import exists, need, new_id, not_found, page, resolve_user, user_dto, with_id

__all__ = ["SERVICE", "RolesBackend"]

DEFAULT_NAMESPACE = "default"

RoleKey = tuple[str, str]
"""(namespace, code)"""


def _namespace(value: Any) -> str:
    return value if isinstance(value, str) and value else DEFAULT_NAMESPACE


def _role(item: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(item.get("code"), str) or not item["code"]:
        raise ValueError("a role needs a code")
    namespace = _namespace(item.get("namespace"))
    return {
        "id": item.get("id") or new_id(),
        "code": item["code"],
        "name": item.get("name") or item["code"],
        "description": item.get("description") or "",
        "namespace": namespace,
        "namespaceName": item.get("namespaceName") or namespace,
        "status": item.get("status") or "ENABLE",
    }


class RolesBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("roles",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.roles: dict[RoleKey, dict[str, Any]] = {}
        """RoleDto dicts by (namespace, code)."""
        self.departments: dict[RoleKey, set[str]] = {}
        """Department ids a role is assigned to."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        out = []
        for key, role in self.roles.items():
            item = dict(role)
            if departments := sorted(self.departments.get(key, ())):
                item["departmentIds"] = departments
            out.append(item)
        return {"roles": out}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["roles"]:
            role = _role(item)
            key = (role["namespace"], role["code"])
            self.roles[key] = role
            if item.get("departmentIds"):
                self.departments[key] = set(item["departmentIds"])

    # -- definitions -----------------------------------------------------------------------

    def find(self, code: Any, namespace: Any = None) -> dict[str, Any]:
        """The role (404 if none)."""
        role = self.roles.get((_namespace(namespace), code))
        if role is None:
            raise not_found("role", f"{_namespace(namespace)}:{code}")
        return role

    def by_id(self, ident: Any) -> dict[str, Any] | None:
        """The role with that id or, failing that, that code (any namespace)."""
        roles = self.roles.values()
        return with_id(roles, ident) or next((r for r in roles if r["code"] == ident), None)

    def create(self, item: dict[str, Any], where: str = "body") -> dict[str, Any]:
        """A new role from a CreateRoleDto-like item (400 naming `where.code` if it has none)."""
        need(item, "code", where)
        role = _role(item)
        key = (role["namespace"], role["code"])
        if key in self.roles:
            raise exists("role", f"{key[0]}:{key[1]}")
        self.roles[key] = role
        return role

    def update(self, role: dict[str, Any], new_code: str, changes: dict[str, Any]) -> None:
        """Rename and edit a role: one write, its holders read it through their references."""
        old_key = (role["namespace"], role["code"])
        new_key = (role["namespace"], new_code)
        if new_key != old_key and new_key in self.roles:
            raise exists("role", f"{new_key[0]}:{new_key[1]}")
        role.update(code=new_code, **{k: v for k, v in changes.items() if v is not None})
        if isinstance(role.get("disableTime"), str):  # RoleDto has it as a number
            role.pop("disableTime")
        del self.roles[old_key]
        self.roles[new_key] = role
        if old_key in self.departments:
            self.departments[new_key] = self.departments.pop(old_key)

    def delete(self, role: dict[str, Any]) -> list[EmulatorUser]:
        """Delete a role; returns the users who held it (they no longer do)."""
        holders = self.holders(role)
        for holder in holders:
            holder.roles = [r for r in holder.roles or () if self._named(r) is not role]
        key = (role["namespace"], role["code"])
        self.roles.pop(key, None)
        self.departments.pop(key, None)
        return holders

    # -- users -----------------------------------------------------------------------------

    def _named(self, held: dict[str, Any]) -> dict[str, Any] | None:
        """The role a user's reference names, if this service defines it."""
        return with_id(self.roles.values(), held.get("id")) or self.roles.get(
            (_namespace(held.get("namespace")), str(held.get("code")))
        )

    def of_user(self, holder: EmulatorUser) -> list[dict[str, Any]]:
        """The RoleDto of each role the user holds."""
        return [dict(self._named(r) or r) for r in holder.roles or ()]

    def holders(self, role: dict[str, Any]) -> list[EmulatorUser]:
        return [u for u in self.state.pool if any(self._named(r) is role for r in u.roles or ())]

    def assign(self, role: dict[str, Any], targets: list[dict[str, Any]]) -> list[EmulatorUser]:
        """Give the role to USER and DEPARTMENT targets; returns the users changed."""
        return self._set(role, targets, True)

    def revoke(self, role: dict[str, Any], targets: list[dict[str, Any]]) -> list[EmulatorUser]:
        """Take the role from USER and DEPARTMENT targets; returns the users changed."""
        return self._set(role, targets, False)

    def _set(self, role: dict[str, Any], targets: list[dict[str, Any]], on: bool) -> list[Any]:
        key = (role["namespace"], role["code"])
        kinds = {t["targetType"] for t in targets} - {"USER", "DEPARTMENT"}
        if kinds:
            raise bad_request(
                f"targets: a role is assigned to USER or DEPARTMENT, not {sorted(kinds)[0]}"
            )
        users = [
            resolve_user(self.state.pool, t["targetIdentifier"], "user_id", "targetIdentifier")
            for t in targets
            if t["targetType"] == "USER"
        ]
        members = self.departments.setdefault(key, set())
        for target in targets:
            if target["targetType"] == "DEPARTMENT":
                if on:
                    members.add(target["targetIdentifier"])
                else:
                    members.discard(target["targetIdentifier"])
        reference = {"id": role["id"], "code": role["code"], "namespace": role["namespace"]}
        for holder in users:
            kept = [r for r in holder.roles or () if self._named(r) is not role]
            holder.roles = [*kept, reference] if on else kept
        return users


routes = RouteTable()


def _roles(call: Call) -> RolesBackend:
    return call.state.backend(RolesBackend)


@routes.post("/api/v3/create-role")
def create_role(call: Call) -> Any:
    return dict(_roles(call).create(call.body))


@routes.post("/api/v3/create-roles-batch")
def create_roles_batch(call: Call) -> Any:
    roles = _roles(call)
    items = call.arg_list("list", required=True)
    keys = [
        (_namespace(item.get("namespace")), need(item, "code", f"list[{i}]"))
        for i, item in enumerate(items)
    ]
    if len(set(keys)) != len(keys) or any(k in roles.roles for k in keys):
        raise bad_request("list: a role code is repeated or already exists")
    for i, item in enumerate(items):
        roles.create(item, f"list[{i}]")
    return {"success": True}


@routes.get("/api/v3/get-role")
def get_role(call: Call) -> Any:
    return dict(_roles(call).find(call.params["code"], call.params.get("namespace")))


@routes.get("/api/v3/list-roles")
def list_roles(call: Call) -> Any:
    namespace, keywords = call.params.get("namespace"), call.params.get("keywords")
    items = [
        dict(r)
        for r in _roles(call).roles.values()
        if namespace in (None, r["namespace"])
        and (not keywords or keywords in r["code"] or keywords in r["name"])
    ]
    return page(call, items)


@routes.post("/api/v3/update-role")
def update_role(call: Call) -> Any:
    body = call.body
    roles = _roles(call)
    role = roles.find(body["code"], body.get("namespace"))
    names = ("name", "description", "status", "disableTime", "enablePermissionApply")
    roles.update(role, body["newCode"], {name: body.get(name) for name in names})
    return {"success": True}


def _delete(call: Call, role: dict[str, Any]) -> None:
    call.count_writes(_roles(call).delete(role))


@routes.post("/api/v3/delete-roles-batch")
def delete_roles_batch(call: Call) -> Any:
    namespace = call.body.get("namespace")
    for code in call.arg_list("codeList", required=True):
        role = _roles(call).roles.get((_namespace(namespace), code))
        if role is not None:  # deleting a role that is already gone is not an error
            _delete(call, role)
    return {"success": True}


@routes.post("/api/v3/multiple-namespace-delete-roles-batch")
def multiple_namespace_delete_roles_batch(call: Call) -> Any:
    for item in call.body["roleList"]:
        role = _roles(call).roles.get((_namespace(item.get("namespace")), item["code"]))
        if role is not None:
            _delete(call, role)
    return {"success": True}


def _assign(call: Call, roles: list[dict[str, Any]], on: bool) -> Any:
    backend = _roles(call)
    for role in roles:
        changed = (backend.assign if on else backend.revoke)(role, call.body["targets"])
        call.count_writes(changed)
    return {"success": True}


@routes.post("/api/v3/assign-role")
def assign_role(call: Call) -> Any:
    return _assign(call, [_roles(call).find(call.body["code"], call.body.get("namespace"))], True)


@routes.post("/api/v3/revoke-role")
def revoke_role(call: Call) -> Any:
    return _assign(call, [_roles(call).find(call.body["code"], call.body.get("namespace"))], False)


@routes.post("/api/v3/assign-role-batch")
def assign_role_batch(call: Call) -> Any:
    roles = [_roles(call).find(r["code"], r.get("namespace")) for r in call.body["roles"]]
    return _assign(call, roles, True)


@routes.post("/api/v3/revoke-role-batch")
def revoke_role_batch(call: Call) -> Any:
    roles = [_roles(call).find(r["code"], r.get("namespace")) for r in call.body["roles"]]
    return _assign(call, roles, False)


@routes.get("/api/v3/list-role-members")
def list_role_members(call: Call) -> Any:
    roles = _roles(call)
    role = roles.find(call.params["code"], call.params.get("namespace"))
    result = page(call, roles.holders(role))
    result["list"] = [user_dto(call, u) for u in result["list"]]
    return result


SERVICE = Service("roles", routes, backends=(RolesBackend,))
