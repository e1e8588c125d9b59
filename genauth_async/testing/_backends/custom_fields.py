"""Custom fields: definitions, and custom data of users, roles, groups and departments.

A user's custom data lives on the user (`EmulatorUser.custom_data`, what `get-user` with
`withCustomData` reads); that of roles, groups and departments lives here.
"""

from __future__ import annotations

from typing import Any

from .._app import Call, routes
from .._spec import SAMPLE_DATE
from ._common import backend, user

__all__ = ["CustomFieldsBackend"]


class CustomFieldsBackend:
    name = "custom_fields"

    def __init__(self) -> None:
        self.fields: dict[tuple[str, str], dict[str, Any]] = {}
        """CustomFieldDto dicts by (targetType, key)."""
        self.data: dict[tuple[str, str], dict[str, Any]] = {}
        """Custom data of roles, groups and departments by (targetType, identifier)."""

    def dump(self) -> list[dict[str, Any]]:
        return [dict(f) for f in self.fields.values()]

    def load(self, items: list[dict[str, Any]]) -> None:
        self.fields.clear()
        for item in items:
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
    return backend(call.state, CustomFieldsBackend)


@routes.post("/api/v3/set-custom-fields")
def set_custom_fields(call: Call) -> Any:
    fields = _backend(call).fields
    out = []
    for item in call.body["list"]:
        key = (item["targetType"], item["key"])
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
