"""Roles: definitions, assignment to users and departments, members.

A user's roles live on the user (`EmulatorUser.roles`, what `get-user-roles` and `has-any-role`
read), so a deleted user is gone from every role's members; a role's edits and deletion are
carried to every user holding it.
"""

from __future__ import annotations

from typing import Any

from .._app import Call, bad_request, routes
from ._common import backend, exists, new_id, not_found, page, user, user_dto

__all__ = ["RolesBackend"]

DEFAULT_NAMESPACE = "default"


class RolesBackend:
    name = "roles"

    def __init__(self) -> None:
        self.roles: dict[tuple[str, str], dict[str, Any]] = {}
        """RoleDto dicts by (namespace, code)."""
        self.departments: dict[tuple[str, str], set[str]] = {}
        """Department ids a role is assigned to."""

    def dump(self) -> list[dict[str, Any]]:
        out = []
        for key, role in self.roles.items():
            item = dict(role)
            if departments := sorted(self.departments.get(key, ())):
                item["departmentIds"] = departments
            out.append(item)
        return out

    def load(self, items: list[dict[str, Any]]) -> None:
        self.roles.clear()
        self.departments.clear()
        for item in items:
            role = _role(item)
            key = (role["namespace"], role["code"])
            self.roles[key] = role
            if item.get("departmentIds"):
                self.departments[key] = set(item["departmentIds"])


def _role(item: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(item.get("code"), str) or not item["code"]:
        raise ValueError("a role needs a code")
    namespace = item.get("namespace") or DEFAULT_NAMESPACE
    role = {
        "id": item.get("id") or new_id(),
        "code": item["code"],
        "name": item.get("name") or item["code"],
        "description": item.get("description") or "",
        "namespace": namespace,
        "namespaceName": item.get("namespaceName") or namespace,
        "status": item.get("status") or "ENABLE",
    }
    return role


def _roles(call: Call) -> RolesBackend:
    return backend(call.state, RolesBackend)


def _namespace(value: Any) -> str:
    return value if isinstance(value, str) and value else DEFAULT_NAMESPACE


def find(call: Call, code: Any, namespace: Any = None) -> dict[str, Any]:
    role = _roles(call).roles.get((_namespace(namespace), code))
    if role is None:
        raise not_found("role", f"{_namespace(namespace)}:{code}")
    return role


def _holders(call: Call, role: dict[str, Any]) -> list[Any]:
    key = (role["namespace"], role["code"])
    return [
        u
        for u in call.state.pool
        if any(
            (r.get("namespace") or DEFAULT_NAMESPACE, r.get("code")) == key for r in u.roles or ()
        )
    ]


def _create(call: Call, item: dict[str, Any]) -> dict[str, Any]:
    roles = _roles(call)
    role = _role(item)
    key = (role["namespace"], role["code"])
    if key in roles.roles:
        raise exists("role", f"{key[0]}:{key[1]}")
    roles.roles[key] = role
    return role


@routes.post("/api/v3/create-role")
def create_role(call: Call) -> Any:
    return dict(_create(call, call.body))


@routes.post("/api/v3/create-roles-batch")
def create_roles_batch(call: Call) -> Any:
    items = call.arg_list("list", required=True)
    keys = [(_namespace(i.get("namespace")), i.get("code")) for i in items]
    if len(set(keys)) != len(keys) or any(k in _roles(call).roles for k in keys):
        raise bad_request("list: a role code is repeated or already exists")
    for item in items:
        _create(call, item)
    return {"success": True}


@routes.get("/api/v3/get-role")
def get_role(call: Call) -> Any:
    return dict(find(call, call.params["code"], call.params.get("namespace")))


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
    role = find(call, body["code"], body.get("namespace"))
    old_key = (role["namespace"], role["code"])
    new_key = (role["namespace"], body["newCode"])
    if new_key != old_key and new_key in roles.roles:
        raise exists("role", f"{new_key[0]}:{new_key[1]}")
    holders = _holders(call, role)
    role.update(code=body["newCode"], name=body["name"])
    for name in ("description", "status", "disableTime", "enablePermissionApply"):
        if body.get(name) is not None:
            role[name] = body[name]
    if isinstance(role.get("disableTime"), str):  # RoleDto has it as a number
        role.pop("disableTime")
    del roles.roles[old_key]
    roles.roles[new_key] = role
    if old_key in roles.departments:
        roles.departments[new_key] = roles.departments.pop(old_key)
    for holder in holders:
        holder.roles = [
            dict(role) if (r.get("namespace") or DEFAULT_NAMESPACE, r.get("code")) == old_key else r
            for r in holder.roles or ()
        ]
        call.count_write(holder)
    return {"success": True}


def _delete(call: Call, role: dict[str, Any]) -> None:
    roles = _roles(call)
    key = (role["namespace"], role["code"])
    for holder in _holders(call, role):
        holder.roles = [
            r
            for r in holder.roles or ()
            if (r.get("namespace") or DEFAULT_NAMESPACE, r.get("code")) != key
        ]
        call.count_write(holder)
    roles.roles.pop(key, None)
    roles.departments.pop(key, None)


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


def _assign(call: Call, role: dict[str, Any], targets: list[dict[str, Any]], on: bool) -> None:
    key = (role["namespace"], role["code"])
    users = [user(call, t["targetIdentifier"]) for t in targets if t["targetType"] == "USER"]
    for target in targets:
        if target["targetType"] == "DEPARTMENT":
            members = _roles(call).departments.setdefault(key, set())
            if on:
                members.add(target["targetIdentifier"])
            else:
                members.discard(target["targetIdentifier"])
        elif target["targetType"] != "USER":
            raise bad_request(
                f"targets: a role is assigned to USER or DEPARTMENT, not {target['targetType']}"
            )
    for holder in users:
        kept = [
            r
            for r in holder.roles or ()
            if (r.get("namespace") or DEFAULT_NAMESPACE, r.get("code")) != key
        ]
        holder.roles = [*kept, dict(role)] if on else kept
        call.count_write(holder)


@routes.post("/api/v3/assign-role")
def assign_role(call: Call) -> Any:
    role = find(call, call.body["code"], call.body.get("namespace"))
    _assign(call, role, call.body["targets"], True)
    return {"success": True}


@routes.post("/api/v3/revoke-role")
def revoke_role(call: Call) -> Any:
    role = find(call, call.body["code"], call.body.get("namespace"))
    _assign(call, role, call.body["targets"], False)
    return {"success": True}


@routes.post("/api/v3/assign-role-batch")
def assign_role_batch(call: Call) -> Any:
    roles = [find(call, r["code"], r.get("namespace")) for r in call.body["roles"]]
    for role in roles:
        _assign(call, role, call.body["targets"], True)
    return {"success": True}


@routes.post("/api/v3/revoke-role-batch")
def revoke_role_batch(call: Call) -> Any:
    roles = [find(call, r["code"], r.get("namespace")) for r in call.body["roles"]]
    for role in roles:
        _assign(call, role, call.body["targets"], False)
    return {"success": True}


@routes.get("/api/v3/list-role-members")
def list_role_members(call: Call) -> Any:
    role = find(call, call.params["code"], call.params.get("namespace"))
    result = page(call, _holders(call, role))
    result["list"] = [user_dto(call, u) for u in result["list"]]
    return result
