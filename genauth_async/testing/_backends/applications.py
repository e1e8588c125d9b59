"""Applications: definitions, and which users (roles, groups, organizations) may use them.

A user's authorized applications live on the user (`EmulatorUser.apps`, what
`get-user-authorized-apps` and `get-user-accessible-apps` read).
"""

from __future__ import annotations

from typing import Any

from .._app import Call, routes
from ._common import backend, new_id, not_found, page, shaped, user

__all__ = ["ApplicationsBackend"]


class ApplicationsBackend:
    name = "applications"

    def __init__(self) -> None:
        self.apps: dict[str, dict[str, Any]] = {}
        """ApplicationDto dicts by appId."""
        self.grants: dict[str, list[dict[str, Any]]] = {}
        """Authorizations of roles, groups and organizations, by appId."""

    def dump(self) -> list[dict[str, Any]]:
        return [
            {**a, "authorizations": list(self.grants[i])} if self.grants.get(i) else dict(a)
            for i, a in self.apps.items()
        ]

    def load(self, items: list[dict[str, Any]]) -> None:
        self.apps.clear()
        self.grants.clear()
        for item in items:
            if not isinstance(item.get("appId"), str) or not item["appId"]:
                raise ValueError("an application needs an appId")
            app = {k: v for k, v in item.items() if k != "authorizations"}
            self.apps[app["appId"]] = app
            if item.get("authorizations"):
                self.grants[app["appId"]] = list(item["authorizations"])


def _apps(call: Call) -> ApplicationsBackend:
    return backend(call.state, ApplicationsBackend)


def find(call: Call, app_id: Any) -> dict[str, Any]:
    app = _apps(call).apps.get(app_id)
    if app is None:
        raise not_found("application", app_id)
    return app


def app_dto(app: dict[str, Any]) -> dict[str, Any]:
    """The AppDto a user's lists carry."""
    return {
        "appId": app["appId"],
        "appName": app.get("appName") or app["appId"],
        "appLogo": app.get("appLogo") or "",
        "appLoginUrl": app.get("appLoginUrl") or app.get("initLoginUri") or "",
        "appDefaultLoginStrategy": app.get("appDefaultLoginStrategy") or "ALLOW_ALL",
    }


def _inherited(holder: Any, grant: dict[str, Any]) -> bool:
    """Whether a role, group or organization grant reaches the user."""
    ids = grant.get("targetIdentifier") or ()
    kind = grant.get("targetType")
    if kind == "ROLE":
        namespace = grant.get("namespaceCode")
        return any(
            (r.get("code") in ids or r.get("id") in ids)
            and namespace in (None, "", r.get("namespace"))
            for r in holder.roles or ()
        )
    if kind == "GROUP":
        return any(g.get("code") in ids or g.get("id") in ids for g in holder.groups or ())
    if kind == "ORG":
        return any(d.get("departmentId") in ids for d in holder.departments or ())
    return False


def authorized_apps(call: Call, holder: Any) -> list[dict[str, Any]]:
    """The AppDto of every application the user may use: granted to the user directly, or
    to one of its roles, groups or departments (a matching DENY grant wins over those)."""
    out = {a["appId"]: dict(a) for a in holder.apps or ()}
    found = backend(call.state, ApplicationsBackend)
    for app_id, grants in found.grants.items():
        if app_id in out or app_id not in found.apps:
            continue
        effects = {g.get("effect") for g in grants if _inherited(holder, g)}
        if "ALLOW" in effects and "DENY" not in effects:
            out[app_id] = app_dto(found.apps[app_id])
    return list(out.values())


def _holders(call: Call, app_id: str) -> list[Any]:
    return [u for u in call.state.pool if any(a.get("appId") == app_id for a in u.apps or ())]


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
    return dict(find(call, call.params["appId"]))


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
    app = find(call, call.body["appId"])
    template = shaped("ApplicationDto", call)
    for name, value in call.body.items():
        # only what an ApplicationDto holds, in its own shape (scalars and lists of strings)
        if name in template and value is not None and type(value) is type(template[name]):
            app[name] = value
    for holder in _holders(call, app["appId"]):
        holder.apps = [
            app_dto(app) if a.get("appId") == app["appId"] else a for a in holder.apps or ()
        ]
    return {"success": True}


@routes.post("/api/v3/delete-application")
def delete_application(call: Call) -> Any:
    app = find(call, call.body["appId"])
    for holder in _holders(call, app["appId"]):
        holder.apps = [a for a in holder.apps or () if a.get("appId") != app["appId"]]
        call.count_write(holder)
    del _apps(call).apps[app["appId"]]
    _apps(call).grants.pop(app["appId"], None)
    return {"success": True}


@routes.post("/api/v3/authorize-application-access")
def authorize_application_access(call: Call) -> Any:
    app = find(call, call.body["appId"])
    for item in call.body["list"]:
        if item["targetType"] == "USER":
            users = [user(call, i) for i in item["targetIdentifier"]]
            for holder in users:
                kept = [a for a in holder.apps or () if a.get("appId") != app["appId"]]
                holder.apps = [*kept, app_dto(app)] if item["effect"] == "ALLOW" else kept
                call.count_write(holder)
        else:
            _apps(call).grants.setdefault(app["appId"], []).append(dict(item))
    return {"success": True}


@routes.post("/api/v3/revoke-application-access")
def revoke_application_access(call: Call) -> Any:
    app = find(call, call.body["appId"])
    for item in call.body["list"]:
        ids = set(item["targetIdentifier"])
        if item["targetType"] == "USER":
            users = [user(call, i) for i in ids]
            for holder in users:
                holder.apps = [a for a in holder.apps or () if a.get("appId") != app["appId"]]
                call.count_write(holder)
        else:
            grants = _apps(call).grants.get(app["appId"], [])
            for grant in grants:
                if grant["targetType"] == item["targetType"]:
                    grant["targetIdentifier"] = [
                        i for i in grant["targetIdentifier"] if i not in ids
                    ]
    return {"success": True}
