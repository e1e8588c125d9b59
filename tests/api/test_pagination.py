"""Paging on every endpoint: ``page``/``limit`` as ints or numeric strings, an ``iter_*`` for
every method that takes a page, and a ``Page`` for every paginated answer."""

from __future__ import annotations

import inspect
import typing
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from test_every_endpoint import OPERATIONS, SCHEMAS, SPEC

from genauth_async import AsyncManagementClient, Page
from genauth_async.api import ENDPOINTS

#: answers that list items without a total: walked until a page comes back short
WITHOUT_TOTAL = {"search_departments_list", "list_cust_fields", "list_user_base_fields"}


def _page_places(op: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """``page``/``limit`` of an operation: name -> (place, schema)."""
    found = {p["name"]: (p["in"], p["schema"]) for p in op.get("parameters", [])}
    body = op.get("requestBody")
    if body:
        ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for wire, prop in SCHEMAS[ref]["properties"].items():
            found[wire] = ("body", prop)
            if "$ref" in prop:  # options.pagination
                inner = SCHEMAS[prop["$ref"].rsplit("/", 1)[1]].get("properties", {})
                if "pagination" in inner:
                    found["pagination"] = ("body", inner["pagination"])
    return {k: v for k, v in found.items() if k in ("page", "limit", "pagination")}


PAGED = sorted(name for name, (_, _, op) in OPERATIONS.items() if _page_places(op))


def _iterators() -> dict[str, str]:
    """Endpoint method -> the iterator whose docstring says it walks it."""
    out = {}
    for attr in dir(AsyncManagementClient):
        if attr.startswith("iter_"):
            doc = inspect.getdoc(getattr(AsyncManagementClient, attr)) or ""
            if doc.startswith("Every item of :meth:`"):
                out[doc.split("`")[1]] = attr
            elif doc.startswith("Every "):  # the hand-written cursor walks
                out[doc.split(":meth:`")[1].split("`")[0]] = attr
    return out


def test_the_paged_methods_are_all_there():
    assert len(PAGED) >= 70
    for name in ("list_tenants", "list_resources", "list_department_members", "list_users"):
        assert name in PAGED


@pytest.mark.parametrize("name", PAGED)
def test_every_method_taking_a_page_has_an_iterator(name):
    iterators = _iterators()
    assert name in iterators, name
    walker = getattr(AsyncManagementClient, iterators[name])
    params = inspect.signature(walker).parameters
    assert {"start_page", "limit", "page_retries"} <= set(params)


@pytest.mark.parametrize("name", PAGED)
def test_every_paginated_answer_is_a_page(name):
    into = ENDPOINTS[name].into
    if name in WITHOUT_TOTAL:
        return
    assert typing.get_origin(into) is Page or into is Page, (name, into)


@pytest.mark.parametrize(
    ("alias", "iterator"),
    [
        ("list_custom_fields", "iter_cust_fields"),
        ("list_invite_tenant_user_records", "iter_invite_tennat_user_records"),
    ],
)
def test_aliases_have_the_iterator_of_their_method(alias, iterator):
    assert callable(getattr(AsyncManagementClient, alias))
    walkers = [
        a
        for a in dir(AsyncManagementClient)
        if a.startswith("iter_")
        and getattr(AsyncManagementClient, a) is getattr(AsyncManagementClient, iterator)
    ]
    assert len(walkers) == 2, walkers


# -- on the wire ---------------------------------------------------------------------------------


def _value(schema: dict[str, Any]) -> Any:
    """A valid wire value of ``schema``: its required fields only."""
    if "$ref" in schema:
        target = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
        props = target.get("properties", {})
        return {w: _value(props[w]) for w in target.get("required", [])}
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return _value(schema["anyOf"][0])
    kind = schema.get("type")
    if kind == "string":
        return "2024-05-06T07:08:09.000Z" if schema.get("format") == "date-time" else "v"
    return {"number": 1, "boolean": True, "array": [], "object": {}}.get(kind, 1)


def _items_schema(path: str) -> dict[str, Any]:
    """The schema of the items the endpoint at ``path`` lists (from its answer's schema)."""
    op = next(o for p, ops in SPEC["paths"].items() for o in ops.values() if p == path)
    answer = op["responses"]["200"]["content"]["application/json"]["schema"]
    envelope = SCHEMAS[answer["$ref"].rsplit("/", 1)[1]] if "$ref" in answer else answer
    data = envelope["properties"]["data"]
    if data.get("type") == "array":
        return dict(data["items"])
    page = SCHEMAS[data["$ref"].rsplit("/", 1)[1]]
    return dict(page["properties"]["list"]["items"])


class Pages:
    """A server answering with pages of ``total`` items shaped by the spec, numbered in
    ``departmentId`` or ``id`` where the items have one; ``total=None``: the items alone, no
    total."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.requests: list[dict[str, Any]] = []

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else None
        self.requests.append({"path": request.path, "query": dict(request.query), "body": body})
        if request.path.endswith("get-management-token"):
            data: Any = {"access_token": "t", "expires_in": 7200}
            return web.json_response({"statusCode": 200, "message": "", "data": data})
        source = body if body and "page" in body else request.query
        page, limit = int(source.get("page", 1)), int(source.get("limit", 10))
        count = 7 if self.total is None else self.total
        item = _value(_items_schema(request.path))
        key = next((k for k in ("departmentId", "id") if k in item), None)
        items = [
            {**item, key: f"d{i}"} if key else item
            for i in range((page - 1) * limit, min(page * limit, count))
        ]
        data = items if self.total is None else {"totalCount": self.total, "list": items}
        return web.json_response({"statusCode": 200, "message": "", "data": data})


@pytest.fixture
async def serve() -> AsyncIterator[Any]:
    servers: list[TestServer] = []

    async def start(total: int | None) -> tuple[Pages, AsyncManagementClient]:
        pages = Pages(total)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", pages.handle)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return pages, AsyncManagementClient("id", "secret", str(server.make_url("/")))

    clients: list[AsyncManagementClient] = []

    async def started(total: int | None) -> tuple[Pages, AsyncManagementClient]:
        pages, client = await start(total)
        clients.append(client)
        return pages, client

    yield started
    for client in clients:
        await client.aclose()
    for server in servers:
        await server.close()


async def test_list_tenants_takes_ints_and_numeric_strings(serve):
    pages, client = await serve(30)
    await client.list_tenants(page=1, limit=10)
    await client.list_tenants(page="2", limit=" 5 ")
    queries = [r["query"] for r in pages.requests if "list-tenants" in r["path"]]
    assert [(q["page"], q["limit"]) for q in queries] == [("1", "10"), ("2", "5")]


@pytest.mark.parametrize(
    ("page", "limit", "error", "match"),
    [
        ("two", None, ValueError, "page must be an int or a numeric string"),
        ("-1", None, ValueError, "page must be an int or a numeric string"),
        (0, None, ValueError, "page must be >= 1"),
        (True, None, TypeError, "page must be an int"),
        (None, "51", ValueError, "limit must be between 1 and 50"),
        (None, 2.0, TypeError, "limit must be an int"),
    ],
)
async def test_bad_pages_are_refused_before_sending(serve, page, limit, error, match):
    pages, client = await serve(30)
    with pytest.raises(error, match=match):
        await client.list_tenants(page=page, limit=limit)
    with pytest.raises(error, match=match):
        await client.list_roles(page=page, limit=limit)
    assert pages.requests == []


async def test_a_page_typed_as_text_goes_out_as_text(serve):
    # list_tenant_admin's body types page/limit as strings: an int given is sent as text
    pages, client = await serve(3)
    await client.list_tenant_admin("t1", page=2, limit=50)
    (sent,) = [r for r in pages.requests if "list-tenant-admin" in r["path"]]
    assert sent["body"]["page"] == "2" and sent["body"]["limit"] == "50"


async def test_nested_pagination_takes_numeric_strings(serve):
    pages, client = await serve(3)
    await client.list_users(options={"pagination": {"page": "3", "limit": "20"}})
    (sent,) = [r for r in pages.requests if "list-users" in r["path"]]
    assert sent["body"]["options"]["pagination"] == {"page": 3, "limit": 20}


async def test_nested_pagination_already_as_ints_is_sent_as_given(serve):
    pages, client = await serve(3)
    options = {"pagination": {"page": 2, "limit": 20}, "withCustomData": True}
    await client.list_users(options=options)
    await client.list_users(options={"pagination": {"page": 2}})  # the size left to GenAuth
    first, second = [r["body"]["options"] for r in pages.requests if "list-users" in r["path"]]
    assert first == options and second == {"pagination": {"page": 2}}


async def test_an_iterator_walks_a_page_typed_answer_to_its_total(serve):
    pages, client = await serve(23)
    found = [d.id async for d in client.iter_role_departments("admin", limit=10)]
    assert found == [f"d{i}" for i in range(23)]
    sent = [r["query"]["page"] for r in pages.requests if "role-departments" in r["path"]]
    assert sent == ["1", "2", "3"]


async def test_an_answer_without_a_total_is_walked_until_a_short_page(serve):
    pages, client = await serve(None)  # 7 items, no totalCount: a plain list per page
    found = [d.department_id async for d in client.iter_search_departments_list("org", limit=3)]
    assert found == [f"d{i}" for i in range(7)]
    sent = [r["body"]["page"] for r in pages.requests if "search-departments-list" in r["path"]]
    assert sent == [1, 2, 3]  # the third page had 1 item < 3: the end
