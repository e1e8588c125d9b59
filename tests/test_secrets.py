"""The access key secret and tokens never appear in logs, reprs or exception texts."""

from __future__ import annotations

import logging

import pytest

from genauth_async import AsyncManagementClient, GenAuthError
from genauth_async.testing import Faults, seeded_user_id


async def test_secret_and_tokens_never_leak(make_client, emulator, caplog):
    seen_tokens: set[str] = set()
    texts: list[str] = []

    def note_token(client: AsyncManagementClient) -> None:
        token = client._transport.auth._token
        if token is not None:
            seen_tokens.add(token.access_token)
            texts.append(repr(token))

    with caplog.at_level(logging.DEBUG):  # every logger, aiohttp's included
        client = make_client(max_retries=1)
        texts.append(repr(client))
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
        note_token(client)
        emulator.revoke_tokens()
        await client.get_user_mfa_status(user_id=seeded_user_id(2))
        note_token(client)
        for faults in (Faults(error_rate=1.0), Faults(html_rate=1.0), Faults(drop_rate=1.0)):
            emulator.faults = faults
            with pytest.raises(GenAuthError) as info:
                await client.get_user_mfa_status(user_id=seeded_user_id(2))
            texts += [str(info.value), repr(info.value)]
        emulator.faults = Faults()
        with pytest.raises(GenAuthError) as info:
            await client.get_user_mfa_status(user_id="nobody")
        texts += [str(info.value), repr(info.value)]
        wrong = make_client(access_key_secret="not-the-secret-" + emulator.access_key_secret)
        with pytest.raises(GenAuthError) as info:
            await wrong.get_user_mfa_status(user_id=seeded_user_id(2))
        texts += [str(info.value), repr(info.value), repr(wrong), repr(wrong._transport.auth)]
        texts.append(repr(client._transport.auth))
        await client.close()
        texts.append(repr(client))

    assert len(seen_tokens) == 2
    haystack = "\n".join(texts + [r.getMessage() for r in caplog.records] + [caplog.text])
    assert caplog.records  # DEBUG logging really was on
    assert emulator.access_key_secret not in haystack
    for token in seen_tokens:
        assert token not in haystack
        assert token.split(".")[2] not in haystack  # not even the signature part
