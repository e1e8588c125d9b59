"""Custom fields: definitions, and custom data of users, roles, groups and departments.

A user's custom data lives on the user (`EmulatorUser.custom_data`, what `get-user` with
`withCustomData` reads); that of roles, groups and departments lives here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._spec import SAMPLE_DATE
from .._state import EmulatorState
from ._shared import need, user

__all__ = ["SERVICE", "CustomFieldsBackend"]


class CustomFieldsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("customFields",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.fields: dict[tuple[str, str], dict[str, Any]] = {}
        """CustomFieldDto dicts by (targetType, key)."""
        self.data: dict[tuple[str, str], dict[str, Any]] = {}
        """Custom data of roles, groups and departments by (targetType, identifier)."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"customFields": [dict(f) for f in self.fields.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["customFields"]:
            field = _field(item)
            self.fields[(field["targetType"], field["key"])] = field


def _field(item: dict[str, Any], old: dict[str, Any] | None = None) -> dict[str, Any]:
    if not isinstance(item.get("key"), str) or not item["key"]:
        raise ValueError("a custom field needs a key")
    field = dict(
        old
        or {
            "createdAt": SAMPLE_DATE,
            "dataType": "STRING",
            "label": item["key"],
            "isUnique": False,
            "visibleInAdminConsole": True,
        }
    )
    field.update(
        (k, v)
        for k, v in item.items()
        if v is not None and k not in ("validateRules", "appIds", "desensitization")
    )
    field.setdefault("targetType", "USER")
    return field


def _backend(call: Call) -> CustomFieldsBackend:
    return call.state.backend(CustomFieldsBackend)


routes = RouteTable()


@routes.post("/api/v3/set-custom-fields")
def set_custom_fields(call: Call) -> Any:
    fields = _backend(call).fields
    out = []
    for i, item in enumerate(call.body["list"]):
        key = (item["targetType"], need(item, "key", f"list[{i}]"))
        fields[key] = _field(item, fields.get(key))
        out.append(dict(fields[key]))
    return out


def _of(call: Call, target: str) -> list[dict[str, Any]]:
    return [dict(f) for (kind, _), f in _backend(call).fields.items() if kind == target]


@routes.get("/api/v3/get-custom-fields")
def get_custom_fields(call: Call) -> Any:
    return _of(call, call.params["targetType"])


@routes.post("/api/v3/delete-custom-fields")
def delete_custom_fields(call: Call) -> Any:
    for item in call.body["list"]:
        if isinstance(item, dict):
            _backend(call).fields.pop((str(item.get("targetType")), str(item.get("key"))), None)
    return {"success": True}


@routes.post("/api/v3/set-custom-data")
def set_custom_data(call: Call) -> Any:
    body = call.body
    values = {item["key"]: item["value"] for item in body["list"]}
    if body["targetType"] == "USER":
        holder = user(call, body["targetIdentifier"])
        holder.custom_data = {**holder.custom_data, **values}
        call.count_write(holder)
    else:
        key = (body["targetType"], body["targetIdentifier"])
        store = _backend(call).data
        store[key] = {**store.get(key, {}), **values}
    return {"success": True}


@routes.get("/api/v3/get-custom-data")
def get_custom_data(call: Call) -> Any:
    kind, ident = call.params["targetType"], call.params["targetIdentifier"]
    if kind == "USER":
        return dict(user(call, ident).custom_data)
    return dict(_backend(call).data.get((kind, ident), {}))


SERVICE = Service("custom_fields", routes, backends=(CustomFieldsBackend,))
