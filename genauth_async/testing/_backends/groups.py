"""Groups: definitions and members.

A user's groups live on the user (`EmulatorUser.groups`, what `get-user-groups` reads), so a
deleted user is gone from every group; a group's edits and deletion reach its members.
"""

from __future__ import annotations

from typing import Any

from .._app import Call, routes
from ._common import backend, exists, new_id, not_found, page, user, user_dto

__all__ = ["GroupsBackend"]


class GroupsBackend:
    name = "groups"

    def __init__(self) -> None:
        self.groups: dict[str, dict[str, Any]] = {}
        """ResGroupDto dicts (without `members`) by code."""
        self.custom_data: dict[str, dict[str, Any]] = {}

    def dump(self) -> list[dict[str, Any]]:
        return [
            {**g, "customData": self.custom_data[c]} if self.custom_data.get(c) else dict(g)
            for c, g in self.groups.items()
        ]

    def load(self, items: list[dict[str, Any]]) -> None:
        self.groups.clear()
        self.custom_data.clear()
        for item in items:
            group = _group(item)
            self.groups[group["code"]] = group
            if isinstance(item.get("customData"), dict):
                self.custom_data[group["code"]] = dict(item["customData"])


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


def _groups(call: Call) -> GroupsBackend:
    return backend(call.state, GroupsBackend)


def find(call: Call, code: Any) -> dict[str, Any]:
    group = _groups(call).groups.get(code)
    if group is None:
        raise not_found("group", code)
    return group


def _members(call: Call, code: str) -> list[Any]:
    return [u for u in call.state.pool if any(g.get("code") == code for g in u.groups or ())]


def _answer(call: Call, group: dict[str, Any], *, members: bool = False) -> dict[str, Any]:
    out = {**group, "members": []}
    if members:
        out["members"] = [user_dto(call, u) for u in _members(call, group["code"])]
    return out


def _create(call: Call, item: dict[str, Any]) -> dict[str, Any]:
    group = _group(item)
    groups = _groups(call)
    if group["code"] in groups.groups:
        raise exists("group", group["code"])
    groups.groups[group["code"]] = group
    if isinstance(item.get("customData"), dict):
        groups.custom_data[group["code"]] = dict(item["customData"])
    return group


@routes.post("/api/v3/create-group")
def create_group(call: Call) -> Any:
    return _answer(call, _create(call, call.body))


@routes.post("/api/v3/create-groups-batch")
def create_groups_batch(call: Call) -> Any:
    items = call.body["list"]
    codes = [i["code"] for i in items]
    if len(set(codes)) != len(codes):
        raise exists("group", "(repeated in list)")
    for code in codes:
        if code in _groups(call).groups:
            raise exists("group", code)
    return [_answer(call, _create(call, item)) for item in items]


@routes.post("/api/v3/create-or-update-group")
def create_or_update_group(call: Call) -> Any:
    group = _groups(call).groups.get(call.body["code"])
    if group is None:
        return {"created": True, "data": _answer(call, _create(call, call.body))}
    group.update(
        name=call.body["name"], description=call.body["description"], type=call.body["type"]
    )
    _carry(call, group["code"], group)
    return {"created": False, "data": _answer(call, group)}


@routes.get("/api/v3/get-group")
def get_group(call: Call) -> Any:
    return _answer(call, find(call, call.params["code"]))


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


def _carry(call: Call, code: str, group: dict[str, Any] | None) -> None:
    """Rewrite (or, with None, drop) group `code` in its members' `groups`."""
    for member in _members(call, code):
        kept = [g for g in member.groups or () if g.get("code") != code]
        member.groups = kept if group is None else [*kept, dict(group)]
        call.count_write(member)


@routes.post("/api/v3/update-group")
def update_group(call: Call) -> Any:
    body = call.body
    groups = _groups(call)
    group = find(call, body["code"])
    old = group["code"]
    new = body.get("newCode") or old
    if new != old and new in groups.groups:
        raise exists("group", new)
    members = _members(call, old)
    group.update(code=new, description=body["description"])
    if body.get("name"):
        group["name"] = body["name"]
    del groups.groups[old]
    groups.groups[new] = group
    if old in groups.custom_data:
        groups.custom_data[new] = groups.custom_data.pop(old)
    if isinstance(body.get("customData"), dict):
        groups.custom_data[new] = {**groups.custom_data.get(new, {}), **body["customData"]}
    for member in members:
        member.groups = [*(g for g in member.groups or () if g.get("code") != old), dict(group)]
        call.count_write(member)
    return _answer(call, group)


@routes.post("/api/v3/delete-groups-batch")
def delete_groups_batch(call: Call) -> Any:
    groups = _groups(call)
    for code in call.body["codeList"]:
        if code in groups.groups:
            _carry(call, code, None)
            del groups.groups[code]
            groups.custom_data.pop(code, None)
    return {"success": True}


@routes.post("/api/v3/add-group-members")
def add_group_members(call: Call) -> Any:
    group = find(call, call.body["code"])
    users = [user(call, i) for i in call.body["userIds"]]
    for member in users:
        kept = [g for g in member.groups or () if g.get("code") != group["code"]]
        member.groups = [*kept, dict(group)]
        call.count_write(member)
    return {"success": True}


@routes.post("/api/v3/remove-group-members")
def remove_group_members(call: Call) -> Any:
    group = find(call, call.body["code"])
    users = [user(call, i) for i in call.body["userIds"]]
    for member in users:
        member.groups = [g for g in member.groups or () if g.get("code") != group["code"]]
        call.count_write(member)
    return {"success": True}


@routes.get("/api/v3/list-group-members")
def list_group_members(call: Call) -> Any:
    group = find(call, call.params["code"])
    result = page(call, _members(call, group["code"]))
    result["list"] = [user_dto(call, u) for u in result["list"]]
    return result
