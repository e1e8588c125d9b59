"""The stateful services, through raw HTTP: each write is seen by the reads of every module,
requests are checked against the spec, and a fixture loads and dumps the whole world."""

from __future__ import annotations

import importlib.resources
import json

import pytest

from genauth_async.testing import (
    INVALID_PARAMETER_API_CODE,
    NOT_FOUND_API_CODE,
    ROUTE_NOT_FOUND_API_CODE,
    seeded_user_id,
)

U1, U2 = seeded_user_id(1), seeded_user_id(2)


async def ok(api, method, path, body=None, **query):
    if method == "GET":
        status, reply = await api.get(path, params=query)
    else:
        status, reply = await api.post(path, body)
    assert status == 200 and reply["statusCode"] == 200, reply
    return reply.get("data")


async def test_roles_flow(api):
    role = await ok(api, "POST", "/api/v3/create-role", {"code": "admin", "name": "Admin"})
    assert role["code"] == "admin" and role["namespace"] == "default"
    targets = [{"targetType": "USER", "targetIdentifier": u} for u in (U1, U2)]
    await ok(api, "POST", "/api/v3/assign-role", {"code": "admin", "targets": targets})
    roles = await ok(api, "GET", "/api/v3/get-user-roles", userId=U1)
    assert [r["code"] for r in roles["list"]] == ["admin"]
    wanted = {"userId": U1, "roles": [{"code": "admin"}]}
    assert (await ok(api, "POST", "/api/v3/has-any-role", wanted))["hasAnyRole"] is True
    members = await ok(api, "GET", "/api/v3/list-role-members", code="admin")
    assert {m["userId"] for m in members["list"]} == {U1, U2}
    # a deleted user is gone from the role's members
    await ok(api, "POST", "/api/v3/delete-users-batch", {"userIds": [U2]})
    members = await ok(api, "GET", "/api/v3/list-role-members", code="admin")
    assert [m["userId"] for m in members["list"]] == [U1]
    # a renamed role is renamed for its holders; a deleted one is gone from them
    change = {"code": "admin", "newCode": "root", "name": "Root"}
    await ok(api, "POST", "/api/v3/update-role", change)
    roles = await ok(api, "GET", "/api/v3/get-user-roles", userId=U1)
    assert [(r["code"], r["name"]) for r in roles["list"]] == [("root", "Root")]
    await ok(api, "POST", "/api/v3/delete-roles-batch", {"codeList": ["root"]})
    assert (await ok(api, "GET", "/api/v3/get-user-roles", userId=U1))["list"] == []
    assert (await ok(api, "POST", "/api/v3/has-any-role", wanted))["hasAnyRole"] is False
    _, reply = await api.get("/api/v3/get-role", params={"code": "root"})
    assert (reply["statusCode"], reply["apiCode"]) == (404, NOT_FOUND_API_CODE)


async def test_groups_flow(api):
    group = {"code": "ops", "name": "Ops", "description": "", "type": "static"}
    await ok(api, "POST", "/api/v3/create-group", group)
    await ok(api, "POST", "/api/v3/add-group-members", {"code": "ops", "userIds": [U1]})
    groups = await ok(api, "GET", "/api/v3/get-user-groups", userId=U1)
    assert [g["code"] for g in groups["list"]] == ["ops"]
    members = await ok(api, "GET", "/api/v3/list-group-members", code="ops")
    assert [m["userId"] for m in members["list"]] == [U1]
    await ok(api, "POST", "/api/v3/remove-group-members", {"code": "ops", "userIds": [U1]})
    assert (await ok(api, "GET", "/api/v3/get-user-groups", userId=U1))["list"] == []


async def test_applications_flow(api):
    app = await ok(api, "POST", "/api/v3/create-application", {"appName": "Portal"})
    assert app["appName"] == "Portal"
    fetched = await ok(api, "GET", "/api/v3/get-application", appId=app["appId"])
    assert fetched["appId"] == app["appId"] and fetched["appName"] == "Portal"
    grant = {"targetType": "USER", "targetIdentifier": [U1], "effect": "ALLOW"}
    await ok(
        api,
        "POST",
        "/api/v3/authorize-application-access",
        {"appId": app["appId"], "list": [grant]},
    )
    apps = await ok(api, "GET", "/api/v3/get-user-authorized-apps", userId=U1)
    assert [(a["appId"], a["appName"]) for a in apps] == [(app["appId"], "Portal")]
    await ok(api, "POST", "/api/v3/delete-application", {"appId": app["appId"]})
    assert await ok(api, "GET", "/api/v3/get-user-authorized-apps", userId=U1) == []


async def test_permissions_answer_from_what_was_authorized(api):
    await ok(api, "POST", "/api/v3/create-namespace", {"code": "shop"})
    resource = {"code": "orders", "type": "API", "namespace": "shop"}
    await ok(api, "POST", "/api/v3/create-resource", resource)
    await ok(api, "POST", "/api/v3/create-role", {"code": "clerk", "namespace": "shop"})
    targets = [{"targetType": "USER", "targetIdentifier": U1}]
    await ok(
        api,
        "POST",
        "/api/v3/assign-role",
        {"code": "clerk", "namespace": "shop", "targets": targets},
    )
    check = {"userId": U1, "action": "read", "resource": "orders", "namespace": "shop"}
    assert (await ok(api, "POST", "/api/v3/is-action-allowed", check))["allowed"] is False
    item = {
        "targetType": "ROLE",
        "targetIdentifiers": ["clerk"],
        "resources": [{"code": "orders", "actions": ["read"], "resourceType": "API"}],
    }
    await ok(api, "POST", "/api/v3/authorize-resources", {"namespace": "shop", "list": [item]})
    assert (await ok(api, "POST", "/api/v3/is-action-allowed", check))["allowed"] is True
    both = {
        "userId": U1,
        "action": "read",
        "resources": ["orders", "refunds"],
        "namespaceCode": "shop",
    }
    results = (await ok(api, "POST", "/api/v3/check-permission", both))["checkResultList"]
    assert [(r["resource"], r["enabled"]) for r in results] == [
        ("orders", True),
        ("refunds", False),
    ]
    held = await ok(
        api, "GET", "/api/v3/get-user-authorized-resources", userId=U1, namespace="shop"
    )
    assert [(r["resourceCode"], r["actions"]) for r in held["list"]] == [("orders", ["read"])]
    assert (await ok(api, "POST", "/api/v3/is-action-allowed", {**check, "userId": U2}))[
        "allowed"
    ] is False


async def test_custom_data_webhooks_and_events(api):
    data = {
        "targetType": "USER",
        "targetIdentifier": U1,
        "list": [{"key": "team", "value": "blue"}],
    }
    await ok(api, "POST", "/api/v3/set-custom-data", data)
    got = await ok(
        api, "GET", "/api/v3/get-custom-data", targetType="USER", targetIdentifier=U1, tenantId="t"
    )
    assert got == {"team": "blue"}
    user = await ok(api, "GET", "/api/v3/get-user", userId=U1, withCustomData="true")
    assert user["customData"] == {"team": "blue"}
    hook = {
        "name": "h",
        "url": "https://example.com/h",
        "events": ["login"],
        "contentType": "application/json",
    }
    created = await ok(api, "POST", "/api/v3/create-webhook", hook)
    await ok(api, "POST", "/api/v3/trigger-webhook", {"webhookId": created["webhookId"]})
    logs = await ok(api, "POST", "/api/v3/get-webhook-logs", {"webhookId": created["webhookId"]})
    assert logs["totalCount"] == 1 and logs["list"][0]["success"] is True
    await ok(
        api, "POST", "/api/v3/define-event", {"eventType": "shop:paid", "eventDescription": "paid"}
    )
    events = await ok(api, "GET", "/api/v3/list-events")
    assert [(e["code"], e["desc"]) for e in events["list"]] == [("shop:paid", "paid")]


@pytest.mark.parametrize(
    ("method", "path", "request_args", "named"),
    [
        ("GET", "/api/v3/get-role", {}, "code is required"),
        ("GET", "/api/v3/list-roles", {"page": "two"}, "page must be a number"),
        ("GET", "/api/v3/get-user", {"userId": U1, "withCustomData": "yes"}, "withCustomData"),
        ("GET", "/api/v3/list-resources", {"type": "FILE"}, "type must be one of"),
        ("POST", "/api/v3/create-role", {"name": "x"}, "code is required"),
        (
            "POST",
            "/api/v3/assign-role",
            {"code": "a", "targets": [{"targetType": "USER"}]},
            "targets[0].targetIdentifier is required",
        ),
        ("POST", "/api/v3/create-role", {"code": 7}, "code must be a string"),
    ],
)
async def test_requests_are_checked_against_the_spec(api, method, path, request_args, named):
    if method == "GET":
        status, reply = await api.get(path, params=request_args)
    else:
        status, reply = await api.post(path, request_args)
    assert (status, reply["statusCode"], reply["apiCode"]) == (200, 400, INVALID_PARAMETER_API_CODE)
    assert named in reply["message"]


async def test_query_lists_and_booleans_in_every_client_style(api):
    for query in ([("userIds", U1), ("userIds", U2)], [("userIds[]", U1), ("userIds[]", U2)]):
        status, reply = await api.get(
            "/api/v3/get-user-batch", params=[*query, ("withCustomData", "True")]
        )
        assert (status, reply["statusCode"]) == (200, 200), reply
        assert [u["userId"] for u in reply["data"]] == [U1, U2]


async def test_unknown_routes_and_methods_are_envelopes(api):
    status, reply = await api.get("/api/v3/no-such-route")
    assert (status, reply["statusCode"], reply["apiCode"]) == (404, 404, ROUTE_NOT_FOUND_API_CODE)
    status, reply = await api.call("PUT", "/api/v3/create-role")
    assert (status, reply["statusCode"]) == (405, 405)


async def test_schema_shaped_answers_echo_and_page(api):
    page = await ok(api, "GET", "/api/v3/list-tenant-cooperators", page=1, limit=2)
    assert page["totalCount"] == 3 and len(page["list"]) == 2
    page = await ok(api, "GET", "/api/v3/list-tenant-cooperators", page=2, limit=2)
    assert len(page["list"]) == 1
    admins = await ok(api, "GET", "/api/v3/get-multiple-tenant-admin", userId="u-42")
    assert admins["list"] and admins["list"][0]["userId"] == "u-42"


async def test_fixture_round_trip(api, emulator):
    await ok(api, "POST", "/api/v3/create-role", {"code": "admin"})
    targets = [{"targetType": "USER", "targetIdentifier": U1}]
    await ok(api, "POST", "/api/v3/assign-role", {"code": "admin", "targets": targets})
    world = await api.admin("GET", "fixture")
    assert [r["code"] for r in world["roles"]] == ["admin"]
    # a new world: only user 1, who keeps the role
    alone = {**world, "users": [u for u in world["users"] if u["userId"] == U1]}
    assert (await api.admin("POST", "fixture", alone))["users"] == 1
    members = await ok(api, "GET", "/api/v3/list-role-members", code="admin")
    assert [m["userId"] for m in members["list"]] == [U1]
    assert emulator.dump_fixture() == alone
    # a broken fixture changes nothing
    with pytest.raises(ValueError, match="roles"):
        emulator.load_fixture({**alone, "roles": [{"name": "no code"}]})
    assert emulator.dump_fixture() == alone
    emulator.load_fixture({})
    assert len(emulator.pool) == 0 and emulator.dump_fixture()["roles"] == []


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v3/create-role", {"code": ""}, "body.code"),
        (
            "/api/v3/create-group",
            {"code": "", "name": "", "description": "", "type": ""},
            "body.code",
        ),
        (
            "/api/v3/create-or-update-group",
            {"code": "", "name": "", "description": "", "type": ""},
            "body.code",
        ),
        ("/api/v3/create-roles-batch", {"list": [{"code": "a"}, {"code": ""}]}, "list[1].code"),
        (
            "/api/v3/create-groups-batch",
            {"list": [{"code": "", "name": "n", "description": "", "type": "static"}]},
            "list[0].code",
        ),
        (
            "/api/v3/set-custom-fields",
            {"list": [{"targetType": "USER", "key": "", "label": "x", "dataType": "STRING"}]},
            "list[0].key",
        ),
    ],
)
async def test_an_empty_code_is_a_400_naming_the_field(api, path, body, field):
    status, reply = await api.post(path, body)
    assert status == 200, reply
    assert (reply["statusCode"], reply["apiCode"]) == (400, INVALID_PARAMETER_API_CODE), reply
    assert reply["message"].startswith(field), reply
    if path == "/api/v3/create-roles-batch":  # all or nothing
        assert (await ok(api, "GET", "/api/v3/list-roles"))["totalCount"] == 0


async def test_every_operation_with_a_body_refuses_a_request_without_one(api):
    spec = json.loads(importlib.resources.files("genauth_async").joinpath("spec.json").read_bytes())
    posts = sorted(
        path
        for path, methods in spec["paths"].items()
        if methods.get("post", {}).get("requestBody", {}).get("required")
    )
    assert len(posts) > 250
    wrong = {}
    for path in posts:
        status, reply = await api.call("POST", path.replace("{id}", "x"))
        if (status, reply["statusCode"], reply.get("apiCode")) != (200, 400, 40000) or (
            "body" not in reply["message"]
        ):
            wrong[path] = (status, reply)
    assert wrong == {}
