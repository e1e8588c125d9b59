"""The organization tree: organizations, their departments, and who is in which.

A department holds its parent's id; the root of a tree is its organization's `departmentId`
(`OrganizationsBackend`), so moving a department, or renaming an organization, is one write.
A user holds the ids of the departments it is in (`EmulatorUser.departments`, as
set-user-departments sets them), with `isLeader` on the membership: the members, leaders and
member counts of a department are read from the users, never copied. Ids the tree does not
hold may still be in a user's departments (set-user-departments takes any id); reads answer
them as a department whose name and code are that id.

Rules, as GenAuth's organization guide states them: the root of an organization cannot be
deleted (delete the organization: that deletes its whole tree and the memberships in it); a
department with child departments or members cannot be deleted (move or delete the children,
remove the members first). A department cannot be moved under itself or one of its
descendants. A root's name, code and description are its organization's
(update-organization); update-department sets only its leaders and posts. A department's
code is unique in its organization. `membersCount` counts the distinct members of the
department and of every department under it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service, bad_request
from .._state import EmulatorState, EmulatorUser, iso
from ._shared import (
    dto_flags,
    exists,
    matches,
    membership,
    new_id,
    not_found,
    page,
    resolve_user,
    strings,
    user_dto_of,
)
from .organizations import OrganizationsBackend
from .posts import PostsBackend

__all__ = ["SERVICE", "DepartmentsBackend"]

#: stored department fields a request may set (the rest are the tree's)
_EDITABLE = ("name", "code", "description", "openDepartmentId", "i18n", "customData", "status")
_ID_TYPES = ("department_id", "open_department_id", "code")
_Index = tuple[Mapping[str, set[str]], Mapping[str, set[str]]]


class DepartmentsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("departments",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.departments: dict[str, dict[str, Any]] = {}
        """Department dicts by departmentId: `parentDepartmentId`, `name`, `createdAt`,
        `updatedAt`, `isVirtualNode`, `status`, and what was set of `_EDITABLE`."""

    # -- fixtures ---------------------------------------------------------------------------

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"departments": [dict(d) for d in self.departments.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        now = iso(self.state.clock())
        for item in doc["departments"]:
            department_id = item.get("departmentId")
            if not isinstance(department_id, str) or not department_id:
                raise ValueError("a department needs a departmentId")
            if department_id in self.departments:
                raise ValueError(f"departmentId {department_id!r} appears twice")
            parent = item.get("parentDepartmentId")
            if not isinstance(parent, str) or not parent:
                raise ValueError(f"department {department_id!r} needs a parentDepartmentId")
            derived = ("organizationCode", "parentDepartmentCode", "membersCount", "hasChildren")
            self.departments[department_id] = {
                "name": department_id,
                "createdAt": now,
                "updatedAt": now,
                "isVirtualNode": False,
                "status": True,
                **{k: v for k, v in item.items() if k not in derived},
            }
        for department_id in self.departments:
            self._ancestors(department_id)  # raises on a circle

    # -- the tree ---------------------------------------------------------------------------

    @property
    def orgs(self) -> OrganizationsBackend:
        return self.state.backend(OrganizationsBackend)

    def _ancestors(self, department_id: str) -> list[str]:
        """The ids above `department_id`, nearest first, up to (and with) the top id, which is
        an organization's root, or an id the tree does not hold."""
        out: list[str] = []
        current = self.departments.get(department_id)
        while current is not None:
            parent = current["parentDepartmentId"]
            if parent == department_id or parent in out:
                raise ValueError(f"department {department_id!r} is its own ancestor")
            out.append(parent)
            current = self.departments.get(parent)
        return out

    def organization_of(self, department_id: str) -> dict[str, Any] | None:
        """The organization the department is in (None if its tree has no organization)."""
        return self.orgs.of_root(self._top(department_id))

    def children(self, department_id: str) -> list[str]:
        return [i for i, d in self.departments.items() if d["parentDepartmentId"] == department_id]

    def descendants(self, department_id: str) -> list[str]:
        """Every id under `department_id`, breadth first."""
        out, queue = [], [department_id]
        while queue:
            below = self.children(queue.pop(0))
            out.extend(below)
            queue.extend(below)
        return out

    def find(
        self, org_code: str | None, ref: str, kind: str | None = None, field: str = "departmentId"
    ) -> str:
        """The id of the department `ref` names (by `kind`: department_id, the default,
        open_department_id or code) in the organization `org_code` (any, if None), its root
        included (404 if none)."""
        kind = kind or "department_id"
        if kind not in _ID_TYPES:
            raise bad_request(f"departmentIdType {kind} is not supported by the emulator")
        orgs = [self.orgs.get(org_code)] if org_code else list(self.orgs.organizations.values())
        roots: list[str] = [org["departmentId"] for org in orgs]
        candidates = [
            *roots,
            *(i for i in self.departments if not org_code or self._top(i) in roots),
        ]
        for department_id in candidates:
            if self._key(department_id, kind) == ref:
                return department_id
        raise not_found("department", f"{field}={ref} ({kind})")

    def _key(self, department_id: str, kind: str) -> Any:
        """The department's id of that kind (an organization's code is its root's code)."""
        if kind == "department_id":
            return department_id
        org = self.orgs.of_root(department_id)
        if org is not None:
            return org["organizationCode"] if kind == "code" else org.get("openDepartmentId")
        return self.departments[department_id].get(_camel_of(kind))

    def _top(self, department_id: str) -> str:
        return ([department_id, *self._ancestors(department_id)])[-1]

    def _check_code(self, root: str, code: str | None, department_id: str | None = None) -> None:
        if code is None:
            return
        for other_id, dept in self.departments.items():
            if (
                other_id != department_id
                and dept.get("code") == code
                and self._top(other_id) == root
            ):
                raise exists("department code", code)

    def create(self, parent_id: str, name: str, now: str, **fields: Any) -> str:
        """A new department under `parent_id` (an id of the tree or an organization's root)."""
        self._check_code(self._top(parent_id), fields.get("code"))
        department_id = new_id()
        self.departments[department_id] = {
            "departmentId": department_id,
            "parentDepartmentId": parent_id,
            "name": name,
            "createdAt": now,
            "updatedAt": now,
            "isVirtualNode": bool(fields.pop("isVirtualNode", False)),
            "status": True,
            **{k: v for k, v in fields.items() if k in _EDITABLE and v is not None},
        }
        return department_id

    def update(
        self, department_id: str, now: str, parent_id: str | None = None, **fields: Any
    ) -> None:
        """Change a department's `_EDITABLE` fields (None: left as is), and move it under
        `parent_id` if given: all of it, or nothing and a 400."""
        dept = self._department(department_id)
        self._check_code(self._top(department_id), fields.get("code"), department_id)
        if parent_id is not None:
            self._check_move(department_id, parent_id)
            dept["parentDepartmentId"] = parent_id
        dept.update((k, v) for k, v in fields.items() if k in _EDITABLE and v is not None)
        dept["updatedAt"] = now

    def move(self, department_id: str, parent_id: str, now: str) -> None:
        """Put the department under `parent_id`, in the same organization (400 naming
        parentDepartmentId if that is the department itself or one of its descendants)."""
        self.update(department_id, now, parent_id)

    def _check_move(self, department_id: str, parent_id: str) -> None:
        if parent_id == department_id or parent_id in self.descendants(department_id):
            raise bad_request(
                f"parentDepartmentId: cannot move department {department_id} under itself "
                f"or one of its descendants ({parent_id})"
            )
        if self._top(parent_id) != self._top(department_id):
            raise bad_request("parentDepartmentId: the new parent is in another organization")

    def delete(self, department_id: str) -> None:
        """Delete a department without children or members (400 otherwise)."""
        if self.orgs.of_root(department_id) is not None:
            raise bad_request(
                "departmentId: the root department cannot be deleted; delete the organization"
            )
        self._department(department_id)
        if self.children(department_id):
            raise bad_request(
                f"departmentId: department {department_id} has child departments; "
                "move or delete them first"
            )
        if any(self.is_member(u, department_id) for u in self.state.pool):
            raise bad_request(
                f"departmentId: department {department_id} has members; remove them first"
            )
        del self.departments[department_id]

    def delete_tree(self, root: str) -> None:
        """Delete every department under `root`, and every membership in the tree."""
        gone = {root, *self.descendants(root)}
        for department_id in gone:
            self.departments.pop(department_id, None)
        for user in self.state.pool:
            if any(m["departmentId"] in gone for m in user.departments or ()):
                user.departments = [
                    m for m in user.departments or () if m["departmentId"] not in gone
                ]

    def _department(self, department_id: str) -> dict[str, Any]:
        dept = self.departments.get(department_id)
        if dept is None:
            raise not_found("department", department_id)
        return dept

    # -- members ----------------------------------------------------------------------------

    @staticmethod
    def is_member(user: EmulatorUser, *department_ids: str) -> bool:
        wanted = set(department_ids)
        return any(m["departmentId"] in wanted for m in user.departments or ())

    def members(self, department_id: str, *, with_children: bool = False) -> list[EmulatorUser]:
        ids = [department_id, *(self.descendants(department_id) if with_children else ())]
        return [u for u in self.state.pool if self.is_member(u, *ids)]

    def add_members(self, department_id: str, users: Iterable[EmulatorUser], now: str) -> None:
        """Make `users` members (those already in it are left as they are)."""
        for user in users:
            if not self.is_member(user, department_id):
                user.departments = [
                    *(user.departments or ()),
                    membership(department_id, now, isMainDepartment=not user.departments),
                ]

    def remove_members(self, department_id: str, users: Iterable[EmulatorUser]) -> None:
        for user in users:
            kept = [m for m in user.departments or () if m["departmentId"] != department_id]
            user.departments = kept or None

    def set_leaders(self, department_id: str, users: list[EmulatorUser], now: str) -> None:
        """Make `users` the department's leaders (members, if they were not)."""
        self.add_members(department_id, users, now)
        leaders = {u.user_id for u in users}
        for user in self.members(department_id):
            for held in user.departments or ():
                if held["departmentId"] == department_id:
                    held["isLeader"] = user.user_id in leaders

    def _member_index(self) -> _Index:
        """Department id -> the ids of its direct members, and of its leaders."""
        members: defaultdict[str, set[str]] = defaultdict(set)
        leaders: defaultdict[str, set[str]] = defaultdict(set)
        for user in self.state.pool:
            for held in user.departments or ():
                members[held["departmentId"]].add(user.user_id)
                if held.get("isLeader"):
                    leaders[held["departmentId"]].add(user.user_id)
        return members, leaders

    # -- answers ----------------------------------------------------------------------------

    def dtos(
        self, department_ids: Iterable[str], *, with_custom_data: bool = False
    ) -> list[dict[str, Any]]:
        """DepartmentDto dicts."""
        index = self._member_index()
        return [self._dto(i, index, with_custom_data) for i in department_ids]

    def dto(self, department_id: str, *, with_custom_data: bool = False) -> dict[str, Any]:
        return self.dtos([department_id], with_custom_data=with_custom_data)[0]

    def _dto(self, department_id: str, index: _Index, with_custom_data: bool) -> dict[str, Any]:
        org = self.organization_of(department_id)
        root = self.orgs.of_root(department_id)
        if root is not None:
            dept: dict[str, Any] = {
                "departmentId": department_id,
                "name": root["organizationName"],
                "code": root["organizationCode"],
                "parentDepartmentId": "",
                "createdAt": root.get("createdAt", ""),
                "isVirtualNode": root.get("isVirtualNode", False),
                "status": True,
                **{
                    k: root[k]
                    for k in ("description", "openDepartmentId", "updatedAt")
                    if k in root
                },
            }
        else:
            dept = dict(self._department(department_id))
        parent = dept["parentDepartmentId"]
        parent_dept = self.departments.get(parent)
        parent_org = self.orgs.of_root(parent)
        below = self.descendants(department_id)
        members = set().union(*(index[0].get(i, set()) for i in (department_id, *below)))
        custom = dept.pop("customData", None)
        out = {
            **dept,
            "organizationCode": org["organizationCode"] if org else "",
            "parentDepartmentCode": (
                parent_dept.get("code", "")
                if parent_dept
                else parent_org["organizationCode"]
                if parent_org
                else ""
            ),
            "membersCount": len(members),
            "hasChildren": bool(self.children(department_id)),
            "leaderUserIds": sorted(index[1].get(department_id, ())),
            "postIdList": self.state.backend(PostsBackend).of_department(department_id),
        }
        if with_custom_data:
            out["customData"] = custom or {}
        return out

    def organization_dto(self, org: dict[str, Any]) -> dict[str, Any]:
        """OrganizationDto: the organization, with its tree's counts and leaders."""
        root = self.dto(org["departmentId"])
        return {
            **org,
            "membersCount": root["membersCount"],
            "hasChildren": root["hasChildren"],
            "leaderUserIds": root["leaderUserIds"],
        }

    def user_department(
        self,
        held: dict[str, Any],
        *,
        created_at: str,
        with_custom_data: bool,
        with_paths: bool,
    ) -> dict[str, Any]:
        """A UserDepartmentRespDto of one of a user's memberships."""
        department_id = held["departmentId"]
        known = department_id in self.departments or self.orgs.of_root(department_id)
        dept = self.dto(department_id) if known else {}
        chain = [department_id, *self._ancestors(department_id)] if known else [department_id]
        chain = [i for i in chain if i in self.departments or self.orgs.of_root(i)][::-1]
        item = {
            "organizationCode": dept.get("organizationCode", "emulator"),
            "departmentId": department_id,
            "isRoot": bool(self.orgs.of_root(department_id)),
            "createdAt": dept.get("createdAt", created_at),
            "name": dept.get("name", department_id),
            "description": dept.get("description", ""),
            "isLeader": held["isLeader"],
            "code": dept.get("code", department_id),
            "isMainDepartment": held["isMainDepartment"],
            "joinedAt": held["joinedAt"],
            "isVirtualNode": dept.get("isVirtualNode", False),
        }
        if with_custom_data:
            item["customData"] = dict(
                self.departments.get(department_id, {}).get("customData") or {}
            )
        if with_paths:
            path = [self.dto(i) for i in chain] if known else []
            item["departmentIdPath"] = [d["departmentId"] for d in path] or [department_id]
            item["departmentCodePath"] = [d.get("code", "") for d in path] or [department_id]
            item["departmentNamePath"] = [d["name"] for d in path] or [department_id]
        return item

    def in_organization(self, org_code: str) -> Iterator[str]:
        """The ids of every department of the organization, its root first."""
        root = self.orgs.get(org_code)["departmentId"]
        yield root
        yield from self.descendants(root)


def _camel_of(kind: str) -> str:
    return {"open_department_id": "openDepartmentId", "code": "code"}[kind]


# -- handlers -----------------------------------------------------------------------------


def _tree(call: Call) -> DepartmentsBackend:
    return call.state.backend(DepartmentsBackend)


def _now(call: Call) -> str:
    return iso(call.state.clock())


def _target(call: Call, name: str = "departmentId") -> str:
    """The department the request names (`organizationCode`, `name`, `departmentIdType`)."""
    org_code = call.arg("organizationCode") or None
    return _tree(call).find(org_code, call.require(name), call.arg("departmentIdType"))


def _users(call: Call, name: str = "userIds") -> list[EmulatorUser]:
    return [resolve_user(call.state.pool, i, "user_id", name) for i in strings(call, name)]


def _fields(call: Call) -> dict[str, Any]:
    return {key: call.arg(key) for key in (*_EDITABLE, "isVirtualNode")}


class _Links:
    """The leaders (`leaderUserIds`) and posts (`postIdList`) a write names, found (404 if
    one is not) before anything changes, set after the rest of the write."""

    def __init__(self, call: Call) -> None:
        self.call = call
        self.leaders = None if call.arg("leaderUserIds") is None else _users(call, "leaderUserIds")
        self.post_ids: list[str] | None = call.arg("postIdList")
        posts = call.state.backend(PostsBackend)
        for code in self.post_ids or ():
            posts.get(code)

    def apply(self, department_id: str) -> None:
        if self.leaders is not None:
            _tree(self.call).set_leaders(department_id, self.leaders, _now(self.call))
        if self.post_ids is not None:
            posts = self.call.state.backend(PostsBackend)
            posts.set_department_posts(department_id, self.post_ids)


routes = RouteTable()


@routes.post("/api/v3/create-organization")
def create_organization(call: Call) -> Any:
    tree = _tree(call)
    fields = {k: call.arg(k) for k in ("description", "openDepartmentId", "i18n", "tenantId")}
    links = _Links(call)
    org = tree.orgs.create(
        call.require("organizationCode"), call.require("organizationName"), _now(call), **fields
    )
    links.apply(org["departmentId"])
    return tree.organization_dto(org)


@routes.post("/api/v3/update-organization")
def update_organization(call: Call) -> Any:
    tree, code = _tree(call), call.require("organizationCode")
    fields = {
        k: call.arg(k) for k in ("organizationName", "description", "openDepartmentId", "i18n")
    }
    links = _Links(call)
    tree.orgs.update(code, _now(call), call.arg("organizationNewCode") or None, **fields)
    org = tree.orgs.get(call.arg("organizationNewCode") or code)
    links.apply(org["departmentId"])
    return tree.organization_dto(org)


@routes.post("/api/v3/delete-organization")
def delete_organization(call: Call) -> Any:
    tree = _tree(call)
    org = tree.orgs.delete(call.require("organizationCode"))
    tree.delete_tree(org["departmentId"])
    return {"success": True}


@routes.get("/api/v3/get-organization")
def get_organization(call: Call) -> Any:
    tree = _tree(call)
    return tree.organization_dto(tree.orgs.get(call.require("organizationCode")))


@routes.get("/api/v3/get-organization-batch")
def get_organization_batch(call: Call) -> Any:
    tree = _tree(call)
    orgs = tree.orgs.organizations
    wanted = call.params["organizationCodeList"]
    return [tree.organization_dto(orgs[c]) for c in wanted if c in orgs]


@routes.get("/api/v3/list-organizations")
def list_organizations(call: Call) -> Any:
    tree = _tree(call)
    return page(call, [tree.organization_dto(o) for o in tree.orgs.organizations.values()])


@routes.get("/api/v3/search-organizations")
def search_organizations(call: Call) -> Any:
    tree, needle = _tree(call), call.require("keywords").lower()
    found = [
        tree.organization_dto(o)
        for o in tree.orgs.organizations.values()
        if needle in o["organizationName"].lower() or needle in o["organizationCode"].lower()
    ]
    return page(call, found)


@routes.post("/api/v3/update-organization-status")
def update_organization_status(call: Call) -> Any:
    tree = _tree(call)
    org = tree.orgs.of_root(call.require("rootNodeId"))
    if org is None:
        raise not_found("organization with root", call.arg("rootNodeId"))
    tree.orgs.update(org["organizationCode"], _now(call), status=call.arg("status"))
    return {"success": True}


@routes.post("/api/v3/create-department")
def create_department(call: Call) -> Any:
    tree, org_code = _tree(call), call.require("organizationCode")
    parent_ref = call.require("parentDepartmentId")
    parent = tree.find(org_code, parent_ref, call.arg("departmentIdType"), "parentDepartmentId")
    fields = _fields(call)
    fields.pop("name")
    links = _Links(call)
    department_id = tree.create(parent, call.require("name"), _now(call), **fields)
    links.apply(department_id)
    return tree.dto(department_id, with_custom_data=True)


@routes.post("/api/v3/update-department")
def update_department(call: Call) -> Any:
    tree, department_id, now = _tree(call), _target(call), _now(call)
    # everything the request names is found before anything changes
    parent_id = None
    if call.arg("parentDepartmentId"):
        parent_ref, kind = call.arg("parentDepartmentId"), call.arg("departmentIdType")
        parent_id = tree.find(
            call.require("organizationCode"), parent_ref, kind, "parentDepartmentId"
        )
    links = _Links(call)
    if department_id in tree.departments:
        tree.update(department_id, now, parent_id, **_fields(call))
    elif parent_id is not None:
        raise bad_request("parentDepartmentId: the root department cannot be moved")
    links.apply(department_id)
    return tree.dto(department_id, with_custom_data=True)


@routes.post("/api/v3/update-department-status")
def update_department_status(call: Call) -> Any:
    tree = _tree(call)
    department_id = tree.find(None, call.require("departmentId"))
    tree.update(department_id, _now(call), status=call.require("status", bool))
    return tree.dto(department_id)


@routes.post("/api/v3/delete-department")
def delete_department(call: Call) -> Any:
    _tree(call).delete(_target(call))
    return {"success": True}


@routes.get("/api/v3/get-department")
def get_department(call: Call) -> Any:
    tree, org_code = _tree(call), call.arg("organizationCode") or None
    code, ref = call.arg("departmentCode"), call.arg("departmentId")
    if ref:
        department_id = tree.find(org_code, ref, call.arg("departmentIdType"))
    elif code:
        department_id = tree.find(org_code, code, "code")
    else:
        raise bad_request("departmentId or departmentCode is required")
    return tree.dto(department_id, with_custom_data=call.flag("withCustomData"))


@routes.get("/api/v3/get-department-by-id")
def get_department_by_id(call: Call) -> Any:
    tree = _tree(call)
    department_id = tree.find(None, call.require("departmentId"))
    return tree.dto(department_id, with_custom_data=call.flag("withCustomData"))


@routes.get("/api/v3/get-parent-department")
def get_parent_department(call: Call) -> Any:
    tree, department_id = _tree(call), _target(call)
    dept = tree.departments.get(department_id)
    if dept is None:
        raise not_found("parent department of", department_id)
    return tree.dto(dept["parentDepartmentId"], with_custom_data=call.flag("withCustomData"))


@routes.get("/api/v3/list-children-departments")
def list_children_departments(call: Call) -> Any:
    tree, department_id = _tree(call), _target(call)
    items = tree.dtos(tree.children(department_id), with_custom_data=call.flag("withCustomData"))
    status = call.params.get("status")
    if status is not None:
        items = [d for d in items if d["status"] is status]
    if call.flag("excludeVirtualNode"):
        items = [d for d in items if not d["isVirtualNode"]]
    if call.flag("onlyVirtualNode"):
        items = [d for d in items if d["isVirtualNode"]]
    return {"totalCount": len(items), "list": items}


@routes.get("/api/v3/get-all-departments")
def get_all_departments(call: Call) -> Any:
    tree, org_code = _tree(call), call.require("organizationCode")
    if call.arg("departmentId"):
        top = _target(call)
        ids = [top, *tree.descendants(top)]
    else:
        ids = list(tree.in_organization(org_code))
    items = tree.dtos(ids, with_custom_data=call.flag("withCustomData"))
    return {"totalCount": len(items), "list": items}


@routes.post("/api/v3/search-departments")
def search_departments(call: Call) -> Any:
    """Departments whose name or code holds the keywords (case-insensitive)."""
    tree, needle = _tree(call), call.require("keywords").lower()
    ids = [
        i
        for i in list(tree.in_organization(call.require("organizationCode")))[1:]
        if needle in tree.departments[i]["name"].lower()
        or needle in str(tree.departments[i].get("code", "")).lower()
    ]
    return tree.dtos(ids, with_custom_data=call.flag("withCustomData"))


@routes.post("/api/v3/search-departments-list")
def search_departments_list(call: Call) -> Any:
    tree = _tree(call)
    items = tree.dtos(
        list(tree.in_organization(call.require("organizationCode")))[1:],
        with_custom_data=call.flag("withCustomData"),
    )
    for rule in call.arg_list("advancedFilter"):
        if not isinstance(rule, dict) or not isinstance(rule.get("field"), str):
            raise bad_request("advancedFilter items need a field and an operator")
        field, operator = rule["field"], rule.get("operator")
        items = [d for d in items if matches(d.get(field), str(operator), rule.get("value"))]
    sort_by = call.arg("sortBy") or "createdAt"
    items.sort(key=lambda d: str(d.get(sort_by, "")), reverse=call.arg("orderBy") == "DESC")
    return page(call, items)["list"]


@routes.get("/api/v3/is-user-in-department")
def is_user_in_department(call: Call) -> Any:
    tree, user = _tree(call), call.user()
    department_id = _target(call)
    ids = [department_id]
    if call.flag("includeChildrenDepartments"):
        ids += tree.descendants(department_id)
    return {"inDepartment": tree.is_member(user, *ids)}


@routes.post("/api/v3/add-department-members")
def add_department_members(call: Call) -> Any:
    _tree(call).add_members(_target(call), _users(call), _now(call))
    return {"success": True}


@routes.post("/api/v3/remove-department-members")
def remove_department_members(call: Call) -> Any:
    _tree(call).remove_members(_target(call), _users(call))
    return {"success": True}


@routes.get("/api/v3/list-department-member-ids")
def list_department_member_ids(call: Call) -> Any:
    return [u.user_id for u in _tree(call).members(_target(call))]


def _member_page(call: Call, users: list[EmulatorUser]) -> dict[str, Any]:
    found = page(call, users)
    flags = {**dto_flags(call), "with_department_ids": call.flag("withDepartmentIds")}
    found["list"] = [user_dto_of(u, **flags) for u in found["list"]]
    return found


@routes.get("/api/v3/list-department-members")
def list_department_members(call: Call) -> Any:
    tree, department_id = _tree(call), _target(call)
    with_children = call.flag("includeChildrenDepartments")
    users = tree.members(department_id, with_children=with_children)
    if call.arg("sortBy") == "JoinDepartmentAt":
        ids = {department_id, *(tree.descendants(department_id) if with_children else ())}

        def joined(user: EmulatorUser) -> str:
            return min(
                str(m["joinedAt"]) for m in user.departments or () if m["departmentId"] in ids
            )

        users.sort(key=joined, reverse=call.arg("orderBy") == "Desc")
    return _member_page(call, users)


@routes.get("/api/v3/search-department-members")
def search_department_members(call: Call) -> Any:
    tree, department_id = _tree(call), _target(call)
    needle = call.require("keywords").lower()
    users = [
        u
        for u in tree.members(department_id, with_children=call.flag("includeChildrenDepartments"))
        if any(
            needle in str(v).lower()
            for v in (u.username, u.email, u.phone, u.name, u.nickname)
            if v
        )
    ]
    return _member_page(call, users)


SERVICE = Service("organizations", routes, backends=(OrganizationsBackend, DepartmentsBackend))
