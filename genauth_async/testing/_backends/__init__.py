"""Stateful backends, one module per API service (moto-style); importing registers routes.

Every backend keeps its own resources, in wire (camelCase) form, and links to users through
the users themselves, so each effect is visible through the reads of every module.
"""

from __future__ import annotations

from typing import Any

from ._common import Backend, backend
from .applications import ApplicationsBackend
from .custom_fields import CustomFieldsBackend
from .events import EventsBackend
from .groups import GroupsBackend
from .organizations import OrganizationsBackend
from .permissions import PermissionsBackend
from .public_accounts import PublicAccountsBackend
from .roles import RolesBackend
from .tenants import TenantsBackend
from .webhooks import WebhooksBackend

__all__ = ["FIXTURE_KEYS", "dump_world", "load_world"]

#: fixture key -> the backend holding it (users are the pool's)
FIXTURE_KEYS: dict[str, type[Any]] = {
    "roles": RolesBackend,
    "groups": GroupsBackend,
    "organizations": OrganizationsBackend,
    "applications": ApplicationsBackend,
    "authorizations": PermissionsBackend,
    "customFields": CustomFieldsBackend,
    "webhooks": WebhooksBackend,
    "events": EventsBackend,
    "tenants": TenantsBackend,
    "publicAccounts": PublicAccountsBackend,
}


def _namespaced(state: Any) -> PermissionsBackend:
    found: PermissionsBackend = backend(state, PermissionsBackend)
    return found


def dump_world(state: Any) -> dict[str, Any]:
    """Every backend's resources, by fixture key (see `load_world`)."""
    out: dict[str, Any] = {}
    for key, kind in FIXTURE_KEYS.items():
        found: Backend = backend(state, kind)
        out[key] = found.dump()
    perm = _namespaced(state)
    out["namespaces"] = [dict(n) for n in perm.namespaces.values()]
    out["resources"] = [dict(r) for r in perm.resources.values()]
    return out


def load_world(state: Any, doc: dict[str, Any]) -> None:
    """Replace every backend's resources with those of `doc` (keys left out: emptied).
    ValueError if an item does not fit."""
    fresh: dict[str, Any] = {}
    for key, kind in FIXTURE_KEYS.items():
        items = doc.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValueError(f"{key} must be an array of objects")
        made = kind()
        try:
            made.load(items)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{key}: an item lacks {exc}") from None
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
        fresh[kind.name] = made
    perm: PermissionsBackend = fresh["permissions"]
    for key in ("namespaces", "resources"):
        items = doc.get(key) or []
        if not isinstance(items, list) or not all(
            isinstance(i, dict) and isinstance(i.get("code"), str) and i["code"] for i in items
        ):
            raise ValueError(f"{key} must be an array of objects with a code")
    for item in doc.get("namespaces") or []:
        perm.namespaces[item["code"]] = {"name": item["code"], "description": "", **item}
    for item in doc.get("resources") or []:
        namespace = item.get("namespace") or "default"
        perm.resources[(namespace, item["code"])] = {
            "name": item["code"],
            "description": "",
            "type": "API",
            "actions": [],
            "apiIdentifier": "",
            **item,
            "namespace": namespace,
        }
    state.backends.clear()
    state.backends.update(fresh)
