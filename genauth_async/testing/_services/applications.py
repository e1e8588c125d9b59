"""Applications: definitions, and which users (roles, groups, organizations) may use them.

A user holds references to the applications it was authorized for (`EmulatorUser.apps`:
`{appId}`), read through `ApplicationsBackend.of_user`: an application this service defines
is answered as it is now; one it does not define (set on the user directly) as held.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import Call, RouteTable, Service
from .._state import EmulatorState, EmulatorUser
from ._shared import new_id, not_found, page, shaped, user
from .groups import GroupsBackend
from .roles import RolesBackend

__all__ = ["SERVICE", "ApplicationsBackend"]


def app_dto(app: dict[str, Any]) -> dict[str, Any]:
    """The AppDto a user's lists carry."""
    return {
        "appId": app["appId"],
        "appName": app.get("appName") or app["appId"],
        "appLogo": app.get("appLogo") or "",
        "appLoginUrl": app.get("appLoginUrl") or app.get("initLoginUri") or "",
        "appDefaultLoginStrategy": app.get("appDefaultLoginStrategy") or "ALLOW_ALL",
    }


class ApplicationsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("applications",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.apps: dict[str, dict[str, Any]] = {}
        """ApplicationDto dicts by appId."""
        self.grants: dict[str, list[dict[str, Any]]] = {}
        """Authorizations of roles, groups and organizations, by appId."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "applications": [
                {**a, "authorizations": list(self.grants[i])} if self.grants.get(i) else dict(a)
                for i, a in self.apps.items()
            ]
        }

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["applications"]:
            if not isinstance(item.get("appId"), str) or not item["appId"]:
                raise ValueError("an application needs an appId")
            app = {k: v for k, v in item.items() if k != "authorizations"}
            self.apps[app["appId"]] = app
            if item.get("authorizations"):
                self.grants[app["appId"]] = list(item["authorizations"])

    def find(self, app_id: Any) -> dict[str, Any]:
        """The application (404 if none)."""
        app = self.apps.get(app_id)
        if app is None:
            raise not_found("application", app_id)
        return app

    def delete(self, app: dict[str, Any]) -> list[EmulatorUser]:
        """Delete an application; returns the users who were authorized for it."""
        holders = self.revoke_users(app, self.holders(app))
        del self.apps[app["appId"]]
        self.grants.pop(app["appId"], None)
        return holders

    # -- users -----------------------------------------------------------------------------

    def of_user(self, holder: EmulatorUser) -> list[dict[str, Any]]:
        """The AppDto of each application the user was authorized for directly."""
        return [
            app_dto(self.apps[a["appId"]]) if a.get("appId") in self.apps else dict(a)
            for a in holder.apps or ()
        ]

    def holders(self, app: dict[str, Any]) -> list[EmulatorUser]:
        return [
            u for u in self.state.pool if any(a.get("appId") == app["appId"] for a in u.apps or ())
        ]

    def authorize_users(self, app: dict[str, Any], users: list[EmulatorUser]) -> None:
        for holder in users:
            kept = [a for a in holder.apps or () if a.get("appId") != app["appId"]]
            holder.apps = [*kept, {"appId": app["appId"]}]

    def revoke_users(self, app: dict[str, Any], users: list[EmulatorUser]) -> list[EmulatorUser]:
        for holder in users:
            holder.apps = [a for a in holder.apps or () if a.get("appId") != app["appId"]]
        return users

    def _inherited(self, holder: EmulatorUser, grant: dict[str, Any]) -> bool:
        """Whether a role, group or organization grant reaches the user."""
        ids = grant.get("targetIdentifier") or ()
        kind = grant.get("targetType")
        if kind == "ROLE":
            namespace = grant.get("namespaceCode")
            return any(
                (r.get("code") in ids or r.get("id") in ids)
                and namespace in (None, "", r.get("namespace"))
                for r in self.state.backend(RolesBackend).of_user(holder)
            )
        if kind == "GROUP":
            groups = self.state.backend(GroupsBackend).of_user(holder)
            return any(g.get("code") in ids or g.get("id") in ids for g in groups)
        if kind == "ORG":
            return any(d.get("departmentId") in ids for d in holder.departments or ())
        return False

    def authorized(self, holder: EmulatorUser) -> list[dict[str, Any]]:
        """The AppDto of every application the user may use: granted to the user directly,
        or to one of its roles, groups or departments (a matching DENY grant wins over those)."""
        out = {a["appId"]: a for a in self.of_user(holder)}
        for app_id, grants in self.grants.items():
            if app_id in out or app_id not in self.apps:
                continue
            effects = {g.get("effect") for g in grants if self._inherited(holder, g)}
            if "ALLOW" in effects and "DENY" not in effects:
                out[app_id] = app_dto(self.apps[app_id])
        return list(out.values())


routes = RouteTable()


def _apps(call: Call) -> ApplicationsBackend:
    return call.state.backend(ApplicationsBackend)


@routes.post("/api/v3/create-application")
def create_application(call: Call) -> Any:
    app_id = new_id()
    fields = {"appId": app_id, "appIdentifier": call.body.get("appIdentifier") or app_id}
    app = shaped("ApplicationDto", call, **fields, userPoolId=call.state.userpool_id)
    _apps(call).apps[app_id] = app
    answer = shaped("CreateApplicationRespDataDto", call, **fields)
    answer.update((k, v) for k, v in app.items() if k in answer)
    return answer


@routes.get("/api/v3/get-application")
def get_application(call: Call) -> Any:
    return dict(_apps(call).find(call.params["appId"]))


@routes.get("/api/v3/list-applications")
def list_applications(call: Call) -> Any:
    keywords = call.params.get("keywords")
    sso = call.params.get("ssoEnabled")
    items = [
        dict(a)
        for a in _apps(call).apps.values()
        if (not keywords or keywords in str(a.get("appName", "")))
        and sso in (None, a.get("ssoEnabled"))
    ]
    return page(call, items)


@routes.post("/api/v3/update-application")
def update_application(call: Call) -> Any:
    app = _apps(call).find(call.body["appId"])
    template = shaped("ApplicationDto", call)
    for name, value in call.body.items():
        # only what an ApplicationDto holds, in its own shape (scalars and lists of strings)
        if name in template and value is not None and type(value) is type(template[name]):
            app[name] = value
    return {"success": True}


@routes.post("/api/v3/delete-application")
def delete_application(call: Call) -> Any:
    apps = _apps(call)
    call.count_writes(apps.delete(apps.find(call.body["appId"])))
    return {"success": True}


@routes.post("/api/v3/authorize-application-access")
def authorize_application_access(call: Call) -> Any:
    apps = _apps(call)
    app = apps.find(call.body["appId"])
    for item in call.body["list"]:
        if item["targetType"] == "USER":
            users = [user(call, i) for i in item["targetIdentifier"]]
            if item["effect"] == "ALLOW":
                apps.authorize_users(app, users)
            else:
                apps.revoke_users(app, users)
            call.count_writes(users)
        else:
            apps.grants.setdefault(app["appId"], []).append(dict(item))
    return {"success": True}


@routes.post("/api/v3/revoke-application-access")
def revoke_application_access(call: Call) -> Any:
    apps = _apps(call)
    app = apps.find(call.body["appId"])
    for item in call.body["list"]:
        ids = set(item["targetIdentifier"])
        if item["targetType"] == "USER":
            call.count_writes(apps.revoke_users(app, [user(call, i) for i in ids]))
        else:
            for grant in apps.grants.get(app["appId"], []):
                if grant["targetType"] == item["targetType"]:
                    grant["targetIdentifier"] = [
                        i for i in grant["targetIdentifier"] if i not in ids
                    ]
    return {"success": True}


SERVICE = Service("applications", routes, backends=(ApplicationsBackend,))
