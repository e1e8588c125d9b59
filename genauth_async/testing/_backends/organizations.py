"""Organizations, as the contract has them: read (`get-organization`, `list-organizations`,
`get-organization-batch`) from what a fixture loaded. A user's departments are
`set-user-departments` / `get-user-departments` in the user module."""

from __future__ import annotations

from typing import Any

from .._app import Call, routes
from ._common import backend, not_found, page

__all__ = ["OrganizationsBackend"]


class OrganizationsBackend:
    name = "organizations"

    def __init__(self) -> None:
        self.organizations: dict[str, dict[str, Any]] = {}
        """OrganizationDto dicts by organizationCode."""

    def dump(self) -> list[dict[str, Any]]:
        return [dict(o) for o in self.organizations.values()]

    def load(self, items: list[dict[str, Any]]) -> None:
        self.organizations.clear()
        for item in items:
            code = item.get("organizationCode")
            if not isinstance(code, str) or not code:
                raise ValueError("an organization needs an organizationCode")
            self.organizations[code] = {
                "organizationName": code,
                "departmentId": code,
                "hasChildren": False,
                "membersCount": 0,
                "isVirtualNode": False,
                **item,
            }


def _orgs(call: Call) -> dict[str, dict[str, Any]]:
    return backend(call.state, OrganizationsBackend).organizations


def _answer(call: Call, org: dict[str, Any]) -> dict[str, Any]:
    root = org["departmentId"]
    members = sum(
        1 for u in call.state.pool if any(d["departmentId"] == root for d in u.departments or ())
    )
    return {**org, "membersCount": members}


@routes.get("/api/v3/get-organization")
def get_organization(call: Call) -> Any:
    org = _orgs(call).get(call.params["organizationCode"])
    if org is None:
        raise not_found("organization", call.params["organizationCode"])
    return _answer(call, org)


@routes.get("/api/v3/get-organization-batch")
def get_organization_batch(call: Call) -> Any:
    orgs = _orgs(call)
    wanted = call.params["organizationCodeList"]
    return [_answer(call, orgs[c]) for c in wanted if c in orgs]


@routes.get("/api/v3/list-organizations")
def list_organizations(call: Call) -> Any:
    return page(call, [_answer(call, o) for o in _orgs(call).values()])
