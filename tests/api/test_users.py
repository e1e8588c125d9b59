"""The User Management endpoints, against the emulator: one happy path per endpoint, the
errors, the ``iter_*`` companions, and the tables (contract, idempotency, README)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from genauth_async import AsyncManagementClient, RetryPolicy
from genauth_async.api import _pagination
from genauth_async.api.users import ENDPOINTS
from genauth_async.errors import GenAuthAPIError, GenAuthConnectionError, NotFoundError, ServerError
from genauth_async.models.users import (
    CreateUserInfo,
    HasRoleRoles,
    MfaTriggerData,
    SetUserDepartment,
    UserStatus,
)
from genauth_async.testing import SEED_EXT_IDP_ID, Faults, GenAuthEmulator, seeded_user_id

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "genauth-management.openapi.json"
REFERENCE = ROOT / "docs" / "reference" / "users.md"
MISSING = "65a1ffffffffffffffffffff"  # no such user
U0, U1, U2 = seeded_user_id(0), seeded_user_id(1), seeded_user_id(2)

Case = Callable[[AsyncManagementClient, GenAuthEmulator], Awaitable[None]]


def _requests(emulator: GenAuthEmulator) -> int:
    return sum(emulator.stats.requests.values())


def _contract() -> dict[str, dict[str, Any]]:
    """The users operations of the spec, by Python name, with their method and path."""
    spec = json.loads(SPEC.read_text())
    return {
        op["x-python-name"]: {**op, "http_method": method.upper(), "path": path}
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
        if op["x-module"] == "users"
    }


def _params(entry: dict[str, Any]) -> set[str]:
    names = {p["name"] for p in entry.get("parameters", [])}
    body = entry.get("requestBody")
    if body:
        ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        names |= set(json.loads(SPEC.read_text())["components"]["schemas"][ref]["properties"])
    return names


@pytest.fixture
async def fast_client(genauth_emulator: GenAuthEmulator):
    """A client whose retries don't sleep long."""
    async with AsyncManagementClient(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
        retry=RetryPolicy(max_attempts=2, backoff_base=0.001, backoff_max=0.002),
    ) as client:
        yield client


# --- tables ---------------------------------------------------------------------------------


def test_every_endpoint_has_the_contract_method_and_path():
    contract = _contract()
    assert set(ENDPOINTS) == set(contract)
    for name, endpoint in ENDPOINTS.items():
        entry = contract[name]
        assert (endpoint.method, "/" + endpoint.path) == (entry["http_method"], entry["path"]), name


def test_every_users_method_of_the_official_sdk_is_on_the_client():
    for name in _contract():
        assert callable(getattr(AsyncManagementClient, name, None)), name


IDEMPOTENT = {
    # not retried on 5xx: a replay could create, import, resign or link a second time
    "create_user": False,
    "create_users_batch": False,
    "import_otp": False,
    "resign_user": False,
    "resign_user_batch": False,
    "link_identity": False,
}


def test_idempotency_table():
    for name, endpoint in ENDPOINTS.items():
        expected = IDEMPOTENT.get(name, True)
        assert endpoint.idempotent is expected, name
        if endpoint.method == "GET":
            assert endpoint.idempotent


ITERATORS = {
    "iter_users": "list_users",
    "iter_users_legacy": "list_users_legacy",
    "iter_archived_users": "list_archived_users",
    "iter_user_login_history": "get_user_login_history",
    "iter_user_departments": "get_user_departments",
}


def _reference_rows() -> dict[str, tuple[str, str]]:
    """The method table at the top of docs/reference/users.md."""
    table = REFERENCE.read_text().split("\n\n## ")[0]
    rows = {}
    for line in table.split("|---|---|---|---|")[1].strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        name = re.fullmatch(r"`(\w+)`", cells[0])
        assert name, line
        rows[name.group(1)] = (cells[1], cells[-1])
    return rows


def test_reference_table_lists_exactly_the_endpoints_and_their_retries():
    rows = _reference_rows()
    assert set(rows) == set(ENDPOINTS) | set(ITERATORS)
    for name, endpoint in ENDPOINTS.items():
        http, retried = rows[name]
        assert http == endpoint.method, name
        assert retried.startswith("yes" if endpoint.idempotent else "no"), name
    for name, method in ITERATORS.items():
        assert rows[name][0] == ENDPOINTS[method].method
        assert rows[name][1].startswith("yes")


def test_every_paginated_endpoint_has_an_iterator():
    paginated = {
        name
        for name, entry in _contract().items()
        if {"page", "limit"} <= _params(entry) or name == "list_users"
    }
    assert paginated == set(ITERATORS.values())
    for name in ITERATORS:
        assert callable(getattr(AsyncManagementClient, name))


# --- happy paths: one per endpoint -------------------------------------------------------------

HAPPY: dict[str, Case] = {}


def happy(name: str) -> Callable[[Case], Case]:
    def register(case: Case) -> Case:
        HAPPY[name] = case
        return case

    return register


@happy("list_users")
async def _list_users(client, emulator):
    page = await client.list_users(options={"pagination": {"page": 2, "limit": 5}})
    assert page.total_count == 100
    assert [u.user_id for u in page.list] == [seeded_user_id(i) for i in range(5, 10)]
    found = await client.list_users(
        keywords="user00004",
        advanced_filter=[{"field": "gender", "operator": "EQUAL", "value": "F"}],
        options={"sort": [{"field": "username", "order": "desc"}]},
    )
    assert [u.username for u in found.list] == [f"user00004{i}" for i in (9, 7, 5, 3, 1)]


@happy("list_users_legacy")
async def _list_users_legacy(client, emulator):
    page = await client.list_users_legacy(page=3, limit=10, status=UserStatus.ACTIVATED)
    assert page.total_count == 100
    assert page.list[0].user_id == seeded_user_id(20)
    # seeded users were updated on 2024-01-01, one second apart
    page = await client.list_users_legacy(updated_at_start=1704067200 + 95)
    assert page.total_count == 5


@happy("get_user")
async def _get_user(client, emulator):
    user = await client.get_user(user_id="user000001", user_id_type="username")
    assert (user.user_id, user.identities) == (U1, None)
    user = await client.get_user(user_id=U1, with_identities=True)
    assert user.identities[0].ext_idp_id == SEED_EXT_IDP_ID


@happy("get_user_batch")
async def _get_user_batch(client, emulator):
    users = await client.get_user_batch(user_ids=[U2, MISSING, U0])
    assert [u.user_id for u in users] == [U2, U0]  # the unknown id is left out


@happy("create_user")
async def _create_user(client, emulator):
    made = await client.create_user(
        username="alice",
        email="alice@example.org",
        photo="https://example.org/a.png",
        gender="F",
        custom_data={"team": "blue"},
        otp={"secret": "OTPSECRET"},
        identities=[
            {
                "extIdpId": "idp-x",
                "provider": "oidc",
                "type": "generic",
                "userIdInIdp": "alice-x",
                "userInfoInIdp": {},
                "originConnIds": [],
            }
        ],
        options={"keepPassword": True},
    )
    assert (made.username, made.photo, made.custom_data) == (
        "alice",
        "https://example.org/a.png",
        {"team": "blue"},
    )
    got = await client.get_user(user_id="idp-x:alice-x", user_id_type="identity")
    assert (got.user_id, got.email, got.gender) == (made.user_id, "alice@example.org", "F")
    assert emulator.stats.writes[made.user_id] == 1


@happy("create_users_batch")
async def _create_users_batch(client, emulator):
    made = await client.create_users_batch(
        list=[CreateUserInfo(username="b1"), {"email": "b2@example.org", "name": "B2"}]
    )
    assert [(u.username, u.email) for u in made] == [("b1", None), (None, "b2@example.org")]
    got = await client.get_user(user_id="b2@example.org", user_id_type="email")
    assert got.name == "B2"


@happy("update_user")
async def _update_user(client, emulator):
    user = await client.update_user(
        user_id="ext-000002",
        nickname="Two",
        email="two@example.org",
        city="Paris",
        options={"userIdType": "external_id"},
    )
    assert (user.user_id, user.nickname, user.city) == (U2, "Two", "Paris")
    got = await client.get_user(user_id="two@example.org", user_id_type="email")
    assert got.user_id == U2
    with pytest.raises(NotFoundError):
        await client.get_user(user_id="user000002@example.com", user_id_type="email")


@happy("update_user_batch")
async def _update_user_batch(client, emulator):
    users = await client.update_user_batch(
        list=[{"userId": U0, "nickname": "zero"}, {"userId": U1, "name": "One"}]
    )
    assert [(u.nickname, u.name) for u in users] == [("zero", "User 0"), (None, "One")]
    assert (await client.get_user(user_id=U0)).nickname == "zero"


@happy("delete_users_batch")
async def _delete_users_batch(client, emulator):
    result = await client.delete_users_batch(
        user_ids=["user000001", "user000002"], options={"userIdType": "username"}
    )
    assert result.success
    for user_id in (U1, U2):
        with pytest.raises(NotFoundError):
            await client.get_user(user_id=user_id)
    archived = await client.list_archived_users()
    assert [a.user_id for a in archived.list] == [U1, U2]


@happy("get_user_identities")
async def _get_user_identities(client, emulator):
    identities = await client.get_user_identities(user_id="ext-000001", user_id_type="external_id")
    assert [i.user_id_in_idp for i in identities] == ["idp-user000001"]


@happy("get_user_roles")
async def _get_user_roles(client, emulator):
    role = {
        "id": "r1",
        "code": "admin",
        "name": "Admin",
        "description": "",
        "namespace": "default",
        "namespaceName": "Default",
    }
    emulator.pool.get(U1).roles = [role, {**role, "id": "r2", "namespace": "shop"}]
    assert (await client.get_user_roles(user_id=U1)).total_count == 2
    page = await client.get_user_roles(user_id=U1, namespace="shop")
    assert [r.id for r in page.list] == ["r2"]


@happy("get_user_principal_authentication_info")
async def _get_principal(client, emulator):
    page = await client.get_user_principal_authentication_info(user_id=U0)
    assert page.list[0].principal_name == "User 0"


@happy("reset_user_principal_authentication_info")
async def _reset_principal(client, emulator):
    assert (await client.reset_user_principal_authentication_info(user_id=U0)).success
    assert (await client.get_user_principal_authentication_info(user_id=U0)).total_count == 0


@happy("get_user_departments")
async def _get_user_departments(client, emulator):
    await client.set_user_departments(
        user_id=U1, departments=[{"departmentId": "sales"}, {"departmentId": "hr"}]
    )
    page = await client.get_user_departments(
        user_id=U1, sort_by="DepartmentName", order_by="Asc", with_department_paths=True
    )
    assert [d.department_id for d in page.list] == ["hr", "sales"]
    assert page.list[0].department_id_path == ["hr"]


@happy("set_user_departments")
async def _set_user_departments(client, emulator):
    result = await client.set_user_departments(
        user_id="user000001",
        departments=[SetUserDepartment(department_id="rd", is_main_department=True)],
        options={"userIdType": "username"},
    )
    assert result.success
    (department,) = (await client.get_user_departments(user_id=U1)).list
    assert (department.department_id, department.is_main_department) == ("rd", True)
    assert emulator.stats.writes[U1] == 1


@happy("get_user_groups")
async def _get_user_groups(client, emulator):
    emulator.pool.get(U1).groups = [
        {"id": "g1", "code": "ops", "name": "Ops", "description": "", "type": "static"}
    ]
    page = await client.get_user_groups(user_id=U1)
    assert [(g.code, g.members) for g in page.list] == [("ops", [])]


@happy("get_user_mfa_info")
async def _get_user_mfa_info(client, emulator):
    info = await client.get_user_mfa_info(user_id=U0)  # seeded with SMS MFA data
    assert (info.sms_mfa_status, info.face_mfa_status) == ("ENABLED", "DISABLED")


@happy("list_archived_users")
async def _list_archived_users(client, emulator):
    assert (await client.list_archived_users()).total_count == 0
    await client.resign_user(user_id=U1)
    page = await client.list_archived_users(page=1, limit=10, start_at=0)
    assert [a.user_id for a in page.list] == [U1]
    assert (await client.list_archived_users(start_at=4_000_000_000)).total_count == 0


@happy("kick_users")
async def _kick_users(client, emulator):
    emulator.pool.get(U1).sessions = {"app1", "app2"}
    assert (await client.kick_users(app_ids=["app1"], user_id=U1)).success
    assert not (await client.check_session_status(app_id="app1", user_id=U1)).active
    assert (await client.check_session_status(app_id="app2", user_id=U1)).active


@happy("is_user_exists")
async def _is_user_exists(client, emulator):
    assert (await client.is_user_exists(username="user000003")).exists
    assert (await client.is_user_exists(external_id="ext-000003")).exists
    assert not (await client.is_user_exists(email="nobody@example.org")).exists


APP = {
    "appId": "app1",
    "appName": "One",
    "appLogo": "",
    "appLoginUrl": "https://one",
    "appDefaultLoginStrategy": "ALLOW_ALL",
}


@happy("get_user_accessible_apps")
async def _get_user_accessible_apps(client, emulator):
    emulator.pool.get(U1).apps = [APP]
    assert [a.app_id for a in await client.get_user_accessible_apps(user_id=U1)] == ["app1"]


@happy("get_user_authorized_apps")
async def _get_user_authorized_apps(client, emulator):
    emulator.pool.get(U1).apps = [APP]
    apps = await client.get_user_authorized_apps(user_id="13800000001", user_id_type="phone")
    assert [a.app_default_login_strategy for a in apps] == ["ALLOW_ALL"]


@happy("has_any_role")
async def _has_any_role(client, emulator):
    emulator.pool.get(U1).roles = [
        {
            "id": "r1",
            "code": "admin",
            "name": "",
            "description": "",
            "namespace": "default",
            "namespaceName": "",
        }
    ]
    yes = await client.has_any_role(
        roles=[{"code": "viewer"}, HasRoleRoles(code="admin")], user_id=U1
    )
    no = await client.has_any_role(roles=[{"code": "admin", "namespace": "shop"}], user_id=U1)
    assert (yes.has_any_role, no.has_any_role) == (True, False)


def _logins(n: int, app_id: str = "app1") -> list[dict[str, Any]]:
    return [
        {
            "appId": app_id,
            "appName": "One",
            "appLogo": "",
            "appLoginUrl": "https://one",
            "clientIp": f"10.0.0.{i}",
            "time": f"2024-02-01T00:00:{i:02d}.000Z",
        }
        for i in range(n)
    ]


@happy("get_user_login_history")
async def _get_user_login_history(client, emulator):
    emulator.pool.get(U1).login_history = _logins(5) + _logins(2, "app2")
    page = await client.get_user_login_history(user_id=U1, app_id="app1", page=1, limit=2)
    assert page.total_count == 5
    assert [e.client_ip for e in page.list] == ["10.0.0.4", "10.0.0.3"]  # newest first
    ms = 1706745600_000 + 3000  # 2024-02-01T00:00:03Z
    assert (await client.get_user_login_history(user_id=U1, start=ms)).total_count == 2


@happy("get_user_loggedin_apps")
async def _get_user_loggedin_apps(client, emulator):
    emulator.pool.get(U1).login_history = _logins(3) + _logins(1, "app2")
    apps = await client.get_user_loggedin_apps(user_id=U1)
    assert [a.app_id for a in apps] == ["app1", "app2"]


@happy("get_user_loggedin_identities")
async def _get_user_loggedin_identities(client, emulator):
    (identity,) = await client.get_user_loggedin_identities(user_id=U1)
    assert identity.idp_id == SEED_EXT_IDP_ID


@happy("resign_user")
async def _resign_user(client, emulator):
    assert (
        await client.resign_user(user_id="user000001@example.com", user_id_type="email")
    ).success
    with pytest.raises(NotFoundError):
        await client.get_user(user_id=U1)
    assert emulator.stats.writes_by_route["/api/v3/resign-user"][U1] == 1


@happy("resign_user_batch")
async def _resign_user_batch(client, emulator):
    assert (await client.resign_user_batch(user_ids=[U1, U2])).success
    archived = await client.list_archived_users()
    assert [a.user_id for a in archived.list] == [U1, U2]


@happy("get_user_authorized_resources")
async def _get_user_authorized_resources(client, emulator):
    resource = {
        "resourceCode": "doc",
        "resourceType": "DATA",
        "apiIdentifier": "",
        "actions": ["read"],
        "effect": "ALLOW",
    }
    emulator.pool.get(U1).authorized_resources = [
        {**resource, "namespace": "default"},
        {**resource, "resourceCode": "menu", "resourceType": "MENU", "namespace": "shop"},
    ]
    page = await client.get_user_authorized_resources(user_id=U1, resource_type="MENU")
    assert [r.resource_code for r in page.list] == ["menu"]
    assert (
        await client.get_user_authorized_resources(user_id=U1, namespace="default")
    ).total_count == 1


@happy("check_session_status")
async def _check_session_status(client, emulator):
    assert not (await client.check_session_status(app_id="app1", user_id=U1)).active
    emulator.pool.get(U1).sessions = {"app1"}
    assert (await client.check_session_status(app_id="app1", user_id=U1)).active


@happy("import_otp")
async def _import_otp(client, emulator):
    result = await client.import_otp(
        list=[{"userId": U1, "otp": {"secret": "S1", "recoveryCode": "R1"}}]
    )
    assert result is None
    assert (await client.get_otp_secret_by_user(user_id=U1)).secret == "S1"
    assert (await client.get_user_mfa_info(user_id=U1)).totp_status == "ENABLED"


@happy("set_users_mfa_status")
async def _set_mfa(client, emulator):
    data = MfaTriggerData(mfa_token="t", application_mfa=[])
    assert (await client.set_users_mfa_status(user_id=U1, mfa_trigger_data=data)).success
    assert (await client.get_user_mfa_status(user_id=U1)).mfa_token == "t"


@happy("get_user_mfa_status")
async def _get_mfa(client, emulator):
    assert (await client.get_user_mfa_status(user_id=U0)).mfa_token == "mfa-user000000"


@happy("user_field_decrypt")
async def _user_field_decrypt(client, emulator):
    # the emulator's "encryption" is base64
    items = await client.user_field_decrypt(
        data=[
            {"encryptedContent": base64.b64encode(b"13900000000").decode(), "fieldName": "phone"}
        ],
        private_key="-----BEGIN PRIVATE KEY-----",
    )
    assert [(i.decrypted_content, i.field_name) for i in items] == [("13900000000", "phone")]


@happy("get_otp_secret_by_user")
async def _get_otp_secret_by_user(client, emulator):
    made = await client.create_user(username="otp-user", otp={"secret": "XYZ"})
    assert (
        await client.get_otp_secret_by_user(user_id="otp-user", user_id_type="username")
    ).secret == "XYZ"
    with pytest.raises(GenAuthAPIError) as caught:
        await client.get_otp_secret_by_user(user_id=U1)  # none bound
    assert caught.value.status_code == 400
    assert made.user_id


@happy("get_user_password_ciphertext")
async def _get_user_password_ciphertext(client, emulator):
    made = await client.create_user(username="pw-user", password="s3cret")
    data = await client.get_user_password_ciphertext(user_id=made.user_id)
    assert data.ciphertext and "s3cret" not in data.ciphertext


@happy("get_user_encrypt_password_batch")
async def _get_user_encrypt_password_batch(client, emulator):
    made = await client.create_user(username="pw-batch", password="s3cret")
    data = await client.get_user_encrypt_password_batch(user_ids=[made.user_id])
    assert data.user_id == made.user_id
    assert data.encrypted_password and "s3cret" not in data.encrypted_password


@happy("link_identity")
async def _link_identity(client, emulator):
    result = await client.link_identity(user_id_in_idp="gh-1", user_id=U1, ext_idp_id="github-idp")
    assert result.success
    got = await client.get_user(user_id="github-idp:gh-1", user_id_type="identity")
    assert got.user_id == U1
    with pytest.raises(GenAuthAPIError):  # already bound
        await client.link_identity(user_id_in_idp="gh-1", user_id=U2, ext_idp_id="github-idp")


@happy("unlink_identity")
async def _unlink_identity(client, emulator):
    assert (await client.unlink_identity(user_id=U1, ext_idp_id=SEED_EXT_IDP_ID)).success
    assert await client.get_user_identities(user_id=U1) == []
    with pytest.raises(NotFoundError):
        await client.get_user(user_id=f"{SEED_EXT_IDP_ID}:idp-user000001", user_id_type="identity")


@happy("get_user_sync_relations")
async def _get_user_sync_relations(client, emulator):
    (relation,) = await client.get_user_sync_relations(
        user_id="lark:ou_user000001", user_id_type="sync_relation"
    )
    assert (relation.provider, relation.user_id_in_idp) == ("lark", "ou_user000001")


@happy("delete_user_sync_relations")
async def _delete_user_sync_relations(client, emulator):
    assert (await client.delete_user_sync_relations(provider="lark", user_id=U1)).success
    assert await client.get_user_sync_relations(user_id=U1) == []
    assert emulator.stats.writes[U1] == 1


def test_every_endpoint_has_a_happy_path():
    assert set(HAPPY) == set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(HAPPY))
async def test_happy_path(name, genauth_client, genauth_emulator):
    await HAPPY[name](genauth_client, genauth_emulator)


# --- errors ------------------------------------------------------------------------------------

#: arguments rejected before anything is sent
BAD_ARGS: dict[str, tuple[dict[str, Any], type[Exception]]] = {
    "list_users": ({"advanced_filter": [{"field": "x", "operator": "LIKE"}]}, ValueError),
    "list_users_legacy": ({"status": "Gone"}, ValueError),
    "get_user": ({"user_id": ""}, ValueError),
    "get_user_batch": ({"user_ids": []}, ValueError),
    "create_user": ({"name": "no email, phone or username"}, ValueError),
    "create_users_batch": ({"list": []}, ValueError),
    "update_user": ({"user_id": U1, "gender": "X"}, ValueError),
    "update_user_batch": ({"list": [{"nickname": "who?"}]}, ValueError),
    "delete_users_batch": ({"user_ids": U1}, TypeError),
    "get_user_identities": ({"user_id": " "}, ValueError),
    "get_user_roles": ({"user_id": U1, "user_id_type": "nickname"}, ValueError),
    "get_user_principal_authentication_info": ({"user_id": None}, TypeError),
    "reset_user_principal_authentication_info": (
        {"user_id": U1, "options": {"userIdType": "nope"}},
        ValueError,
    ),
    "get_user_departments": ({"user_id": U1, "sort_by": "Name"}, ValueError),
    "set_user_departments": ({"user_id": U1, "departments": []}, ValueError),
    "get_user_groups": ({"user_id": 42}, TypeError),
    "get_user_mfa_info": ({"user_id": U1, "user_id_type": "id"}, ValueError),
    "list_archived_users": ({"limit": 0}, ValueError),
    "kick_users": ({"app_ids": [], "user_id": U1}, ValueError),
    "is_user_exists": ({}, ValueError),
    "get_user_accessible_apps": ({"user_id": ""}, ValueError),
    "get_user_authorized_apps": ({"user_id": ""}, ValueError),
    "has_any_role": ({"roles": [{"namespace": "default"}], "user_id": U1}, ValueError),
    "get_user_login_history": ({"user_id": U1, "limit": 51}, ValueError),
    "get_user_loggedin_apps": ({"user_id": ""}, ValueError),
    "get_user_loggedin_identities": ({"user_id": U1, "user_id_type": "x"}, ValueError),
    "resign_user": ({"user_id": ""}, ValueError),
    "resign_user_batch": ({"user_ids": [U1, ""]}, ValueError),
    "get_user_authorized_resources": ({"user_id": U1, "resource_type": "FILE"}, ValueError),
    "check_session_status": ({"app_id": "", "user_id": U1}, ValueError),
    "import_otp": ({"list": [{"userId": U1}]}, ValueError),
    "set_users_mfa_status": ({"user_id": U1, "mfa_trigger_data": {"mfaToken": "t"}}, ValueError),
    "get_user_mfa_status": ({"user_id": ""}, ValueError),
    "user_field_decrypt": ({"data": [{"encryptedContent": "eA=="}], "private_key": ""}, ValueError),
    "get_otp_secret_by_user": ({"user_id": ""}, ValueError),
    "get_user_password_ciphertext": ({"user_id": U1, "user_id_type": "x"}, ValueError),
    "get_user_encrypt_password_batch": ({"user_ids": []}, ValueError),
    "link_identity": ({"user_id_in_idp": "a", "user_id": U1, "ext_idp_id": ""}, ValueError),
    "unlink_identity": ({"user_id": U1, "ext_idp_id": ""}, ValueError),
    "get_user_sync_relations": ({"user_id": ""}, ValueError),
    "delete_user_sync_relations": ({"provider": "", "user_id": U1}, ValueError),
}


def test_every_endpoint_has_a_bad_argument_case():
    assert set(BAD_ARGS) == set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(BAD_ARGS))
async def test_bad_arguments_send_nothing(name, genauth_client, genauth_emulator):
    kwargs, error = BAD_ARGS[name]
    before = _requests(genauth_emulator)
    with pytest.raises(error):
        await getattr(genauth_client, name)(**kwargs)
    assert _requests(genauth_emulator) == before


#: calls naming a user that does not exist
NOT_FOUND: dict[str, dict[str, Any]] = {
    "get_user": {},
    "update_user": {"nickname": "x"},
    "update_user_batch": {"list": [{"userId": MISSING, "nickname": "x"}]},
    "get_user_identities": {},
    "get_user_roles": {},
    "get_user_principal_authentication_info": {},
    "reset_user_principal_authentication_info": {},
    "get_user_departments": {},
    "set_user_departments": {"departments": [{"departmentId": "d"}]},
    "get_user_groups": {},
    "get_user_mfa_info": {},
    "kick_users": {"app_ids": ["app1"]},
    "get_user_accessible_apps": {},
    "get_user_authorized_apps": {},
    "has_any_role": {"roles": [{"code": "admin"}]},
    "get_user_login_history": {},
    "get_user_loggedin_apps": {},
    "get_user_loggedin_identities": {},
    "resign_user": {},
    "resign_user_batch": {"user_ids": [U1, MISSING]},
    "get_user_authorized_resources": {},
    "check_session_status": {"app_id": "app1"},
    "import_otp": {"list": [{"userId": MISSING, "otp": {"secret": "s"}}]},
    "set_users_mfa_status": {"mfa_trigger_data": {"mfaToken": "t", "applicationMfa": []}},
    "get_user_mfa_status": {},
    "get_otp_secret_by_user": {},
    "get_user_password_ciphertext": {},
    "link_identity": {"user_id_in_idp": "a", "ext_idp_id": "b"},
    "unlink_identity": {"ext_idp_id": "b"},
    "get_user_sync_relations": {},
    "delete_user_sync_relations": {"provider": "lark"},
}


@pytest.mark.parametrize("name", sorted(NOT_FOUND))
async def test_unknown_user_is_not_found(name, genauth_client, genauth_emulator):
    kwargs = dict(NOT_FOUND[name])
    if not any(k in kwargs for k in ("list", "user_ids")):
        kwargs["user_id"] = MISSING
    with pytest.raises(NotFoundError) as caught:
        await getattr(genauth_client, name)(**kwargs)
    assert caught.value.status_code == 404
    # a failing batch changes nothing
    assert U1 in genauth_emulator.pool
    assert not genauth_emulator.stats.writes


async def test_batch_create_is_all_or_nothing(genauth_client, genauth_emulator):
    with pytest.raises(GenAuthAPIError) as caught:
        await genauth_client.create_users_batch(
            list=[{"username": "fresh"}, {"username": "user000001"}]
        )
    assert caught.value.status_code == 400
    assert not (await genauth_client.is_user_exists(username="fresh")).exists
    assert len(genauth_emulator.pool) == 100


async def test_create_user_with_a_taken_username_is_rejected(genauth_client):
    with pytest.raises(GenAuthAPIError) as caught:
        await genauth_client.create_user(username="user000001")
    assert caught.value.status_code == 400


async def test_deleting_missing_users_succeeds(genauth_client, genauth_emulator):
    assert (await genauth_client.delete_users_batch(user_ids=[MISSING])).success
    assert len(genauth_emulator.pool) == 100


async def test_is_user_exists_is_retried_on_5xx(fast_client, genauth_emulator):
    path = "/api/v3/is-user-exists"
    genauth_emulator.faults = Faults(
        error_rate=1.0, error_statuses=(500,), routes=frozenset({path})
    )
    with pytest.raises(ServerError):
        await fast_client.is_user_exists(username="user000001")
    assert genauth_emulator.stats.requests[path] == 2  # retried: a read


async def test_create_user_is_not_retried_on_5xx(fast_client, genauth_emulator):
    path = "/api/v3/create-user"
    genauth_emulator.faults = Faults(
        error_rate=1.0, error_statuses=(500,), routes=frozenset({path})
    )
    with pytest.raises(ServerError):
        await fast_client.create_user(username="once")
    assert genauth_emulator.stats.requests[path] == 1


async def test_create_user_dropped_after_apply_is_not_replayed(fast_client, genauth_emulator):
    path = "/api/v3/create-user"
    genauth_emulator.faults = Faults(
        fail_after_apply_rate=1.0, fail_after_apply_action="drop", routes=frozenset({path})
    )
    with pytest.raises(GenAuthConnectionError):
        await fast_client.create_user(username="once")
    assert genauth_emulator.stats.requests[path] == 1
    assert len(genauth_emulator.pool) == 101  # applied exactly once


# --- iterators ---------------------------------------------------------------------------------


async def test_iter_users_walks_every_page(genauth_client, genauth_emulator):
    ids = [u.user_id async for u in genauth_client.iter_users(limit=7)]
    assert ids == [seeded_user_id(i) for i in range(100)]
    assert genauth_emulator.stats.requests["/api/v3/list-users"] == 15  # ceil(100 / 7)


async def test_iter_users_from_a_start_page_with_a_filter(genauth_client, genauth_emulator):
    users = genauth_client.iter_users(
        advanced_filter=[{"field": "gender", "operator": "EQUAL", "value": "M"}],
        options={"withCustomData": True},
        start_page=3,
        limit=10,
    )
    ids = [u.user_id async for u in users]
    assert ids == [seeded_user_id(i) for i in range(40, 100, 2)]


def test_iter_users_rejects_pagination_in_options(genauth_client):
    with pytest.raises(ValueError, match="start_page"):
        genauth_client.iter_users(options={"pagination": {"page": 2}})


@pytest.mark.parametrize(
    "kwargs", [{"limit": 51}, {"limit": 0}, {"start_page": 0}, {"page_retries": -1}]
)
def test_iterator_arguments_are_checked_at_once(genauth_client, kwargs):
    with pytest.raises(ValueError):
        genauth_client.iter_users_legacy(**kwargs)


async def test_iter_users_legacy_start_page(genauth_client, genauth_emulator):
    ids = [u.user_id async for u in genauth_client.iter_users_legacy(start_page=9, limit=12)]
    assert ids == [seeded_user_id(i) for i in range(96, 100)]
    assert genauth_emulator.stats.requests["/api/v3/list-users"] == 1


async def test_iter_archived_users(genauth_client, genauth_emulator):
    await genauth_client.resign_user_batch(user_ids=[seeded_user_id(i) for i in range(12)])
    archived = [a.user_id async for a in genauth_client.iter_archived_users(limit=5)]
    assert archived == [seeded_user_id(i) for i in range(12)]


async def test_iter_user_login_history(genauth_client, genauth_emulator):
    genauth_emulator.pool.get(U1).login_history = _logins(23)
    entries = genauth_client.iter_user_login_history(user_id=U1, limit=5, start_page=2)
    ips = [e.client_ip async for e in entries]
    assert ips == [f"10.0.0.{i}" for i in range(17, -1, -1)]


async def test_iter_user_departments(genauth_client, genauth_emulator):
    departments = [{"departmentId": f"d{i:02d}"} for i in range(11)]
    await genauth_client.set_user_departments(user_id=U1, departments=departments)
    found = genauth_client.iter_user_departments(
        user_id=U1, sort_by="DepartmentName", order_by="Asc", limit=4
    )
    assert [d.department_id async for d in found] == [f"d{i:02d}" for i in range(11)]


async def test_iterator_stops_on_an_empty_page(genauth_client, genauth_emulator):
    assert [u async for u in genauth_client.iter_users(keywords="nobody-matches")] == []
    assert genauth_emulator.stats.requests["/api/v3/list-users"] == 1


async def test_a_failing_page_is_fetched_again(genauth_emulator, monkeypatch):
    monkeypatch.setattr(
        _pagination, "PAGE_RETRY", RetryPolicy(backoff_base=0.001, backoff_max=0.002)
    )
    path = "/api/v3/list-users"
    # about half the page requests fail; the transport itself does not retry at all
    genauth_emulator.faults = Faults(error_rate=0.5, routes=frozenset({path}), seed=7)
    async with AsyncManagementClient(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
        max_retries=0,
    ) as client:
        ids = [u.user_id async for u in client.iter_users_legacy(limit=20, page_retries=10)]
    assert ids == [seeded_user_id(i) for i in range(100)]
    failed = genauth_emulator.stats.faults["error"]
    assert failed >= 1
    assert genauth_emulator.stats.requests[path] == 5 + failed


async def test_a_page_that_keeps_failing_raises(genauth_emulator, monkeypatch):
    monkeypatch.setattr(
        _pagination, "PAGE_RETRY", RetryPolicy(backoff_base=0.001, backoff_max=0.002)
    )
    path = "/api/v3/get-user-login-history"
    genauth_emulator.pool.get(U1).login_history = _logins(3)
    genauth_emulator.faults = Faults(error_rate=1.0, routes=frozenset({path}))
    async with AsyncManagementClient(
        access_key_id=genauth_emulator.access_key_id,
        access_key_secret=genauth_emulator.access_key_secret,
        host=genauth_emulator.url,
        max_retries=0,
    ) as client:
        with pytest.raises(ServerError):
            async for _ in client.iter_user_login_history(user_id=U1, page_retries=2):
                pass
    assert genauth_emulator.stats.requests[path] == 3


async def test_a_not_found_page_is_not_retried(genauth_client, genauth_emulator):
    with pytest.raises(NotFoundError):
        async for _ in genauth_client.iter_user_departments(user_id=MISSING):
            pass
    assert genauth_emulator.stats.requests["/api/v3/get-user-departments"] == 1


@pytest.mark.parametrize(
    ("method", "kwargs", "error", "message"),
    [
        (
            "get_user",
            {"user_id": U1, "with_custom_data": "yes"},
            TypeError,
            "with_custom_data must be True, False or None, got 'yes'",
        ),
        (
            "list_archived_users",
            {"start_at": "yesterday"},
            TypeError,
            "start_at must be an int or None, got 'yesterday'",
        ),
        ("get_user_login_history", {"user_id": U1, "start": -1}, ValueError, "start must be >= 0"),
        # the type only: the value may be a secret
        ("create_user", {"username": "u", "password": b"pw"}, TypeError, "got bytes$"),
        ("create_user", {"phone": 13800138000}, TypeError, "phone must be a str or None, got int"),
        ("iter_users_legacy", {"limit": None}, TypeError, "limit must be an int, got None"),
    ],
)
async def test_optional_arguments_are_type_checked_before_sending(
    genauth_client, genauth_emulator, method, kwargs, error, message
):
    before = _requests(genauth_emulator)
    with pytest.raises(error, match=message):
        result = getattr(genauth_client, method)(**kwargs)
        await (anext(result) if hasattr(result, "__anext__") else result)
    assert _requests(genauth_emulator) == before
