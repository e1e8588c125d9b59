"""Public accounts, and their bindings to users, groups and roles.

A user's bound public accounts live on the user (`EmulatorUser.public_accounts`), so a
deleted user is gone from every public account. An account's groups and roles are kept by
id, so a renamed group or role stays bound and a deleted one is gone.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from .._routing import ApiError, Call, RouteTable, Service, bad_request
from .._spec import Args, shape_for
from .._state import EmulatorState, EmulatorUser, iso
from ._shared import exists, matches, new_id, not_found, paged, user, user_dto_of
from .groups import GroupsBackend
from .roles import RolesBackend

__all__ = ["SERVICE", "PublicAccountsBackend"]

_LOOKUP = {"user_id": "userId", "external_id": "externalId", "phone": "phone", "email": "email"}
_LOOKUP["username"] = "username"
_UNIQUE = ("username", "email", "phone", "externalId")
_NOT_FIELDS = frozenset({"userId", "createdAt", "updatedAt", "password", "salt", "otp"})


class PublicAccountsBackend:
    fixture_keys: ClassVar[tuple[str, ...]] = ("publicAccounts",)

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.accounts: dict[str, dict[str, Any]] = {}
        """PublicAccountDto dicts by userId."""
        self.groups: dict[str, list[str]] = {}
        """Group ids an account is bound to."""
        self.roles: dict[str, list[str]] = {}
        """Role ids an account is bound to."""

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        out = []
        for account_id, account in self.accounts.items():
            item = dict(account)
            if self.groups.get(account_id):
                item["groupIds"] = list(self.groups[account_id])
            if self.roles.get(account_id):
                item["roleIds"] = list(self.roles[account_id])
            out.append(item)
        return {"publicAccounts": out}

    def load(self, doc: Mapping[str, list[dict[str, Any]]]) -> None:
        for item in doc["publicAccounts"]:
            if not isinstance(item.get("userId"), str) or not item["userId"]:
                raise ValueError("a public account needs a userId")
            account_id = item["userId"]
            account = {k: v for k, v in item.items() if k not in ("groupIds", "roleIds")}
            self.accounts[account_id] = _account(account, account_id, iso(time.time()))
            if item.get("groupIds"):
                self.groups[account_id] = list(item["groupIds"])
            if item.get("roleIds"):
                self.roles[account_id] = list(item["roleIds"])

    def find(self, account_id: Any, kind: Any = None) -> dict[str, Any]:
        """The public account named by `account_id` (a `userIdType` of kind; 404 if none)."""
        if not isinstance(account_id, str) or not account_id:
            raise bad_request("the public account id must be a non-empty string")
        kind = "user_id" if kind is None else kind
        if kind not in _LOOKUP:
            raise bad_request(
                f"userIdType must be one of {', '.join(_LOOKUP)} for a public account"
            )
        wire = _LOOKUP[kind]
        if kind == "user_id":
            found = self.accounts.get(account_id)
        else:
            found = next((a for a in self.accounts.values() if a.get(wire) == account_id), None)
        if found is None:
            raise not_found("public account", account_id)
        return found

    def _check_unique(self, account: dict[str, Any]) -> None:
        for other in self.accounts.values():
            if other["userId"] == account["userId"]:
                continue
            for key in _UNIQUE:
                if account.get(key) and other.get(key) == account[key]:
                    raise exists(f"public account with {key}", account[key])

    def create(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """New accounts from PublicAccountDto-like items: all of them or (on a clash) none."""
        made: list[dict[str, Any]] = []
        try:
            for item in items:
                account = _account(item, new_id(), iso(self.state.clock()))
                self._check_unique(account)
                self.accounts[account["userId"]] = account
                made.append(account)
        except ApiError:
            for account in made:
                del self.accounts[account["userId"]]
            raise
        return made

    def changed(self, data: dict[str, Any], kind: Any = None) -> dict[str, Any]:
        """The account `data` names with `data`'s changes (checked, not yet stored)."""
        account = self.find(data.get("userId"), kind)
        changed = {**account, **_fields(data), "updatedAt": iso(self.state.clock())}
        if isinstance(data.get("customData"), dict):
            changed["customData"] = {**(account.get("customData") or {}), **data["customData"]}
        self._check_unique(changed)
        return changed

    def update(self, changes: list[dict[str, Any]]) -> None:
        """Store changes made by `changed`."""
        for changed in changes:
            self.accounts[changed["userId"]].update(changed)

    def delete(self, account: dict[str, Any]) -> list[EmulatorUser]:
        """Delete an account; returns the users who were bound to it."""
        account_id = account["userId"]
        holders = self.holders(account_id)
        for holder in holders:
            self.unbind(holder, account_id)
        del self.accounts[account_id]
        self.groups.pop(account_id, None)
        self.roles.pop(account_id, None)
        return holders

    def transfer(self, holder: EmulatorUser) -> dict[str, Any]:
        """Turn a user into a public account (the user is gone from the pool)."""
        dto = user_dto_of(holder, with_custom_data=True)
        account = _account(dto, holder.user_id, holder.created_at)
        self._check_unique(account)
        self.state.pool.remove(holder.user_id)
        self.accounts[account["userId"]] = account
        return account

    # -- users -----------------------------------------------------------------------------

    def holders(self, account_id: str) -> list[EmulatorUser]:
        return [u for u in self.state.pool if account_id in (u.public_accounts or ())]

    def bind(self, holder: EmulatorUser, account_ids: list[str]) -> None:
        mine = list(holder.public_accounts or ())
        holder.public_accounts = [*mine, *(i for i in account_ids if i not in mine)]

    def unbind(self, holder: EmulatorUser, account_id: str) -> None:
        holder.public_accounts = [i for i in holder.public_accounts or () if i != account_id]


@functools.cache
def _template() -> dict[str, Any]:
    """A PublicAccountDto with every field, to tell each field's type."""
    made: dict[str, Any] = shape_for("PublicAccountDto")(Args({}), 0)
    return made


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    """The PublicAccountDto fields of a request, each in its own type."""
    template = _template()
    return {
        k: v
        for k, v in data.items()
        if k in template and k not in _NOT_FIELDS and type(v) is type(template[k])
    }


def _account(data: dict[str, Any], account_id: str, now: str) -> dict[str, Any]:
    return {
        "status": "Activated",
        "workStatus": "Active",
        "gender": "U",
        "emailVerified": False,
        "phoneVerified": False,
        "userSourceType": "adminCreated",
        **_fields(data),
        "userId": account_id,
        "createdAt": data.get("createdAt") or now,
        "updatedAt": data.get("updatedAt") or data.get("createdAt") or now,
    }


def _accounts(call: Call) -> PublicAccountsBackend:
    return call.state.backend(PublicAccountsBackend)


def _answer(call: Call, account: dict[str, Any], with_custom_data: bool | None = None) -> Any:
    if with_custom_data is None:
        with_custom_data = call.flag("withCustomData")
    out = dict(account)
    if not with_custom_data:
        out.pop("customData", None)
    else:
        out.setdefault("customData", {})
    return out


routes = RouteTable()


@routes.post("/api/v3/create-public-account")
def create_public_account(call: Call) -> Any:
    (made,) = _accounts(call).create([call.body])
    return _answer(call, made, with_custom_data=True)


@routes.post("/api/v3/create-public-accounts-batch")
def create_public_accounts_batch(call: Call) -> Any:
    made = _accounts(call).create(call.body["list"])
    return [_answer(call, a, with_custom_data=True) for a in made]


@routes.get("/api/v3/get-public-account")
def get_public_account(call: Call) -> Any:
    return _answer(call, _accounts(call).find(call.arg("userId"), call.arg("userIdType")))


@routes.get("/api/v3/get-public-account-batch")
def get_public_account_batch(call: Call) -> Any:
    kind = call.arg("userIdType")
    return [
        _answer(call, _accounts(call).find(i, kind))
        for i in call.arg_list("userIds", required=True)
    ]


@routes.post("/api/v3/list-public-accounts")
def list_public_accounts(call: Call) -> Any:
    options = call.options()
    keywords = call.body.get("keywords")
    fuzzy = options.get("fuzzySearchOn") or ["username", "email", "phone", "name", "nickname"]
    items = [
        a
        for a in _accounts(call).accounts.values()
        if not keywords or any(keywords in str(a.get(f) or "") for f in fuzzy)
    ]
    for rule in call.body.get("advancedFilter") or []:
        items = [
            a for a in items if matches(a.get(rule["field"]), rule["operator"], rule.get("value"))
        ]
    for sort in reversed(options.get("sort") or []):
        items.sort(key=lambda a: str(a.get(sort["field"]) or ""), reverse=sort["order"] == "desc")
    pagination = options.get("pagination") or {}
    with_custom_data = options.get("withCustomData") is True
    answers = [_answer(call, a, with_custom_data) for a in items]
    if options.get("withDepartmentIds") is True:
        for answer in answers:
            answer.setdefault("departmentIds", [])
    return paged(answers, pagination.get("page"), pagination.get("limit"))


@routes.post("/api/v3/update-public-account")
def update_public_account(call: Call) -> Any:
    accounts = _accounts(call)
    changed = accounts.changed(call.body, call.options().get("userIdType"))
    accounts.update([changed])
    return _answer(call, changed, with_custom_data=True)


@routes.post("/api/v3/update-public-account-batch")
def update_public_account_batch(call: Call) -> Any:
    accounts = _accounts(call)
    changes = [accounts.changed(item) for item in call.body["list"]]  # all checked first
    accounts.update(changes)
    return [_answer(call, c, with_custom_data=True) for c in changes]


@routes.post("/api/v3/delete-public-accounts-batch")
def delete_public_accounts_batch(call: Call) -> Any:
    kind = call.options().get("userIdType")
    accounts = _accounts(call)
    for value in call.body["userIds"]:
        try:
            account = accounts.find(value, kind)
        except ApiError:  # deleting an account that is already gone is not an error
            continue
        call.count_writes(accounts.delete(account))
    return {"success": True}


@routes.post("/api/v3/kick-public-accounts")
def kick_public_accounts(call: Call) -> Any:
    _accounts(call).find(call.body["userId"], call.options().get("userIdType"))
    return {"success": True}


@routes.post("/api/v3/transfer-into-public-account")
def transfer_into_public_account(call: Call) -> Any:
    holder = user(call, call.body["userId"])
    _accounts(call).transfer(holder)
    call.count_write(holder)
    return {"success": True}


# -- users ---------------------------------------------------------------------------------


@routes.post("/api/v3/set-public-account-of-users")
def set_public_account_of_users(call: Call) -> Any:
    account = _accounts(call).find(call.body["publicAccountId"])
    users = [user(call, i) for i in call.body["userIds"]]  # all found, or nothing changes
    for holder in users:
        _accounts(call).bind(holder, [account["userId"]])
        call.count_write(holder)
    return {"success": True}


@routes.post("/api/v3/set-user-of-public-accounts")
def set_user_of_public_accounts(call: Call) -> Any:
    holder = user(call, call.body["userId"])
    ids = [_accounts(call).find(i)["userId"] for i in call.body["publicAccountIds"]]
    _accounts(call).bind(holder, ids)
    call.count_write(holder)
    return {"success": True}


@routes.post("/api/v3/unbind-public-account-of-user")
def unbind_public_account_of_user(call: Call) -> Any:
    holder = user(call, call.body["userId"])
    account = _accounts(call).find(call.body["publicAccountId"])
    _accounts(call).unbind(holder, account["userId"])
    call.count_write(holder)
    return {"success": True}


def _all(items: list[Any]) -> dict[str, Any]:
    return {"totalCount": len(items), "list": items}


@routes.get("/api/v3/get-public-accounts-of-user")
def get_public_accounts_of_user(call: Call) -> Any:
    holder = user(call, call.arg("userId"))
    accounts = _accounts(call).accounts
    return _all([_answer(call, accounts[i]) for i in holder.public_accounts or () if i in accounts])


@routes.get("/api/v3/get-users-of-public-account")
def get_users_of_public_account(call: Call) -> Any:
    account = _accounts(call).find(call.arg("publicAccountId"))
    template = _template()
    users = [
        {k: v for k, v in user_dto_of(u).items() if k in template}
        for u in _accounts(call).holders(account["userId"])
    ]
    return _all(users)


# -- groups and roles ----------------------------------------------------------------------


def _group(call: Call, ident: Any) -> dict[str, Any] | None:
    return call.state.backend(GroupsBackend).by_id(ident)


def _role(call: Call, ident: Any) -> dict[str, Any] | None:
    return call.state.backend(RolesBackend).by_id(ident)


def _bind_all(
    call: Call, kind: str, ids: list[Any], lookup: Callable[[Call, Any], dict[str, Any] | None]
) -> list[str]:
    """The ids of the groups or roles `ids` name (404 naming those that name none)."""
    found = [(i, lookup(call, i)) for i in ids]
    if missing := [i for i, item in found if item is None]:
        raise not_found(kind, ", ".join(missing))
    return list(dict.fromkeys(item["id"] for _, item in found if item))


@routes.post("/api/v3/set-public-account-of-groups")
def set_public_account_of_groups(call: Call) -> Any:
    account = _accounts(call).find(call.body["userId"])
    groups = _bind_all(call, "group", call.body["groupIds"], _group)
    _accounts(call).groups[account["userId"]] = groups
    return {"success": True}


@routes.post("/api/v3/set-public-account-of-roles")
def set_public_account_of_roles(call: Call) -> Any:
    account = _accounts(call).find(call.body["userId"])
    roles = _bind_all(call, "role", call.body["roleIds"], _role)
    _accounts(call).roles[account["userId"]] = roles
    return {"success": True}


@routes.get("/api/v3/get-groups-of-public-account")
def get_groups_of_public_account(call: Call) -> Any:
    account = _accounts(call).find(call.arg("userId"), call.arg("userIdType"))
    groups = [_group(call, i) for i in _accounts(call).groups.get(account["userId"], ())]
    return _all([{**g, "members": []} for g in groups if g is not None])


def _bound_to(call: Call, table: dict[str, list[str]], ident: str) -> dict[str, Any]:
    accounts = _accounts(call).accounts
    return _all([_answer(call, accounts[a]) for a, ids in table.items() if ident in ids])


@routes.get("/api/v3/get-public-accounts-of-group")
def get_public_accounts_of_group(call: Call) -> Any:
    group = _group(call, call.arg("groupId"))
    if group is None:
        raise not_found("group", call.arg("groupId"))
    return _bound_to(call, _accounts(call).groups, group["id"])


@routes.get("/api/v3/get-public-accounts-of-role")
def get_public_accounts_of_role(call: Call) -> Any:
    role = _role(call, call.arg("roleId"))
    if role is None:
        raise not_found("role", call.arg("roleId"))
    return _bound_to(call, _accounts(call).roles, role["id"])


SERVICE = Service("public_accounts", routes, backends=(PublicAccountsBackend,))
