"""The organization tree and posts, through our client against the emulator: an org chart
walked end to end, the tree's refusals, and the fixture carrying it all. Every answer is
also decoded with the strict converter (no missing, unknown or mistyped field)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest

from genauth_async import AsyncManagementClient
from genauth_async._convert import strict_converter
from genauth_async.api import ENDPOINTS
from genauth_async.errors import GenAuthAPIError, NotFoundError
from genauth_async.testing import GenAuthEmulator, seeded_user_id

U1, U2, U3, U4 = (seeded_user_id(i) for i in range(1, 5))
INTO = {"/" + e.path.lstrip("/"): e.into for e in ENDPOINTS.values()}


@pytest.fixture
async def client(make_client: Any) -> AsyncIterator[AsyncManagementClient]:
    """A client whose every successful answer must also decode strictly."""
    answers: list[tuple[str, list[bytes]]] = []
    trace = aiohttp.TraceConfig()

    async def start(session: Any, ctx: Any, params: Any) -> None:
        ctx.chunks = []
        answers.append((params.url.path, ctx.chunks))

    async def chunk(session: Any, ctx: Any, params: Any) -> None:
        ctx.chunks.append(params.chunk)

    trace.on_request_start.append(start)
    trace.on_response_chunk_received.append(chunk)
    yield make_client(trace_configs=[trace])
    checked = 0
    for path, chunks in answers:
        envelope = orjson.loads(b"".join(chunks))
        if envelope.get("statusCode") != 200 or INTO.get(path) in (None, Any):
            continue
        strict_converter.structure(envelope.get("data"), INTO[path])
        checked += 1
    assert checked > 0


async def org_chart(client: AsyncManagementClient) -> dict[str, str]:
    """Acme: Engineering (Backend (API), Frontend) and Sales; department ids by code."""
    org = await client.create_organization("acme", "Acme", {})
    ids = {"acme": org.department_id}
    for name, code, parent in [
        ("Engineering", "eng", "acme"),
        ("Backend", "be", "eng"),
        ("API", "api", "be"),
        ("Frontend", "fe", "eng"),
        ("Sales", "sales", "acme"),
    ]:
        made = await client.create_department("acme", name, ids[parent], {}, code=code)
        assert (made.parent_department_id, made.organization_code) == (ids[parent], "acme")
        ids[code] = made.department_id
    return ids


async def test_org_chart_walk(client):
    ids = await org_chart(client)

    # members, and a leader
    await client.add_department_members(ids["api"], "acme", [U1, U2])
    await client.add_department_members(ids["sales"], "acme", [U3])
    await client.update_department("acme", ids["be"], {}, leader_user_ids=[U4])
    be = await client.get_department("acme", ids["be"])
    assert (be.leader_user_ids, be.members_count) == ([U4], 3)  # U4, and API's two
    assert await client.list_department_member_ids("acme", ids["api"]) == [U1, U2]
    eng_all = await client.list_department_members(
        "acme", ids["eng"], include_children_departments=True
    )
    assert {u.user_id for u in eng_all.list} == {U1, U2, U4}
    assert (await client.list_department_members("acme", ids["eng"])).total_count == 0

    # children and parent
    children = await client.list_children_departments("acme", ids["eng"])
    assert [d.code for d in children.list] == ["be", "fe"]
    assert (await client.get_parent_department("acme", ids["api"])).code == "be"
    root = await client.get_parent_department("acme", ids["eng"])
    assert (root.department_id, root.name) == (ids["acme"], "Acme")

    # membership, with and without the departments below
    assert not (await client.is_user_in_department(U1, "acme", ids["eng"])).in_department
    assert (
        await client.is_user_in_department(
            U1, "acme", ids["eng"], include_children_departments=True
        )
    ).in_department
    assert (await client.is_user_in_department(U1, "acme", "api", "code")).in_department

    # move Backend under Sales (both named by code): API and its members go with it
    moved = await client.update_department(
        "acme", "be", {}, parent_department_id="sales", department_id_type="code"
    )
    assert (moved.parent_department_id, moved.parent_department_code) == (ids["sales"], "sales")
    assert [d.code for d in (await client.list_children_departments("acme", ids["eng"])).list] == [
        "fe"
    ]
    assert (
        await client.is_user_in_department(
            U1, "acme", ids["sales"], include_children_departments=True
        )
    ).in_department
    assert (await client.get_department("acme", department_code="sales")).members_count == 4

    # search by name and by code (case-insensitive)
    assert [d.code for d in await client.search_departments("acme", "front")] == ["fe"]
    assert [d.name for d in await client.search_departments("acme", "SALES")] == ["Sales"]
    assert await client.search_departments("acme", "nothing") == []

    # read back through the user's departments, with the paths from the root
    page = await client.get_user_departments(user_id=U1, with_department_paths=True)
    (api,) = page.list
    assert (api.department_id, api.name, api.code, api.organization_code) == (
        ids["api"],
        "API",
        "api",
        "acme",
    )
    assert api.department_code_path == ["acme", "sales", "be", "api"]
    leader = (await client.get_user_departments(user_id=U4)).list[0]
    assert (leader.department_id, leader.is_leader) == (ids["be"], True)

    # ... and the other way round: set-user-departments is seen by the tree
    await client.set_user_departments(
        user_id=U3,
        departments=[{"departmentId": ids["fe"]}, {"departmentId": ids["sales"], "isLeader": True}],
    )
    assert await client.list_department_member_ids("acme", ids["fe"]) == [U3]
    assert (await client.get_department("acme", ids["sales"])).leader_user_ids == [U3]
    await client.remove_department_members(ids["fe"], "acme", [U3])
    assert [d.code for d in (await client.get_user_departments(user_id=U3)).list] == ["sales"]

    organization = await client.get_organization("acme")
    assert (organization.has_children, organization.members_count) == (True, 4)


async def test_the_tree_refuses_what_would_break_it(client):
    ids = await org_chart(client)
    # no circle: not under itself, not under one of its descendants
    for parent in ("eng", "api"):
        with pytest.raises(GenAuthAPIError, match="parentDepartmentId") as err:
            await client.update_department(
                "acme", ids["eng"], {}, parent_department_id=ids[parent], name="renamed"
            )
        assert err.value.status_code == 400
    eng = await client.get_department("acme", ids["eng"])
    assert (eng.parent_department_id, eng.name) == (ids["acme"], "Engineering")  # unchanged

    with pytest.raises(NotFoundError, match="parentDepartmentId=nowhere"):
        await client.create_department("acme", "Lost", "nowhere", {})
    with pytest.raises(NotFoundError, match="organization"):
        await client.create_department("globex", "Lost", ids["acme"], {})
    with pytest.raises(GenAuthAPIError, match="department code eng already exists"):
        await client.create_department("acme", "Again", ids["acme"], {}, code="eng")

    # deleting: not with children, not with members, never the root
    with pytest.raises(GenAuthAPIError, match="has child departments"):
        await client.delete_department("acme", ids["be"])
    await client.add_department_members(ids["api"], "acme", [U1])
    with pytest.raises(GenAuthAPIError, match="has members"):
        await client.delete_department("acme", ids["api"])
    with pytest.raises(GenAuthAPIError, match="root department cannot be deleted"):
        await client.delete_department("acme", ids["acme"])
    await client.remove_department_members(ids["api"], "acme", [U1])
    await client.delete_department("acme", ids["api"])
    await client.delete_department("acme", "be", "code")
    assert (await client.get_department("acme", ids["eng"])).has_children  # Frontend
    with pytest.raises(NotFoundError):
        await client.get_department("acme", ids["be"])

    # deleting the organization deletes its tree and the memberships in it
    await client.add_department_members(ids["fe"], "acme", [U2])
    await client.set_user_departments(
        user_id=U2, departments=[{"departmentId": ids["fe"]}, {"departmentId": "elsewhere"}]
    )
    await client.delete_organization("acme")
    assert [d.department_id for d in (await client.get_user_departments(user_id=U2)).list] == [
        "elsewhere"
    ]
    with pytest.raises(NotFoundError):
        await client.get_department_by_id(ids["fe"])


async def test_posts(client):
    ids = await org_chart(client)
    made = await client.create_post("dev", "Developer", "writes code", ids["be"])
    assert made.department_id_list == [ids["be"]]
    await client.create_post("pm", "Product manager")
    with pytest.raises(GenAuthAPIError, match="post dev already exists"):
        await client.create_post("dev", "Again")
    await client.update_post("pm", "Product owner", department_id_list=f"{ids['eng']},{ids['be']}")
    assert (await client.get_department("acme", ids["be"])).post_id_list == ["dev", "pm"]
    assert (await client.get_post("pm")).name == "Product owner"

    await client.set_user_posts(U1, ["dev"])
    await client.user_connection_post("pm", U1)
    assert [p.code for p in await client.get_user_posts(U1)] == ["dev", "pm"]
    assert (await client.get_user(U1, with_post=True)).post_id_list == ["dev", "pm"]
    listed = await client.post_list(keywords="dev")
    assert [(p.code, p.user_count, p.department_count) for p in listed.list] == [("dev", 1, 1)]

    # a department's posts are set from the department too
    await client.update_department("acme", ids["fe"], {}, post_id_list=["dev"])
    assert (await client.get_department("acme", ids["fe"])).post_id_list == ["dev"]
    with pytest.raises(NotFoundError, match="post"):
        await client.set_user_posts(U1, ["nobody"])

    await client.remove_post("dev")
    assert [p.code for p in await client.get_user_posts(U1)] == ["pm"]
    with pytest.raises(NotFoundError):
        await client.get_post("dev")


async def test_the_fixture_carries_the_tree_members_and_posts(client, emulator):
    ids = await org_chart(client)
    await client.add_department_members(ids["api"], "acme", [U1])
    await client.update_department("acme", ids["be"], {}, leader_user_ids=[U2])
    await client.create_post("dev", "Developer", department_id_list=ids["api"])
    await client.set_user_posts(U1, ["dev"])
    world = emulator.dump_fixture()

    async with GenAuthEmulator() as other:
        other.load_fixture(world)
        assert other.dump_fixture() == world
        async with AsyncManagementClient(
            access_key_id=other.access_key_id,
            access_key_secret=other.access_key_secret,
            host=other.url,
        ) as copy:
            be = await copy.get_department("acme", department_code="be")
            assert (be.department_id, be.leader_user_ids, be.members_count) == (
                ids["be"],
                [U2],
                2,
            )
            assert (
                await copy.is_user_in_department(
                    U1, "acme", ids["eng"], include_children_departments=True
                )
            ).in_department
            (api,) = (await copy.get_user_departments(user_id=U1, with_department_paths=True)).list
            assert api.department_name_path == ["Acme", "Engineering", "Backend", "API"]
            assert [p.code for p in await copy.get_user_posts(U1)] == ["dev"]


def test_a_fixture_with_a_circle_is_refused():
    emulator = GenAuthEmulator()
    circle = [
        {"departmentId": "a", "parentDepartmentId": "b"},
        {"departmentId": "b", "parentDepartmentId": "a"},
    ]
    with pytest.raises(ValueError, match="its own ancestor"):
        emulator.load_fixture({"departments": circle})
    with pytest.raises(ValueError, match="needs a parentDepartmentId"):
        emulator.load_fixture({"departments": [{"departmentId": "a"}]})
