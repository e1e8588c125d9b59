"""Tenants, public accounts and inherited application grants, through our client against
the emulator: each write is seen by the reads of every module, and the fixture carries it."""

from __future__ import annotations

import pytest

from genauth_async.errors import GenAuthAPIError, NotFoundError
from genauth_async.testing import seeded_user_id

U1, U2, U3 = seeded_user_id(1), seeded_user_id(2), seeded_user_id(3)


async def test_tenants_and_their_users(client, emulator):
    tenant = await client.create_tenant("Acme", ["app-1"], logo=["https://logo"])
    assert (tenant.name, tenant.app_ids, tenant.logo) == ("Acme", ["app-1"], "https://logo")
    other = await client.create_tenant("Globex", ["app-2"])
    await client.update_tenant(tenant.tenant_id, name="Acme Inc", description="the first")
    fetched = await client.get_tenant(tenant.tenant_id, with_members_count=True)
    assert (fetched.name, fetched.description, fetched.members_count) == (
        "Acme Inc",
        "the first",
        0,
    )
    assert (await client.get_tenant_by_code(tenant.code)).tenant_id == tenant.tenant_id
    listed = await client.list_tenants(keywords="Acme")
    assert [t.tenant_id for t in listed.list] == [tenant.tenant_id]
    assert (await client.list_tenants()).total_count == 2

    await client.add_tenant_users([U1, U2], tenant.tenant_id)
    made = await client.create_tenant_user(tenant.tenant_id, "F", username="tenant-only")
    assert made.link_user_id in emulator.pool and made.tenant_id == tenant.tenant_id
    # the new user is a user of the pool, found by the user module's own reads
    assert (await client.get_user(made.link_user_id)).username == "tenant-only"
    page = await client.list_tenant_users(tenant.tenant_id)
    assert {u.link_user_id for u in page.list} == {U1, U2, made.link_user_id}
    page = await client.list_tenant_users(
        tenant.tenant_id, options={"pagination": {"page": 2, "limit": 2}}
    )
    assert page.total_count == 3 and len(page.list) == 1

    member = await client.get_tenant_user(tenant.tenant_id, link_user_id=U1)
    assert (member.username, member.is_tenant_admin) == ("user000001", False)
    await client.update_tenant_user(
        {"nickname": "boss"}, tenant.tenant_id, member_id=member.member_id
    )
    assert (await client.get_tenant_user(tenant.tenant_id, link_user_id=U1)).nickname == "boss"
    with pytest.raises(GenAuthAPIError, match="updates may only set"):
        await client.update_tenant_user({"tenantId": "x"}, tenant.tenant_id, link_user_id=U1)
    await client.set_tenant_admin(tenant.tenant_id, link_user_ids=[U1])
    admins = await client.list_tenant_admin(tenant.tenant_id)
    assert [a.link_user_id for a in admins.list] == [U1] and admins.list[0].is_tenant_admin
    await client.delete_tenant_admin(tenant.tenant_id, link_user_id=U1)
    assert (await client.list_tenant_admin(tenant.tenant_id)).total_count == 0

    # a deleted user leaves its tenants; removal by member id works too
    await client.delete_users_batch([U2])
    await client.remove_tenant_users(tenant.tenant_id, member_ids=[made.member_id])
    page = await client.list_tenant_users(tenant.tenant_id)
    assert [u.link_user_id for u in page.list] == [U1]
    with pytest.raises(NotFoundError):
        await client.get_tenant_user(tenant.tenant_id, link_user_id=U2)
    with pytest.raises(NotFoundError):
        await client.add_tenant_users([U1, "65a1ffffffffffffffffffff"], other.tenant_id)
    assert (await client.list_tenant_users(other.tenant_id)).total_count == 0

    # the fixture carries tenants and memberships
    world = emulator.dump_fixture()
    assert {t["tenantId"] for t in world["tenants"]} == {tenant.tenant_id, other.tenant_id}
    emulator.load_fixture(world)
    assert (await client.get_tenant_user(tenant.tenant_id, link_user_id=U1)).nickname == "boss"

    await client.delete_tenant(tenant.tenant_id)
    with pytest.raises(NotFoundError):
        await client.get_tenant(tenant.tenant_id)
    assert emulator.dump_fixture()["users"][0].get("tenants") is None


async def test_public_accounts_and_their_bindings(client, emulator):
    account = await client.create_public_account(
        username="shared", name="Front desk", custom_data={"floor": 1}
    )
    assert (account.username, account.status) == ("shared", "Activated")
    with pytest.raises(GenAuthAPIError, match="already exists"):
        await client.create_public_account(username="shared")
    second = await client.create_public_account(email="ops@example.com")
    fetched = await client.get_public_account("shared", user_id_type="username")
    assert fetched.user_id == account.user_id
    await client.update_public_account(account.user_id, nickname="desk")
    assert (await client.get_public_account(account.user_id)).nickname == "desk"
    listed = await client.list_public_accounts(keywords="shared")
    assert [a.user_id for a in listed.list] == [account.user_id]
    assert (await client.list_public_accounts()).total_count == 2

    # users
    await client.bind_users_public_account(account.user_id, [U1, U2])
    await client.setuser_of_public_account(U1, [second.user_id])
    mine = await client.get_public_accounts_of_user(U1)
    assert {a.user_id for a in mine.list} == {account.user_id, second.user_id}
    users = await client.get_users_of_public_account(account.user_id)
    assert {u.user_id for u in users.list} == {U1, U2}
    await client.unbind_users_public_account(U1, second.user_id)
    assert [a.user_id for a in (await client.get_public_accounts_of_user(U1)).list] == [
        account.user_id
    ]
    await client.delete_users_batch([U2])  # a deleted user is gone from the account
    users = await client.get_users_of_public_account(account.user_id)
    assert [u.user_id for u in users.list] == [U1]

    # groups (the call named get_public_account_of_groups sets them) and roles
    await client.create_group("static", "Operations", "Ops", "ops")
    role = await client.create_role("desk")
    await client.get_public_account_of_groups(["ops"], account.user_id)
    groups = await client.get_groups_of_public_account(account.user_id)
    assert [g.code for g in groups.list] == ["ops"]
    assert [a.user_id for a in (await client.get_public_accounts_of_group("ops")).list] == [
        account.user_id
    ]
    await client.bind_public_account_of_roles([role.id], account.user_id)
    by_role = await client.get_public_accounts_of_role("desk")
    assert [a.user_id for a in by_role.list] == [account.user_id]
    with pytest.raises(NotFoundError):
        await client.get_public_account_of_groups(["no-such-group"], account.user_id)

    # a user turned into a public account leaves the pool
    await client.change_into_public_account(U3)
    assert U3 not in emulator.pool
    assert (await client.get_public_account(U3)).username == "user000003"

    # the fixture carries accounts, their groups and roles, and the users' bindings
    world = emulator.dump_fixture()
    emulator.load_fixture(world)
    assert emulator.dump_fixture() == world
    assert (await client.get_public_accounts_of_group("ops")).total_count == 1
    assert (await client.get_users_of_public_account(account.user_id)).total_count == 1

    await client.delete_public_accounts_batch([account.user_id])
    with pytest.raises(NotFoundError):
        await client.get_public_account(account.user_id)
    assert (await client.get_public_accounts_of_user(U1)).total_count == 0
    assert (await client.get_public_accounts_of_group("ops")).total_count == 0


async def test_authorized_apps_inherit_role_group_and_department_grants(client):
    apps = [(await client.create_application(f"App {i}")).app_id for i in range(4)]
    await client.create_role("viewer")
    await client.assign_role([{"targetType": "USER", "targetIdentifier": U1}], "viewer")
    await client.create_group("static", "Operations", "Ops", "ops")
    await client.add_group_members([U1], "ops")
    await client.set_user_departments(user_id=U1, departments=[{"departmentId": "dep-1"}])

    def grant(kind: str, ident: str, effect: str = "ALLOW") -> dict[str, object]:
        return {"targetType": kind, "targetIdentifier": [ident], "effect": effect}

    await client.authorize_application_access(apps[0], [grant("ROLE", "viewer")])
    await client.authorize_application_access(apps[1], [grant("GROUP", "ops")])
    await client.authorize_application_access(apps[2], [grant("ORG", "dep-1")])
    # a DENY on one of the user's groups wins over a role's ALLOW
    await client.authorize_application_access(
        apps[3], [grant("ROLE", "viewer"), grant("GROUP", "ops", "DENY")]
    )
    authorized = await client.get_user_authorized_apps(U1)
    assert {a.app_id for a in authorized} == set(apps[:3])
    assert await client.get_user_authorized_apps(U2) == []

    await client.revoke_application_access(
        apps[1], [{"targetType": "GROUP", "targetIdentifier": ["ops"]}]
    )
    authorized = await client.get_user_authorized_apps(U1)
    assert {a.app_id for a in authorized} == {apps[0], apps[2]}
    # out of the group, its DENY no longer applies
    await client.remove_group_members([U1], "ops")
    authorized = await client.get_user_authorized_apps(U1)
    assert {a.app_id for a in authorized} == {apps[0], apps[2], apps[3]}
    await client.delete_application(apps[0])
    assert {a.app_id for a in await client.get_user_authorized_apps(U1)} == {apps[2], apps[3]}


async def test_a_created_application_has_realistic_values_not_field_names(client):
    made = await client.create_application("Shop", app_identifier="shop")
    assert (made.app_name, made.app_identifier) == ("Shop", "shop")
    assert made.app_logo.startswith("https://") and made.app_logo.endswith(".png")
    assert made.redirect_uris == ["https://app.example.com/callback"]
    assert made.logout_redirect_uris == ["https://app.example.com/logout"]
    assert made.init_login_uri == "https://app.example.com/login"
    got = await client.get_application(made.app_id)
    assert (got.app_logo, got.redirect_uris) == (made.app_logo, made.redirect_uris)
