"""Offline verification against the emulator's JWKS: token attacks, key rotation, outages.

The verifier's clock is a plain number the tests move: nothing sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from genauth_async import (
    AsyncAuthenticationClient,
    GenAuthAPIError,
    MalformedTokenError,
    TokenAudienceError,
    TokenExpiredError,
    TokenIssuerError,
    TokenNotYetValidError,
    TokenSignatureError,
    TokenVerificationError,
    UnknownSigningKeyError,
)
from genauth_async._jwks import KeySet, TokenVerifier
from genauth_async.testing import seeded_user_id

JWKS = "/oidc/.well-known/jwks.json"


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def auth(emulator, clock):
    async with AsyncAuthenticationClient(
        emulator.app_id,
        emulator.url,
        emulator.app_secret,
        clock=clock,
        leeway=30,
        jwks_ttl=600,
        jwks_refetch_cooldown=60,
    ) as client:
        yield client


def signing_key(emulator):
    emulator.oidc.jwks()  # the first key is made on first use
    return emulator.oidc.keys[-1]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unsigned(header: dict, claims: dict, signature: bytes = b"") -> str:
    head = b64(json.dumps(header).encode())
    body = b64(json.dumps(claims).encode())
    return f"{head}.{body}.{b64(signature)}"


def claims_for(emulator, **over):
    now = int(time.time())
    claims = {
        "iss": emulator.issuer,
        "sub": seeded_user_id(1),
        "aud": emulator.app_id,
        "iat": now,
        "exp": now + 3600,
        "scope": "openid",
    }
    claims.update(over)
    return claims


async def test_a_token_of_the_emulator_verifies_and_the_key_set_is_fetched_once(emulator, auth):
    tokens = emulator.issue_tokens(3)
    for _ in range(5):
        claims = await auth.verify_access_token(tokens.get("access_token"))
    assert claims.sub == seeded_user_id(3)
    assert claims.aud == (emulator.app_id,)
    assert claims.iss == emulator.issuer
    assert claims.scopes == {"openid", "profile", "email"}
    assert emulator.oidc.jwks_requests == 1


async def test_alg_none_is_refused_before_any_key_is_looked_up(emulator, auth):
    kid = signing_key(emulator).kid
    forged = unsigned({"alg": "none", "kid": kid}, claims_for(emulator))
    with pytest.raises(TokenSignatureError, match="'none' is not allowed"):
        await auth.verify_access_token(forged)
    assert emulator.oidc.jwks_requests == 0


async def test_hs256_signed_with_the_public_key_is_refused(emulator, auth):
    key = signing_key(emulator)
    pem = key.private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = {"alg": "HS256", "kid": key.kid, "typ": "JWT"}
    head = b64(json.dumps(header).encode())
    body = b64(json.dumps(claims_for(emulator)).encode())
    signature = hmac.new(pem, f"{head}.{body}".encode(), hashlib.sha256).digest()
    forged = f"{head}.{body}.{b64(signature)}"
    with pytest.raises(TokenSignatureError, match="HS256"):
        await auth.verify_access_token(forged)
    # also when the verifier was told to allow only what the header claims: HS* is not
    # an algorithm it can be told to allow
    with pytest.raises(ValueError, match="asymmetric only"):
        TokenVerifier(auth._keys, algorithms=["HS256"])


async def test_an_rs256_header_over_an_es256_key_set_is_refused(emulator, clock):
    # the key decides the algorithm, not the header
    from cryptography.hazmat.primitives.asymmetric import ec

    private = ec.generate_private_key(ec.SECP256R1())
    jwk = jwt.algorithms.ECAlgorithm.to_jwk(private.public_key(), as_dict=True)
    jwk.update(kid="ec1")
    verifier = TokenVerifier(KeySet.static({"keys": [jwk]}), clock=clock)
    good = jwt.encode(claims_for(emulator), private, algorithm="ES256", headers={"kid": "ec1"})
    assert (await verifier.verify(good)).sub == seeded_user_id(1)
    rsa_key = signing_key(emulator).private
    forged = jwt.encode(claims_for(emulator), rsa_key, algorithm="RS256", headers={"kid": "ec1"})
    with pytest.raises(TokenSignatureError, match="its key is for ES256"):
        await verifier.verify(forged)


async def test_wrong_audience_and_wrong_issuer(emulator, auth):
    oidc = emulator.oidc
    user = oidc.find_user("user000001")
    other_app = oidc.issue_tokens(user, "another-app", "openid", emulator.issuer, time.time())
    with pytest.raises(TokenAudienceError):
        await auth.verify_access_token(other_app["access_token"])
    # unless the caller asks for that audience, or for none
    assert (await auth.verify_access_token(other_app["access_token"], audience="another-app")).sub
    assert (await auth.verify_access_token(other_app["access_token"], audience=None)).sub
    evil = oidc.issue_tokens(user, emulator.app_id, "openid", "https://evil.example/oidc", 0.0)
    evil_now = oidc.sign(claims_for(emulator, iss="https://evil.example/oidc"))
    with pytest.raises(TokenIssuerError, match="not issued by"):
        await auth.verify_access_token(evil_now)
    with pytest.raises(TokenExpiredError):  # issued at the epoch: expired first
        await auth.verify_access_token(evil["access_token"])


async def test_expiry_with_leeway(emulator, auth, clock):
    token = emulator.oidc.sign(claims_for(emulator, exp=int(clock.now) + 100))
    assert await auth.verify_access_token(token)
    clock.now += 100 + 29  # past exp, within the 30 s leeway
    assert await auth.verify_access_token(token)
    clock.now += 2
    with pytest.raises(TokenExpiredError, match="expired"):
        await auth.verify_access_token(token)


async def test_a_token_without_exp_is_malformed(emulator, auth):
    claims = claims_for(emulator)
    del claims["exp"]
    with pytest.raises(MalformedTokenError, match="no exp"):
        await auth.verify_access_token(emulator.oidc.sign(claims))


async def test_future_nbf_and_iat(emulator, auth, clock):
    later = int(clock.now) + 3600
    with pytest.raises(TokenNotYetValidError):
        await auth.verify_access_token(emulator.oidc.sign(claims_for(emulator, nbf=later)))
    with pytest.raises(TokenNotYetValidError):
        await auth.verify_access_token(emulator.oidc.sign(claims_for(emulator, iat=later)))
    soon = emulator.oidc.sign(claims_for(emulator, nbf=int(clock.now) + 20))
    assert await auth.verify_access_token(soon)  # within the leeway


async def test_a_tampered_payload_fails_the_signature(emulator, auth):
    token = emulator.issue_tokens(1)["access_token"]
    head, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["sub"] = seeded_user_id(2)
    forged = f"{head}.{b64(json.dumps(claims).encode())}.{signature}"
    with pytest.raises(TokenSignatureError, match="does not verify"):
        await auth.verify_access_token(forged)
    # and a signature from another token
    other = emulator.issue_tokens(2)["access_token"]
    with pytest.raises(TokenSignatureError):
        await auth.verify_access_token(f"{head}.{body}.{other.split('.')[2]}")


async def test_an_oversized_token_is_refused_unparsed(emulator, auth):
    huge = emulator.oidc.sign(claims_for(emulator, padding="x" * 20_000))
    with pytest.raises(MalformedTokenError, match="more than max_token_bytes"):
        await auth.verify_access_token(huge)
    assert emulator.oidc.jwks_requests == 0


@pytest.mark.parametrize("token", ["", "abc", "a.b", "a.b.c", "...", "e30.e30.e30"])
async def test_garbage_is_malformed_or_refused(auth, token):
    with pytest.raises((TokenVerificationError, ValueError)):
        await auth.verify_access_token(token)


async def test_a_flood_of_unknown_kids_makes_one_request_per_cooldown(emulator, auth, clock):
    good = emulator.issue_tokens(1)["access_token"]
    await auth.verify_access_token(good)
    assert emulator.oidc.jwks_requests == 1
    private = signing_key(emulator).private

    def random_kid_token() -> str:
        kid = secrets.token_hex(8)
        return jwt.encode(claims_for(emulator), private, algorithm="RS256", headers={"kid": kid})

    results = await asyncio.gather(
        *(auth.verify_access_token(random_kid_token()) for _ in range(200)),
        return_exceptions=True,
    )
    assert all(isinstance(r, UnknownSigningKeyError) for r in results)
    assert emulator.oidc.jwks_requests == 2  # the one refetch, shared
    for _ in range(50):
        with pytest.raises(UnknownSigningKeyError):
            await auth.verify_access_token(random_kid_token())
    assert emulator.oidc.jwks_requests == 2
    assert await auth.verify_access_token(good)  # known keys are not affected
    clock.now += 61
    with pytest.raises(UnknownSigningKeyError):
        await auth.verify_access_token(random_kid_token())
    assert emulator.oidc.jwks_requests == 3


async def test_a_rotated_key_is_fetched_when_a_token_names_it(emulator, auth):
    old = emulator.issue_tokens(1)["access_token"]
    await auth.verify_access_token(old)
    new_kid = emulator.rotate_signing_key()
    new = emulator.issue_tokens(2)["access_token"]
    assert jwt.get_unverified_header(new)["kid"] == new_kid
    assert (await auth.verify_access_token(new)).sub == seeded_user_id(2)
    assert (await auth.verify_access_token(old)).sub == seeded_user_id(1)
    assert emulator.oidc.jwks_requests == 2


async def test_the_last_good_keys_serve_through_a_jwks_outage(emulator, auth, clock):
    token = emulator.issue_tokens(1)["access_token"]
    await auth.verify_access_token(token)
    emulator.oidc.jwks_status = 503
    clock.now += 601  # stale: refreshed in the background, which fails
    assert (await auth.verify_access_token(token)).sub == seeded_user_id(1)
    keys = auth._keys
    while keys._inflight is not None:
        await asyncio.shield(keys._inflight)
    assert keys.fetches == 2  # one refresh (a GET: its 503s retried by the transport)
    requests = emulator.oidc.jwks_requests
    # still down: verified from the keys in hand; no new attempt before the cooldown
    for _ in range(20):
        assert await auth.verify_access_token(token)
    assert keys.fetches == 2
    assert emulator.oidc.jwks_requests == requests
    # the provider is gone altogether
    await emulator.stop()
    clock.now += 61
    assert await auth.verify_access_token(token)
    while keys._inflight is not None:
        await asyncio.shield(keys._inflight)
    assert await auth.verify_access_token(token)
    assert keys.fetches == 3


async def test_no_keys_at_all_is_a_typed_error_and_is_not_retried_in_a_loop(emulator, auth, clock):
    emulator.oidc.jwks_status = 503
    token = emulator.issue_tokens(1)["access_token"]
    with pytest.raises(GenAuthAPIError) as info:
        await auth.verify_access_token(token)
    assert not isinstance(info.value, TokenVerificationError)
    first = emulator.oidc.jwks_requests
    for _ in range(10):
        with pytest.raises(GenAuthAPIError):
            await auth.verify_access_token(token)
    assert emulator.oidc.jwks_requests == first  # the failure is remembered for the cooldown
    emulator.oidc.jwks_status = 200
    clock.now += 61
    assert await auth.verify_access_token(token)


async def test_the_verifier_does_not_store_the_token_in_its_errors(emulator, auth, clock):
    token = emulator.issue_tokens(1)["access_token"]
    clock.now += 10_000
    with pytest.raises(TokenExpiredError) as info:
        await auth.verify_access_token(token)
    for part in token.split("."):
        assert part not in str(info.value)


async def test_a_remembered_fetch_error_is_raised_afresh_each_time(emulator, auth):
    emulator.oidc.jwks_status = 503
    token = emulator.issue_tokens(1)["access_token"]
    errors = []
    for _ in range(3):
        with pytest.raises(GenAuthAPIError) as info:
            await auth.verify_access_token(token)
        errors.append(info.value)
    assert errors[1] is not errors[2]
    depth = [len(list(_frames(e.__traceback__))) for e in errors[1:]]
    assert depth[0] == depth[1]  # the traceback does not grow with each caller


def _frames(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


async def test_a_closed_client_verifies_with_the_keys_it_has_and_fetches_no_more(emulator, auth):
    from genauth_async import ClientClosedError

    token = emulator.issue_tokens(1)["access_token"]
    await auth.verify_access_token(token)
    await auth.close()
    assert await auth.verify_access_token(token)  # offline: no request needed
    fresh = AsyncAuthenticationClient(emulator.app_id, emulator.url, issuer=emulator.issuer)
    await fresh.close()
    with pytest.raises(ClientClosedError):
        await fresh.verify_access_token(token)
