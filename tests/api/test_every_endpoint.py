"""Every endpoint called once, with every argument, against a recording server on 127.0.0.1.

The server here is written from the spec alone (not the emulator, not our models): it records
each request and answers the operation's success envelope with a body built from the response
schema. Each call must put every argument under the spec's wire name, in the spec's place
(query, path or body), and decode the answer into its model (strictly: a key the model does
not know fails). Then the contract's defects (discrepancies.md) that the API needs handled.
"""

from __future__ import annotations

import base64
import inspect
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from genauth_async import AsyncManagementClient, Page
from genauth_async._convert import decoder_for
from genauth_async.api import ENDPOINTS

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "spec" / "genauth-management.openapi.json").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OPERATIONS = {
    op["x-python-name"]: (method.upper(), path, op)
    for path, ops in SPEC["paths"].items()
    for method, op in ops.items()
}


def _deref(schema: dict[str, Any], schemas: dict[str, Any] = SCHEMAS) -> dict[str, Any]:
    return schemas[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema


def sample(schema: dict[str, Any], *, full: bool = False, schemas: dict[str, Any] = SCHEMAS) -> Any:
    """A valid wire value of ``schema`` (``full``: optional object fields too, one level)."""
    if "$ref" in schema:
        target = _deref(schema, schemas)
        if target.get("x-page"):
            key = target.get("x-page-key", "list")
            items = sample(target["properties"][key]["items"], schemas=schemas)
            return {"totalCount": 1, key: [items]}
        required = set(target.get("required", []))
        return {
            wire: 1 if wire in ("page", "limit") else sample(prop, schemas=schemas)
            for wire, prop in target.get("properties", {}).items()
            if full or wire in required
        }
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        first = next(s for s in schema["anyOf"] if s.get("type") != "null")
        return sample(first, schemas=schemas)
    t = schema.get("type")
    if t == "string":
        if schema.get("format") == "date-time":
            return "2024-05-06T07:08:09.000Z"
        return "v-1"
    if t == "number":
        return 2
    if t == "boolean":
        return True
    if t == "array":
        return [sample(schema["items"], schemas=schemas)]
    if t == "object":
        return {"k": "v"}
    return {"any": 1}


def arguments(
    name: str, spec: dict[str, Any] = SPEC, client: type = AsyncManagementClient
) -> tuple[dict[str, Any], dict[str, tuple[str, str, Any]]]:
    """Every argument of ``name`` with a valid value, and where each must arrive on the wire:
    python name -> (place, wire name, wire value)."""
    schemas = spec["components"]["schemas"]
    (op,) = (o for p in spec["paths"].values() for o in p.values() if o["x-python-name"] == name)
    args: dict[str, Any] = {}
    wire: dict[str, tuple[str, str, Any]] = {}
    for p in op.get("parameters", []):
        value = _page_sample(p["name"], p["schema"]) or sample(p["schema"], schemas=schemas)
        py = _python_name(name, p["name"], client)
        args[py] = value
        wire[py] = (p["in"], p["name"], value)
    body = op.get("requestBody")
    if body:
        schema = _deref(body["content"]["application/json"]["schema"], schemas)
        for w, prop in schema["properties"].items():
            py = _python_name(name, w, client)
            value = sample(prop, full="$ref" in prop, schemas=schemas)
            value = _page_sample(w, prop) or value
            if prop.get("x-json-value"):
                value = {"event": "data"}
            args[py] = value
            wire[py] = ("body", w, value)
    return args, wire


def _page_sample(wire: str, schema: dict[str, Any]) -> Any:
    """A page number or size, as the spec types it (a few tenant lists: as text)."""
    if wire not in ("page", "limit"):
        return None
    return "2" if schema.get("type") == "string" else 2


def _python_name(method: str, wire: str, client: type = AsyncManagementClient) -> str:
    params = inspect.signature(getattr(client, method)).parameters
    for p in params:
        if p.replace("_", "").lower() == wire.replace("_", "").lower().replace("-", ""):
            return p
        if p == wire + "_":  # `from` -> `from_`
            return p
    raise AssertionError(f"{method}: no parameter for wire name {wire!r}")


def _response_data(op: dict[str, Any], schemas: dict[str, Any] = SCHEMAS) -> Any:
    content = op["responses"]["200"].get("content")
    if not content:
        return None
    envelope = _deref(content["application/json"]["schema"], schemas)
    data = envelope["properties"].get(envelope.get("x-data-key", "data"))
    return None if data is None else sample(data, full=True, schemas=schemas)


class Recorder:
    """The recording server: one answer per operation, straight from the spec."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.routes = {(m, p): op for m, p, op in OPERATIONS.values()}
        self.ids = {
            (m, p.replace("{id}", "")): op for (m, p), op in self.routes.items() if "{id}" in p
        }

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        if request.path == "/api/v3/get-management-token":
            payload = base64.urlsafe_b64encode(b'{"scoped_userpool_id":"pool-1"}').rstrip(b"=")
            token = f"e30.{payload.decode()}.c2ln"
            data = {"access_token": token, "expires_in": 7200}
            return web.json_response({"statusCode": 200, "message": "", "data": data})
        op = self.routes.get((request.method, request.path))
        if op is None:  # a path with an id in it
            head = request.raw_path.rsplit("/", 1)[0] + "/"
            op = self.ids.get((request.method, head))
        assert op is not None, (request.method, request.path)
        self.requests.append(
            {
                "method": request.method,
                "path": request.raw_path.split("?")[0],
                "query": [(k, v) for k, v in request.query.items()],
                "body": orjson.loads(raw) if raw else None,
            }
        )
        body = {"statusCode": 200, "message": "ok", "requestId": "r-1"}
        data = _response_data(op)
        if data is not None:
            body["data"] = data
        return web.json_response(body)


@pytest.fixture
async def recorder() -> AsyncIterator[tuple[Recorder, AsyncManagementClient]]:
    rec = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", rec.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with AsyncManagementClient(
            "key-id", "key-secret", str(server.make_url("/"))
        ) as client:
            yield rec, client
    finally:
        await server.close()


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
async def test_every_endpoint_sends_the_spec_wire_names_and_decodes_its_answer(name, recorder):
    rec, client = recorder
    method, path, op = OPERATIONS[name]
    args, wire = arguments(name)
    result = await getattr(client, name)(**args)
    (sent,) = rec.requests
    assert sent["method"] == method
    query = {}
    for k, v in sent["query"]:
        query.setdefault(k, []).append(v)
    for py, (place, wire_name, value) in wire.items():
        if place == "path":
            assert sent["path"] == path.replace("{" + wire_name + "}", str(value)), name
        elif place == "query":
            expected = value if isinstance(value, list) else [value]
            assert query.pop(wire_name) == [_query_value(v) for v in expected], (name, py)
        else:
            assert wire_name in sent["body"], (name, py, wire_name)
    assert query == {}, (name, "unexpected query keys")
    if sent["body"] is not None:
        body_wire = {w for place, w, _ in wire.values() if place == "body"}
        assert set(sent["body"]) == body_wire, name
    else:
        assert "{" not in path or method != "POST"
    # the answer decodes into its model, strictly
    into = ENDPOINTS[name].into
    data = _response_data(op)
    if into is None:
        assert result is None
    elif data is not None and into is not Any:
        decode = decoder_for(into)
        assert decode is not None
        records: list[list[Any]] = []
        assert decode(data, records) == result, name
        assert [r for r in records if r[0] != "converted"] == [], name
        origin = getattr(into, "__origin__", into)
        assert isinstance(result, Page if origin is Page else origin), name
        if attrs.has(type(result)):
            assert "v-1" in repr(result) or attrs.fields(type(result)) == () or result


# -- the contract's defects, handled as the API needs (discrepancies.md) ---------------------


async def test_path_ids_are_substituted(recorder):
    # D5: the official SDKs send a literal "{id}"
    rec, client = recorder
    await client.delete_by_id("ip-7")
    await client.delete_user_list_by_id("list/8")
    await client.delete_risk_list_policy_by_id("p 9")
    assert [r["path"] for r in rec.requests] == [
        "/api/v3/ip-list/ip-7",
        "/api/v3/user-list/list%2F8",
        "/api/v3/risk-list-policy/p%209",
    ]


async def test_publishing_sends_the_callers_json_value_under_every_name(recorder):
    # D13: one path, three names; the server's PubEventDto and the official Python SDK send
    # eventData as the caller's JSON value: a dict as an object, a str as a string
    rec, client = recorder
    await client.pub_event("my.event", {"a": 1}, source="worker")
    await client.put_event("my.event", [1, "two"])
    await client.verify_event("my.event", "just text")
    await client.pub_user_event("my.event", {"nested": {"n": 2}})
    bodies = [r["body"] for r in rec.requests]
    assert bodies[0] == {"eventType": "my.event", "eventData": {"a": 1}, "source": "worker"}
    # put_event serializes, as the official SDK's put_event does (json.dumps)
    assert bodies[1] == {"eventType": "my.event", "eventData": '[1,"two"]'}
    assert bodies[2] == {"eventType": "my.event", "eventData": "just text"}
    assert bodies[3] == {"eventType": "my.event", "eventData": {"nested": {"n": 2}}}


@pytest.mark.parametrize("name", ["pub_event", "pub_user_event"])
async def test_event_data_must_be_a_json_value(recorder, name):
    rec, client = recorder
    with pytest.raises(TypeError, match="event_data is required"):
        await getattr(client, name)("my.event", None)
    with pytest.raises(TypeError, match="event_data must be JSON-serializable"):
        await getattr(client, name)("my.event", {"when": object()})
    assert rec.requests == []


async def test_get_row_batch_keeps_the_path_the_sdks_send(recorder):
    # D4: without /api/v3; unverified, kept as the SDKs send it
    rec, client = recorder
    await client.get_row_batch(["r1"], "m1")
    assert rec.requests[0]["path"] == "/get-row-batch"
    assert ENDPOINTS["get_row_batch"].path == "get-row-batch"


async def test_fields_genauth_requires_are_sent(recorder):
    # D9: the Python SDK never sends them; here they are keyword-only and required
    rec, client = recorder
    with pytest.raises(TypeError):
        await client.list_field("m1")  # type: ignore[call-arg]
    await client.list_field("m1", from_="model")
    assert ("from", "model") in rec.requests[0]["query"]
    sig = inspect.signature(AsyncManagementClient.update_model)
    assert sig.parameters["show_field_key"].default is inspect.Parameter.empty


async def test_optional_where_the_node_contract_says_so(recorder):
    # D11: the Python SDK requires show_field_id; GenAuth defaults it
    rec, client = recorder
    await client.get_row("m1", "r1")
    assert dict(rec.requests[0]["query"]) == {"modelId": "m1", "rowId": "r1"}


async def test_query_booleans_are_lower_case_and_lang_defaults_to_zh_cn(recorder):
    # D7 and D14
    rec, client = recorder
    await client.get_user("u1", with_custom_data=True, with_post=False)
    query = dict(rec.requests[0]["query"])
    assert query["withCustomData"] == "true" and query["withPost"] == "false"


async def test_every_argument_is_checked_before_sending(recorder):
    rec, client = recorder
    with pytest.raises(ValueError, match=r"code must be a non-empty string"):
        await client.get_role("")
    with pytest.raises(ValueError, match="must be one of"):
        await client.list_role_assignments("r", target_type=["nope"])
    with pytest.raises(ValueError, match="page must be an int or a numeric string"):
        await client.list_roles(page="one")
    with pytest.raises(TypeError, match="page must be an int"):
        await client.list_roles(page=1.5)
    assert rec.requests == []
