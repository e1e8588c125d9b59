import asyncio
import json
import time

import aiohttp
import pytest

from genauth_async.testing import (
    RATE_LIMITED_API_CODE,
    SERVER_ERROR_API_CODE,
    Faults,
    GenAuthEmulator,
    seeded_user_id,
)
from genauth_async.testing._faults import FaultInjector

GET_MFA = "/api/v3/get-mfa-status"
SET_MFA = "/api/v3/set-mfa-status"
PRINCIPAL = "/api/v3/get-user-principal-authentication-info"
USER = {"userId": seeded_user_id(0)}
MFA_BODY = {
    "userId": seeded_user_id(1),
    "mfaTriggerData": {
        "mfaToken": "t",
        "applicationMfa": [{"mfaPolicy": "SMS", "status": 1, "sort": 1}],
    },
}


async def outcomes(api, n, path=GET_MFA):
    """The HTTP status of n calls, "drop" when the connection was closed unanswered."""
    result = []
    for _ in range(n):
        try:
            result.append((await api.get(path, USER))[0])
        except aiohttp.ServerDisconnectedError:
            result.append("drop")
    return result


async def test_latency_delays_each_answer(api, emulator):
    await api.login()
    emulator.faults = Faults(latency_ms=150)
    start = time.perf_counter()
    assert (await api.get(GET_MFA, USER))[0] == 200
    assert time.perf_counter() - start >= 0.15


def test_jitter_is_seeded_and_bounded():
    def delays(seed):
        injector = FaultInjector(
            Faults(latency_ms=50, jitter_ms=20, seed=seed), default_seed=0, clock=time.time
        )
        return [injector.delay() for _ in range(20)]

    first = delays(3)
    assert first == delays(3)
    assert first != delays(4)
    assert all(0.05 <= d <= 0.07 for d in first)
    assert len(set(first)) > 1


async def test_error_rate_with_status_choice(api, emulator):
    await api.login()
    emulator.faults = Faults(error_rate=1.0, error_statuses=(500, 502, 503))
    seen = set()
    for _ in range(20):
        status, body = await api.get(GET_MFA, USER)
        assert body["statusCode"] == status
        assert body["apiCode"] == SERVER_ERROR_API_CODE
        seen.add(status)
    assert seen == {500, 502, 503}
    assert emulator.stats.faults["error"] == 20


async def test_a_seed_replays_the_same_faults(api, emulator):
    await api.login()
    faults = Faults(error_rate=0.3, drop_rate=0.5, seed=42)
    emulator.faults = faults
    first = await outcomes(api, 30)
    emulator.faults = faults  # assigning reseeds
    assert await outcomes(api, 30) == first
    assert {200, 503, "drop"} <= set(first)
    emulator.faults = Faults(error_rate=0.3, drop_rate=0.5, seed=43)
    assert await outcomes(api, 30) != first


async def test_the_emulator_seed_is_the_default_fault_seed(session):
    from conftest import Api

    results = []
    for seed in (5, 5, 6):
        async with GenAuthEmulator(seed=seed, faults=Faults(error_rate=0.5)) as emulator:
            emulator.seed_users(1)
            api = Api(session, emulator)
            emulator.faults.routes = frozenset({GET_MFA})  # token calls untouched
            results.append(await outcomes(api, 20))
    assert results[0] == results[1] != results[2]


async def test_rate_limit_answers_429_with_retry_after(api, emulator, clock):
    await api.login()
    emulator.faults = Faults(rate_limit_rps=3)
    assert await outcomes(api, 3) == [200, 200, 200]
    status, body = await api.get(GET_MFA, USER)
    assert (status, body["statusCode"], body["apiCode"]) == (429, 429, RATE_LIMITED_API_CODE)
    async with api.session.get(api.url + GET_MFA, params=USER, headers=api.headers()) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "1"
    clock.advance(0.5)
    assert await outcomes(api, 2) == [200, 429]
    clock.advance(1.0)
    assert await outcomes(api, 4) == [200, 200, 200, 429]
    assert emulator.stats.faults["rate_limited"] == 4


async def test_rate_limit_can_be_changed_in_place(api, emulator, clock):
    await api.login()
    emulator.faults.rate_limit_rps = 1
    assert await outcomes(api, 2) == [200, 429]
    emulator.faults.rate_limit_rps = 2
    assert await outcomes(api, 3) == [200, 200, 429]
    emulator.faults.rate_limit_rps = None
    assert await outcomes(api, 3) == [200, 200, 200]


async def test_dropped_connections(api, emulator):
    await api.login()
    emulator.faults = Faults(drop_rate=1.0)
    assert await outcomes(api, 2) == ["drop", "drop"]
    # aiohttp's client itself resends an idempotent request once after a disconnect
    assert emulator.stats.faults["dropped"] == 4
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await api.post(SET_MFA, MFA_BODY)
    assert emulator.stats.faults["dropped"] == 5
    assert not emulator.stats.writes


async def test_html_error_pages(api, emulator):
    await api.login()
    emulator.faults = Faults(html_rate=1.0)
    async with api.session.get(api.url + GET_MFA, params=USER, headers=api.headers()) as resp:
        assert resp.status == 502
        assert resp.content_type == "text/html"
        assert "502 Bad Gateway" in await resp.text()


async def test_malformed_json_bodies(api, emulator):
    await api.login()
    emulator.faults = Faults(malformed_json_rate=1.0)
    async with api.session.get(api.url + GET_MFA, params=USER, headers=api.headers()) as resp:
        assert resp.status == 200
        assert resp.content_type == "application/json"
        with pytest.raises(ValueError):
            await resp.json()


async def test_fail_after_apply_error_applies_the_write(api, emulator):
    await api.login()
    emulator.faults = Faults(fail_after_apply_rate=1.0)
    status, body = await api.post(SET_MFA, MFA_BODY)
    assert (status, body["statusCode"], body["apiCode"]) == (503, 503, SERVER_ERROR_API_CODE)
    assert emulator.pool.get(seeded_user_id(1)).mfa_trigger_data == MFA_BODY["mfaTriggerData"]
    assert emulator.stats.writes == {seeded_user_id(1): 1}


async def test_a_blind_retry_after_a_lost_answer_writes_twice(api, emulator):
    await api.login()
    emulator.faults = Faults(fail_after_apply_rate=1.0, fail_after_apply_action="drop")
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await api.post(SET_MFA, MFA_BODY)
    assert emulator.stats.writes[seeded_user_id(1)] == 1  # applied, though never answered
    emulator.faults = Faults()
    assert (await api.post(SET_MFA, MFA_BODY))[1]["data"] == {"success": True}
    assert emulator.stats.writes_by_route[SET_MFA] == {seeded_user_id(1): 2}
    assert emulator.stats.faults["fail_after_apply"] == 1


async def test_early_expiry_kills_tokens_before_expires_in(api, emulator, clock):
    emulator.faults = Faults(early_expiry_s=5)
    body = await api.fetch_token()
    assert body["data"]["expires_in"] == 60
    api.token = body["data"]["access_token"]
    clock.advance(4.9)
    assert (await api.get(GET_MFA, USER))[0] == 200
    clock.advance(0.1)
    assert (await api.get(GET_MFA, USER))[0] == 401


async def test_periodic_revocation(api, emulator, clock):
    emulator.faults = Faults(revoke_tokens_every_s=10)
    await api.login()
    assert (await api.get(GET_MFA, USER))[0] == 200  # starts the period
    clock.advance(9.9)
    assert (await api.get(GET_MFA, USER))[0] == 200
    clock.advance(0.1)
    assert (await api.get(GET_MFA, USER))[0] == 401
    await api.login()
    assert (await api.get(GET_MFA, USER))[0] == 200
    clock.advance(25)
    assert (await api.get(GET_MFA, USER))[0] == 401
    assert emulator.stats.faults["revoked_tokens"] == 2


async def test_faults_can_be_scoped_to_routes(api, emulator):
    await api.login()
    emulator.faults = Faults(error_rate=1.0, routes=frozenset({GET_MFA}))
    assert (await api.get(GET_MFA, USER))[0] == 503
    assert (await api.get(PRINCIPAL, USER))[0] == 200
    await api.login()  # the token route is out of scope too


async def test_admin_routes_are_never_faulted(api, emulator):
    emulator.faults = Faults(error_rate=1.0, drop_rate=1.0, latency_ms=10_000)
    assert (await api.admin("GET", "stats"))["users"] == 30
    assert emulator.stats.requests == {}


async def test_faults_admin_routes(api, emulator, clock):
    await api.login()
    config = await api.admin("POST", "faults", {"error_rate": 1.0, "routes": [GET_MFA], "seed": 9})
    assert config["error_rate"] == 1.0
    assert config["routes"] == [GET_MFA]
    assert emulator.faults.routes == frozenset({GET_MFA})
    assert await api.admin("GET", "faults") == config
    assert (await api.get(GET_MFA, USER))[0] == 503
    bad = await api.admin("POST", "faults", {"error_rate": 2})
    assert bad["statusCode"] == 400
    assert "error_rate" in bad["message"]
    bad = await api.admin("POST", "faults", {"no_such_knob": 1})
    assert "no_such_knob" in bad["message"]
    assert emulator.faults.error_rate == 1.0
    assert await api.admin("POST", "reset") == {"reset": True}
    assert emulator.faults == Faults()
    assert emulator.stats.requests == {}
    assert (await api.get(GET_MFA, USER))[0] == 401  # tokens were revoked too


@pytest.mark.parametrize(
    "kwargs",
    [
        {"error_rate": -0.1},
        {"drop_rate": 1.5},
        {"error_statuses": (404,)},
        {"error_statuses": ()},
        {"fail_after_apply_action": "explode"},
        {"rate_limit_rps": 0},
        {"early_expiry_s": -1},
        {"latency_ms": -5},
        {"error_rates": {GET_MFA: 1.5}},
        {"error_rates": {GET_MFA: -0.1}},
        {"error_rates": {GET_MFA: "0.5"}},
        {"error_rates": {GET_MFA: True}},
        {"error_rates": [(GET_MFA, 0.5)]},
        {"error_rates": {"api/v3/get-mfa-status": 0.5}},
        {"error_rates": {PRINCIPAL: 0.5}, "routes": frozenset({GET_MFA})},
    ],
)
def test_faults_are_validated(kwargs):
    with pytest.raises(ValueError):
        Faults(**kwargs)


def test_faults_json_round_trip():
    faults = Faults(
        error_rate=0.5, error_statuses=(500, 502), routes=frozenset({"/a", "/b"}), seed=1
    )
    assert Faults.from_json(faults.to_json()) == faults
    faults = Faults(error_rates={"/a": 0.25, "/b": 1}, routes=frozenset({"/a", "/b", "/c"}))
    data = faults.to_json()
    assert data["error_rates"] == {"/a": 0.25, "/b": 1}
    assert Faults.from_json(data) == faults
    assert Faults.from_json(json.loads(json.dumps(data))) == faults
    with pytest.raises(ValueError):
        Faults.from_json({"error_rates": [["/a", 0.5]]})


async def test_error_rates_per_route_are_seeded(api, emulator):
    await api.login()
    rates = {GET_MFA: 0.2, PRINCIPAL: 0.7, "/api/v3/get-user": 0.0}
    emulator.faults = Faults(error_rates={GET_MFA: 0.2, PRINCIPAL: 0.7}, seed=11)
    rounds = 100
    seen = {path: [] for path in rates}
    for _ in range(rounds):
        for path in rates:
            status, _ = await api.get(path, USER)
            assert status in (200, 503)
            seen[path].append(status == 503)
    # the same requests, in another order, get the same faults
    emulator.faults = Faults(error_rates={GET_MFA: 0.2, PRINCIPAL: 0.7}, seed=11)
    again = {path: [] for path in rates}
    for _ in range(rounds):
        for path in reversed(rates):
            status, _ = await api.get(path, USER)
            again[path].append(status == 503)
    assert again == seen
    counts = {path: sum(hits) for path, hits in seen.items()}
    assert 10 <= counts[GET_MFA] <= 32
    assert 58 <= counts[PRINCIPAL] <= 82
    assert counts["/api/v3/get-user"] == 0  # not listed: error_rate, which is 0
    assert emulator.stats.faults["error"] == 2 * (counts[GET_MFA] + counts[PRINCIPAL])


async def test_error_rates_override_error_rate_and_respect_routes(api, emulator):
    await api.login()
    emulator.faults = Faults(
        error_rate=1.0, error_rates={GET_MFA: 0.0}, routes=frozenset({GET_MFA, PRINCIPAL})
    )
    assert await outcomes(api, 3) == [200, 200, 200]  # listed: its own rate
    assert await outcomes(api, 2, PRINCIPAL) == [503, 503]  # not listed: error_rate
    assert (await api.get("/api/v3/get-user", USER))[0] == 200  # not in routes


async def test_error_rates_through_the_admin_route(api, emulator):
    await api.login()
    body = {"error_rates": {GET_MFA: 1.0, PRINCIPAL: 0.5}, "error_statuses": [502]}
    config = await api.admin("POST", "faults", body)
    assert config["error_rates"] == {GET_MFA: 1.0, PRINCIPAL: 0.5}
    assert await api.admin("GET", "faults") == config
    assert emulator.faults.error_rates == {GET_MFA: 1.0, PRINCIPAL: 0.5}
    assert await outcomes(api, 2) == [502, 502]
    bad = await api.admin("POST", "faults", {"error_rates": {GET_MFA: 2}})
    assert bad["statusCode"] == 400
    assert "error_rates" in bad["message"]
    bad = await api.admin("POST", "faults", {"error_rates": [GET_MFA]})
    assert (bad["statusCode"], "error_rates" in bad["message"]) == (400, True)
    assert emulator.faults.error_rates == {GET_MFA: 1.0, PRINCIPAL: 0.5}


async def test_a_request_gets_the_same_faults_whatever_the_timing_and_order(api, emulator):
    """The dice of a request follow from the seed, the request and how many times it was
    sent before: not from when it arrives or what else is running."""
    await api.login()
    users = [{"userId": seeded_user_id(i)} for i in range(30)]

    async def attempt(user):
        return (await api.get(GET_MFA, user))[0]

    emulator.faults = Faults(error_rate=0.3, seed=5)
    one_by_one = [[await attempt(u) for u in users] for _ in range(3)]
    emulator.faults = Faults(error_rate=0.3, seed=5)  # reseeds: counts start over
    at_once = []
    for _ in range(3):
        backwards = await asyncio.gather(*(attempt(u) for u in reversed(users)))
        at_once.append(backwards[::-1])
    assert at_once == one_by_one
    assert 503 in one_by_one[0] and 200 in one_by_one[0]
    assert one_by_one[0] != one_by_one[1]  # a repeat rolls again


async def test_max_consecutive_faults_lets_the_next_try_through(api, emulator):
    await api.login()
    emulator.faults = Faults(error_rate=1.0, max_consecutive_faults=2, routes=frozenset({GET_MFA}))
    assert await outcomes(api, 6) == [503, 503, 200, 503, 503, 200]
    assert (await api.get(GET_MFA, {"userId": seeded_user_id(1)}))[0] == 503  # another request
    emulator.faults = Faults(error_rate=1.0, max_consecutive_faults=0)
    assert await outcomes(api, 2) == [200, 200]
    with pytest.raises(ValueError, match="max_consecutive_faults"):
        Faults(max_consecutive_faults=-1)
