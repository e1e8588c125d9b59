"""Organizations: the roots of the organization tree.

An organization is its code, its name and the id of its root department; the departments
under that root, and the routes that read and write organizations, are the department tree's
(`departments.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._state import EmulatorState
from ._shared import exists, new_id, not_found

__all__ = ["OrganizationsBackend"]


class OrganizationsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("organizations",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.organizations: dict[str, dict[str, Any]] = {}
        """OrganizationDto dicts by organizationCode (counts and children left out: they are
        the tree's)."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"organizations": [dict(o) for o in self.organizations.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["organizations"]:
            code = item.get("organizationCode")
            if not isinstance(code, str) or not code:
                raise ValueError("an organization needs an organizationCode")
            fields = {k: v for k, v in item.items() if k not in ("hasChildren", "membersCount")}
            self.organizations[code] = {
                "organizationName": code,
                "departmentId": code,
                "isVirtualNode": False,
                **fields,
            }

    def get(self, code: str) -> dict[str, Any]:
        """The organization with that code (404 if none)."""
        found = self.organizations.get(code)
        if found is None:
            raise not_found("organization", code)
        return found

    def of_root(self, department_id: str) -> dict[str, Any] | None:
        """The organization whose root department is `department_id`, if any."""
        for org in self.organizations.values():
            if org["departmentId"] == department_id:
                return org
        return None

    def create(self, code: str, name: str, now: str, **fields: Any) -> dict[str, Any]:
        """A new organization with a new root department (400 if the code is taken)."""
        if code in self.organizations:
            raise exists("organization", code)
        org = {
            **{k: v for k, v in fields.items() if v is not None},
            "organizationCode": code,
            "organizationName": name,
            "departmentId": new_id(),
            "isVirtualNode": False,
            "createdAt": now,
            "updatedAt": now,
        }
        self.organizations[code] = org
        return org

    def update(self, code: str, now: str, new_code: str | None = None, **fields: Any) -> None:
        """Change an organization's fields; `new_code` renames it (400 if taken)."""
        org = self.get(code)
        if new_code is not None and new_code != code:
            if new_code in self.organizations:
                raise exists("organization", new_code)
            del self.organizations[code]
            org["organizationCode"] = new_code
            self.organizations[new_code] = org
        org.update((k, v) for k, v in fields.items() if v is not None)
        org["updatedAt"] = now

    def delete(self, code: str) -> dict[str, Any]:
        org = self.get(code)
        del self.organizations[code]
        return org
