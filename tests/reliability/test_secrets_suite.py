"""The whole suite runs with DEBUG logging captured; no secret may ever be in it.

The capture and the final check live in tests/conftest.py (``LogWatch``, checked in
``pytest_sessionfinish``, which fails the run and names what leaked, without printing it).
These tests check the machinery itself, and the logs of everything that ran before them.
tests/test_secrets.py checks reprs and exception texts; tests/test_client.py that turning TLS
verification off is explicit and logged once.
"""

from __future__ import annotations

import logging

import pytest

from genauth_async.testing import DEFAULT_ACCESS_KEY_SECRET, seeded_user_id


async def test_debug_records_of_the_sdk_are_captured(client, emulator, log_watch, caplog):
    # caplog lowering the level of the SDK's logger for a block does not blind the watch after it
    with caplog.at_level(logging.WARNING, logger="genauth_async"):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
    seen = len(log_watch.lines)
    await client.get_user_mfa_status(user_id=seeded_user_id(2))
    new = log_watch.lines[seen:]
    assert any("GET api/v3/get-mfa-status -> 200" in line for line in new), new


async def test_every_token_an_emulator_issues_is_watched(client, emulator, log_watch):
    for _ in range(3):
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
        emulator.revoke_tokens()  # the next call replays with a new token
    token = client._transport.auth._token
    assert token is not None and token.access_token in log_watch.tokens
    assert emulator.stats.tokens_issued == 3
    assert emulator.access_key_secret in log_watch.secrets


def test_secrets_handed_to_clients_are_watched(make_client, log_watch):
    make_client(access_key_secret="a-secret-only-this-test-uses")
    assert "a-secret-only-this-test-uses" in log_watch.secrets
    assert DEFAULT_ACCESS_KEY_SECRET in log_watch.secrets


def test_the_watch_finds_a_secret_a_token_and_a_token_part(log_watch):
    token = next(iter(log_watch.tokens), None)
    assert token is not None  # earlier tests ran emulators
    header, payload, signature = token.split(".")
    assert log_watch.find_leaks(["nothing to see", f"header only: {header}"]) == []
    assert log_watch.find_leaks([f"key={DEFAULT_ACCESS_KEY_SECRET}"]) == [
        f"an access key secret ({len(DEFAULT_ACCESS_KEY_SECRET)} chars)"
    ]
    for line in (f"Bearer {token}", f"sig {signature}!", f"payload={payload}"):
        leaks = log_watch.find_leaks([line])
        assert len(leaks) == 1 and leaks[0].startswith("management token #")
        assert token not in leaks[0]


def test_nothing_secret_was_logged_so_far(log_watch):
    # the definitive check runs once every test has: pytest_sessionfinish in tests/conftest.py
    assert log_watch.lines
    assert log_watch.find_leaks() == []


def test_the_watch_survives_a_test_that_resets_logging(log_watch):
    root = logging.getLogger()
    level = root.level
    root.removeHandler(log_watch)
    root.setLevel(logging.WARNING)
    try:
        log_watch.ensure()  # what the autouse fixture does before every test
        assert log_watch in root.handlers and root.level == logging.DEBUG
    finally:
        root.setLevel(level)
        log_watch.ensure()


async def test_an_end_users_token_echoed_by_the_server_is_never_in_the_error(answering_server):
    """A server that quotes the end user's token back in its error: the message hides it, for
    the generated v3 methods and the protocol endpoints alike."""
    from genauth_async import AsyncAuthenticationClient, GenAuthError

    user_token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyMDAwMDAxIn0.c2lnbmF0dXJlLXBhcnQ"
    answering_server.envelope = {
        "statusCode": 400,
        "apiCode": 1,
        "message": f"token {user_token} rejected; payload {user_token.split('.')[1]}",
    }
    async with AsyncAuthenticationClient("app-id", answering_server.url) as client:
        with pytest.raises(GenAuthError) as info:
            await client.get_profile(access_token=user_token)
        assert "rejected" in str(info.value)
        for part in user_token.split("."):
            assert part not in str(info.value)
        answering_server.status = 401
        with pytest.raises(GenAuthError) as info:
            await client.get_user_info_by_access_token(user_token)
        assert "rejected" in str(info.value)
        for part in user_token.split("."):
            assert part not in str(info.value)
