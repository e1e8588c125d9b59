import asyncio
import base64
import hashlib
import hmac
import json
import re
import socket

import aiohttp
import pytest
from aiohttp.test_utils import make_mocked_request

from genauth_async.testing import (
    DEFAULT_USERPOOL_ID,
    INVALID_CREDENTIALS_API_CODE,
    INVALID_PARAMETER_API_CODE,
    ROUTE_NOT_FOUND_API_CODE,
    SEED_EXT_IDP_ID,
    TOKEN_INVALID_API_CODE,
    USER_ID_TYPES,
    USER_NOT_FOUND_API_CODE,
    EmulatorUser,
    GenAuthEmulator,
    UserPool,
    seeded_user_id,
    seeded_username,
)
from genauth_async.testing._routing import ApiError, Call, Route

PRINCIPAL = "/api/v3/get-user-principal-authentication-info"
RESET = "/api/v3/reset-user-principal-authentication-info"
SET_MFA = "/api/v3/set-mfa-status"
GET_MFA = "/api/v3/get-mfa-status"

MFA = {
    "mfaToken": "tok-1",
    "mfaPhone": "13900000000",
    "totpMfaEnabled": True,
    "applicationMfa": [{"mfaPolicy": "EMAIL", "status": 1, "sort": 2}],
}


def success(reply):
    """A success envelope without its requestId, which every answer carries (as GenAuth's)."""
    reply = dict(reply)
    assert re.fullmatch(r"[0-9a-f]{32}", reply.pop("requestId"))
    return reply


def b64url_json(part):
    assert "=" not in part
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def assert_error(status, body, *, http, code, api_code, mentions=()):
    assert (status, body["statusCode"], body["apiCode"]) == (http, code, api_code)
    assert body["requestId"]
    for word in mentions:
        assert word in body["message"]


# --- management token ---------------------------------------------------------------------


async def test_token_is_a_signed_jwt_with_the_claims(api, emulator, clock):
    body = await api.fetch_token()
    assert body["statusCode"] == 200
    assert body["data"]["expires_in"] == 60
    token = body["data"]["access_token"]
    header, payload, signature = token.split(".")
    assert b64url_json(header) == {"alg": "HS256", "typ": "JWT"}
    claims = b64url_json(payload)
    assert claims["scoped_userpool_id"] == DEFAULT_USERPOOL_ID
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] == int(clock.now) + 60
    # the official SDK decodes with plain base64; the payload must survive that too
    assert json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4))) == claims
    expected = hmac.new(
        emulator.access_key_secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256
    ).digest()
    assert base64.urlsafe_b64decode(signature + "=") == expected
    other = b64url_json((await api.fetch_token())["data"]["access_token"].split(".")[1])
    assert other["jti"] != claims["jti"]
    assert emulator.stats.tokens_issued == 2


@pytest.mark.parametrize(
    ("key_id", "secret"), [("wrong", None), (None, "wrong"), ("wrong", "wrong")]
)
async def test_wrong_credentials_are_http_200_status_401(api, key_id, secret):
    body = await api.fetch_token(key_id, secret)
    assert (body["statusCode"], body["apiCode"]) == (401, INVALID_CREDENTIALS_API_CODE)
    assert "data" not in body


async def test_token_request_missing_field(api):
    status, body = await api.post("/api/v3/get-management-token", {"accessKeyId": "x"}, headers={})
    assert_error(
        status,
        body,
        http=200,
        code=400,
        api_code=INVALID_PARAMETER_API_CODE,
        mentions=["accessKeySecret"],
    )


async def test_token_expires(api, emulator, clock):
    await api.login()
    clock.advance(59.9)
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 200
    clock.advance(0.1)
    status, body = await api.get(GET_MFA, {"userId": seeded_user_id(0)})
    assert_error(status, body, http=401, code=401, api_code=TOKEN_INVALID_API_CODE)
    assert emulator.stats.unauthorized == 1


async def test_token_expires_in_real_time(session):
    from conftest import Api

    async with GenAuthEmulator(token_lifetime=1) as emulator:
        emulator.seed_users(1)
        api = Api(session, emulator)
        assert (await api.fetch_token())["data"]["expires_in"] == 1
        await api.login()
        assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 200
        await asyncio.sleep(1.05)
        assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 401
        emulator.token_lifetime = 1.5
        assert (await api.fetch_token())["data"]["expires_in"] == 1.5


async def test_revoked_tokens_are_rejected(api, emulator):
    await api.login()
    assert emulator.revoke_tokens() == 1
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 401
    await api.login()
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 200
    assert await api.admin("POST", "revoke-tokens") == {"revoked": 1}
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 401


@pytest.mark.parametrize(
    "headers",
    [
        {"x-genauth-userpool-id": "someone-elses-pool"},
        {"x-genauth-userpool-id": ""},
        {"x-genauth-userpool-id": None},
        {"authorization": None},
        {"authorization": "Basic abc"},
        {"authorization": "Bearer not-a-token"},
    ],
)
async def test_bad_auth_headers_are_http_401(api, headers):
    await api.login()
    sent = {k: v for k, v in {**api.headers(), **headers}.items() if v is not None}
    status, body = await api.get(GET_MFA, {"userId": seeded_user_id(0)}, headers=sent)
    assert_error(status, body, http=401, code=401, api_code=TOKEN_INVALID_API_CODE)


@pytest.mark.parametrize("status_code", [401, 400])
async def test_token_rejection_can_come_as_http_200(session, status_code):
    from conftest import Api

    async with GenAuthEmulator(
        token_error_http_status=200, token_error_status_code=status_code
    ) as emulator:
        emulator.seed_users(1)
        api = Api(session, emulator)
        await api.login()
        assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}))[0] == 200
        emulator.revoke_tokens()
        status, body = await api.get(GET_MFA, {"userId": seeded_user_id(0)})
        assert_error(status, body, http=200, code=status_code, api_code=TOKEN_INVALID_API_CODE)
        assert "revoked" in body["message"]
        await api.login()
        headers = {**api.headers(), "x-genauth-userpool-id": "another-pool"}
        status, body = await api.get(GET_MFA, {"userId": seeded_user_id(0)}, headers=headers)
        assert_error(status, body, http=200, code=status_code, api_code=TOKEN_INVALID_API_CODE)
        assert emulator.stats.unauthorized == 2
        # wrong credentials at the token endpoint are unchanged: HTTP 200, statusCode 401
        body = await api.fetch_token(secret="wrong")
        assert (body["statusCode"], body["apiCode"]) == (401, INVALID_CREDENTIALS_API_CODE)
        # back to the default, at run time
        emulator.token_error_http_status = 401
        emulator.token_error_status_code = 401
        emulator.revoke_tokens()
        status, body = await api.get(GET_MFA, {"userId": seeded_user_id(0)})
        assert_error(status, body, http=401, code=401, api_code=TOKEN_INVALID_API_CODE)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"token_error_http_status": 500},
        {"token_error_http_status": 302},
        {"token_error_http_status": True},
        {"token_error_status_code": 200},
        {"token_error_status_code": 503},
        {"token_error_status_code": "401"},
    ],
)
def test_token_error_settings_are_validated(kwargs):
    with pytest.raises(ValueError, match="token_error_"):
        GenAuthEmulator(**kwargs)
    emulator = GenAuthEmulator()
    with pytest.raises(ValueError, match="token_error_"):
        for name, value in kwargs.items():
            setattr(emulator, name, value)
    assert (emulator.token_error_http_status, emulator.token_error_status_code) == (401, 401)


async def test_bearer_scheme_is_case_insensitive(api):
    await api.login()
    headers = {**api.headers(), "authorization": f"bearer {api.token}"}
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(0)}, headers=headers))[0] == 200


# --- userId / userIdType resolution -----------------------------------------------------------

USER_3_IDS = {
    "user_id": seeded_user_id(3),
    "external_id": "ext-000003",
    "phone": "13800000003",
    "email": "user000003@example.com",
    "username": "user000003",
    "identity": f"{SEED_EXT_IDP_ID}:idp-user000003",
    "sync_relation": "lark:ou_user000003",
}


@pytest.mark.parametrize(("kind", "user_id"), USER_3_IDS.items())
async def test_every_user_id_type_resolves(api, kind, user_id):
    status, body = await api.get(PRINCIPAL, {"userId": user_id, "userIdType": kind})
    assert status == 200
    assert body["statusCode"] == 200
    assert body["data"]["list"][0]["principalName"] == "User 3"


async def test_user_id_type_defaults_to_user_id(api):
    assert (await api.get(PRINCIPAL, {"userId": seeded_user_id(3)}))[1]["data"]["totalCount"] == 1
    status, body = await api.get(PRINCIPAL, {"userId": "user000003"})
    assert_error(status, body, http=200, code=404, api_code=USER_NOT_FOUND_API_CODE)


async def test_invalid_user_id_type_names_the_allowed_values(api):
    status, body = await api.get(PRINCIPAL, {"userId": "x", "userIdType": "nickname"})
    assert_error(
        status,
        body,
        http=200,
        code=400,
        api_code=INVALID_PARAMETER_API_CODE,
        mentions=["userIdType", *USER_ID_TYPES],
    )


async def test_custom_field_user_id_type_is_unsupported(api):
    status, body = await api.get(PRINCIPAL, {"userId": "a:b", "userIdType": "custom_field"})
    assert_error(
        status, body, http=200, code=400, api_code=INVALID_PARAMETER_API_CODE, mentions=["custom"]
    )


@pytest.mark.parametrize("path", [PRINCIPAL, GET_MFA])
async def test_get_endpoints_require_user_id(api, path):
    for params in ({}, {"userId": ""}, {"userIdType": "email"}):
        status, body = await api.get(path, params)
        assert_error(
            status,
            body,
            http=200,
            code=400,
            api_code=INVALID_PARAMETER_API_CODE,
            mentions=["userId"],
        )


@pytest.mark.parametrize(("path", "kind"), [(PRINCIPAL, "email"), (GET_MFA, "phone")])
async def test_unknown_user_is_http_200_status_404(api, path, kind):
    status, body = await api.get(path, {"userId": "nobody", "userIdType": kind})
    assert_error(status, body, http=200, code=404, api_code=USER_NOT_FOUND_API_CODE)


# --- get/reset principal authentication info ------------------------------------------------


async def test_principal_info_of_a_user_without_any(api):
    status, body = await api.get(PRINCIPAL, {"userId": seeded_user_id(1)})
    assert (status, success(body)) == (
        200,
        {"statusCode": 200, "message": "success", "data": {"totalCount": 0, "list": []}},
    )


async def test_principal_info_is_a_page_of_dtos(api):
    _, body = await api.get(PRINCIPAL, {"userId": seeded_user_id(6)})
    assert body["data"] == {
        "totalCount": 1,
        "list": [
            {
                "authenticated": True,
                "principalType": "P",
                "principalCode": "110101000000000006",
                "principalName": "User 6",
                "authenticatedAt": "2024-01-01T00:00:06.000Z",
            }
        ],
    }


async def test_reset_principal_info_with_options_user_id_type(api, emulator, clock):
    user = emulator.pool.get(seeded_user_id(9))
    clock.advance(100)
    body = {"userId": "user000009@example.com", "options": {"userIdType": "email"}}
    status, reply = await api.post(RESET, body)
    assert (status, success(reply)) == (
        200,
        {"statusCode": 200, "message": "success", "data": {"success": True}},
    )
    assert (await api.get(PRINCIPAL, {"userId": user.user_id}))[1]["data"]["totalCount"] == 0
    assert user.principal_auth == []
    assert user.updated_at != user.created_at
    assert emulator.stats.writes == {user.user_id: 1}
    assert emulator.stats.writes_by_route == {RESET: {user.user_id: 1}}


async def test_reset_principal_info_defaults_and_nulls(api, emulator):
    assert (await api.post(RESET, {"userId": seeded_user_id(0)}))[1]["data"] == {"success": True}
    body = {"userId": seeded_user_id(3), "options": {"userIdType": None}}
    assert (await api.post(RESET, body))[1]["data"] == {"success": True}
    assert emulator.stats.writes[seeded_user_id(3)] == 1


async def test_reset_principal_info_ignores_a_top_level_user_id_type(api, emulator):
    # ResetUserPrincipalAuthenticationInfoDto has no top-level userIdType: it is in options
    status, body = await api.post(RESET, {"userId": "user000003", "userIdType": "username"})
    assert_error(status, body, http=200, code=404, api_code=USER_NOT_FOUND_API_CODE)
    assert not emulator.stats.writes


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ({}, ["userId"]),
        ({"userId": 3}, ["userId"]),
        ({"userId": seeded_user_id(3), "options": "email"}, ["options"]),
        ({"userId": seeded_user_id(3), "options": {"userIdType": "bad"}}, ["userIdType"]),
    ],
)
async def test_reset_principal_info_bad_requests(api, emulator, body, mentions):
    status, reply = await api.post(RESET, body)
    assert_error(
        status, reply, http=200, code=400, api_code=INVALID_PARAMETER_API_CODE, mentions=mentions
    )
    assert not emulator.stats.writes
    assert emulator.pool.get(seeded_user_id(3)).principal_auth


# --- set/get MFA status -------------------------------------------------------------------


async def test_set_then_get_mfa_status(api, emulator):
    body = {"mfaTriggerData": MFA, "userId": "13800000005", "userIdType": "phone"}
    assert success((await api.post(SET_MFA, body))[1]) == {
        "statusCode": 200,
        "message": "success",
        "data": {"success": True},
    }
    status, reply = await api.get(GET_MFA, {"userId": "user000005", "userIdType": "username"})
    assert (status, reply["statusCode"], reply["data"]) == (200, 200, MFA)
    assert emulator.stats.writes_by_route[SET_MFA] == {seeded_user_id(5): 1}


async def test_get_mfa_status_of_seeded_users(api):
    _, reply = await api.get(GET_MFA, {"userId": seeded_user_id(4)})
    assert reply["data"]["mfaToken"] == "mfa-user000004"
    assert reply["data"]["applicationMfa"] == [{"mfaPolicy": "SMS", "status": 1, "sort": 1}]
    # never set: an empty GetMfaInfoDataDto, not a 404
    _, reply = await api.get(GET_MFA, {"userId": seeded_user_id(5)})
    assert reply["data"] == {"mfaToken": "", "applicationMfa": []}


def _mfa(**changes):
    data = {**MFA, **changes}
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.parametrize(
    ("trigger", "mentions"),
    [
        (None, ["mfaTriggerData"]),
        ("not an object", ["mfaTriggerData"]),
        (_mfa(mfaToken=None), ["mfaToken"]),
        (_mfa(mfaToken=5), ["mfaToken"]),
        (_mfa(applicationMfa=None), ["applicationMfa"]),
        (_mfa(applicationMfa={"mfaPolicy": "SMS"}), ["applicationMfa"]),
        (_mfa(applicationMfa=["SMS"]), ["applicationMfa[0]"]),
        (_mfa(applicationMfa=[{"mfaPolicy": "SMS", "status": 1}]), ["applicationMfa[0].sort"]),
        (_mfa(applicationMfa=[{"status": 1, "sort": 1}]), ["mfaPolicy"]),
        (_mfa(applicationMfa=[{"mfaPolicy": "SMS", "status": True, "sort": 1}]), ["status"]),
        (_mfa(applicationMfa=[{"mfaPolicy": 1, "status": 1, "sort": 1}]), ["mfaPolicy"]),
    ],
)
async def test_set_mfa_status_validates_the_trigger_data(api, emulator, trigger, mentions):
    body = {"userId": seeded_user_id(1)}
    if trigger is not None:
        body["mfaTriggerData"] = trigger
    status, reply = await api.post(SET_MFA, body)
    assert_error(
        status, reply, http=200, code=400, api_code=INVALID_PARAMETER_API_CODE, mentions=mentions
    )
    assert not emulator.stats.writes


async def test_set_mfa_status_errors_on_user(api, emulator):
    status, reply = await api.post(SET_MFA, {"mfaTriggerData": MFA})
    assert_error(status, reply, http=200, code=400, api_code=INVALID_PARAMETER_API_CODE)
    status, reply = await api.post(SET_MFA, {"mfaTriggerData": MFA, "userId": "ghost"})
    assert_error(status, reply, http=200, code=404, api_code=USER_NOT_FOUND_API_CODE)
    body = {"mfaTriggerData": MFA, "userId": "ghost", "userIdType": "email_address"}
    status, reply = await api.post(SET_MFA, body)
    assert_error(status, reply, http=200, code=400, api_code=INVALID_PARAMETER_API_CODE)
    assert not emulator.stats.writes


# --- protocol details ---------------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'"text"'])
async def test_a_body_that_is_not_a_json_object_is_http_400(api, raw):
    await api.login()
    headers = {**api.headers(), "content-type": "application/json"}
    status, body = await api.call("POST", SET_MFA, headers=headers, data=raw)
    assert_error(status, body, http=400, code=400, api_code=INVALID_PARAMETER_API_CODE)


async def test_unknown_route_and_method(api):
    status, body = await api.get("/api/v3/no-such-endpoint")
    assert_error(status, body, http=404, code=404, api_code=ROUTE_NOT_FOUND_API_CODE)
    status, body = await api.post(GET_MFA, {})
    assert_error(status, body, http=405, code=405, api_code=ROUTE_NOT_FOUND_API_CODE)


def _call(query="", method="GET", body=None):
    request = make_mocked_request(method, f"/x?{query}")
    return Call(request, None, Route(method, "/x", lambda call: None), body or {})


@pytest.mark.parametrize(
    ("value", "expected"), [("true", True), ("True", True), ("false", False), ("False", False)]
)
def test_query_booleans_accept_both_spellings(value, expected):
    assert _call(f"withCustomData={value}").flag("withCustomData") is expected


def test_query_boolean_defaults_and_errors():
    assert _call().flag("withCustomData") is False
    assert _call().flag("withCustomData", default=True) is True
    with pytest.raises(ApiError, match="withCustomData must be a boolean"):
        _call("withCustomData=yes").flag("withCustomData")
    assert _call(method="POST", body={"flag": True}).flag("flag") is True
    with pytest.raises(ApiError):
        _call(method="POST", body={"flag": "true"}).flag("flag")


def test_query_arrays_are_repeated_keys():
    assert _call("userIds=a&userIds=b&x=1").arg_list("userIds") == ["a", "b"]
    assert _call("userIds[]=a&userIds[]=b").arg_list("userIds") == ["a", "b"]
    assert _call().arg_list("userIds") == []
    with pytest.raises(ApiError, match="userIds is required"):
        _call().arg_list("userIds", required=True)
    assert _call(method="POST", body={"ids": ["a"]}).arg_list("ids") == ["a"]
    with pytest.raises(ApiError, match="ids must be an array"):
        _call(method="POST", body={"ids": "a"}).arg_list("ids")


async def test_counters_and_request_log(api, emulator):
    await api.get(GET_MFA, {"userId": seeded_user_id(0)})
    await api.get(GET_MFA, {"userId": "ghost"})
    await api.admin("GET", "stats")
    stats = await api.admin("GET", "stats")
    assert stats["requests"] == {"/api/v3/get-management-token": 1, GET_MFA: 2}
    assert stats["tokens_issued"] == 1
    assert stats["users"] == 30
    assert stats["live_tokens"] == 1
    log = await api.admin("GET", "requests")
    assert [entry["path"] for entry in log] == ["/api/v3/get-management-token", GET_MFA, GET_MFA]
    assert log[1]["query"] == [["userId", seeded_user_id(0)]]
    assert log[1]["headers"]["x-genauth-userpool-id"] == DEFAULT_USERPOOL_ID
    emulator.reset_stats()
    assert not emulator.stats.requests


# --- the user pool ------------------------------------------------------------------------


def test_seeded_users_are_deterministic():
    one, two = UserPool(), UserPool()
    one.seed(50)
    two.seed(20)
    two.seed(30)
    assert [u.to_dto(with_identities=True) for u in one] == [
        u.to_dto(with_identities=True) for u in two
    ]
    assert [u.mfa_trigger_data for u in one] == [u.mfa_trigger_data for u in two]
    users = list(one)
    assert [i for i, u in enumerate(users) if u.principal_auth] == list(range(0, 50, 3))
    assert [i for i, u in enumerate(users) if u.mfa_trigger_data] == list(range(0, 50, 2))
    assert users[7].user_id == seeded_user_id(7) == "65a100000000000000000007"
    assert users[7].to_dto()["createdAt"] == "2024-01-01T00:00:07.000Z"


def test_seeded_ids_and_usernames_are_different_things():
    pool = UserPool()
    pool.seed(3)
    user = pool.resolve("username", seeded_username(2))
    assert user is not None and user.username == seeded_username(2) == "user000002"
    assert user.user_id == seeded_user_id(2) != seeded_username(2)
    assert pool.resolve("user_id", seeded_username(2)) is None


@pytest.mark.parametrize("n", [-5, 1.5, True, "3"])
def test_seeding_a_bad_number_of_users_is_refused(n):
    pool = UserPool()
    with pytest.raises(ValueError, match="number of users to seed must be an int >= 0"):
        pool.seed(n)
    assert len(pool) == 0


async def test_success_envelopes_carry_a_request_id(api):
    _, first = await api.get(GET_MFA, {"userId": seeded_user_id(0)})
    _, second = await api.get(GET_MFA, {"userId": seeded_user_id(0)})
    assert first["statusCode"] == 200
    assert re.fullmatch(r"[0-9a-f]{32}", first["requestId"])
    assert first["requestId"] != second["requestId"]


def test_seeding_100k_users():
    pool = UserPool()
    pool.seed(100_000)
    assert len(pool) == 100_000
    last = pool.resolve("sync_relation", "lark:ou_user099999")
    assert last is pool.resolve("username", "user099999")
    assert last.user_id == seeded_user_id(99_999)
    assert pool.resolve("identity", f"{SEED_EXT_IDP_ID}:idp-user050000").email == (
        "user050000@example.com"
    )


def test_pool_rejects_duplicates_and_reindexes_updates():
    pool = UserPool()
    pool.seed(2)
    with pytest.raises(ValueError, match="duplicate user_id"):
        pool.add(EmulatorUser(user_id=seeded_user_id(0)))
    with pytest.raises(ValueError, match="duplicate email"):
        pool.add(EmulatorUser(user_id="new", email="user000001@example.com"))
    assert "new" not in pool
    pool.add(EmulatorUser(user_id="taken", username="user000002"))
    with pytest.raises(ValueError, match="clash"):
        pool.seed(1)  # would create user000002
    assert len(pool) == 3
    user = pool.get(seeded_user_id(0))
    pool.update(
        user, username="renamed", sync_relations=[{"provider": "wechatwork", "userIdInIdp": "w1"}]
    )
    assert pool.resolve("username", "renamed") is user
    assert pool.resolve("username", "user000000") is None
    assert pool.resolve("sync_relation", "wechatwork:w1") is user
    with pytest.raises(ValueError):
        pool.update(user, email="user000001@example.com")
    assert user.email == "user000000@example.com"
    assert pool.resolve("email", "user000000@example.com") is user
    pool.remove(user.user_id)
    assert pool.resolve("username", "renamed") is None
    assert len(pool) == 2


async def test_added_users_resolve_by_identity(api, emulator):
    emulator.add_user(
        "custom-1",
        username="alice",
        identities=[{"extIdpId": "idp9", "userIdInIdp": "a1", "provider": "github"}],
        principal_auth=[
            {
                "authenticated": False,
                "principalType": "E",
                "principalCode": "91310000",
                "principalName": "ACME",
                "authenticatedAt": "2025-01-01T00:00:00.000Z",
            }
        ],
    )
    _, body = await api.get(PRINCIPAL, {"userId": "idp9:a1", "userIdType": "identity"})
    assert body["data"]["list"][0]["principalName"] == "ACME"


# --- lifecycle and the shipped fixture ----------------------------------------------------


def test_exported_names():
    import genauth_async.testing as testing

    assert sorted(testing.__all__) == sorted(set(testing.__all__))
    assert all(hasattr(testing, name) for name in testing.__all__)
    # (names starting with "@" are pytest's assertion-rewriting helpers: it rewrites plugins)
    public = {n for n in vars(testing) if not n.startswith(("_", "@"))}
    modules = {"emulator", "plugin"}
    assert public - modules - {"annotations"} <= set(testing.__all__)


async def test_lifecycle():
    emulator = GenAuthEmulator()
    with pytest.raises(RuntimeError):
        emulator.url  # noqa: B018
    url = await emulator.start()
    assert url.startswith("http://127.0.0.1:") and url == emulator.url
    with pytest.raises(RuntimeError):
        await emulator.start()
    await emulator.stop()
    await emulator.stop()
    with pytest.raises(ValueError):
        await emulator.start(host="0.0.0.0")
    with pytest.raises(ValueError, match=r"port must be an int in 0\.\.65535"):
        await emulator.start(port=-1)
    with pytest.raises(ValueError):
        GenAuthEmulator(token_lifetime=0)


async def test_start_listens_on_the_port_and_host_given():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with GenAuthEmulator() as probe:
        assert probe.url != f"http://127.0.0.1:{port}"  # 0, the default, picks a free port
    emulator = GenAuthEmulator()
    assert await emulator.start(host="localhost", port=port) == f"http://localhost:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{port}/__emulator__/stats"
            async with session.get(url) as response:
                assert response.status == 200
    finally:
        await emulator.stop()


async def test_the_shipped_fixture(genauth_emulator, session):
    from conftest import Api

    assert len(genauth_emulator.pool) == 100
    api = Api(session, genauth_emulator)
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(99)}))[0] == 200


@pytest.mark.genauth_emulator(users=3, token_lifetime=5, faults={"error_rate": 1.0})
async def test_the_shipped_fixture_takes_a_marker(genauth_emulator):
    assert len(genauth_emulator.pool) == 3
    assert genauth_emulator.token_lifetime == 5
    assert genauth_emulator.faults.error_rate == 1.0


def test_the_emulator_knows_every_user_id_type_of_the_api():
    # the emulator's own tuple (it does not load the users models) against the spec's enum
    from genauth_async.models import UserIdType

    assert tuple(t.value for t in UserIdType) == USER_ID_TYPES
