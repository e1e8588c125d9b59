"""Resources and permissions: namespaces, resources, authorizations and the checks.

What is authorized to a user directly lives on the user (`EmulatorUser.authorized_resources`);
what is authorized to a role, group or department lives here. The checks (`check-permission`,
`is-action-allowed`, `get-user-authorized-resources`) answer from both: a user holds what was
authorized to them, to their roles, their groups and their departments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState, EmulatorUser
from ._shared import exists, not_found, page, user
from .groups import GroupsBackend
from .roles import RolesBackend

__all__ = ["SERVICE", "PermissionsBackend"]

DEFAULT_NAMESPACE = "default"


def _ns(value: Any) -> str:
    return value if isinstance(value, str) and value else DEFAULT_NAMESPACE


class PermissionsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("authorizations", "namespaces", "resources")

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.namespaces: dict[str, dict[str, Any]] = {}
        """NamespaceDto dicts by code."""
        self.resources: dict[tuple[str, str], dict[str, Any]] = {}
        """ResourceDto dicts by (namespace, code)."""
        self.grants: dict[tuple[str, str], list[dict[str, Any]]] = {}
        """AuthorizedResourceDto dicts (plus `namespace`) by (ROLE|GROUP|DEPARTMENT, id)."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "authorizations": [
                {"targetType": kind, "targetIdentifier": ident, "resources": list(items)}
                for (kind, ident), items in self.grants.items()
                if items
            ],
            "namespaces": [dict(n) for n in self.namespaces.values()],
            "resources": [dict(r) for r in self.resources.values()],
        }

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["authorizations"]:
            target = (item["targetType"], item["targetIdentifier"])
            self.grants[target] = [dict(r) for r in item.get("resources") or ()]
        for name in ("namespaces", "resources"):
            if not all(isinstance(i.get("code"), str) and i["code"] for i in doc[name]):
                raise ValueError(f"{name} must be an array of objects with a code")
        for item in doc["namespaces"]:
            self.namespaces[item["code"]] = {"name": item["code"], "description": "", **item}
        for item in doc["resources"]:
            namespace = _ns(item.get("namespace"))
            self.resources[(namespace, item["code"])] = {
                "name": item["code"],
                "description": "",
                "type": "API",
                "actions": [],
                "apiIdentifier": "",
                **item,
                "namespace": namespace,
            }

    def _granted(self, namespace: str, resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """AuthorizedResourceDto dicts (plus `namespace`) of `{code, resourceType, actions}`."""
        granted = []
        for resource in resources:
            known = self.resources.get((namespace, resource["code"]), {})
            granted.append(
                {
                    "resourceCode": resource["code"],
                    "resourceType": resource["resourceType"],
                    "actions": list(resource["actions"]),
                    "apiIdentifier": known.get("apiIdentifier", ""),
                    "description": known.get("description", ""),
                    "effect": "ALLOW",
                    "namespace": namespace,
                }
            )
        return granted

    def authorize(
        self, target: tuple[str, str], namespace: str, resources: list[dict[str, Any]]
    ) -> None:
        """Grant `resources` of `namespace` to a ROLE, GROUP or DEPARTMENT target."""
        self.grants[target] = _merged(self.grants.get(target), self._granted(namespace, resources))

    def authorize_user(
        self, holder: EmulatorUser, namespace: str, resources: list[dict[str, Any]]
    ) -> None:
        """Grant `resources` of `namespace` to a user directly."""
        granted = self._granted(namespace, resources)
        holder.authorized_resources = _merged(holder.authorized_resources, granted)

    def effective(self, holder: EmulatorUser) -> list[dict[str, Any]]:
        """Every AuthorizedResourceDto (with `namespace`) the user holds, directly or
        through its roles, groups and departments."""
        roles = self.state.backend(RolesBackend).of_user(holder)
        groups = self.state.backend(GroupsBackend).of_user(holder)
        out = [dict(r) for r in holder.authorized_resources or ()]
        sources: Iterable[tuple[str, str]] = [
            *(("ROLE", r.get("code", "")) for r in roles),
            *(("GROUP", g.get("code", "")) for g in groups),
            *(("DEPARTMENT", d.get("departmentId", "")) for d in holder.departments or ()),
        ]
        for key in sources:
            out.extend(dict(r) for r in self.grants.get(key, ()))
        return out


def _merged(
    held: Iterable[dict[str, Any]] | None, granted: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """`granted` replacing what `held` has of the same namespace and resource code."""
    codes = {(g["namespace"], g["resourceCode"]) for g in granted}
    kept = [r for r in held or () if (_ns(r.get("namespace")), r.get("resourceCode")) not in codes]
    return kept + [dict(g) for g in granted]


routes = RouteTable()


def _perm(call: Call) -> PermissionsBackend:
    return call.state.backend(PermissionsBackend)


def _allowed(items: list[dict[str, Any]], namespace: str, code: str, action: str) -> bool:
    allow = deny = False
    for item in items:
        if _ns(item.get("namespace")) != namespace or item.get("resourceCode") != code:
            continue
        actions = item.get("actions") or []
        if action in actions or "*" in actions:
            if item.get("effect", "ALLOW") == "DENY":
                deny = True
            else:
                allow = True
    return allow and not deny


# -- namespaces ----------------------------------------------------------------------------


def _namespace(call: Call, code: Any) -> dict[str, Any]:
    found = _perm(call).namespaces.get(code)
    if found is None:
        raise not_found("namespace", code)
    return found


@routes.post("/api/v3/create-namespace")
def create_namespace(call: Call) -> Any:
    code = call.body["code"]
    if code in _perm(call).namespaces:
        raise exists("namespace", code)
    item = {
        "code": code,
        "name": call.body.get("name") or code,
        "description": call.body.get("description") or "",
    }
    _perm(call).namespaces[code] = item
    return dict(item)


@routes.get("/api/v3/get-namespace")
def get_namespace(call: Call) -> Any:
    return dict(_namespace(call, call.params["code"]))


@routes.get("/api/v3/list-namespaces")
def list_namespaces(call: Call) -> Any:
    keywords = call.params.get("keywords")
    items = [
        {**n, "status": 1}
        for n in _perm(call).namespaces.values()
        if not keywords or keywords in n["code"] or keywords in n["name"]
    ]
    return page(call, items)


@routes.post("/api/v3/update-namespace")
def update_namespace(call: Call) -> Any:
    perm = _perm(call)
    item = _namespace(call, call.body["code"])
    new = call.body.get("newCode") or item["code"]
    if new != item["code"] and new in perm.namespaces:
        raise exists("namespace", new)
    del perm.namespaces[item["code"]]
    item["code"] = new
    for name in ("name", "description"):
        if call.body.get(name) is not None:
            item[name] = call.body[name]
    perm.namespaces[new] = item
    return {**item, "newCode": new}


def _drop_namespace(call: Call, code: str) -> None:
    perm = _perm(call)
    perm.namespaces.pop(code, None)
    for key in [k for k in perm.resources if k[0] == code]:
        del perm.resources[key]


@routes.post("/api/v3/delete-namespace")
def delete_namespace(call: Call) -> Any:
    _namespace(call, call.body["code"])
    _drop_namespace(call, call.body["code"])
    return {"success": True}


@routes.post("/api/v3/delete-namespaces-batch")
def delete_namespaces_batch(call: Call) -> Any:
    for code in call.body["codeList"]:
        _drop_namespace(call, code)
    return {"success": True}


# -- resources -----------------------------------------------------------------------------


def _resource(call: Call, namespace: Any, code: Any) -> dict[str, Any]:
    found = _perm(call).resources.get((_ns(namespace), code))
    if found is None:
        raise not_found("resource", f"{_ns(namespace)}:{code}")
    return found


def _new_resource(call: Call, item: dict[str, Any], namespace: Any) -> dict[str, Any]:
    key = (_ns(namespace), item["code"])
    if key in _perm(call).resources:
        raise exists("resource", f"{key[0]}:{key[1]}")
    resource = {
        "code": item["code"],
        "name": item.get("name") or item["code"],
        "description": item.get("description") or "",
        "type": item["type"],
        "actions": [dict(a) for a in item.get("actions") or ()],
        "apiIdentifier": item.get("apiIdentifier") or "",
        "namespace": key[0],
    }
    _perm(call).resources[key] = resource
    return resource


@routes.post("/api/v3/create-resource")
def create_resource(call: Call) -> Any:
    return dict(_new_resource(call, call.body, call.body.get("namespace")))


@routes.post("/api/v3/create-resources-batch")
def create_resources_batch(call: Call) -> Any:
    items = call.body["list"]
    codes = [(_ns(call.body.get("namespace")), i["code"]) for i in items]
    if len(set(codes)) != len(codes):
        raise exists("resource", "(repeated in list)")
    for key in codes:
        if key in _perm(call).resources:
            raise exists("resource", f"{key[0]}:{key[1]}")
    for item in items:
        _new_resource(call, item, call.body.get("namespace"))
    return {"success": True}


@routes.get("/api/v3/get-resource")
def get_resource(call: Call) -> Any:
    return dict(_resource(call, call.params.get("namespace"), call.params["code"]))


@routes.get("/api/v3/list-resources")
def list_resources(call: Call) -> Any:
    namespace, kind = call.params.get("namespace"), call.params.get("type")
    items = [
        dict(r)
        for r in _perm(call).resources.values()
        if namespace in (None, r["namespace"]) and kind in (None, r["type"])
    ]
    return page(call, items)


@routes.post("/api/v3/update-resource")
def update_resource(call: Call) -> Any:
    resource = _resource(call, call.body.get("namespace"), call.body["code"])
    for name in ("name", "description", "apiIdentifier", "type"):
        if call.body.get(name) is not None:
            resource[name] = call.body[name]
    if call.body.get("actions") is not None:
        resource["actions"] = [dict(a) for a in call.body["actions"]]
    return dict(resource)


@routes.post("/api/v3/delete-resource")
def delete_resource(call: Call) -> Any:
    resource = _resource(call, call.body.get("namespace"), call.body["code"])
    del _perm(call).resources[(resource["namespace"], resource["code"])]
    return {"success": True}


@routes.post("/api/v3/delete-resources-batch")
def delete_resources_batch(call: Call) -> Any:
    namespace = _ns(call.body.get("namespace"))
    for code in call.body.get("codeList") or ():
        _perm(call).resources.pop((namespace, code), None)
    return {"success": True}


# -- authorizations and checks -------------------------------------------------------------


@routes.post("/api/v3/authorize-resources")
def authorize_resources(call: Call) -> Any:
    items = call.body["list"]
    # resolve every user first: an unknown one fails the call before anything changes
    users = {
        i: user(call, i)
        for item in items
        if item["targetType"] == "USER"
        for i in item["targetIdentifiers"]
    }
    perm = _perm(call)
    namespace = _ns(call.body.get("namespace"))
    for item in items:
        for ident in item["targetIdentifiers"]:
            if item["targetType"] == "USER":
                perm.authorize_user(users[ident], namespace, item["resources"])
                call.count_write(users[ident])
            else:
                perm.authorize((item["targetType"], ident), namespace, item["resources"])
    return {"success": True}


def _public(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "namespace"} for r in items]


def _filtered(call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    namespace, kind = call.params.get("namespace"), call.params.get("resourceType")
    wanted = call.params.get("resourceList")
    return [
        r
        for r in items
        if namespace in (None, _ns(r.get("namespace")))
        and kind in (None, r.get("resourceType"))
        and (not wanted or r.get("resourceCode") in wanted)
    ]


@routes.get("/api/v3/get-authorized-resources")
def get_authorized_resources(call: Call) -> Any:
    kind, ident = call.params["targetType"], call.params["targetIdentifier"]
    if kind == "USER":
        items = _perm(call).effective(user(call, ident))
    else:
        items = list(_perm(call).grants.get((kind, ident), ()))
    found = _public(_filtered(call, items))
    return {"totalCount": len(found), "list": found}


@routes.get("/api/v3/get-role-authorized-resources")
def get_role_authorized_resources(call: Call) -> Any:
    items = _filtered(call, list(_perm(call).grants.get(("ROLE", call.params["code"]), ())))
    keys = ("resourceCode", "resourceType", "actions", "apiIdentifier")
    found = [{k: r.get(k, "") for k in keys} for r in items]
    return {"totalCount": len(found), "list": found}


@routes.get("/api/v3/get-group-authorized-resources")
def get_group_authorized_resources(call: Call) -> Any:
    items = _filtered(call, list(_perm(call).grants.get(("GROUP", call.params["code"]), ())))
    return _public(items)


@routes.post("/api/v3/check-permission")
def check_permission(call: Call) -> Any:
    body = call.body
    holder = user(call, body["userId"])
    held = _perm(call).effective(holder)
    namespace = _ns(body["namespaceCode"])
    return {
        "checkResultList": [
            {
                "namespaceCode": namespace,
                "action": body["action"],
                "resource": code,
                "enabled": _allowed(held, namespace, code, body["action"]),
            }
            for code in body["resources"]
        ]
    }


@routes.post("/api/v3/is-action-allowed")
def is_action_allowed(call: Call) -> Any:
    body = call.body
    held = _perm(call).effective(user(call, body["userId"]))
    return {"allowed": _allowed(held, _ns(body.get("namespace")), body["resource"], body["action"])}


SERVICE = Service("permissions", routes, backends=(PermissionsBackend,))
