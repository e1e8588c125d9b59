"""The emulator's OIDC provider over HTTP, as a browser and a relying party see it."""

from __future__ import annotations

import urllib.parse

import aiohttp
import jwt

from genauth_async.testing import (
    DEFAULT_APP_ID,
    GenAuthEmulator,
    seeded_password,
    seeded_user_id,
)


def query_of(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


async def test_discovery_names_the_endpoints_under_the_issuer(emulator: GenAuthEmulator):
    async with aiohttp.ClientSession() as http:
        url = emulator.url + "/oidc/.well-known/openid-configuration"
        async with http.get(url) as resp:
            doc = await resp.json()
    assert doc["issuer"] == emulator.issuer
    assert doc["jwks_uri"] == emulator.issuer + "/.well-known/jwks.json"
    assert "S256" in doc["code_challenge_methods_supported"]
    assert emulator.app_id == DEFAULT_APP_ID


async def test_the_authorization_endpoint_redirects_with_a_code_or_login_required(
    emulator: GenAuthEmulator,
):
    params = {
        "client_id": emulator.app_id,
        "redirect_uri": "https://app.example/cb",
        "response_type": "code",
        "scope": "openid",
        "state": "s-1",
    }
    async with aiohttp.ClientSession() as http:
        auth = emulator.url + "/oidc/auth"
        async with http.get(auth, params=params, allow_redirects=False) as resp:
            assert resp.status == 302
            assert query_of(resp.headers["Location"]) == {"error": "login_required", "state": "s-1"}
        hinted = {**params, "login_hint": "user000003@example.com"}
        async with http.get(auth, params=hinted, allow_redirects=False) as resp:
            location = resp.headers["Location"]
        assert location.startswith("https://app.example/cb?")
        code = query_of(location)["code"]
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "https://app.example/cb",
            "client_id": emulator.app_id,
            "client_secret": emulator.app_secret,
        }
        async with http.post(emulator.url + "/oidc/token", data=form) as resp:
            tokens = await resp.json()
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    assert claims["sub"] == seeded_user_id(3) and claims["aud"] == emulator.app_id


async def test_a_users_own_password_wins_over_the_seeded_one(emulator: GenAuthEmulator):
    emulator.pool.get(seeded_user_id(2)).password = "s3cret!"
    provider = emulator.oidc
    user = provider.find_user("user000002")
    assert provider.check_password(user, "s3cret!")
    assert not provider.check_password(user, seeded_password(2))
    assert provider.check_password(provider.find_user("user000001"), seeded_password(1))


async def test_logout_returns_to_the_given_url_with_its_state(emulator: GenAuthEmulator):
    async with aiohttp.ClientSession() as http:
        params = {"post_logout_redirect_uri": "https://app.example/bye", "state": "z"}
        url = emulator.url + "/oidc/session/end"
        async with http.get(url, params=params, allow_redirects=False) as resp:
            assert resp.status == 302
            assert resp.headers["Location"] == "https://app.example/bye?state=z"


async def test_rotation_keeps_old_keys_published_unless_retired(emulator: GenAuthEmulator):
    first = emulator.rotate_signing_key()
    second = emulator.rotate_signing_key()
    assert [k["kid"] for k in emulator.oidc.jwks()["keys"]] == [first, second]
    third = emulator.rotate_signing_key(retire_old=True)
    assert [k["kid"] for k in emulator.oidc.jwks()["keys"]] == [third]
