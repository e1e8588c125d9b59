"""Request values built from the spec shipped in the package, for the table tests."""

from __future__ import annotations

import importlib.resources
import re
from typing import Any

import orjson

from genauth_async.testing import seeded_user_id

SPEC: dict[str, Any] = orjson.loads(
    importlib.resources.files("genauth_async").joinpath("spec.json").read_bytes()
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OPERATIONS: dict[tuple[str, str], dict[str, Any]] = {
    (method.upper(), path): op for path, ops in SPEC["paths"].items() for method, op in ops.items()
}
USER_ID = seeded_user_id(1)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def value_for(schema: dict[str, Any], name: str = "", depth: int = 0) -> Any:
    """A valid value: required object fields only, one item per array."""
    schema = resolve(schema)
    if "anyOf" in schema:
        return value_for(schema["anyOf"][0], name, depth)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "string":
        if name in ("page", "limit"):  # a few tenant lists type them as text: still numbers
            return "1"
        if re.fullmatch(r"(userId|user_id|targetIdentifier)", name):
            return USER_ID
        return "2024-01-01T00:00:00.000Z" if schema.get("format") == "date-time" else f"{name}-x"
    if kind == "number":
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [] if depth > 5 else [value_for(schema.get("items", {}), name, depth + 1)]
    if kind == "object":
        props = schema.get("properties", {})
        return {
            key: value_for(props[key], key, depth + 1)
            for key in schema.get("required", ())
            if key in props
        }
    return {}


def wire_schemas(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every wire name the operation takes (query, path, body fields) with its schema."""
    out = {p["name"]: p.get("schema", {}) for p in op.get("parameters", ())}
    if "requestBody" in op:
        body = resolve(op["requestBody"]["content"]["application/json"]["schema"])
        out.update(body.get("properties", {}))
    return out


def known_world(world: dict[str, Any]) -> dict[str, Any]:
    """A fixture `world` (users kept) plus the tenant, public accounts, groups, roles,
    organization, departments and posts that spec-built arguments name (`tenantId-x`, ...),
    so the stateful services answer those calls with successes."""
    org = "organizationCode-x"
    return {
        **world,
        "organizations": [{"organizationCode": org, "departmentId": "rootNodeId-x"}],
        "departments": [
            {"departmentId": "parentDepartmentId-x", "parentDepartmentId": "rootNodeId-x"},
            {"departmentId": "departmentId-x", "parentDepartmentId": "parentDepartmentId-x"},
        ],
        "posts": [
            {"code": c} for c in ("code-x", "idList-x", "postId-x", "postIds-x", "postIdList-x")
        ],
        "tenants": [{"tenantId": "tenantId-x"}],
        "publicAccounts": [{"userId": USER_ID}, {"userId": "publicAccountId-x"}],
        "groups": [{"code": c} for c in ("groupId-x", "groupIds-x")],
        "roles": [{"code": c} for c in ("roleId-x", "roleIds-x")],
    }


#: name prefixes of calls that take things out of the world
_DESTRUCTIVE = ("delete", "remove", "revoke", "unbind", "kick", "change_into", "resign")


def destructive_last(name: str) -> tuple[bool, str]:
    """Sort key: calls in name order, those that delete or unbind after all the others, so
    the reads find what the world holds."""
    return name.startswith(_DESTRUCTIVE), name
