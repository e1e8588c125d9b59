"""Groups: definitions and members.

A user holds references to its groups (`EmulatorUser.groups`: `{id, code}`), read through
`GroupsBackend.of_user`: a group this service defines is answered as it is now, so an edit is
one write; a group it does not define (set on the user directly) as the user holds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState, EmulatorUser
from ._shared import exists, need, new_id, not_found, page, user, user_dto, with_id

__all__ = ["SERVICE", "GroupsBackend"]


def _group(item: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(item.get("code"), str) or not item["code"]:
        raise ValueError("a group needs a code")
    return {
        "id": item.get("id") or new_id(),
        "code": item["code"],
        "name": item.get("name") or item["code"],
        "description": item.get("description") or "",
        "type": item.get("type") or "static",
        "metadataSource": list(item.get("metadataSource") or []),
    }


class GroupsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("groups",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.groups: dict[str, dict[str, Any]] = {}
        """ResGroupDto dicts (without `members`) by code."""
        self.custom_data: dict[str, dict[str, Any]] = {}

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "groups": [
                {**g, "customData": self.custom_data[c]} if self.custom_data.get(c) else dict(g)
                for c, g in self.groups.items()
            ]
        }

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["groups"]:
            group = _group(item)
            self.groups[group["code"]] = group
            if isinstance(item.get("customData"), dict):
                self.custom_data[group["code"]] = dict(item["customData"])

    def find(self, code: Any) -> dict[str, Any]:
        """The group (404 if none)."""
        group = self.groups.get(code)
        if group is None:
            raise not_found("group", code)
        return group

    def by_id(self, ident: Any) -> dict[str, Any] | None:
        """The group with that code or id."""
        return self.groups.get(ident) or with_id(self.groups.values(), ident)

    def create(self, item: dict[str, Any], where: str = "body") -> dict[str, Any]:
        """A new group from a CreateGroupReqDto-like item (400 naming `where.code` if it has
        none)."""
        need(item, "code", where)
        group = _group(item)
        if group["code"] in self.groups:
            raise exists("group", group["code"])
        self.groups[group["code"]] = group
        if isinstance(item.get("customData"), dict):
            self.custom_data[group["code"]] = dict(item["customData"])
        return group

    def update(self, group: dict[str, Any], new_code: str, changes: dict[str, Any]) -> None:
        """Rename and edit a group: one write, its members read it through their references."""
        old = group["code"]
        if new_code != old and new_code in self.groups:
            raise exists("group", new_code)
        group.update(code=new_code, **{k: v for k, v in changes.items() if v is not None})
        del self.groups[old]
        self.groups[new_code] = group
        if old in self.custom_data:
            self.custom_data[new_code] = self.custom_data.pop(old)

    def delete(self, group: dict[str, Any]) -> list[EmulatorUser]:
        """Delete a group; returns its members (they no longer are)."""
        members = self.remove_members(group, self.members(group))
        del self.groups[group["code"]]
        self.custom_data.pop(group["code"], None)
        return members

    # -- users -----------------------------------------------------------------------------

    def _named(self, held: dict[str, Any]) -> dict[str, Any] | None:
        """The group a user's reference names, if this service defines it."""
        return with_id(self.groups.values(), held.get("id")) or self.groups.get(
            held.get("code", "")
        )

    def of_user(self, holder: EmulatorUser) -> list[dict[str, Any]]:
        """The ResGroupDto (without `members`) of each group the user is in."""
        return [dict(self._named(g) or g) for g in holder.groups or ()]

    def members(self, group: dict[str, Any]) -> list[EmulatorUser]:
        return [u for u in self.state.pool if any(self._named(g) is group for g in u.groups or ())]

    def add_members(self, group: dict[str, Any], users: list[EmulatorUser]) -> list[EmulatorUser]:
        reference = {"id": group["id"], "code": group["code"]}
        for member in users:
            kept = [g for g in member.groups or () if self._named(g) is not group]
            member.groups = [*kept, reference]
        return users

    def remove_members(
        self, group: dict[str, Any], users: list[EmulatorUser]
    ) -> list[EmulatorUser]:
        for member in users:
            member.groups = [g for g in member.groups or () if self._named(g) is not group]
        return users


routes = RouteTable()


def _groups(call: Call) -> GroupsBackend:
    return call.state.backend(GroupsBackend)


def _answer(call: Call, group: dict[str, Any], *, members: bool = False) -> dict[str, Any]:
    out = {**group, "members": []}
    if members:
        out["members"] = [user_dto(call, u) for u in _groups(call).members(group)]
    return out


@routes.post("/api/v3/create-group")
def create_group(call: Call) -> Any:
    return _answer(call, _groups(call).create(call.body))


@routes.post("/api/v3/create-groups-batch")
def create_groups_batch(call: Call) -> Any:
    groups = _groups(call)
    items = call.body["list"]
    codes = [need(item, "code", f"list[{i}]") for i, item in enumerate(items)]
    if len(set(codes)) != len(codes):
        raise exists("group", "(repeated in list)")
    for code in codes:
        if code in groups.groups:
            raise exists("group", code)
    return [_answer(call, groups.create(item)) for item in items]


@routes.post("/api/v3/create-or-update-group")
def create_or_update_group(call: Call) -> Any:
    groups = _groups(call)
    group = groups.groups.get(call.body["code"])
    if group is None:
        return {"created": True, "data": _answer(call, groups.create(call.body))}
    changes = {k: call.body[k] for k in ("name", "description", "type")}
    groups.update(group, group["code"], changes)
    return {"created": False, "data": _answer(call, group)}


@routes.get("/api/v3/get-group")
def get_group(call: Call) -> Any:
    return _answer(call, _groups(call).find(call.params["code"]))


@routes.get("/api/v3/list-groups")
def list_groups(call: Call) -> Any:
    keywords = call.params.get("keywords")
    items = [
        _answer(call, g)
        for g in _groups(call).groups.values()
        if not keywords or keywords in g["code"] or keywords in g["name"]
    ]
    return page(call, items)


@routes.get("/api/v3/get-all-groups")
def get_all_groups(call: Call) -> Any:
    members = bool(call.params.get("fetchMembers"))
    return [_answer(call, g, members=members) for g in _groups(call).groups.values()]


@routes.post("/api/v3/update-group")
def update_group(call: Call) -> Any:
    body = call.body
    groups = _groups(call)
    group = groups.find(body["code"])
    changes = {"description": body["description"], "name": body.get("name") or None}
    groups.update(group, body.get("newCode") or group["code"], changes)
    if isinstance(body.get("customData"), dict):
        code = group["code"]
        groups.custom_data[code] = {**groups.custom_data.get(code, {}), **body["customData"]}
    return _answer(call, group)


@routes.post("/api/v3/delete-groups-batch")
def delete_groups_batch(call: Call) -> Any:
    groups = _groups(call)
    for code in call.body["codeList"]:
        if code in groups.groups:
            call.count_writes(groups.delete(groups.groups[code]))
    return {"success": True}


@routes.post("/api/v3/add-group-members")
def add_group_members(call: Call) -> Any:
    groups = _groups(call)
    group = groups.find(call.body["code"])
    call.count_writes(groups.add_members(group, [user(call, i) for i in call.body["userIds"]]))
    return {"success": True}


@routes.post("/api/v3/remove-group-members")
def remove_group_members(call: Call) -> Any:
    groups = _groups(call)
    group = groups.find(call.body["code"])
    call.count_writes(groups.remove_members(group, [user(call, i) for i in call.body["userIds"]]))
    return {"success": True}


@routes.get("/api/v3/list-group-members")
def list_group_members(call: Call) -> Any:
    groups = _groups(call)
    group = groups.find(call.params["code"])
    result = page(call, groups.members(group))
    result["list"] = [user_dto(call, u) for u in result["list"]]
    return result


SERVICE = Service("groups", routes, backends=(GroupsBackend,))
