"""The FastAPI example app, driven through FastAPI's test client against the emulator."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from genauth_async import AsyncAuthenticationClient, TokenSet
from genauth_async.authentication import (
    code_challenge_s256,
    generate_code_verifier,
    generate_state,
)
from genauth_async.testing import Faults, GenAuthEmulator, seeded_user_id

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from fastapi_app import REQUEST_PATH_OPTIONS, create_app, worst_case_seconds


@pytest.fixture
def emulator_thread():
    """An emulator on its own loop in a thread: FastAPI's TestClient runs its own loop."""
    loop = asyncio.new_event_loop()
    emulator = GenAuthEmulator()
    emulator.seed_users(10)
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(emulator.start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(emulator.stop())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(10)
    yield emulator
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_fastapi_app_uses_one_client_and_maps_errors(emulator_thread):
    emu = emulator_thread
    app = create_app(
        access_key_id=emu.access_key_id, access_key_secret=emu.access_key_secret, host=emu.url
    )
    with TestClient(app) as http:
        ok = http.get(f"/users/{seeded_user_id(3)}/real-name")
        assert ok.status_code == 200
        assert ok.json()["total"] == 1
        assert ok.json()["records"][0]["authenticatedAt"].startswith("2024-01-01T00:00:03")

        by_email = http.get("/users/user000003@example.com/real-name?id_type=email")
        assert by_email.json()["total"] == 1

        mfa = http.get(f"/users/{seeded_user_id(4)}/mfa")
        assert mfa.status_code == 200 and mfa.json()["policies"] == ["SMS"]

        missing = http.get("/users/nobody/mfa")
        assert missing.status_code == 404
        assert missing.json()["error"] == "NotFoundError" and missing.json()["requestId"]

        bad = http.get("/users/x/real-name?id_type=nickname")
        assert bad.status_code == 422 and "user_id_type must be one of" in bad.json()["message"]

        reset = http.delete("/users/13800000003/real-name?id_type=phone")
        assert reset.json() == {"success": True}
        assert http.get(f"/users/{seeded_user_id(3)}/real-name").json()["total"] == 0
    # one client for all requests: one token
    assert emu.stats.tokens_issued == 1


def test_a_rate_limited_request_fails_fast_with_retry_after(emulator_thread):
    emu = emulator_thread
    # GenAuth asks for 50 s of patience on the MFA route: the handler must not wait it out
    emu.faults = Faults(rate_limit_rps=0.02, routes=frozenset({"/api/v3/get-mfa-status"}))
    app = create_app(
        access_key_id=emu.access_key_id, access_key_secret=emu.access_key_secret, host=emu.url
    )
    with TestClient(app) as http:
        client = app.state.genauth
        limited = http.get(f"/users/{seeded_user_id(4)}/mfa")
    assert limited.status_code == 429
    assert limited.json()["error"] == "RateLimitError"
    assert 40 <= int(limited.headers["Retry-After"]) <= 50
    # two attempts, one short wait between them: not two 50 s waits
    assert emu.stats.requests["/api/v3/get-mfa-status"] == 2
    assert client.closed


def test_the_request_path_budget_and_the_bulk_defaults():
    assert worst_case_seconds(REQUEST_PATH_OPTIONS) == 7.0
    # the defaults (for bulk jobs): 3 attempts of 30 s, and up to 60 s between them
    assert worst_case_seconds({}) == 210.0


# -- signing in: the README's walk ------------------------------------------------------------

CALLBACK = "https://app.example/callback"


def sign_in(emulator, user: int, scope: str = "openid profile") -> TokenSet:
    """The authorization code flow with PKCE; the browser's part played by emulator.authorize."""

    async def flow() -> TokenSet:
        async with AsyncAuthenticationClient(
            emulator.app_id, emulator.url, emulator.app_secret, redirect_uri=CALLBACK
        ) as auth:
            state, verifier = generate_state(), generate_code_verifier()
            url = auth.build_authorize_url(
                state=state, scope=scope, code_challenge=code_challenge_s256(verifier)
            )
            callback = parse_qs(urlsplit(emulator.authorize(url, user)).query)
            assert callback["state"] == [state]
            return await auth.get_access_token_by_code(callback["code"][0], verifier)

    return asyncio.run(flow())


def test_a_signed_in_user_calls_a_protected_route(emulator_thread):
    emu = emulator_thread
    tokens = sign_in(emu, 4)
    app = create_app(
        access_key_id=emu.access_key_id,
        access_key_secret=emu.access_key_secret,
        host=emu.url,
        auth_options={"app_id": emu.app_id, "app_host": emu.url},
    )
    bearer = {"Authorization": f"Bearer {tokens.access_token}"}
    with TestClient(app) as http:
        me = http.get("/me", headers=bearer)
        assert me.status_code == 200, me.text
        assert me.json() == {
            "userId": seeded_user_id(4),
            "scopes": ["openid", "profile"],
            "totp": True,
        }
        assert app.state.genauth.session is app.state.genauth_auth.session  # one pool

        missing = http.get("/me")
        assert missing.status_code == 401
        assert missing.headers["WWW-Authenticate"] == "Bearer"

        head, body, _ = tokens.access_token.split(".")
        forged = http.get("/me", headers={"Authorization": f"Bearer {head}.{body}.AAAA"})
        assert forged.status_code == 401
        assert forged.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')

        other = http.get("/me", headers={"Authorization": "Bearer not-a-jwt"})
        assert other.status_code == 401 and "invalid_token" in other.headers["WWW-Authenticate"]

        no_scope = http.get("/reports", headers=bearer)
        assert no_scope.status_code == 403
        assert no_scope.headers["WWW-Authenticate"] == (
            'Bearer error="insufficient_scope", scope="reports:read"'
        )
        reader = emu.issue_tokens(4, scope="openid reports:read")["access_token"]
        ok = http.get("/reports", headers={"Authorization": f"Bearer {reader}"})
        assert ok.status_code == 200 and ok.json()["for"] == seeded_user_id(4)
    # the key set was fetched once for all these requests
    assert emu.oidc.jwks_requests == 1


def test_without_an_app_id_sign_in_answers_503(emulator_thread, monkeypatch):
    emu = emulator_thread
    monkeypatch.delenv("GENAUTH_APP_ID", raising=False)
    app = create_app(
        access_key_id=emu.access_key_id, access_key_secret=emu.access_key_secret, host=emu.url
    )
    with TestClient(app) as http:
        assert http.get("/me", headers={"Authorization": "Bearer x.y.z"}).status_code == 503
