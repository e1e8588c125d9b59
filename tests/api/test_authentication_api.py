"""The end user's generated methods (``genauth_async/api/authentication.py``): parity with the
official ``AuthenticationClient``, every method called once against the emulator with a user's
token (its answer decoded strictly), and the requests the official client sends."""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from test_every_endpoint import _response_data, arguments

from genauth_async import AsyncAuthenticationClient, AuthenticationError, ResponseValidationError
from genauth_async._convert import strict_converter
from genauth_async.api.authentication import ENDPOINTS
from genauth_async.testing import seeded_password, seeded_username
from genauth_async.testing._services import end_user

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads(
    (ROOT / "spec" / "genauth-authentication.openapi.json").read_text()
)
OPERATIONS = {
    op["x-python-name"]: (method.upper(), path, op)
    for path, ops in SPEC["paths"].items()
    for method, op in ops.items()
}
#: operations the emulator answers from its state (tests/testing/test_end_user.py drives
#: them in order): a made-up argument is refused there
STATEFUL = {
    name
    for name, (method, path, _) in OPERATIONS.items()
    if any(r.method == method and r.path == path for r in end_user.routes.routes)
}
#: a keyword-only argument the official method lacks: it sends a literal ``{credentialID}``
REQUIRED_EXTRA = {"remove_credential": {"credential_id"}}


def _official() -> dict[str, Any]:
    from genauth import AuthenticationClient

    return {
        name: member
        for name, member in vars(AuthenticationClient).items()
        if callable(member) and not name.startswith("_")
    }


def _positional(function: Any) -> list[inspect.Parameter]:
    return [
        p
        for n, p in inspect.signature(function).parameters.items()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and n != "self"
    ]


def test_every_official_method_is_there():
    official = _official()
    assert len(official) == 112
    missing = {name for name in official if not hasattr(AsyncAuthenticationClient, name)}
    assert missing == set()
    assert set(OPERATIONS) <= set(official)


@pytest.mark.parametrize("name", sorted(_official()))
def test_positional_parameters_and_nothing_required_the_official_leaves_optional(name):
    official = getattr(__import__("genauth").AuthenticationClient, name)
    ours = getattr(AsyncAuthenticationClient, name)
    assert [p.name for p in _positional(ours)] == [p.name for p in _positional(official)]
    optional = {p.name for p in _positional(official) if p.default is not inspect.Parameter.empty}
    for p in inspect.signature(ours).parameters.values():
        if p.default is not inspect.Parameter.empty or p.name == "self":
            continue
        if p.kind is inspect.Parameter.KEYWORD_ONLY:
            assert p.name in REQUIRED_EXTRA.get(name, ()), (name, p.name)
        else:
            assert p.name not in optional, (name, p.name)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_generated_methods_take_the_end_users_token_per_call(name):
    params = inspect.signature(getattr(AsyncAuthenticationClient, name)).parameters
    for keyword in ("access_token", "timeout", "deadline"):
        assert params[keyword].kind is inspect.Parameter.KEYWORD_ONLY, (name, keyword)


@pytest.fixture
async def auth(emulator):
    async with AsyncAuthenticationClient(emulator.app_id, emulator.url) as client:
        yield client


def _sent(emulator, path: str) -> dict[str, Any]:
    return [r for r in emulator.stats.recent if r["path"] == path][-1]


@pytest.mark.parametrize("name", sorted(set(OPERATIONS) - STATEFUL))
async def test_every_method_against_the_emulator_with_a_users_token(name, emulator, auth):
    method, path, _ = OPERATIONS[name]
    args, _ = arguments(name, SPEC, AsyncAuthenticationClient)
    token = emulator.issue_tokens(3)["access_token"]
    result = await getattr(auth, name)(**args, access_token=token)
    sent = _sent(emulator, path.replace("{credentialID}", str(args.get("credential_id"))))
    assert sent["method"] == method
    assert sent["headers"]["authorization"] == token  # as the official SDKs send it
    assert sent["headers"]["x-genauth-app-id"] == emulator.app_id
    # the emulator's answer to that request, decoded strictly into the endpoint's model
    session = auth.session
    assert session is not None
    async with session.request(
        method,
        emulator.url.rstrip("/") + sent["path"],
        params=[tuple(pair) for pair in sent["query"]],
        data=sent.get("body") or None,
        headers={"authorization": token, "content-type": "application/json"},
    ) as resp:
        envelope = orjson.loads(await resp.read())
    assert envelope["statusCode"] == 200, envelope
    into = ENDPOINTS[name].into
    if into is None:
        assert result is None
    else:
        strict = strict_converter.structure(envelope["data"], into)
        assert type(strict) is type(result)


async def test_a_route_that_needs_the_users_token_refuses_a_bad_one(emulator, auth):
    with pytest.raises(ValueError, match="no access token"):
        await auth.get_profile()
    with pytest.raises(AuthenticationError):
        await auth.get_profile(access_token="not-a-token-of-this-provider")
    # a public route needs none
    await auth.check_qr_code_status("qr-1")
    assert "authorization" not in _sent(emulator, "/api/v3/check-qrcode-status")["headers"]


async def test_the_call_takes_the_view_token_else_the_clients(emulator, auth):
    first = emulator.issue_tokens(1)["access_token"]
    second = emulator.issue_tokens(2)["access_token"]
    await auth.with_access_token(first).get_profile()
    assert _sent(emulator, "/api/v3/get-profile")["headers"]["authorization"] == first
    await auth.with_access_token(first).get_profile(access_token=second)
    assert _sent(emulator, "/api/v3/get-profile")["headers"]["authorization"] == second
    auth.set_access_token(second)
    await auth.get_role_list()
    assert _sent(emulator, "/api/v3/get-my-role-list")["headers"]["authorization"] == second


async def test_sign_in_routes_send_the_applications_basic_credentials_where_configured(emulator):
    basic = AsyncAuthenticationClient(
        emulator.app_id,
        emulator.url,
        emulator.app_secret,
        emulator.issue_tokens(1)["access_token"],  # not sent: the application authenticates
        token_endpoint_auth_method="client_secret_basic",
    )
    async with basic:
        await basic.sign_in_by_username_password(seeded_username(2), seeded_password(2))
        await basic.exchange_token_set_with_qr_code_ticket("ticket-1")
    pair = f"{emulator.app_id}:{emulator.app_secret}".encode()
    for path in ("/api/v3/signin", "/api/v3/exchange-tokenset-with-qrcode-ticket"):
        sent = _sent(emulator, path)
        assert sent["headers"]["authorization"] == "Basic " + base64.b64encode(pair).decode()
        assert "client_secret" not in orjson.loads(sent["body"]), path
    # client_secret_post: the credentials in the body, the user's token (if any) in the header
    async with AsyncAuthenticationClient(
        emulator.app_id, emulator.url, emulator.app_secret
    ) as post:
        await post.sign_in_by_username_password(seeded_username(2), seeded_password(2))
    sent = _sent(emulator, "/api/v3/signin")
    assert "authorization" not in sent["headers"]
    assert orjson.loads(sent["body"])["client_secret"] == emulator.app_secret


async def test_200_concurrent_users_each_send_their_own_token(emulator, auth):
    emulator.seed_users(200)
    tokens = [emulator.issue_tokens(i)["access_token"] for i in range(200)]
    emulator.reset_stats()
    await asyncio.gather(*(auth.with_access_token(t).get_profile() for t in tokens))
    sent = [r["headers"]["authorization"] for r in emulator.stats.recent]
    assert sorted(sent) == sorted(tokens)  # each token once: no call carried another's


# -- wire equivalence with the official client -----------------------------------------------


class Recorder:
    """Records every request; answers the operation's success envelope, its data built from
    the spec's schema."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.routes = {(m, p): op for m, p, op in OPERATIONS.values()}

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self.requests.append(
            {
                "method": request.method,
                "path": request.path,
                "query": sorted(request.query.items()),
                "body": orjson.loads(raw) if raw else None,
                "authorization": request.headers.get("authorization"),
                "app_id": request.headers.get("x-genauth-app-id"),
            }
        )
        op = self.routes.get((request.method, request.path))
        data = None if op is None else _response_data(op, SPEC["components"]["schemas"])
        return web.json_response({"statusCode": 200, "message": "ok", "data": data})


@pytest.fixture
async def recorder():
    rec = Recorder()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", rec.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield rec, str(server.make_url("")).rstrip("/")
    await server.close()


#: the official shortcuts over sign_in_by_credentials / sign_up, and put_event
SHORTCUTS = {
    name
    for name in _official()
    if name.startswith(("sign_in_by_", "sign_up_by_")) and name not in OPERATIONS
} | {"put_event"}


def _official_arguments(name: str) -> list[Any]:
    """A valid value for each of the official method's positional arguments."""
    if name in OPERATIONS:
        args, _ = arguments(name, SPEC, AsyncAuthenticationClient)
    else:  # a shortcut: text where required, nested objects left to their defaults
        args = {"data": {"k": ["v", 1]}, "phone_country_code": "+86"}
    return [
        args.get(p.name, "v-1" if p.default is inspect.Parameter.empty else None)
        for p in _positional(_official()[name])
    ]


def _lower_booleans(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # requests sends Python's True as "True"; we send JSON's "true", as GenAuth documents
    return [(k, v.lower() if v in ("True", "False") else v) for k, v in query]


# remove_credential: the official client sends a literal {credentialID} in the path
@pytest.mark.parametrize("name", sorted((set(OPERATIONS) | SHORTCUTS) - {"remove_credential"}))
async def test_the_official_client_sends_the_same_request(name, recorder):
    from genauth import AuthenticationClient

    rec, url = recorder
    positional = _official_arguments(name)
    # the official constructor keeps None for the method (it sends no credentials then)
    options = {"app_secret": "secret-1", "token_endpoint_auth_method": "client_secret_post"}
    official = AuthenticationClient(app_id="app-1", app_host=url, **options)
    official.set_access_token("user-token")
    await asyncio.to_thread(getattr(official, name), *positional)
    async with AsyncAuthenticationClient("app-1", url, max_retries=0, **options) as ours:
        ours.set_access_token("user-token")
        await getattr(ours, name)(*positional)
    theirs, mine = rec.requests
    if name == "put_event":  # the same JSON value, as JSON text
        for sent in (theirs, mine):
            sent["body"]["eventData"] = json.loads(sent["body"]["eventData"])
    assert mine["method"] == theirs["method"]
    assert mine["path"] == theirs["path"]
    assert mine["authorization"] == theirs["authorization"] == "user-token"
    assert mine["app_id"] == theirs["app_id"] == "app-1"
    assert mine["query"] == _lower_booleans(theirs["query"])
    assert (mine["body"] or {}) == (theirs["body"] or {})


async def test_strict_responses_refuses_an_answer_that_differs_from_its_model():
    async def answer(request: web.Request) -> web.Response:
        # userId of the wrong type, the other required fields missing
        return web.json_response({"statusCode": 200, "message": "ok", "data": {"userId": 5}})

    app = web.Application()
    app.router.add_get("/api/v3/get-profile", answer)
    async with TestServer(app) as server:
        url = str(server.make_url("")).rstrip("/")
        async with AsyncAuthenticationClient("app-1", url) as lenient:
            assert (await lenient.get_profile(access_token="t-1")).user_id == 5
        async with AsyncAuthenticationClient("app-1", url, strict_responses=True) as strict:
            with pytest.raises(ResponseValidationError):
                await strict.get_profile(access_token="t-1")
