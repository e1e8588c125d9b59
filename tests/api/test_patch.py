"""The hand-written customizations (``genauth_async/api/_patch.py``): the iterators of the two
lists paged by a cursor, against a server on 127.0.0.1 that pages like GenAuth does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from genauth_async import AsyncManagementClient

ROWS = [f"row-{i}" for i in range(7)]
FIELDS = [{"key": f"f{i}", "valueType": "STRING", "label": f"F{i}"} for i in range(5)]


def _envelope(data: Any) -> web.Response:
    return web.json_response({"statusCode": 200, "message": "", "data": data})


@pytest.fixture
async def client() -> AsyncIterator[tuple[AsyncManagementClient, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    async def token(request: web.Request) -> web.Response:
        return _envelope({"access_token": "a.e30.c", "expires_in": 3600})

    async def dnef(request: web.Request) -> web.Response:
        start, size = int(request.query["startIndex"]), int(request.query["maxSize"])
        seen.append(dict(request.query))
        batch = FIELDS[start - 1 : start - 1 + size]
        following = start + len(batch)
        return _envelope(
            {"list": batch, "nextStartIndex": following, "truncated": following <= len(FIELDS)}
        )

    async def scroll(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body)
        at = int(body.get("scrollId") or 0)
        batch = ROWS[at : at + body["size"]]
        return _envelope({"list": batch, "scrollId": str(at + len(batch))})

    app = web.Application()
    app.router.add_post("/api/v3/get-management-token", token)
    app.router.add_get("/api/v3/list-dnef", dnef)
    app.router.add_post("/api/v3/metadata/get-all-row-by-scrollid", scroll)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with AsyncManagementClient("id", "secret", str(server.make_url("/"))) as c:
            yield c, seen
    finally:
        await server.close()


async def test_iter_dnef_follows_next_start_index(client):
    c, seen = client
    names = [f.key async for f in c.iter_dnef(namespace_code="ns", resource_code="r", max_size=2)]
    assert names == ["f0", "f1", "f2", "f3", "f4"]
    assert [q["startIndex"] for q in seen] == ["1", "3", "5"]


async def test_iter_all_rows_follows_the_scroll_id(client):
    c, seen = client
    rows = [r async for r in c.iter_all_rows_by_scroll_id(size=3, model_id="m")]
    assert rows == ROWS
    assert [b.get("scrollId") for b in seen] == [None, "3", "6", "7"]


async def test_cursor_iterators_check_their_arguments_before_sending(client):
    c, seen = client
    with pytest.raises(ValueError, match="namespace_code"):
        await anext(c.iter_dnef(namespace_code="", resource_code="r"))
    with pytest.raises(ValueError, match="max_size"):
        await anext(c.iter_dnef(namespace_code="n", resource_code="r", max_size=0))
    assert seen == []


async def test_a_payload_under_list_instead_of_data_is_decoded():
    # discrepancies §4: the node SDK types metadata/list-model's payload under "list"
    async def token(request: web.Request) -> web.Response:
        return _envelope({"access_token": "a.e30.c", "expires_in": 3600})

    async def models_list(request: web.Request) -> web.Response:
        return web.json_response({"statusCode": 200, "message": "", "list": []})

    app = web.Application()
    app.router.add_post("/api/v3/get-management-token", token)
    app.router.add_get("/api/v3/metadata/list-model", models_list)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with AsyncManagementClient("id", "secret", str(server.make_url("/"))) as c:
            assert await c.list_model() == []
    finally:
        await server.close()
