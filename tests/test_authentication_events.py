"""``AsyncAuthenticationClient.sub_event``/``subscribe``: the end user's event stream on
``/events/v1/authentication/sub``, authorized by their token, against the emulator."""

from __future__ import annotations

import asyncio
import logging

import pytest
from test_events import until

from genauth_async import AsyncAuthenticationClient, AuthenticationError
from genauth_async.events import Event


@pytest.fixture
async def auth(emulator):
    async with AsyncAuthenticationClient(
        emulator.app_id, emulator.url, websocket_host=emulator.websocket_host
    ) as client:
        yield client


def _socket_requests(emulator):
    return [r for r in emulator.stats.recent if r["path"] == "/events/v1/authentication/sub"]


async def test_sub_event_calls_back_with_the_events_published_to_the_code(
    emulator, auth, caplog, capsys
):
    caplog.set_level(logging.DEBUG, logger="genauth_async")
    token = emulator.issue_tokens(3)["access_token"]
    got: list[Event] = []
    task = asyncio.create_task(auth.sub_event("order.paid", got.append, access_token=token))
    await until(lambda: emulator.websocket_subscribers("order.paid") == 1)
    await emulator.publish("order.paid", {"order": 1})
    await emulator.publish("order.paid", {"order": 2})
    await until(lambda: len(got) == 2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [e.data for e in got] == [{"order": 1}, {"order": 2}]
    assert {e.code for e in got} == {"order.paid"}
    # the URL the official client opens: code and the user's token as query parameters
    (sent,) = _socket_requests(emulator)
    assert dict(sent["query"]) == {"code": "order.paid", "token": token}
    assert "authorization" not in sent["headers"]
    # and the token is never printed nor logged (the official client prints the URL)
    out = capsys.readouterr()
    assert token not in out.out + out.err
    assert token not in caplog.text


async def test_subscribe_takes_the_views_token_and_closes_with_the_client(emulator):
    client = AsyncAuthenticationClient(
        emulator.app_id, emulator.url, websocket_host=emulator.websocket_host
    )
    token = emulator.issue_tokens(4)["access_token"]
    subscription = client.with_access_token(token).subscribe("evt")
    assert token not in repr(subscription)
    async with subscription as events:
        await until(lambda: emulator.websocket_subscribers("evt") == 1)
        await emulator.publish("evt", "hello")
        event = await anext(events)
        assert event.raw == "hello"
    await until(lambda: emulator.websocket_subscribers("evt") == 0)
    task = asyncio.create_task(client.with_access_token(token).sub_event("evt", print))
    await until(lambda: emulator.websocket_subscribers("evt") == 1)
    await client.close()
    assert await asyncio.wait_for(task, 10) is None


async def test_a_dead_token_is_refused_at_once_without_quoting_it(emulator, auth):
    token = emulator.issue_tokens(5)["access_token"]
    emulator.oidc.revoke(token, 0.0)
    with pytest.raises(AuthenticationError) as caught:
        await auth.sub_event("evt", print, access_token=token)
    assert "end user's access token" in str(caught.value)
    assert token not in str(caught.value)


async def test_no_token_is_a_clear_error_before_anything_is_sent(emulator, auth):
    with pytest.raises(ValueError, match="no access token"):
        await auth.sub_event("evt", print)
    with pytest.raises(ValueError, match="event_code"):
        await auth.sub_event("", print, access_token=emulator.issue_tokens(1)["access_token"])
    assert _socket_requests(emulator) == []


async def test_put_event_reaches_the_subscribers_of_its_code(emulator, auth, make_client):
    subscriber = emulator.issue_tokens(6)["access_token"]
    publisher = emulator.issue_tokens(7)["access_token"]
    got: list[Event] = []
    task = asyncio.create_task(auth.sub_event("note.added", got.append, access_token=subscriber))
    await until(lambda: emulator.websocket_subscribers("note.added") == 1)
    await auth.put_event("note.added", {"note": "hi"}, access_token=publisher)
    # the management side publishes to the same code
    await make_client().pub_user_event("note.added", '{"note": "admin"}')
    await until(lambda: len(got) == 2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [e.data for e in got] == [{"note": "hi"}, {"note": "admin"}]
    with pytest.raises(AuthenticationError):  # neither a user's nor a management token
        await auth.put_event("note.added", {}, access_token="not-a-token")
