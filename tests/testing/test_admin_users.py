"""`POST /__emulator__/users`: create or replace users, with all their data, over HTTP."""

import pytest

from genauth_async.testing import INVALID_PARAMETER_API_CODE, seeded_user_id
from genauth_async.testing._state import user_from_wire

NOW = "2025-06-15T15:06:40.000Z"  # the conftest FakeClock's time
ROLE = {
    "id": "r1",
    "code": "admin",
    "name": "Admin",
    "description": "",
    "namespace": "default",
    "namespaceName": "Default",
}
OTHER_ROLE = {**ROLE, "id": "r2", "code": "viewer", "namespace": "billing"}
GROUP = {"id": "g1", "code": "ops", "name": "Ops", "description": "", "type": "static"}
APP = {
    "appId": "app1",
    "appName": "App One",
    "appLogo": "https://example.com/logo.png",
    "appLoginUrl": "https://example.com/login",
    "appDefaultLoginStrategy": "ALLOW_ALL",
}
RESOURCE = {
    "resourceCode": "orders",
    "resourceType": "API",
    "apiIdentifier": "/orders",
    "actions": ["read"],
    "effect": "ALLOW",
    "namespace": "default",
}
LOGIN = {
    "appId": "app1",
    "appName": "App One",
    "appLogo": "https://example.com/logo.png",
    "appLoginUrl": "https://example.com/login",
    "clientIp": "10.0.0.1",
    "time": "2025-01-02T03:04:05.000Z",
}
PRINCIPAL_AUTH = {
    "authenticated": True,
    "principalType": "P",
    "principalCode": "110101",
    "principalName": "Alice",
    "authenticatedAt": "2025-01-01T00:00:00.000Z",
}
MFA = {"mfaToken": "m", "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 1}]}
ALICE = {
    "userId": "alice-1",
    "username": "alice",
    "email": "alice@example.org",
    "phone": "13900000001",
    "externalId": "ext-alice",
    "nickname": "Al",
    "emailVerified": True,
    "customData": {"team": "red"},
    "identities": [{"extIdpId": "gh", "userIdInIdp": "alice-gh"}],
    "syncRelations": [{"provider": "lark", "userIdInIdp": "ou_alice"}],
    "principalAuth": [PRINCIPAL_AUTH],
    "mfaTriggerData": MFA,
    "roles": [ROLE, OTHER_ROLE],
    "groups": [GROUP],
    "departments": [{"departmentId": "d1", "isMainDepartment": True}],
    "apps": [APP],
    "authorizedResources": [RESOURCE],
    "loginHistory": [LOGIN],
    "sessions": ["app1"],
}


async def data(api, path, **params):
    status, body = await api.get(path, params)
    assert (status, body["statusCode"]) == (200, 200), body
    return body.get("data")


async def test_a_new_user_with_all_its_data(api, emulator):
    assert await api.admin("POST", "users", [ALICE]) == {"created": ["alice-1"], "replaced": []}
    assert len(emulator.pool) == 31
    user = await data(api, "/api/v3/get-user", userId="alice", userIdType="username")
    assert user["userId"] == "alice-1"
    assert (user["email"], user["nickname"], user["emailVerified"]) == (
        "alice@example.org",
        "Al",
        True,
    )
    assert (user["createdAt"], user["updatedAt"]) == (NOW, NOW)
    for kind, value in [
        ("external_id", "ext-alice"),
        ("phone", "13900000001"),
        ("identity", "gh:alice-gh"),
        ("sync_relation", "lark:ou_alice"),
    ]:
        found = await data(api, "/api/v3/get-user", userId=value, userIdType=kind)
        assert found["userId"] == "alice-1"
    me = {"userId": "alice-1"}
    roles = await data(api, "/api/v3/get-user-roles", **me, namespace="default")
    assert roles == {"totalCount": 1, "list": [ROLE]}
    groups = await data(api, "/api/v3/get-user-groups", **me)
    assert groups["list"] == [{"metadataSource": [], "members": [], **GROUP}]
    departments = await data(api, "/api/v3/get-user-departments", **me)
    (department,) = departments["list"]
    assert (department["departmentId"], department["joinedAt"]) == ("d1", NOW)
    assert (department["isMainDepartment"], department["isLeader"]) == (True, False)
    resources = await data(api, "/api/v3/get-user-authorized-resources", **me, resourceType="API")
    assert resources["list"] == [{k: v for k, v in RESOURCE.items() if k != "namespace"}]
    assert await data(api, "/api/v3/get-user-accessible-apps", **me) == [APP]
    assert await data(api, "/api/v3/get-user-loggedin-apps", **me) == [
        {k: LOGIN[k] for k in ("appId", "appName", "appLogo", "appLoginUrl")}
    ]
    history = await data(api, "/api/v3/get-user-login-history", **me)
    assert history == {"totalCount": 1, "list": [LOGIN]}
    identities = await data(api, "/api/v3/get-user-identities", **me)
    assert identities == [
        {
            "identityId": "alice-1-identity-0",
            "provider": "oidc",
            "type": "generic",
            "userInfoInIdp": {},
            "originConnIds": [],
            "extIdpId": "gh",
            "userIdInIdp": "alice-gh",
        }
    ]
    principal = await data(api, "/api/v3/get-user-principal-authentication-info", **me)
    assert principal["list"] == [PRINCIPAL_AUTH]
    assert await data(api, "/api/v3/get-mfa-status", **me) == MFA
    _, body = await api.post("/api/v3/check-session-status", {"appId": "app1", **me})
    assert body["data"] == {"active": True}
    assert not emulator.stats.writes  # the admin route is not a counted write


async def test_replacing_a_seeded_user(api, emulator):
    uid = seeded_user_id(4)
    reply = await api.admin(
        "POST", "users", {"users": [{"userId": uid, "username": "renamed"}, ALICE]}
    )
    assert reply == {"created": ["alice-1"], "replaced": [uid]}
    assert emulator.pool.resolve("username", "user000004") is None
    assert emulator.pool.resolve("email", "user000004@example.com") is None
    assert emulator.pool.resolve("username", "renamed").user_id == uid
    # a replacement is whole: the seeded identities and MFA data are gone
    assert await data(api, "/api/v3/get-user-identities", userId=uid) == []
    assert (await data(api, "/api/v3/get-mfa-status", userId=uid))["mfaToken"] == ""
    # and a user can take a lookup key its replacement freed
    reply = await api.admin("POST", "users", [{"userId": "new", "username": "user000004"}])
    assert reply["created"] == ["new"]


async def test_a_clash_changes_nothing(api, emulator):
    uid = seeded_user_id(5)
    batch = [
        {"userId": uid, "username": "five"},  # would be replaced...
        {"userId": "bob-1", "username": "bob"},  # ...and this created...
        {"userId": "carol-1", "email": "user000006@example.com"},  # ...but user 6 has it
    ]
    reply = await api.admin("POST", "users", batch)
    assert (reply["statusCode"], reply["apiCode"]) == (400, INVALID_PARAMETER_API_CODE)
    assert "user000006@example.com" in reply["message"]
    assert len(emulator.pool) == 30
    assert emulator.pool.resolve("username", "user000005").user_id == uid
    assert emulator.pool.resolve("username", "five") is None
    assert "bob-1" not in emulator.pool


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ({"nope": 1}, "array of users"),
        ("text", "JSON object or array"),
        ([{"username": "x"}], "userId"),
        (["x"], "object"),
        ([{"userId": "a", "nickName": "x"}], "nickName"),
        ([{"userId": "a", "username": 5}], "username"),
        ([{"userId": "a", "emailVerified": "yes"}], "emailVerified"),
        ([{"userId": "a", "customData": []}], "customData"),
        ([{"userId": "a", "roles": [{"name": "no code"}]}], "roles[0].code"),
        ([{"userId": "a", "roles": {"code": "x"}}], "roles"),
        ([{"userId": "a", "identities": [{"extIdpId": "gh"}]}], "userIdInIdp"),
        ([{"userId": "a", "loginHistory": [{**LOGIN, "time": None}]}], "loginHistory[0].time"),
        ([{"userId": "a", "sessions": "app1"}], "sessions"),
        ([{"userId": "a"}, {"userId": "a"}], "twice"),
        ([{"userId": "a", "identities": [{"extIdpId": "i", "userIdInIdp": "1"}] * 2}], "repeats"),
    ],
)
async def test_bad_users_are_http_400(api, emulator, body, mentions):
    async with api.session.post(f"{api.url}/__emulator__/users", json=body) as resp:
        assert resp.status == 400
        reply = await resp.json()
    assert reply["statusCode"] == 400
    assert mentions in reply["message"]
    assert len(emulator.pool) == 30


def test_user_from_wire_defaults():
    user = user_from_wire({"userId": "u", "createdAt": "2024-05-05T00:00:00.000Z"}, 0.0)
    assert (user.user_id, user.updated_at, user.status, user.gender) == (
        "u",
        "2024-05-05T00:00:00.000Z",
        "Activated",
        "U",
    )
    assert user.roles is None and user.sessions is None and user.identities == []
    user = user_from_wire({"userId": "u", "sessions": ["a", "b"], "roles": None}, 0.0)
    assert (user.sessions, user.roles, user.created_at) == (
        {"a", "b"},
        None,
        "1970-01-01T00:00:00.000Z",
    )
