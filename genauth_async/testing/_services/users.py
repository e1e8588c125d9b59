"""Users: User Management endpoints, over the framework's user pool (`EmulatorState.pool`).

One handler per endpoint, in the order of the contract.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from .._routing import USER_NOT_FOUND_API_CODE, ApiError, Call, RouteTable, Service, bad_request
from .._state import EmulatorState, EmulatorUser, iso
from ._shared import (
    dto_flags,
    id_type,
    int_arg,
    matches,
    membership,
    need,
    page,
    paged,
    resolve_user,
    user_dto_of,
)
from .applications import ApplicationsBackend
from .departments import DepartmentsBackend
from .groups import GroupsBackend
from .permissions import PermissionsBackend
from .roles import RolesBackend

__all__ = ["SERVICE", "UsersBackend"]

routes = RouteTable()

_APPLICATION_MFA_FIELDS: dict[str, tuple[type, ...]] = {
    "mfaPolicy": (str,),
    "status": (int, float),
    "sort": (int, float),
}


@routes.get("/api/v3/get-user-principal-authentication-info")
def get_user_principal_authentication_info(call: Call) -> Any:
    items = call.user().principal_auth
    return {"totalCount": len(items), "list": [dict(item) for item in items]}


@routes.post("/api/v3/reset-user-principal-authentication-info")
def reset_user_principal_authentication_info(call: Call) -> Any:
    user = call.user(user_id_type=call.options().get("userIdType"))
    user.principal_auth = []
    call.count_write(user)
    return {"success": True}


@routes.post("/api/v3/set-mfa-status")
def set_users_mfa_status(call: Call) -> Any:
    data = call.require("mfaTriggerData", dict)
    _check_mfa_trigger_data(data)
    user = call.user()
    user.mfa_trigger_data = data
    call.count_write(user)
    return {"success": True}


@routes.get("/api/v3/get-mfa-status")
def get_user_mfa_status(call: Call) -> Any:
    # A user whose MFA data was never set gets an empty GetMfaInfoDataDto rather than a 404,
    # which would read as "no such user".
    return call.user().mfa_trigger_data or {"mfaToken": "", "applicationMfa": []}


def _check_mfa_trigger_data(data: dict[str, Any]) -> None:
    """GetMfaInfoDataDto: `mfaToken` and `applicationMfa[{mfaPolicy, status, sort}]` required."""
    if not isinstance(data.get("mfaToken"), str):
        raise bad_request("mfaTriggerData.mfaToken is required and must be a string")
    items = data.get("applicationMfa")
    if not isinstance(items, list):
        raise bad_request("mfaTriggerData.applicationMfa is required and must be an array")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad_request(f"mfaTriggerData.applicationMfa[{i}] must be an object")
        for name, kinds in _APPLICATION_MFA_FIELDS.items():
            value = item.get(name)
            if not isinstance(value, kinds) or isinstance(value, bool):
                raise bad_request(
                    f"mfaTriggerData.applicationMfa[{i}].{name} is required "
                    f"and must be a {'string' if str in kinds else 'number'}"
                )


# -- the rest of User Management ---------------------------------------------------------
#
# Handlers below follow the order of `api/users.py`. Business rules GenAuth does not document
# are kept simple and deterministic; where the emulator has to invent something (the
# "encryption" of user_field_decrypt and get-user-password-ciphertext), it says so.

_USER_STATUSES = ("Suspended", "Resigned", "Activated", "Archived", "Deactivated")
_GENDERS = ("M", "F", "U")
_RESOURCE_TYPES = ("DATA", "API", "MENU", "BUTTON", "UI")
_DEPARTMENT_SORT = ("DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode")
_FILTER_OPERATORS = (
    *("EQUAL", "NOT_EQUAL", "CONTAINS", "NOT_CONTAINS", "IS_NULL", "NOT_NULL"),
    *("IN", "GREATER", "LESSER", "BETWEEN"),
)
#: UserDto fields stored as EmulatorUser attributes (wire name -> attribute)
_USER_ATTRS = {
    "email": "email",
    "phone": "phone",
    "phoneCountryCode": "phone_country_code",
    "username": "username",
    "externalId": "external_id",
    "name": "name",
    "nickname": "nickname",
    "status": "status",
    "gender": "gender",
    "emailVerified": "email_verified",
    "phoneVerified": "phone_verified",
}
_INDEXED_ATTRS = frozenset({"email", "phone", "username", "external_id"})
#: request fields that are not UserDto fields; the rest goes to `EmulatorUser.profile`
_NOT_PROFILE = frozenset(
    {*_USER_ATTRS, "userId", "password", "salt", "tenantIds", "otp", "departmentIds"}
    | {"customData", "identities", "options", "metadata"}
)
_DEFAULT_FUZZY_FIELDS = ("username", "email", "phone", "name", "nickname", "externalId")


def _now(call: Call) -> str:
    return iso(call.state.clock())


def _by_id(call: Call, user_id: Any) -> EmulatorUser:
    return resolve_user(call.state.pool, user_id, "user_id", "list[].userId")


def _optional(call: Call, name: str, kind: type | tuple[type, ...]) -> Any:
    value = call.arg(name)
    if value is not None and (
        not isinstance(value, kind) or isinstance(value, bool) != (kind is bool)
    ):
        raise bad_request(f"{name} has the wrong type")
    return value


def _choice(call: Call, name: str, allowed: tuple[str, ...], default: str | None = None) -> Any:
    value = call.arg(name)
    if value is None:
        return default
    if value not in allowed:
        raise bad_request(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _objects(call: Call, name: str) -> list[dict[str, Any]]:
    """A required, non-empty array of objects."""
    items = call.arg_list(name, required=True)
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad_request(f"{name}[{i}] must be an object")
    return items


def _archive(call: Call, user: EmulatorUser) -> None:
    call.state.backend(UsersBackend).archive(user)
    call.count_write(user)


# -- listing -----------------------------------------------------------------------------


def _field_value(user: EmulatorUser, wire: str) -> Any:
    if wire == "id" or wire == "userId":
        return user.user_id
    attr = _USER_ATTRS.get(wire)
    if attr is not None:
        return getattr(user, attr)
    if wire in ("createdAt", "updatedAt"):
        return user.created_at if wire == "createdAt" else user.updated_at
    if user.profile and wire in user.profile:
        return user.profile[wire]
    return user.custom_data.get(wire) if user.custom_data else None


@routes.post("/api/v3/list-users")
def list_users(call: Call) -> Any:
    options = call.options()
    keywords = _optional(call, "keywords", str)
    filters = call.arg_list("advancedFilter")
    for i, item in enumerate(filters):
        if not isinstance(item, dict):
            raise bad_request(f"advancedFilter[{i}] must be an object")
        need(item, "field", f"advancedFilter[{i}]")
        if item.get("operator") not in _FILTER_OPERATORS:
            raise bad_request(f"advancedFilter[{i}].operator must be one of {_FILTER_OPERATORS}")
    fuzzy = options.get("fuzzySearchOn") or _DEFAULT_FUZZY_FIELDS
    users: Any = iter(call.state.pool)
    if keywords:
        needle = keywords.lower()
        fields = [f.strip() for f in fuzzy]
        users = (
            u for u in users if any(needle in str(_field_value(u, f) or "").lower() for f in fields)
        )
    for item in filters:
        field, op, operand = item["field"], item["operator"], item.get("value")
        users = (u for u in users if matches(_field_value(u, field), op, operand))
    selected = list(users)
    for rule in reversed(options.get("sort") or []):
        if not isinstance(rule, dict) or rule.get("order") not in ("asc", "desc"):
            raise bad_request("options.sort items need field and order (asc or desc)")
        key = str(rule.get("field"))
        selected.sort(
            key=lambda u: (_field_value(u, key) is None, str(_field_value(u, key) or "")),
            reverse=rule["order"] == "desc",
        )
    pagination = options.get("pagination") or {}
    if not isinstance(pagination, dict):
        raise bad_request("options.pagination must be an object")
    page = paged(selected, pagination.get("page"), pagination.get("limit"))
    flags = {
        "with_custom_data": bool(options.get("withCustomData")),
        "flat_custom_data": bool(options.get("flatCustomData")),
        "with_identities": bool(options.get("withIdentities")),
        "with_post": bool(options.get("withPost")),
        "with_department_ids": bool(options.get("withDepartmentIds")),
    }
    page["list"] = [user_dto_of(u, **flags) for u in page["list"]]
    return page


@routes.get("/api/v3/list-users")
def list_users_legacy(call: Call) -> Any:
    status = _choice(call, "status", _USER_STATUSES)
    start, end = int_arg(call, "updatedAtStart"), int_arg(call, "updatedAtEnd")
    users: Any = iter(call.state.pool)
    if status is not None:
        users = (u for u in users if u.status == status)
    if start is not None:
        users = (u for u in users if u.updated_at >= iso(start))  # same format: sorts as text
    if end is not None:
        users = (u for u in users if u.updated_at <= iso(end))
    found = page(call, list(users))
    flags = dto_flags(call)
    found["list"] = [user_dto_of(u, **flags) for u in found["list"]]
    return found


@routes.get("/api/v3/list-archived-users")
def list_archived_users(call: Call) -> Any:
    start_at = int_arg(call, "startAt")
    items = [
        {"userId": a["userId"], "archivedAt": a["archivedAt"]}
        for a in call.state.archived
        if start_at is None or a["ts"] >= start_at
    ]
    return page(call, items)


# -- one user, many users ----------------------------------------------------------------


@routes.get("/api/v3/get-user")
def get_user(call: Call) -> Any:
    return user_dto_of(call.user(), **dto_flags(call))


@routes.get("/api/v3/get-user-batch")
def get_user_batch(call: Call) -> Any:
    kind = id_type(call.arg("userIdType"))
    ids = call.arg_list("userIds", required=True)
    flags = dto_flags(call)
    found = (call.state.pool.resolve(kind, i) for i in ids)  # ids that match nobody: left out
    return [user_dto_of(u, **flags) for u in found if u is not None]


def _new_user(state: EmulatorState, data: dict[str, Any], where: str) -> EmulatorUser:
    """An EmulatorUser (not yet pooled) from a CreateUserReqDto/CreateUserInfoDto."""
    if not any(data.get(k) for k in ("email", "phone", "username")):
        raise bad_request(f"{where}: one of email, phone and username is required")
    fields: dict[str, Any] = {}
    for wire, attr in _USER_ATTRS.items():
        value = data.get(wire)
        if value is None:
            continue
        if isinstance(value, bool) != attr.endswith("_verified") or not isinstance(
            value, bool | str
        ):
            raise bad_request(f"{where}.{wire} has the wrong type")
        fields[attr] = value
    if fields.get("status", "Activated") not in _USER_STATUSES:
        raise bad_request(f"{where}.status must be one of {', '.join(_USER_STATUSES)}")
    if fields.get("gender", "U") not in _GENDERS:
        raise bad_request(f"{where}.gender must be one of {', '.join(_GENDERS)}")
    now = iso(state.clock())
    user = EmulatorUser(user_id=uuid.uuid4().hex[:24], created_at=now, updated_at=now, **fields)
    _apply_extras(user, data, where)
    for i, identity in enumerate(data.get("identities") or []):
        at = f"{where}.identities[{i}]"
        if not isinstance(identity, dict):
            raise bad_request(f"{at} must be an object")
        for key in ("extIdpId", "provider", "type", "userIdInIdp"):
            need(identity, key, at)
        user.identities.append(
            {
                "identityId": uuid.uuid4().hex[:24],
                "userInfoInIdp": {},
                "originConnIds": [],
                **identity,
            }
        )
    otp = data.get("otp")
    if otp is not None:
        if not isinstance(otp, dict) or not isinstance(otp.get("secret"), str):
            raise bad_request(f"{where}.otp.secret is required")
        user.otp = dict(otp)
    departments = data.get("departmentIds")
    if departments is not None:
        if not isinstance(departments, list):
            raise bad_request(f"{where}.departmentIds must be an array")
        user.departments = [membership(d, now) for d in departments]
    return user


def _apply_extras(user: EmulatorUser, data: dict[str, Any], where: str) -> None:
    """Password, custom data and the other profile fields (create and update)."""
    password = data.get("password")
    if password is not None:
        if not isinstance(password, str):
            raise bad_request(f"{where}.password must be a string")
        user.password = password
    custom = data.get("customData")
    if custom is not None:
        if not isinstance(custom, dict):
            raise bad_request(f"{where}.customData must be an object")
        user.custom_data = {**user.custom_data, **custom}
    profile = {k: v for k, v in data.items() if k not in _NOT_PROFILE and v is not None}
    if profile:
        user.profile = {**(user.profile or {}), **profile}


class UsersBackend:
    """The users' lifecycle over the framework's pool (`EmulatorState.pool`), which is their
    state: it holds no fixture key of its own (a fixture's `users` are the pool's)."""

    fixture_keys: ClassVar[tuple[str, ...]] = ()

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        return {}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        return None

    def new(self, data: dict[str, Any], where: str) -> EmulatorUser:
        """A user (not yet pooled) from a CreateUserReqDto-like `data` (400 naming `where`)."""
        return _new_user(self.state, data, where)

    def add(self, users: list[EmulatorUser]) -> None:
        """Pool all of `users` or none of them (400 naming the clash)."""
        pool = self.state.pool
        added: list[EmulatorUser] = []
        try:
            for user in users:
                pool.add(user)
                added.append(user)
        except ValueError as exc:
            for user in added:
                pool.remove(user.user_id)
            raise bad_request(f"user already exists: {exc}") from None

    def update(self, user: EmulatorUser, data: dict[str, Any], where: str) -> None:
        """Apply an UpdateUserReqDto-like `data` (400 naming `where` if it does not fit)."""
        changes: dict[str, Any] = {}
        for wire, attr in _USER_ATTRS.items():
            if data.get(wire) is not None:
                changes[attr] = data[wire]
        if changes.get("status", "Activated") not in _USER_STATUSES:
            raise bad_request(f"{where}.status must be one of {', '.join(_USER_STATUSES)}")
        if changes.get("gender", "U") not in _GENDERS:
            raise bad_request(f"{where}.gender must be one of {', '.join(_GENDERS)}")
        indexed = {k: v for k, v in changes.items() if k in _INDEXED_ATTRS}
        if indexed:
            try:
                self.state.pool.update(user, **indexed)
            except ValueError as exc:
                raise bad_request(f"{where}: {exc}") from None
        for attr, value in changes.items():
            if attr not in _INDEXED_ATTRS:
                setattr(user, attr, value)
        _apply_extras(user, data, where)

    def archive(self, user: EmulatorUser) -> None:
        """Remove a user (resigned or deleted) and list it as archived."""
        self.state.pool.remove(user.user_id)
        now = self.state.clock()
        self.state.archived.append({"userId": user.user_id, "archivedAt": iso(now), "ts": now})


def _create(call: Call, users: list[EmulatorUser]) -> None:
    call.state.backend(UsersBackend).add(users)
    call.count_writes(users)


@routes.post("/api/v3/create-user")
def create_user(call: Call) -> Any:
    user = call.state.backend(UsersBackend).new(call.body, "body")
    _create(call, [user])
    return user_dto_of(user, with_custom_data=True, with_identities=True)


@routes.post("/api/v3/create-users-batch")
def create_users_batch(call: Call) -> Any:
    users = [
        call.state.backend(UsersBackend).new(item, f"list[{i}]")
        for i, item in enumerate(_objects(call, "list"))
    ]
    _create(call, users)
    return [user_dto_of(u, with_custom_data=True) for u in users]


def _update(call: Call, user: EmulatorUser, data: dict[str, Any], where: str) -> None:
    call.state.backend(UsersBackend).update(user, data, where)
    call.count_write(user)


@routes.post("/api/v3/update-user")
def update_user(call: Call) -> Any:
    user = call.user(user_id_type=call.options().get("userIdType"))
    _update(call, user, call.body, "body")
    return user_dto_of(user, with_custom_data=True)


@routes.post("/api/v3/update-user-batch")
def update_user_batch(call: Call) -> Any:
    items = _objects(call, "list")
    # resolve every user first: an unknown one fails the batch before anything changes
    users = [
        resolve_user(call.state.pool, item.get("userId"), "user_id", "list[].userId")
        for item in items
    ]
    for i, (user, item) in enumerate(zip(users, items, strict=True)):
        _update(call, user, item, f"list[{i}]")
    return [user_dto_of(u, with_custom_data=True) for u in users]


@routes.post("/api/v3/delete-users-batch")
def delete_users_batch(call: Call) -> Any:
    kind = id_type(call.options().get("userIdType"))
    for value in call.arg_list("userIds", required=True):
        user = call.state.pool.resolve(kind, value) if isinstance(value, str) else None
        if user is not None:  # deleting a user that is already gone is not an error
            _archive(call, user)
    return {"success": True}


@routes.post("/api/v3/is-user-exists")
def is_user_exists(call: Call) -> Any:
    pool = call.state.pool
    keys = {"username": "username", "email": "email", "phone": "phone", "externalId": "external_id"}
    exists = any(
        isinstance(value := call.arg(wire), str) and pool.resolve(kind, value) is not None
        for wire, kind in keys.items()
    )
    return {"exists": exists}


@routes.post("/api/v3/resign-user")
def resign_user(call: Call) -> Any:
    _archive(call, call.user())
    return {"success": True}


@routes.post("/api/v3/resign-user-batch")
def resign_user_batch(call: Call) -> Any:
    kind = id_type(call.arg("userIdType"))
    users = [
        resolve_user(call.state.pool, v, kind) for v in call.arg_list("userIds", required=True)
    ]
    for user in {u.user_id: u for u in users}.values():
        _archive(call, user)
    return {"success": True}


# -- identities and sync relations -------------------------------------------------------


@routes.get("/api/v3/get-user-identities")
def get_user_identities(call: Call) -> Any:
    return [dict(identity) for identity in call.user().identities]


@routes.post("/api/v3/link-identity")
def link_identity(call: Call) -> Any:
    in_idp, ext_idp_id = call.require("userIdInIdp"), call.require("extIdpId")
    kind = _optional(call, "type", str) or "generic"
    user = call.user(user_id_type="user_id")
    identity = {
        "identityId": uuid.uuid4().hex[:24],
        "extIdpId": ext_idp_id,
        "provider": "oidc",
        "type": kind,
        "userIdInIdp": in_idp,
        "userInfoInIdp": {},
        "originConnIds": [],
    }
    try:
        call.state.pool.update(user, identities=[*user.identities, identity])
    except ValueError:
        raise bad_request(f"identity {ext_idp_id}:{in_idp} is already bound to a user") from None
    call.count_write(user)
    return {"success": True}


@routes.post("/api/v3/unlink-identity")
def unlink_identity(call: Call) -> Any:
    ext_idp_id = call.require("extIdpId")
    kind = _optional(call, "type", str)
    user = call.user(user_id_type="user_id")
    kept = [
        i
        for i in user.identities
        if i["extIdpId"] != ext_idp_id or (kind is not None and i.get("type") != kind)
    ]
    call.state.pool.update(user, identities=kept)
    call.count_write(user)
    return {"success": True}


@routes.get("/api/v3/get-user-logged-in-identities")
def get_user_loggedin_identities(call: Call) -> Any:
    return [
        {
            "identityId": i["identityId"],
            "idpName": i["provider"],
            "idpNameEn": i["provider"],
            "idpLogo": "",
            "idpId": i["extIdpId"],
        }
        for i in call.user().identities
    ]


@routes.get("/api/v3/get-user-sync-relations")
def get_user_sync_relations(call: Call) -> Any:
    return [{"userInfoInIdp": {}, **relation} for relation in call.user().sync_relations]


@routes.post("/api/v3/delete-user-sync-relations")
def delete_user_sync_relations(call: Call) -> Any:
    provider = call.require("provider")
    user = call.user()
    kept = [r for r in user.sync_relations if r["provider"] != provider]
    call.state.pool.update(user, sync_relations=kept)
    call.count_write(user)
    return {"success": True}


# -- roles, groups, departments, resources -----------------------------------------------


@routes.get("/api/v3/get-user-roles")
def get_user_roles(call: Call) -> Any:
    user, namespace = call.user(), call.arg("namespace")
    held = call.state.backend(RolesBackend).of_user(user)
    roles = [r for r in held if namespace in (None, r.get("namespace"))]
    return {"totalCount": len(roles), "list": roles}


@routes.post("/api/v3/has-any-role")
def has_any_role(call: Call) -> Any:
    wanted = _objects(call, "roles")
    for i, role in enumerate(wanted):
        need(role, "code", f"roles[{i}]")
    user = call.user(user_id_type=call.options().get("userIdType"))
    roles = call.state.backend(RolesBackend).of_user(user)
    held = {(r.get("namespace") or "default", r["code"]) for r in roles}
    return {"hasAnyRole": any((r.get("namespace") or "default", r["code"]) in held for r in wanted)}


@routes.get("/api/v3/get-user-groups")
def get_user_groups(call: Call) -> Any:
    held = call.state.backend(GroupsBackend).of_user(call.user())
    groups = [{"metadataSource": [], "members": [], **g} for g in held]
    return {"totalCount": len(groups), "list": groups}


@routes.get("/api/v3/get-user-departments")
def get_user_departments(call: Call) -> Any:
    user = call.user()
    sort_by = _choice(call, "sortBy", _DEPARTMENT_SORT, "JoinDepartmentAt")
    descending = _choice(call, "orderBy", ("Asc", "Desc"), "Desc") == "Desc"
    tree = call.state.backend(DepartmentsBackend)
    items = [
        tree.user_department(
            membership,
            created_at=user.created_at,
            with_custom_data=call.flag("withCustomData"),
            with_paths=call.flag("withDepartmentPaths"),
        )
        for membership in user.departments or ()
    ]
    key = {
        "DepartmentCreatedAt": "createdAt",
        "JoinDepartmentAt": "joinedAt",
        "DepartmentName": "name",
        "DepartmemtCode": "code",
    }[sort_by]
    items.sort(key=lambda d: d[key], reverse=descending)
    return page(call, items)


@routes.post("/api/v3/set-user-departments")
def set_user_departments(call: Call) -> Any:
    wanted = _objects(call, "departments")
    user = call.user(user_id_type=call.options().get("userIdType"))
    joined = {d["departmentId"]: d["joinedAt"] for d in user.departments or ()}
    now = _now(call)
    user.departments = [
        membership(d.get("departmentId"), joined.get(d.get("departmentId"), now), **d)
        for d in wanted
    ]
    call.count_write(user)
    return {"success": True}


@routes.get("/api/v3/get-user-authorized-resources")
def get_user_authorized_resources(call: Call) -> Any:
    user = call.user()
    namespace = call.arg("namespace")
    resource_type = _choice(call, "resourceType", _RESOURCE_TYPES)
    items = [
        {k: v for k, v in r.items() if k != "namespace"}
        for r in call.state.backend(PermissionsBackend).effective(user)  # roles, groups too
        if namespace in (None, r.get("namespace"))
        and resource_type in (None, r.get("resourceType"))
    ]
    return {"totalCount": len(items), "list": items}


# -- apps, sessions, login history -------------------------------------------------------


@routes.get("/api/v3/get-user-accessible-apps")
def get_user_accessible_apps(call: Call) -> Any:
    return call.state.backend(ApplicationsBackend).of_user(call.user())


@routes.get("/api/v3/get-user-authorized-apps")
def get_user_authorized_apps(call: Call) -> Any:
    return call.state.backend(ApplicationsBackend).authorized(call.user())  # roles, groups too


@routes.get("/api/v3/get-user-loggedin-apps")
def get_user_loggedin_apps(call: Call) -> Any:
    apps: dict[str, dict[str, Any]] = {}
    for entry in call.user().login_history or ():
        apps.setdefault(
            entry["appId"],
            {k: entry[k] for k in ("appId", "appName", "appLogo", "appLoginUrl")},
        )
    return list(apps.values())


@routes.get("/api/v3/get-user-login-history")
def get_user_login_history(call: Call) -> Any:
    user = call.user()
    app_id, client_ip = call.arg("appId"), call.arg("clientIp")
    start, end = int_arg(call, "start"), int_arg(call, "end")  # milliseconds
    entries = [
        dict(e)
        for e in user.login_history or ()
        if app_id in (None, e["appId"])
        and client_ip in (None, e["clientIp"])
        and (start is None or e["time"] >= iso(start / 1000))
        and (end is None or e["time"] <= iso(end / 1000))
    ]
    entries.sort(key=lambda e: e["time"], reverse=True)
    return page(call, entries)


@routes.post("/api/v3/kick-users")
def kick_users(call: Call) -> Any:
    app_ids = call.arg_list("appIds", required=True)
    if not all(isinstance(a, str) and a for a in app_ids):
        raise bad_request("appIds must hold non-empty strings")
    user = call.user(user_id_type=call.options().get("userIdType"))
    if user.sessions:
        user.sessions.difference_update(app_ids)
    call.count_write(user)
    return {"success": True}


@routes.post("/api/v3/check-session-status")
def check_session_status(call: Call) -> Any:
    app_id = call.require("appId")
    return {"active": app_id in (call.user(user_id_type="user_id").sessions or ())}


# -- MFA, OTP, secrets -------------------------------------------------------------------


@routes.get("/api/v3/get-user-mfa-info")
def get_user_mfa_info(call: Call) -> Any:
    user = call.user()
    mfa = user.mfa_trigger_data or {}

    def status(on: Any) -> str:
        return "ENABLED" if on else "DISABLED"

    return {
        "totpStatus": status(user.otp or mfa.get("totpMfaEnabled")),
        "faceMfaStatus": status(mfa.get("faceMfaEnabled")),
        "smsMfaStatus": status(mfa.get("mfaPhone")),
        "emailMfaStatus": status(mfa.get("mfaEmail")),
    }


@routes.post("/api/v3/import-otp")
def import_otp(call: Call) -> Any:
    items = _objects(call, "list")
    for i, item in enumerate(items):
        otp = item.get("otp")
        if not isinstance(otp, dict) or not isinstance(otp.get("secret"), str):
            raise bad_request(f"list[{i}].otp.secret is required and must be a string")
    # resolve every user first: an unknown one fails the import before anything changes
    users = [
        resolve_user(call.state.pool, item.get("userId"), "user_id", "list[].userId")
        for item in items
    ]
    for user, item in zip(users, items, strict=True):
        user.otp = dict(item["otp"])
        call.count_write(user)
    return None  # CommonResponseDto: no data


@routes.get("/api/v3/get-otp-secret-by-user")
def get_otp_secret_by_user(call: Call) -> Any:
    user = call.user()
    if not user.otp:
        raise bad_request("the user has no OTP authenticator bound")
    return {"secret": user.otp["secret"]}


@routes.post("/api/v3/get-user-password-ciphertext")
def get_user_password_ciphertext(call: Call) -> Any:
    user = call.user()
    if user.password is None:
        raise bad_request("the user has no password")
    # the emulator's "encryption": base64 of the password's SHA-256 (no key is configured)
    digest = hashlib.sha256(user.password.encode()).digest()
    return {"ciphertext": base64.b64encode(digest).decode("ascii")}


@routes.post("/api/v3/batch-get-user-encrypt-password")
def get_user_encrypt_password_batch(call: Call) -> Any:
    # the node SDK types the answer as one {userId, encryptedPassword}: the first user's
    ids = call.arg_list("userIds", required=True)
    user = call.state.pool.resolve("user_id", ids[0])
    if user is None:
        raise ApiError(404, USER_NOT_FOUND_API_CODE, f"user not found (user_id={ids[0]})")
    digest = hashlib.sha256((user.password or "").encode()).digest()
    return {"userId": user.user_id, "encryptedPassword": base64.b64encode(digest).decode("ascii")}


@routes.post("/api/v3/users/field/decrypt")
def user_field_decrypt(call: Call) -> Any:
    call.require("privateKey")
    out = []
    for i, item in enumerate(_objects(call, "data")):
        content = need(item, "encryptedContent", f"data[{i}]")
        # the emulator's "encryption" is plain base64: decrypting means decoding it
        try:
            plain = base64.b64decode(content, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raise bad_request(f"data[{i}].encryptedContent cannot be decrypted") from None
        result = {"decryptedContent": plain}
        result.update((k, item[k]) for k in ("userId", "fieldName") if item.get(k) is not None)
        out.append(result)
    return out


SERVICE = Service("users", routes, backends=(UsersBackend,))
