"""The emulator's stateful end user's routes (``_services/end_user.py``), driven by our
client with strict decoding, and the official sync client for password sign-in."""

from __future__ import annotations

import asyncio
import base64
import time
import urllib.parse

import pytest

from genauth_async import AsyncAuthenticationClient, GenAuthAPIError
from genauth_async.testing import (
    GenAuthEmulator,
    seeded_password,
    seeded_user_id,
    seeded_username,
)
from genauth_async.testing._services.end_user import totp


@pytest.fixture
async def emulator():
    """On the real clock: the official client checks `exp` against it."""
    async with GenAuthEmulator() as emu:
        emu.seed_users(30)
        yield emu


@pytest.fixture
async def auth(emulator: GenAuthEmulator):
    async with AsyncAuthenticationClient(
        emulator.app_id, emulator.url, emulator.app_secret, strict_responses=True
    ) as client:
        yield client


def _user(emulator: GenAuthEmulator, i: int):
    user = emulator.pool.get(seeded_user_id(i))
    assert user is not None
    return user


async def test_password_sign_in_answers_a_token_verifiable_offline(emulator, auth):
    user = _user(emulator, 3)
    for sign_in, login in (
        (auth.sign_in_by_username_password, user.username),
        (auth.sign_in_by_email_password, user.email),
        (auth.sign_in_by_phone_password, user.phone),
        (auth.sign_in_by_account_password, user.email),
    ):
        tokens = await sign_in(login, seeded_password(3))
        assert tokens.token_type == "Bearer"
        assert tokens.expire_in > 0
        claims = await auth.introspect_token_offline(tokens.access_token)
        assert claims["sub"] == user.user_id
        assert claims["aud"] == emulator.app_id
        assert claims["iss"] == emulator.issuer
        # the token is the end user's on their routes
        profile = await auth.get_profile(access_token=tokens.access_token)
        assert profile.user_id == user.user_id
    with pytest.raises(GenAuthAPIError) as caught:
        await auth.sign_in_by_username_password(user.username, seeded_password(4))
    assert caught.value.status_code == 401
    with pytest.raises(GenAuthAPIError):
        await auth.sign_in_by_username_password("nobody", seeded_password(3))


async def test_the_application_secret_is_checked_when_sent(emulator):
    async with AsyncAuthenticationClient(
        emulator.app_id, emulator.url, "not-the-secret", strict_responses=True
    ) as wrong:
        with pytest.raises(GenAuthAPIError) as caught:
            await wrong.sign_in_by_username_password(seeded_username(2), seeded_password(2))
    assert caught.value.status_code == 401


async def test_the_official_client_signs_in_and_verifies_the_token_offline(emulator):
    from genauth import AuthenticationClient

    def sign_in_and_verify() -> tuple[dict, dict]:
        client = AuthenticationClient(
            app_id=emulator.app_id, app_host=emulator.url, app_secret=emulator.app_secret
        )
        answer = client.sign_in_by_username_password(seeded_username(5), seeded_password(5))
        return answer, client.introspect_token_offline(answer["data"]["access_token"])

    answer, claims = await asyncio.to_thread(sign_in_and_verify)
    assert answer["statusCode"] == 200
    assert claims["sub"] == seeded_user_id(5)
    assert claims["aud"] == emulator.app_id


async def test_passcode_sign_in_with_a_code_sent_by_sms_or_email(emulator, auth):
    user = _user(emulator, 6)
    assert emulator.last_passcode(user.phone) is None
    # signing in: there is no user's token yet
    await auth.send_sms("CHANNEL_LOGIN", user.phone)
    code = emulator.last_passcode(user.phone)
    assert code is not None and len(code) == 6 and code.isdigit()
    tokens = await auth.sign_in_by_phone_passcode(user.phone, code)
    assert (await auth.introspect_token_offline(tokens.access_token))["sub"] == user.user_id
    # one use
    assert emulator.last_passcode(user.phone) is None
    with pytest.raises(GenAuthAPIError):
        await auth.sign_in_by_phone_passcode(user.phone, code)

    await auth.send_email("CHANNEL_LOGIN", user.email)
    code = emulator.last_passcode(user.email)
    assert code is not None
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    with pytest.raises(GenAuthAPIError):
        await auth.sign_in_by_email_passcode(user.email, wrong)
    tokens = await auth.sign_in_by_email_passcode(user.email, code)
    assert (await auth.introspect_token_offline(tokens.access_token))["sub"] == user.user_id


async def test_sign_up_then_sign_in(emulator, auth):
    user = await auth.sign_up_by_username_password(
        "new-user", "S3cret-pass", {"nickname": "Newbie"}
    )
    assert user.username == "new-user"
    assert user.nickname == "Newbie"
    assert emulator.pool.get(user.user_id) is not None
    tokens = await auth.sign_in_by_username_password("new-user", "S3cret-pass")
    assert (await auth.introspect_token_offline(tokens.access_token))["sub"] == user.user_id
    with pytest.raises(GenAuthAPIError):  # taken
        await auth.sign_up_by_username_password("new-user", "other")

    token = emulator.issue_tokens(1)["access_token"]
    await auth.send_email("CHANNEL_REGISTER", "fresh@example.com", access_token=token)
    code = emulator.last_passcode("fresh@example.com")
    assert code is not None
    fresh = await auth.sign_up_by_email_passcode("fresh@example.com", code)
    assert fresh.email == "fresh@example.com"
    assert fresh.email_verified is True


async def test_profile_update_and_password_change(emulator, auth):
    tokens = await auth.sign_in_by_username_password(seeded_username(7), seeded_password(7))
    me = auth.with_access_token(tokens.access_token)
    updated = await me.update_profile(nickname="Seven", city="Paris", custom_data={"k": "v"})
    assert updated.nickname == "Seven"
    assert updated.city == "Paris"
    profile = await me.get_profile(with_custom_data=True)
    assert profile.nickname == "Seven"
    assert profile.custom_data == {"k": "v"}
    assert _user(emulator, 7).nickname == "Seven"  # the management side sees it

    with pytest.raises(GenAuthAPIError):
        await me.update_password("New-pass-1", "wrong-old")
    await me.update_password("New-pass-1", seeded_password(7))
    with pytest.raises(GenAuthAPIError):
        await auth.sign_in_by_username_password(seeded_username(7), seeded_password(7))
    await auth.sign_in_by_username_password(seeded_username(7), "New-pass-1")


async def test_roles_groups_and_apps_come_from_the_management_side(emulator, auth, make_client):
    admin = make_client()
    user_id = seeded_user_id(8)
    await admin.create_role("editor", "Editor")
    await admin.assign_role([{"targetType": "USER", "targetIdentifier": user_id}], "editor")
    await admin.create_group("static", "The staff", "Staff", "staff")
    await admin.add_group_members([user_id], "staff")
    _user(emulator, 8).apps = [{"appId": "app-1", "appName": "App One"}]
    me = auth.with_access_token(emulator.issue_tokens(8)["access_token"])
    assert [r.code for r in await me.get_role_list()] == ["editor"]
    assert [g.code for g in await me.get_group_list()] == ["staff"]
    apps = await me.get_accessible_apps()
    assert [(a.app_id, a.app_name) for a in apps] == [("app-1", "App One")]
    other = auth.with_access_token(emulator.issue_tokens(9)["access_token"])
    assert await other.get_role_list() == []
    assert await other.get_group_list() == []


async def test_bind_and_unbind_email_and_phone_with_passcodes(emulator, auth):
    user = _user(emulator, 10)
    me = auth.with_access_token(emulator.issue_tokens(10)["access_token"])
    old_email, old_phone = user.email, user.phone
    with pytest.raises(GenAuthAPIError):  # one at a time: unbind first
        await me.bind_email("000000", "other@example.com")

    await me.send_email("CHANNEL_UNBIND_EMAIL", old_email)
    await me.unbind_email(emulator.last_passcode(old_email))
    assert user.email is None
    assert emulator.pool.resolve("email", old_email) is None
    await me.send_email("CHANNEL_BIND_EMAIL", "ten@example.com")
    with pytest.raises(GenAuthAPIError):
        await me.bind_email("wrong", "ten@example.com")
    await me.bind_email(emulator.last_passcode("ten@example.com"), "ten@example.com")
    assert (await me.get_profile()).email == "ten@example.com"
    assert emulator.pool.resolve("email", "ten@example.com") is user

    await me.send_sms("CHANNEL_UNBIND_PHONE", old_phone)
    await me.unbind_phone(emulator.last_passcode(old_phone))
    assert user.phone is None
    await me.send_sms("CHANNEL_BIND_PHONE", "15999990010")
    await me.bind_phone(emulator.last_passcode("15999990010"), "15999990010")
    assert (await me.get_profile()).phone == "15999990010"


async def test_the_end_users_routes_refuse_a_token_of_another_issuer(emulator, auth):
    with pytest.raises(GenAuthAPIError):
        await auth.get_role_list(access_token="not-a-token")


@pytest.mark.parametrize(
    ("at", "code"), [(59, "287082"), (1111111109, "081804"), (1234567890, "005924")]
)
def test_the_emulators_totp_matches_rfc_6238(at, code):
    secret = base64.b32encode(b"12345678901234567890").decode()  # RFC 6238 appendix B
    assert totp(secret, at) == code


async def test_totp_factor_enrolled_listed_verified_and_reset(emulator, auth):
    user = _user(emulator, 11)
    me = auth.with_access_token(emulator.issue_tokens(11)["access_token"])
    assert await me.list_enrolled_factors() == []
    started = await me.send_enroll_factor_request({}, "OTP")
    uri = started.otp_data.qr_code_uri
    secret = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query)["secret"][0]
    now = time.time()
    with pytest.raises(GenAuthAPIError):
        await me.enroll_factor({"passCode": "000000"}, started.enrollment_token, "OTP")
    await me.enroll_factor({"passCode": totp(secret, now)}, started.enrollment_token, "OTP")
    (factor,) = await me.list_enrolled_factors()
    assert factor.factor_type == "OTP"
    assert (await me.get_factor(factor.factor_id)).factor_id == factor.factor_id
    assert user.otp is not None and user.otp["secret"] == secret  # the management side's
    assert (await me.mfa_otp_verify(totp(secret, time.time()))).verified is True
    assert (await me.mfa_otp_verify(totp(secret, now - 3600))).verified is False
    await me.reset_factor(factor.factor_id)
    assert await me.list_enrolled_factors() == []
    assert (await me.mfa_otp_verify(totp(secret, time.time()))).verified is False
    with pytest.raises(GenAuthAPIError):
        await me.get_factor(factor.factor_id)


async def test_sms_factor_enrolled_with_the_passcode_sent(emulator, auth):
    me = auth.with_access_token(emulator.issue_tokens(12)["access_token"])
    started = await me.send_enroll_factor_request({"phoneNumber": "15999990012"}, "SMS")
    code = emulator.last_passcode("15999990012")
    await me.enroll_factor({"passCode": code}, started.enrollment_token, "SMS")
    (factor,) = await me.list_enrolled_factors()
    assert factor.factor_type == "SMS"
    assert factor.profile == {"phoneNumber": "15999990012"}


async def test_the_official_client_signs_in_by_passcode_without_a_token(emulator):
    from genauth import AuthenticationClient

    phone = _user(emulator, 13).phone
    client = AuthenticationClient(
        app_id=emulator.app_id, app_host=emulator.url, app_secret=emulator.app_secret
    )
    sent = await asyncio.to_thread(client.send_sms, "CHANNEL_LOGIN", phone)
    assert sent["statusCode"] == 200
    code = emulator.last_passcode(phone)
    answer = await asyncio.to_thread(client.sign_in_by_phone_passcode, phone, code)
    claims = await asyncio.to_thread(
        client.introspect_token_offline, answer["data"]["access_token"]
    )
    assert claims["sub"] == seeded_user_id(13)
    # a passcode for the user's own account (binding a phone) needs their token
    refused = await asyncio.to_thread(client.send_sms, "CHANNEL_BIND_PHONE", "15999990013")
    assert refused["statusCode"] == 401
    assert emulator.last_passcode("15999990013") is None
