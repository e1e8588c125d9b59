"""Organizations, as the contract has them: read (`get-organization`, `list-organizations`,
`get-organization-batch`) from what a fixture loaded. A user's departments are
`set-user-departments` / `get-user-departments` in the user module."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState
from ._shared import not_found, page

__all__ = ["SERVICE", "OrganizationsBackend"]


class OrganizationsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("organizations",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.organizations: dict[str, dict[str, Any]] = {}
        """OrganizationDto dicts by organizationCode."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {"organizations": [dict(o) for o in self.organizations.values()]}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["organizations"]:
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
    return call.state.backend(OrganizationsBackend).organizations


def _answer(call: Call, org: dict[str, Any]) -> dict[str, Any]:
    root = org["departmentId"]
    members = sum(
        1 for u in call.state.pool if any(d["departmentId"] == root for d in u.departments or ())
    )
    return {**org, "membersCount": members}


routes = RouteTable()


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


SERVICE = Service("organizations", routes, backends=(OrganizationsBackend,))
