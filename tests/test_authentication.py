"""AsyncAuthenticationClient against the emulator's OIDC provider: the flows, client
authentication as sent, per-user tokens, and the official sync client on the same provider."""

from __future__ import annotations

import asyncio
import base64
import inspect
import urllib.parse

import aiohttp
import pytest

from genauth_async import (
    AsyncAuthenticationClient,
    AsyncManagementClient,
    AuthenticationError,
    GenAuthAPIError,
    TokenNonceError,
    TokenSet,
)
from genauth_async.authentication import (
    code_challenge_s256,
    generate_code_verifier,
    generate_nonce,
    generate_state,
)
from genauth_async.testing import seeded_password, seeded_user_id, seeded_username

CALLBACK = "http://127.0.0.1:9/callback"


@pytest.fixture
async def make_auth(emulator):
    clients: list[AsyncAuthenticationClient] = []

    def make(**options) -> AsyncAuthenticationClient:
        options.setdefault("app_secret", emulator.app_secret)
        options.setdefault("redirect_uri", CALLBACK)
        client = AsyncAuthenticationClient(emulator.app_id, emulator.url, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


def query_of(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


async def sign_in(emulator, auth, user: int, scope: str = "openid profile offline_access"):
    """The authorization code flow with PKCE, the browser played by emulator.authorize."""
    state, nonce, verifier = generate_state(), generate_nonce(), generate_code_verifier()
    url = auth.build_authorize_url(
        state=state, nonce=nonce, scope=scope, code_challenge=code_challenge_s256(verifier)
    )
    callback = query_of(emulator.authorize(url, user))
    assert callback["state"] == state
    tokens = await auth.get_access_token_by_code(callback["code"], verifier)
    return tokens, nonce


def test_the_constructor_takes_the_official_arguments_in_order():
    from genauth import AuthenticationClient

    official = list(inspect.signature(AuthenticationClient.__init__).parameters)[1:]
    ours = inspect.signature(AsyncAuthenticationClient.__init__).parameters
    positional = [
        name
        for name, p in ours.items()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and name != "self"
    ]
    assert positional == official


#: the official methods written by hand (the generated ones: tests/api/test_authentication_api.py)
PROTOCOL_METHODS = {
    "build_authorize_url",
    "build_logout_url",
    "generate_code_challenge",
    "generate_code_challenge_digest",
    "get_access_token_by_client_credentials",
    "get_access_token_by_code",
    "get_new_access_token_by_refresh_token",
    "get_user_info_by_access_token",
    "introspect_token",
    "introspect_token_offline",
    "revoke_token",
    "set_access_token",
    "validate_ticket_v1",
}


def _official_methods() -> dict[str, object]:
    from genauth import AuthenticationClient

    return {
        name: member
        for name, member in vars(AuthenticationClient).items()
        if callable(member) and not name.startswith("_")
    }


def test_every_official_method_present_keeps_its_positional_parameters():
    def positional(function):
        return [
            n
            for n, p in inspect.signature(function).parameters.items()
            if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and n != "self"
        ]

    official = _official_methods()
    present = {name for name in official if hasattr(AsyncAuthenticationClient, name)}
    assert present >= PROTOCOL_METHODS
    for name in sorted(present):
        ours = getattr(AsyncAuthenticationClient, name)
        assert positional(ours) == positional(official[name]), name


async def test_the_code_flow_with_pkce_then_offline_verification(emulator, make_auth):
    auth = make_auth()
    tokens, nonce = await sign_in(emulator, auth, 4)
    assert isinstance(tokens, TokenSet)
    assert tokens["token_type"] == "Bearer" and tokens.refresh_token
    access = await auth.verify_access_token(tokens.access_token)
    assert access.sub == seeded_user_id(4)
    assert access.aud == (emulator.app_id,) and access.iss == emulator.issuer
    identity = await auth.verify_id_token(tokens.id_token, nonce)
    assert identity["preferred_username"] == seeded_username(4)
    with pytest.raises(TokenNonceError):
        await auth.verify_id_token(tokens.id_token, "another-nonce")
    # the official name: the claims as a dict
    assert (await auth.introspect_token_offline(tokens.access_token))["sub"] == seeded_user_id(4)
    assert (await auth.introspect_token_offline(tokens.access_token, emulator.oidc.jwks()))[
        "sub"
    ] == seeded_user_id(4)


async def test_a_code_is_spent_once_and_needs_its_verifier(emulator, make_auth):
    auth = make_auth()
    verifier = generate_code_verifier()
    url = auth.build_authorize_url(code_challenge=code_challenge_s256(verifier))
    code = query_of(emulator.authorize(url, 1))["code"]
    with pytest.raises(GenAuthAPIError, match="invalid_grant: code_verifier does not match"):
        await auth.get_access_token_by_code(code, generate_code_verifier())
    # the failed attempt spent it, and a POST is never retried
    with pytest.raises(GenAuthAPIError, match="invalid_grant"):
        await auth.get_access_token_by_code(code, verifier)
    assert emulator.stats.requests["/oidc/token"] == 2


async def test_refresh_rotates_the_refresh_token(emulator, make_auth):
    auth = make_auth()
    tokens, _ = await sign_in(emulator, auth, 2)
    fresh = await auth.get_new_access_token_by_refresh_token(tokens.refresh_token)
    assert (await auth.verify_access_token(fresh.access_token)).sub == seeded_user_id(2)
    with pytest.raises(GenAuthAPIError, match="invalid_grant") as info:
        await auth.get_new_access_token_by_refresh_token(tokens.refresh_token)
    assert info.value.http_status == 400


async def test_client_credentials_with_an_access_key(emulator, make_auth):
    auth = make_auth()
    tokens = await auth.get_access_token_by_client_credentials(
        "read:users", emulator.access_key_id, emulator.access_key_secret
    )
    claims = await auth.verify_access_token(tokens.access_token, audience=emulator.access_key_id)
    assert claims.sub == emulator.access_key_id and claims.scopes == {"read:users"}
    with pytest.raises(AuthenticationError, match="invalid_client"):
        await auth.get_access_token_by_client_credentials("read", emulator.access_key_id, "wrong")
    with pytest.raises(ValueError, match="scope"):
        await auth.get_access_token_by_client_credentials("", "a", "b")


def _last(emulator, path):
    return [r for r in emulator.stats.recent if r["path"] == path][-1]


@pytest.mark.parametrize("endpoint", ["token", "introspection", "revocation"])
async def test_client_secret_basic_sends_the_basic_header(emulator, make_auth, endpoint):
    app = emulator.oidc.app
    setattr(app, f"{endpoint}_endpoint_auth_method", "client_secret_basic")
    basic = make_auth(**{f"{endpoint}_endpoint_auth_method": "client_secret_basic"})
    post = make_auth()
    tokens = emulator.issue_tokens(1, scope="openid offline_access")
    calls = {
        "token": lambda c: c.get_new_access_token_by_refresh_token(tokens["refresh_token"]),
        "introspection": lambda c: c.introspect_token(tokens["access_token"]),
        "revocation": lambda c: c.revoke_token(tokens["access_token"]),
    }
    path = {"token": "/oidc/token"}.get(endpoint, f"/oidc/token/{endpoint}")
    with pytest.raises(AuthenticationError, match="must use client_secret_basic"):
        await calls[endpoint](post)
    assert await calls[endpoint](basic)
    assert emulator.oidc.client_auth[f"{endpoint}:client_secret_basic"] == 1
    sent = _last(emulator, path)
    pair = f"{emulator.app_id}:{emulator.app_secret}".encode()
    assert sent["headers"]["authorization"] == "Basic " + base64.b64encode(pair).decode()
    body = query_of("?" + sent["body"])
    assert "client_secret" not in body and "client_id" not in body


async def test_client_secret_post_and_none(emulator, make_auth):
    tokens = emulator.issue_tokens(1)
    await make_auth().introspect_token(tokens["access_token"])
    body = query_of("?" + _last(emulator, "/oidc/token/introspection")["body"])
    assert body["client_id"] == emulator.app_id
    assert body["client_secret"] == emulator.app_secret
    emulator.oidc.app.introspection_endpoint_auth_method = "none"
    public = make_auth(app_secret=None, introspection_endpoint_auth_method="none")
    assert (await public.introspect_token(tokens["access_token"]))["active"] is True
    sent = _last(emulator, "/oidc/token/introspection")
    assert query_of("?" + sent["body"]) == {
        "token": tokens["access_token"],
        "client_id": emulator.app_id,
    }
    assert "authorization" not in sent["headers"]
    with pytest.raises(ValueError, match="app_secret is required"):
        await make_auth(app_secret=None).introspect_token(tokens["access_token"])


async def test_introspect_revoke_userinfo(emulator, make_auth):
    auth = make_auth()
    tokens = emulator.issue_tokens(5)
    token = tokens["access_token"]
    info = await auth.introspect_token(token)
    assert info["active"] is True and info["sub"] == seeded_user_id(5)
    me = await auth.get_user_info_by_access_token(token)
    assert me["sub"] == seeded_user_id(5) and me["email"] == f"{seeded_username(5)}@example.com"
    assert await auth.revoke_token(token) is True
    assert (await auth.introspect_token(token)) == {"active": False}
    with pytest.raises(AuthenticationError, match="invalid_token"):
        await auth.get_user_info_by_access_token(token)


async def test_200_concurrent_users_each_reach_the_server_with_their_own_token(emulator, make_auth):
    emulator.seed_users(200)  # 230 in all
    auth = make_auth()
    tokens = {i: emulator.issue_tokens(i)["access_token"] for i in range(200)}

    async def me(i: int) -> str:
        view = auth.with_access_token(tokens[i])
        return (await view.get_user_info_by_access_token())["sub"]

    # the server answers from the token it received: each user's own sub means each call
    # carried its own token
    subs = await asyncio.gather(*(me(i) for i in range(200)))
    assert subs == [seeded_user_id(i) for i in range(200)]
    # and per call, on the shared client itself
    subs = await asyncio.gather(
        *(auth.get_user_info_by_access_token(tokens[i]) for i in range(200))
    )
    assert [s["sub"] for s in subs] == [seeded_user_id(i) for i in range(200)]
    with pytest.raises(ValueError, match="no access token"):
        await auth.get_user_info_by_access_token()


async def test_a_view_shares_the_session_and_closes_nothing(emulator, make_auth):
    auth = make_auth()
    view = auth.with_access_token(emulator.issue_tokens(1)["access_token"])
    await view.get_user_info_by_access_token()
    assert view.session is auth.session is not None
    await view.close()
    assert not auth.closed
    assert "user view" in repr(view)


async def test_set_access_token_is_for_single_user_scripts(emulator, make_auth):
    auth = make_auth(access_token=emulator.issue_tokens(1)["access_token"])
    assert (await auth.get_user_info_by_access_token())["sub"] == seeded_user_id(1)
    auth.set_access_token(emulator.issue_tokens(2)["access_token"])
    assert (await auth.get_user_info_by_access_token())["sub"] == seeded_user_id(2)


async def test_the_discovery_document_is_fetched_once(emulator, make_auth):
    auth = make_auth()
    documents = await asyncio.gather(*(auth.discovery() for _ in range(20)))
    assert all(d["issuer"] == emulator.issuer for d in documents)
    token = emulator.issue_tokens(1)["access_token"]
    await auth.verify_access_token(token)
    await auth.with_access_token(token).verify_access_token(token)
    assert emulator.stats.requests["/oidc/.well-known/openid-configuration"] == 1


async def test_one_session_for_both_clients(emulator):
    async with aiohttp.ClientSession() as session:
        management = AsyncManagementClient(
            emulator.access_key_id, emulator.access_key_secret, emulator.url, session=session
        )
        auth = AsyncAuthenticationClient(emulator.app_id, emulator.url, session=session)
        async with management, auth:
            token = emulator.issue_tokens(3)["access_token"]
            me = await auth.get_user_info_by_access_token(token)
            mfa = await management.get_user_mfa_status(user_id=me["sub"])
            assert mfa is not None
            assert management.session is auth.session is session
        assert not session.closed


def test_urls_are_encoded_and_carry_state(emulator):
    auth = AsyncAuthenticationClient(
        emulator.app_id, "https://app.example", redirect_uri="https://app.example/cb?x=1&y=2"
    )
    url = auth.build_authorize_url(scope="openid offline_access", code_challenge="c" * 43)
    params = query_of(url)
    assert url.startswith("https://app.example/oidc/auth?")
    assert params["redirect_uri"] == "https://app.example/cb?x=1&y=2"
    assert params["prompt"] == "consent" and params["code_challenge_method"] == "S256"
    assert (
        len(params["state"]) >= 32
        and params["state"] != query_of(auth.build_authorize_url())["state"]
    )
    logout = auth.build_logout_url("https://app.example/bye?a=b", "id.tok.en", "st")
    assert query_of(logout) == {
        "id_token_hint": "id.tok.en",
        "post_logout_redirect_uri": "https://app.example/bye?a=b",
        "state": "st",
    }
    assert auth.generate_code_challenge_digest("a" * 43) == code_challenge_s256("a" * 43)
    with pytest.raises(ValueError):
        code_challenge_s256("short")


def test_secrets_stay_out_of_reprs(emulator):
    auth = AsyncAuthenticationClient(
        emulator.app_id, "https://app.example", "the-app-secret", "the-user-token"
    )
    assert "the-app-secret" not in repr(auth) and "the-user-token" not in repr(auth)
    tokens = TokenSet.from_response({"access_token": "a.b.c", "refresh_token": "r-1"}, "p")
    assert "a.b.c" not in repr(tokens) and "r-1" not in repr(tokens)


def test_bad_arguments_are_refused_before_anything_is_sent():
    with pytest.raises(ValueError, match="app_id"):
        AsyncAuthenticationClient("")
    with pytest.raises(ValueError, match="protocol"):
        AsyncAuthenticationClient("app", protocol="ldap")
    with pytest.raises(ValueError, match="token_endpoint_auth_method"):
        AsyncAuthenticationClient("app", token_endpoint_auth_method="private_key_jwt")
    with pytest.raises(ValueError, match="non-empty"):
        AsyncAuthenticationClient("app").with_access_token("")


async def test_the_official_sync_client_signs_in_and_verifies_against_the_emulator(
    emulator, make_auth
):
    from genauth import AuthenticationClient

    official = AuthenticationClient(
        emulator.app_id,
        emulator.url,
        emulator.app_secret,
        redirect_uri=CALLBACK,
        token_endpoint_auth_method="client_secret_basic",
    )
    verifier = official.generate_code_challenge()
    url = official.build_authorize_url(
        scope="openid profile",
        code_challenge=official.generate_code_challenge_digest(verifier),
        code_challenge_method="S256",
    )
    code = query_of(emulator.authorize(url, 7))["code"]
    tokens = await asyncio.to_thread(official.get_access_token_by_code, code, verifier)
    assert emulator.oidc.client_auth["token:client_secret_basic"] == 1
    payload = await asyncio.to_thread(official.introspect_token_offline, tokens["access_token"])
    assert payload["sub"] == seeded_user_id(7)
    ours = await make_auth().verify_access_token(tokens["access_token"])
    assert ours.sub == seeded_user_id(7)


async def test_the_password_grant_over_http(emulator):
    async with aiohttp.ClientSession() as http:
        form = {
            "grant_type": "password",
            "username": seeded_username(6),
            "password": seeded_password(6),
            "client_id": emulator.app_id,
            "client_secret": emulator.app_secret,
        }
        async with http.post(emulator.url + "/oidc/token", data=form) as resp:
            assert resp.status == 200
            tokens = await resp.json()
        form["password"] = seeded_password(5)
        async with http.post(emulator.url + "/oidc/token", data=form) as resp:
            assert resp.status == 400 and (await resp.json())["error"] == "invalid_grant"
    async with AsyncAuthenticationClient(emulator.app_id, emulator.url) as auth:
        assert (await auth.verify_access_token(tokens["access_token"])).sub == seeded_user_id(6)


async def test_protocol_calls_retry_gets_only_and_map_statuses(emulator, make_auth):
    from genauth_async import ResponseTooLargeError, ServerError

    auth = make_auth(retry=None, max_retries=2)
    emulator.oidc.statuses["/oidc/.well-known/openid-configuration"] = 503
    with pytest.raises(ServerError, match="HTTP 503: temporarily_unavailable"):
        await auth.discovery()
    assert emulator.stats.requests["/oidc/.well-known/openid-configuration"] == 3
    emulator.oidc.statuses["/oidc/token"] = 503
    with pytest.raises(ServerError):
        await auth.get_new_access_token_by_refresh_token("some-refresh-token")
    assert emulator.stats.requests["/oidc/token"] == 1  # a POST is never replayed
    # a failed discovery is fetched again by the next call
    emulator.oidc.statuses.clear()
    assert (await auth.discovery())["issuer"] == emulator.issuer
    for _ in range(4):
        emulator.rotate_signing_key()
    small = make_auth(max_response_bytes=1024)
    with pytest.raises(ResponseTooLargeError):
        await small.verify_access_token(emulator.issue_tokens(1)["access_token"])


async def test_validate_ticket_v1_reads_the_cas_text_answer(emulator, make_auth):
    auth = make_auth()
    service = "https://app.example/cas?next=/a b&x=1"  # encoded on the way (it was not)
    ticket = emulator.oidc.issue_cas_ticket(seeded_user_id(3), service)
    assert await auth.validate_ticket_v1(ticket, service) == {
        "valid": True,
        "username": seeded_username(3),
    }
    again = await auth.validate_ticket_v1(ticket, service)  # spent
    assert again == {"valid": False, "message": "ticket is not valid"}
    other = emulator.oidc.issue_cas_ticket(seeded_user_id(3), service)
    assert (await auth.validate_ticket_v1(other, "https://elsewhere.example"))["valid"] is False


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic"])
async def test_the_app_secret_is_in_no_traceback_local(emulator, make_auth, method):
    secret = emulator.app_secret
    emulator.oidc.app.app_secret = "another-secret-than-the-clients"  # every call fails
    auth = make_auth(app_secret=secret, introspection_endpoint_auth_method=method)
    basic = base64.b64encode(f"{emulator.app_id}:{secret}".encode()).decode()
    with pytest.raises(AuthenticationError) as info:
        await auth.introspect_token("some.access.token")
    tb = info.value.__traceback__.tb_next  # past this test's own frame
    frames = 0
    while tb is not None:
        for name, value in tb.tb_frame.f_locals.items():
            shown = repr(value)
            assert secret not in shown and basic not in shown, (tb.tb_frame.f_code.co_name, name)
        frames += 1
        tb = tb.tb_next
    assert frames >= 3
