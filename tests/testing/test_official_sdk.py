"""The official synchronous SDK (genauth 5.1.0) against the emulator, in a child process.

If the official SDK and the emulator disagree, the contract in genauth-api/ decides which
side is wrong.
"""

import base64
import json
import re

import pytest
from genauth import ManagementClient
from genauth.GenAuthException import GenAuthException

from genauth_async.testing import (
    INVALID_PARAMETER_API_CODE,
    TOKEN_INVALID_API_CODE,
    USER_NOT_FOUND_API_CODE,
    run_emulator_process,
    seeded_user_id,
)

PRINCIPAL = "/api/v3/get-user-principal-authentication-info"


@pytest.fixture(scope="module")
def emulator():
    with run_emulator_process(users=40) as info:
        yield info


@pytest.fixture
def client(emulator):
    emulator.admin("POST", "reset")
    return ManagementClient(
        access_key_id=emulator.access_key_id,
        access_key_secret=emulator.access_key_secret,
        host=emulator.url,
    )


def success(reply):
    """A success envelope without its requestId, which every answer carries (as GenAuth's)."""
    reply = dict(reply)
    assert re.fullmatch(r"[0-9a-f]{32}", reply.pop("requestId"))
    return reply


def last_request(emulator, path):
    return [r for r in emulator.admin("GET", "requests") if r["path"] == path][-1]


def test_token_flow(client, emulator):
    token, userpool_id = client.http_client.token_provider.get_access_token()
    assert userpool_id == emulator.userpool_id
    assert client.http_client.token_provider.get_access_token()[0] == token  # cached
    # the SDK decodes the payload with plain base64 (discrepancies D8); it must agree
    payload = token.split(".")[1]
    assert json.loads(base64.b64decode(payload + "==="[: -len(payload) % 4 or None]))["jti"]
    assert emulator.admin("GET", "stats")["tokens_issued"] == 1


def test_wrong_credentials_raise_in_the_sdk(emulator):
    client = ManagementClient(access_key_id="nope", access_key_secret="nope", host=emulator.url)
    with pytest.raises(GenAuthException) as caught:
        client.get_user_mfa_status(user_id=seeded_user_id(0))
    assert caught.value.statusCode == 401


def test_get_user_principal_authentication_info(client, emulator):
    reply = client.get_user_principal_authentication_info(user_id=seeded_user_id(3))
    assert reply["statusCode"] == 200
    assert reply["data"]["totalCount"] == 1
    assert reply["data"]["list"][0] == {
        "authenticated": True,
        "principalType": "P",
        "principalCode": "110101000000000003",
        "principalName": "User 3",
        "authenticatedAt": "2024-01-01T00:00:03.000Z",
    }
    reply = client.get_user_principal_authentication_info(
        user_id="user000006@example.com", user_id_type="email"
    )
    assert reply["data"]["list"][0]["principalName"] == "User 6"
    seen = last_request(emulator, PRINCIPAL)
    assert seen["method"] == "GET"
    assert seen["query"] == [["userId", "user000006@example.com"], ["userIdType", "email"]]
    headers = seen["headers"]
    assert headers["x-genauth-sdk-version"] == "genauth-py-sdk:5.1.0"
    assert headers["x-genauth-lang"] == ""  # the SDK sends "" when no lang is given
    assert headers["x-genauth-userpool-id"] == emulator.userpool_id
    assert headers["authorization"].startswith("Bearer ")


def test_reset_user_principal_authentication_info(client, emulator):
    # the SDK takes userIdType inside `options`, as ResetUserPrincipalAuthenticationInfoDto says
    reply = client.reset_user_principal_authentication_info(
        user_id="user000009", options={"userIdType": "username"}
    )
    assert success(reply) == {"statusCode": 200, "message": "success", "data": {"success": True}}
    after = client.get_user_principal_authentication_info(user_id=seeded_user_id(9))
    assert after["data"] == {"totalCount": 0, "list": []}
    assert emulator.admin("GET", "stats")["writes"] == {seeded_user_id(9): 1}
    seen = last_request(emulator, "/api/v3/reset-user-principal-authentication-info")
    assert seen["headers"]["content-type"] == "application/json"


def test_reset_without_options_drops_the_none(client, emulator):
    reply = client.reset_user_principal_authentication_info(user_id=seeded_user_id(12))
    assert reply["data"] == {"success": True}


def test_set_then_get_mfa_status(client, emulator):
    trigger = {
        "mfaToken": "sdk-token",
        "mfaEmail": "a@example.com",
        "faceMfaEnabled": True,
        "applicationMfa": [
            {"mfaPolicy": "EMAIL", "status": 1, "sort": 1},
            {"mfaPolicy": "OTP", "status": 0, "sort": 2},
        ],
    }
    reply = client.set_users_mfa_status(
        mfa_trigger_data=trigger, user_id="13800000011", user_id_type="phone"
    )
    assert reply["data"] == {"success": True}
    reply = client.get_user_mfa_status(user_id="ext-000011", user_id_type="external_id")
    assert success(reply) == {"statusCode": 200, "message": "success", "data": trigger}
    assert emulator.admin("GET", "stats")["writes_by_route"] == {
        "/api/v3/set-mfa-status": {seeded_user_id(11): 1}
    }


def test_get_mfa_status_of_a_user_without_any(client):
    assert client.get_user_mfa_status(user_id=seeded_user_id(1))["data"] == {
        "mfaToken": "",
        "applicationMfa": [],
    }


def test_business_errors_come_back_as_dicts(client):
    # discrepancies D6: the official SDK returns failing envelopes instead of raising
    reply = client.get_user_mfa_status(user_id="ghost")
    assert (reply["statusCode"], reply["apiCode"]) == (404, USER_NOT_FOUND_API_CODE)
    reply = client.get_user_mfa_status(user_id="x", user_id_type="nickname")
    assert (reply["statusCode"], reply["apiCode"]) == (400, INVALID_PARAMETER_API_CODE)
    reply = client.set_users_mfa_status(mfa_trigger_data={"mfaToken": "t"}, user_id="x")
    assert "applicationMfa" in reply["message"]
    # user_id=None: requests drops None query values, so the emulator sees no userId
    reply = client.get_user_principal_authentication_info(user_id=None)
    assert (reply["statusCode"], reply["message"]) == (400, "userId is required")


def test_the_sdk_does_not_recover_from_a_revoked_token(client, emulator):
    assert client.get_user_mfa_status(user_id=seeded_user_id(0))["statusCode"] == 200
    emulator.admin("POST", "revoke-tokens")
    # auth.md 1.2: the official SDK caches the token until expires_in and never refreshes on
    # 401 (discrepancies D8), so every later call fails until the cache runs out
    for _ in range(2):
        reply = client.get_user_mfa_status(user_id=seeded_user_id(0))
        assert (reply["statusCode"], reply["apiCode"]) == (401, TOKEN_INVALID_API_CODE)
    assert emulator.admin("GET", "stats")["tokens_issued"] == 1  # it never asked for another


# --- the rest of User Management --------------------------------------------------------------
# The emulator is shared by the module and keeps its users between tests: the tests below
# only change users 20..39 and the users they create themselves.

U = seeded_user_id


def ok(reply):
    assert reply["statusCode"] == 200, reply
    return reply.get("data")


def test_list_users_post_and_legacy_get(client, emulator):
    data = ok(client.list_users(options={"pagination": {"page": 2, "limit": 5}}))
    assert [u["userId"] for u in data["list"]] == [U(i) for i in range(5, 10)]
    data = ok(
        client.list_users(
            keywords="user00002",
            advanced_filter=[{"field": "gender", "operator": "EQUAL", "value": "M"}],
            options={"sort": [{"field": "username", "order": "desc"}]},
        )
    )
    assert [u["username"] for u in data["list"]][:2] == ["user000028", "user000026"]
    data = ok(client.list_users_legacy(page=2, limit=3, with_custom_data=True, with_post=False))
    assert [u["userId"] for u in data["list"]] == [U(3), U(4), U(5)]
    # an SDK defect (discrepancies D7, auth.md §1): query booleans go as Python's True/False,
    # where node (and genauth_async) send true/false. The emulator accepts both spellings so
    # that the official SDK keeps working against it.
    seen = last_request(emulator, "/api/v3/list-users")
    assert ["withCustomData", "True"] in seen["query"]
    assert ["withPost", "False"] in seen["query"]


def test_get_user_and_get_user_batch(client, emulator):
    data = ok(client.get_user(user_id="user000021", user_id_type="username", with_identities=True))
    assert (data["userId"], data["identities"][0]["userIdInIdp"]) == (U(21), "idp-user000021")
    data = ok(client.get_user_batch(user_ids=[U(22), "ghost", U(21)], with_identities=False))
    assert [u["userId"] for u in data] == [U(22), U(21)]
    # a list goes as repeated query keys
    seen = last_request(emulator, "/api/v3/get-user-batch")
    assert [v for k, v in seen["query"] if k == "userIds"] == [U(22), "ghost", U(21)]


def test_create_update_and_batch_users(client, emulator):
    made = ok(
        client.create_user(
            username="sdk-alice",
            email="sdk-alice@example.org",
            password="pw",
            custom_data={"team": "red"},
            otp={"secret": "SDKOTP"},
        )
    )
    assert made["customData"] == {"team": "red"}
    updated = ok(client.update_user(user_id=made["userId"], nickname="Al", city="Oslo"))
    assert (updated["nickname"], updated["city"]) == ("Al", "Oslo")
    assert ok(client.get_otp_secret_by_user(user_id=made["userId"])) == {"secret": "SDKOTP"}
    assert ok(client.get_user_password_ciphertext(user_id="sdk-alice", user_id_type="username"))
    batch = ok(client.create_users_batch(list=[{"username": "sdk-b1"}, {"username": "sdk-b2"}]))
    ids = [u["userId"] for u in batch]
    batch = ok(client.update_user_batch(list=[{"userId": i, "name": "B"} for i in ids]))
    assert [u["name"] for u in batch] == ["B", "B"]
    assert ok(client.is_user_exists(username="sdk-b2")) == {"exists": True}
    assert ok(client.delete_users_batch(user_ids=[*ids, made["userId"]])) == {"success": True}
    assert ok(client.is_user_exists(username="sdk-b2")) == {"exists": False}
    assert client.get_user(user_id=ids[0])["statusCode"] == 404


def test_resign_and_archived_users(client, emulator):
    assert ok(client.resign_user(user_id="user000030", user_id_type="username"))["success"]
    assert ok(client.resign_user_batch(user_ids=[U(31), U(32)]))["success"]
    data = ok(client.list_archived_users(page=1, limit=50, start_at=0))
    archived = [a["userId"] for a in data["list"]]
    assert {U(30), U(31), U(32)} <= set(archived)
    assert client.get_user(user_id=U(31))["statusCode"] == 404


def test_identities_and_sync_relations(client, emulator):
    assert len(ok(client.get_user_identities(user_id=U(24)))) == 1
    assert ok(client.link_identity(user_id_in_idp="gh-24", user_id=U(24), ext_idp_id="gh"))
    assert ok(client.get_user(user_id="gh:gh-24", user_id_type="identity"))["userId"] == U(24)
    assert ok(client.get_user_loggedin_identities(user_id=U(24)))[0]["idpId"]
    assert ok(client.unlink_identity(user_id=U(24), ext_idp_id="gh", is_social=False))
    assert len(ok(client.get_user_identities(user_id=U(24)))) == 1
    relations = ok(client.get_user_sync_relations(user_id=U(25)))
    assert relations == [{"provider": "lark", "userIdInIdp": "ou_user000025", "userInfoInIdp": {}}]
    assert ok(client.delete_user_sync_relations(provider="lark", user_id=U(25)))["success"]
    assert ok(client.get_user_sync_relations(user_id=U(25))) == []


def test_roles_groups_departments_resources(client, emulator):
    assert ok(client.get_user_roles(user_id=U(26), namespace="default")) == {
        "totalCount": 0,
        "list": [],
    }
    assert ok(client.has_any_role(roles=[{"code": "admin"}], user_id=U(26))) == {
        "hasAnyRole": False
    }
    assert ok(client.get_user_groups(user_id=U(26)))["totalCount"] == 0
    data = ok(client.get_user_authorized_resources(user_id=U(26), resource_type="API"))
    assert data == {"totalCount": 0, "list": []}


def test_user_departments_are_not_in_the_official_sdk(client):
    # discrepancies D18: genauth 5.1.0 has neither get-user-departments nor set-user-departments
    assert not hasattr(client, "get_user_departments")
    assert not hasattr(client, "set_user_departments")


def test_apps_sessions_login_history(client, emulator):
    assert ok(client.get_user_accessible_apps(user_id=U(27))) == []
    assert ok(client.get_user_authorized_apps(user_id=U(27), user_id_type="user_id")) == []
    assert ok(client.get_user_loggedin_apps(user_id=U(27))) == []
    data = ok(client.get_user_login_history(user_id=U(27), app_id="a", page=1, limit=10))
    assert data == {"totalCount": 0, "list": []}
    assert ok(client.kick_users(app_ids=["app1"], user_id=U(27))) == {"success": True}
    assert ok(client.check_session_status(app_id="app1", user_id=U(27))) == {"active": False}


def test_mfa_info_import_otp_and_decrypt(client, emulator):
    reply = client.import_otp(list=[{"userId": U(28), "otp": {"secret": "S28"}}])
    assert success(reply) == {"statusCode": 200, "message": "success"}  # CommonResponseDto: no data
    assert ok(client.get_otp_secret_by_user(user_id=U(28))) == {"secret": "S28"}
    assert ok(client.get_user_mfa_info(user_id=U(28)))["totpStatus"] == "ENABLED"
    encrypted = base64.b64encode(b"secret value").decode()
    data = ok(client.user_field_decrypt(data=[{"encryptedContent": encrypted}], private_key="k"))
    assert data == [{"decryptedContent": "secret value"}]


# --- per-user data, seeded through POST /__emulator__/users (EmulatorInfo.add_users) ---------

ROLES = [
    {
        "id": "r1",
        "code": "admin",
        "name": "Admin",
        "description": "",
        "namespace": "default",
        "namespaceName": "Default",
    },
    {
        "id": "r2",
        "code": "payer",
        "name": "Payer",
        "description": "",
        "namespace": "billing",
        "namespaceName": "Billing",
    },
]
GROUP = {"id": "g1", "code": "ops", "name": "Ops", "description": "", "type": "static"}
APPS = [
    {
        "appId": f"app{i}",
        "appName": f"App {i}",
        "appLogo": f"https://example.com/{i}.png",
        "appLoginUrl": f"https://example.com/{i}/login",
        "appDefaultLoginStrategy": "ALLOW_ALL",
    }
    for i in (1, 2)
]
RESOURCES = [
    {
        "resourceCode": "orders",
        "resourceType": "API",
        "apiIdentifier": "/orders",
        "actions": ["read", "write"],
        "effect": "ALLOW",
        "namespace": "default",
    },
    {
        "resourceCode": "menu",
        "resourceType": "MENU",
        "apiIdentifier": "/menu",
        "actions": ["view"],
        "effect": "ALLOW",
        "namespace": "billing",
    },
]
LOGINS = [
    {
        **{k: v for k, v in APPS[i - 1].items() if k != "appDefaultLoginStrategy"},
        "clientIp": f"10.0.0.{i}",
        "userAgent": "pytest",
        "time": f"2025-01-0{day}T00:00:00.000Z",
    }
    for i, day in ((1, 1), (2, 2), (1, 3))
]


def rich_user(user_id, username):
    return {
        "userId": user_id,
        "username": username,
        "email": f"{username}@example.org",
        "externalId": f"ext-{username}",
        "roles": ROLES,
        "groups": [GROUP],
        "departments": [
            {"departmentId": "dep-a", "isMainDepartment": True},
            {"departmentId": "dep-b", "isLeader": True},
        ],
        "apps": APPS,
        "authorizedResources": RESOURCES,
        "loginHistory": LOGINS,
        "sessions": ["app1", "app2"],
        "identities": [
            {"extIdpId": "gh", "userIdInIdp": f"{username}-gh", "provider": "github"},
        ],
        "principalAuth": [
            {
                "authenticated": True,
                "principalType": "E",
                "principalCode": "91310000",
                "principalName": "ACME",
                "authenticatedAt": "2025-01-01T00:00:00.000Z",
            }
        ],
        "mfaTriggerData": {
            "mfaToken": "rich",
            "mfaEmail": f"{username}@example.org",
            "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 1}],
        },
    }


def test_seeded_roles_groups_departments_resources(client, emulator):
    reply = emulator.add_users([rich_user("rich-1", "rich1")])
    assert reply == {"created": ["rich-1"], "replaced": []}
    data = ok(client.get_user_roles(user_id="rich-1", namespace="default"))
    assert data == {"totalCount": 1, "list": [ROLES[0]]}
    data = ok(client.get_user_roles(user_id="rich1", user_id_type="username"))
    assert [r["code"] for r in data["list"]] == ["admin", "payer"]
    roles = [{"code": "payer", "namespace": "billing"}]
    assert ok(client.has_any_role(roles=roles, user_id="rich-1")) == {"hasAnyRole": True}
    roles = [{"code": "payer"}]  # in the default namespace: not held
    assert ok(client.has_any_role(roles=roles, user_id="rich-1")) == {"hasAnyRole": False}
    data = ok(client.get_user_groups(user_id="ext-rich1", user_id_type="external_id"))
    assert data == {"totalCount": 1, "list": [{"metadataSource": [], "members": [], **GROUP}]}
    data = ok(client.get_user_authorized_resources(user_id="rich-1", resource_type="API"))
    api_resource = {k: v for k, v in RESOURCES[0].items() if k != "namespace"}
    assert data == {"totalCount": 1, "list": [api_resource]}
    data = ok(client.get_user_authorized_resources(user_id="rich-1", namespace="billing"))
    assert [r["resourceCode"] for r in data["list"]] == ["menu"]
    # the official SDK has no department endpoints (D18); list-users shows the memberships
    data = ok(
        client.list_users(
            advanced_filter=[{"field": "userId", "operator": "EQUAL", "value": "rich-1"}],
            options={"withDepartmentIds": True},
        )
    )
    assert [u["departmentIds"] for u in data["list"]] == [["dep-a", "dep-b"]]


def test_organizations_read_the_department_tree(client, emulator):
    world = emulator.dump_fixture()
    users = [*world["users"], {"userId": "m-1", "departments": [{"departmentId": "eng"}]}]
    emulator.load_fixture(
        {
            **world,
            "users": users,
            "organizations": [{"organizationCode": "acme", "departmentId": "acme-root"}],
            "departments": [{"departmentId": "eng", "parentDepartmentId": "acme-root"}],
        }
    )
    try:
        org = ok(client.get_organization(organization_code="acme"))
        assert (org["departmentId"], org["membersCount"], org["hasChildren"]) == (
            "acme-root",
            1,
            True,
        )
        data = ok(client.list_organizations(page=1, limit=10))
        assert (data["totalCount"], data["list"]) == (1, [org])
        assert ok(client.get_organizations_batch(organization_code_list=["acme", "no"])) == [org]
    finally:
        emulator.load_fixture(world)


def test_seeded_apps_sessions_login_history(client, emulator):
    emulator.add_users([rich_user("rich-2", "rich2")])
    assert ok(client.get_user_accessible_apps(user_id="rich-2")) == APPS
    assert ok(client.get_user_authorized_apps(user_id="rich2", user_id_type="username")) == APPS
    assert ok(client.get_user_loggedin_apps(user_id="rich-2")) == [
        {k: v for k, v in app.items() if k != "appDefaultLoginStrategy"} for app in APPS
    ]
    data = ok(client.get_user_login_history(user_id="rich-2", page=1, limit=10))
    assert data["totalCount"] == 3
    assert [e["time"][:10] for e in data["list"]] == ["2025-01-03", "2025-01-02", "2025-01-01"]
    assert data["list"][0] == LOGINS[2]
    data = ok(client.get_user_login_history(user_id="rich-2", app_id="app1", client_ip="10.0.0.1"))
    assert data["totalCount"] == 2
    start = 1735776000000  # 2025-01-02T00:00:00Z, in milliseconds
    data = ok(client.get_user_login_history(user_id="rich-2", start=start, page=1, limit=1))
    assert (data["totalCount"], data["list"]) == (2, [LOGINS[2]])
    assert ok(client.check_session_status(app_id="app2", user_id="rich-2")) == {"active": True}
    assert ok(client.kick_users(app_ids=["app2"], user_id="rich-2")) == {"success": True}
    assert ok(client.check_session_status(app_id="app2", user_id="rich-2")) == {"active": False}
    assert ok(client.check_session_status(app_id="app1", user_id="rich-2")) == {"active": True}


def test_seeded_identities_principal_auth_and_mfa(client, emulator):
    emulator.add_users([rich_user("rich-3", "rich3")])
    assert ok(client.get_user_loggedin_identities(user_id="rich-3")) == [
        {
            "identityId": "rich-3-identity-0",
            "idpName": "github",
            "idpNameEn": "github",
            "idpLogo": "",
            "idpId": "gh",
        }
    ]
    assert ok(client.get_user(user_id="gh:rich3-gh", user_id_type="identity"))["userId"] == "rich-3"
    data = ok(client.get_user_principal_authentication_info(user_id="rich-3"))
    assert [p["principalName"] for p in data["list"]] == ["ACME"]
    assert ok(client.get_user_mfa_status(user_id="rich-3"))["mfaToken"] == "rich"
    info = ok(client.get_user_mfa_info(user_id="rich-3"))
    assert (info["emailMfaStatus"], info["smsMfaStatus"]) == ("ENABLED", "DISABLED")


def test_add_users_replaces_and_rejects(client, emulator):
    emulator.add_users([rich_user("rich-4", "rich4")])
    reply = emulator.add_users([{"userId": "rich-4", "username": "rich4b"}])
    assert reply == {"created": [], "replaced": ["rich-4"]}
    assert ok(client.get_user_roles(user_id="rich-4")) == {"totalCount": 0, "list": []}
    assert client.get_user(user_id="rich4", user_id_type="username")["statusCode"] == 404
    with pytest.raises(ValueError, match="loginHistory"):
        emulator.add_users([{"userId": "rich-5", "loginHistory": [{"appId": "a"}]}])
    assert client.get_user(user_id="rich-5")["statusCode"] == 404
