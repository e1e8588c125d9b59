"""OpenTelemetry spans and metrics, recorded by the SDK's in-memory exporter and reader.

Providers are always given to the client (``tracer_provider=``/``meter_provider=``): the
global ones are set only in a child process.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from typing import Any

import aiohttp
import orjson
import pytest
from opentelemetry.instrumentation.aiohttp_client import create_trace_config
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NoOpTracerProvider, SpanKind, StatusCode

from genauth_async import (
    AsyncAuthenticationClient,
    NotFoundError,
    RetryPolicy,
    ServerError,
    bulk,
)
from genauth_async.testing import Faults, seeded_user_id

MFA_PATH = "/api/v3/get-mfa-status"
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.002)


class Otel:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    @property
    def options(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        spans = self.exporter.get_finished_spans()
        return [s for s in spans if name is None or s.name == name]

    def points(self, metric: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        found = []
        if data is None:
            return found
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    if m.name == metric:
                        found.extend(m.data.data_points)
        return found

    def total(self, metric: str, **attributes: Any) -> float:
        return sum(
            p.value
            for p in self.points(metric)
            if all(p.attributes.get(k) == v for k, v in attributes.items())
        )

    def recorded_text(self) -> str:
        """Everything recorded, spans and metrics, as one text to search."""
        parts = [s.to_json() for s in self.spans()]
        data = self.reader.get_metrics_data()
        if data is not None:
            parts.append(data.to_json())
        return "\n".join(parts)

    def shutdown(self) -> None:
        self.tracer_provider.shutdown()
        self.meter_provider.shutdown()


@pytest.fixture
def otel():
    o = Otel()
    yield o
    o.shutdown()


def body_capture() -> tuple[aiohttp.TraceConfig, list[bytes]]:
    """A trace config that keeps every answer's body, as received."""
    bodies: list[bytes] = []

    async def on_chunk(session, ctx, params) -> None:
        bodies.append(params.chunk)

    config = aiohttp.TraceConfig()
    config.on_response_chunk_received.append(on_chunk)
    return config, bodies


async def test_a_call_is_one_span_with_method_and_request_id(make_client, emulator, otel):
    config, bodies = body_capture()
    client = make_client(**otel.options, trace_configs=[config])
    user_id = seeded_user_id(1)
    await client.get_user_mfa_status(user_id=user_id)
    (span,) = otel.spans("get_user_mfa_status")
    answer = orjson.loads(bodies[-1])
    attrs = span.attributes
    assert attrs["genauth.method"] == "get_user_mfa_status"
    assert attrs["genauth.request_id"] == answer["requestId"]
    assert attrs["http.request.method"] == "GET"
    assert attrs["url.path"] == MFA_PATH
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["http.response.status_code"] == 200
    assert attrs["genauth.attempts"] == 1
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    assert user_id not in span.to_json()  # argument values are not recorded by default
    (point,) = [
        p
        for p in otel.points("genauth.client.call.duration")
        if p.attributes["genauth.method"] == "get_user_mfa_status"
    ]
    assert point.count == 1 and point.attributes["genauth.outcome"] == "ok"


async def test_a_failing_call_span_is_an_error(make_client, otel):
    client = make_client(**otel.options)
    with pytest.raises(NotFoundError) as caught:
        await client.get_user_mfa_status(user_id="no-such-user-42")
    (span,) = otel.spans("get_user_mfa_status")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "genauth_async.NotFoundError"
    assert span.attributes["genauth.api_code"] == caught.value.api_code
    assert span.attributes["genauth.request_id"] == caught.value.request_id
    # the message quotes the user id: not recorded unless asked for
    assert "no-such-user-42" not in span.to_json()
    (point,) = [
        p
        for p in otel.points("genauth.client.call.duration")
        if p.attributes.get("error.type") == "genauth_async.NotFoundError"
    ]
    assert point.count == 1 and point.attributes["genauth.outcome"] == "error"


async def test_arguments_are_recorded_only_when_asked(make_client, otel):
    client = make_client(**otel.options, otel_record_arguments=True)
    with pytest.raises(NotFoundError):
        await client.get_user_mfa_status(user_id="no-such-user-42")
    (span,) = otel.spans("get_user_mfa_status")
    assert "userId=no-such-user-42" in span.attributes["genauth.query"]
    assert "no-such-user-42" in span.status.description


async def test_retries_are_events_counted_and_each_attempt_an_http_child(
    make_client, emulator, otel
):
    emulator.faults = Faults(error_rates={MFA_PATH: 1.0}, routes=frozenset({MFA_PATH}))
    client = make_client(
        **otel.options,
        retry=FAST_RETRY,
        trace_configs=[create_trace_config(tracer_provider=otel.tracer_provider)],
    )
    with pytest.raises(ServerError):
        await client.get_user_mfa_status(user_id="u1")
    (span,) = otel.spans("get_user_mfa_status")
    assert span.attributes["genauth.attempts"] == 3
    assert span.attributes["http.response.status_code"] == 503
    retries = [e for e in span.events if e.name == "genauth.retry"]
    assert [e.attributes["genauth.attempt"] for e in retries] == [1, 2]
    assert otel.total("genauth.client.retries", **{"genauth.method": "get_user_mfa_status"}) == 2
    # the aiohttp instrumentation's spans: one per attempt, children of the call's span
    http = [
        s for s in otel.spans() if s.parent is not None and s.parent.span_id == span.context.span_id
    ]
    http = [s for s in http if s.kind is SpanKind.CLIENT and s.name == "GET"]
    assert len(http) == 3
    assert all(s.context.trace_id == span.context.trace_id for s in http)


async def test_retry_after_wait_is_an_event(make_client, emulator, otel):
    client = make_client(**otel.options)
    user_id = seeded_user_id(1)
    await client.get_user_mfa_status(user_id=user_id)  # the token first: not throttled
    # one call per second: of two calls in a row, the second is answered 429 with
    # Retry-After: 1, and its retry (a second later, the budget refilled) passes
    emulator.faults = Faults(rate_limit_rps=1, routes=frozenset({MFA_PATH}))
    waits: list[Any] = []
    for _ in range(5):  # however slow the machine, some call meets an empty budget
        await client.get_user_mfa_status(user_id=user_id)
        span = otel.spans("get_user_mfa_status")[-1]
        waits = [e for e in span.events if e.name == "genauth.retry_after.wait"]
        if waits:
            break
    assert waits and all(e.attributes["genauth.retry_after"] == 1 for e in waits)
    assert span.attributes["genauth.attempts"] == len(waits) + 1
    assert span.status.status_code is StatusCode.UNSET


async def test_token_fetch_and_refresh_are_spans_and_counted(make_client, emulator, otel):
    client = make_client(**otel.options)
    user_id = seeded_user_id(1)
    await client.get_user_mfa_status(user_id=user_id)
    emulator.revoke_tokens()  # the next call is refused, fetches a new token and replays
    await client.get_user_mfa_status(user_id=user_id)
    (fetch,) = otel.spans("genauth.token.fetch")
    (refresh,) = otel.spans("genauth.token.refresh")
    for span in (fetch, refresh):
        assert span.attributes["genauth.method"] == "get_management_token"
        assert span.attributes["http.response.status_code"] == 200
        assert span.attributes["genauth.request_id"]
    first, second = otel.spans("get_user_mfa_status")
    assert [e.name for e in first.events] == ["genauth.token.wait"]
    assert "genauth.token.wait" in [e.name for e in second.events]
    assert fetch.parent.span_id == first.context.span_id  # fetched for that call
    kinds = {"fetch": 1, "refresh": 1}
    for kind, count in kinds.items():
        assert otel.total("genauth.client.token.refreshes", **{"genauth.token.kind": kind}) == count


async def test_pool_waits_are_events_and_counted(make_client, emulator, otel):
    client = make_client(**otel.options, connection_limit=1)
    user_id = seeded_user_id(1)
    await client.get_user_mfa_status(user_id=user_id)
    emulator.faults = Faults(latency_ms=50, routes=frozenset({MFA_PATH}))
    await asyncio.gather(*(client.get_user_mfa_status(user_id=user_id) for _ in range(3)))
    waited = [
        s
        for s in otel.spans("get_user_mfa_status")
        if any(e.name == "genauth.pool.wait" for e in s.events)
    ]
    assert len(waited) >= 2  # one call holds the only connection, the others wait
    assert otel.total("genauth.client.pool.waits") == len(waited)


async def test_nothing_sensitive_is_recorded(make_client, emulator, otel):
    client = make_client(
        **otel.options,
        retry=FAST_RETRY,
        trace_configs=[create_trace_config(tracer_provider=otel.tracer_provider)],
    )
    user_id = seeded_user_id(1)
    await client.get_user_mfa_status(user_id=user_id)
    tokens = [client._transport.auth.token.access_token]
    emulator.revoke_tokens()
    await client.create_user(username="otel-user", password="S3cret-Passw0rd!")
    tokens.append(client._transport.auth.token.access_token)
    emulator.faults = Faults(error_rates={MFA_PATH: 1.0}, routes=frozenset({MFA_PATH}))
    with pytest.raises(ServerError):
        await client.get_user_mfa_status(user_id=user_id)
    text = otel.recorded_text()
    assert otel.spans("genauth.token.refresh")
    for secret in (emulator.access_key_secret, "S3cret-Passw0rd!", *tokens):
        assert secret not in text
    for token in tokens:  # nor a part of a token (its signature, its claims)
        assert not any(part in text for part in token.split(".") if len(part) > 8)
    ours = [s for s in otel.spans() if "genauth.method" in (s.attributes or {})]
    assert ours and all(user_id not in s.to_json() for s in ours)


async def test_off_without_a_live_provider(make_client, emulator):
    user_id = seeded_user_id(1)
    for options in ({}, {"tracer_provider": NoOpTracerProvider()}):
        client = make_client(**options)
        await client.get_user_mfa_status(user_id=user_id)
        assert client._transport.otel is None


async def test_bulk_run_is_a_parent_span_with_counts(make_client, emulator, otel):
    client = make_client(**otel.options)
    users = [seeded_user_id(i) for i in range(1, 5)]
    run = bulk.for_endpoint(
        client, "get_user_mfa_status", [{"user_id": u} for u in [*users, "missing-user"]]
    )
    summary = await run.wait()
    assert summary.succeeded == 4 and summary.failed == 1
    (parent,) = otel.spans("genauth.bulk.run")
    calls = otel.spans("get_user_mfa_status")
    assert len(calls) == 5
    assert all(c.parent.span_id == parent.context.span_id for c in calls)
    assert parent.attributes["genauth.bulk.succeeded"] == 4
    assert parent.attributes["genauth.bulk.failed"] == 1
    assert otel.total("genauth.bulk.succeeded") == 4
    assert otel.total("genauth.bulk.failed") == 1
    assert otel.total("genauth.bulk.in_flight") == 0


async def test_event_subscription_connects_and_deliveries(make_client, emulator, otel):
    client = make_client(**otel.options, websocket_host=emulator.websocket_host)
    async with client.subscribe("user.created", backoff_base=0.01, backoff_max=0.05) as events:
        assert await emulator.publish("user.created", {"n": 1}) == 1
        await anext(events)
        assert await emulator.drop_websockets() == 1
        async with asyncio.timeout(5):
            while events.reconnects == 0:  # noqa: ASYNC110  (polls the subscription's state)
                await asyncio.sleep(0.01)
        assert await emulator.publish("user.created", {"n": 2}) == 1
        await anext(events)
    connects = otel.spans("genauth.events.connect")
    assert [s.attributes["genauth.events.reconnect"] for s in connects] == [False, True]
    assert all(s.attributes["genauth.event.code"] == "user.created" for s in connects)
    assert otel.total("genauth.events.delivered", **{"genauth.event.code": "user.created"}) == 2
    assert otel.total("genauth.events.reconnects") == 1
    assert emulator.access_key_secret not in otel.recorded_text()


async def test_authentication_client_calls_are_spans(emulator, otel):
    tokens = emulator.issue_tokens(5)
    async with AsyncAuthenticationClient(
        emulator.app_id, emulator.url, app_secret=emulator.app_secret, **otel.options
    ) as auth:
        await auth.introspect_token(tokens["access_token"])
        await auth.get_user_info_by_access_token(tokens["access_token"])
    (introspect,) = otel.spans("introspect_token")
    assert introspect.attributes["url.path"] == "/oidc/token/introspection"
    assert introspect.attributes["http.response.status_code"] == 200
    assert otel.spans("get_user_info_by_access_token")
    text = otel.recorded_text()
    for secret in (emulator.app_secret, tokens["access_token"]):
        assert secret not in text


def run_with_client(before: str, calls: str, after: str) -> str:
    """The last line a child process prints: it runs ``before``, then ``calls`` (with
    ``client`` and ``user_id``) against an emulator of its own, then ``after``."""
    skeleton = textwrap.dedent(
        """
        import asyncio
        from genauth_async import AsyncManagementClient, bulk
        from genauth_async.testing import GenAuthEmulator

        async def main():
            async with GenAuthEmulator() as emu:
                user_id = emu.seed_users(1)[0].user_id
                async with AsyncManagementClient(
                    emu.access_key_id, emu.access_key_secret, emu.url
                ) as client:
        """
    )
    script = (
        textwrap.dedent(before)
        + skeleton
        + textwrap.indent(textwrap.dedent(calls), " " * 12)
        + "\nasyncio.run(main())\n"
        + textwrap.dedent(after)
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def test_the_global_providers_are_used_by_default():
    # in a child process: setting the global provider cannot be undone
    before = """
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
            InMemorySpanExporter,
        )

        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
    """
    calls = "await client.get_user_mfa_status(user_id=user_id)"
    after = """
        import json
        print(json.dumps([s.name for s in exporter.get_finished_spans()]))
    """
    names = json.loads(run_with_client(before, calls, after))
    assert names == ["genauth.token.fetch", "get_user_mfa_status"]


def test_without_the_api_nothing_is_imported_and_calls_work():
    # in a child process: the API made unimportable, as without the [otel] extra
    before = """
        import sys
        sys.modules["opentelemetry"] = None
    """
    calls = """
        await client.get_user_mfa_status(user_id=user_id)
        run = bulk.for_endpoint(client, "get_user_mfa_status", [{"user_id": user_id}])
        assert (await run.wait()).succeeded == 1
        assert client._transport.otel is None
    """
    after = """
        print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
    """
    # the blocked entry only: nothing of the API was imported
    assert run_with_client(before, calls, after) == "['opentelemetry']"


async def test_a_background_refresh_is_a_trace_of_its_own(make_client, otel):
    client = make_client(**otel.options)
    sleeps = 0

    async def sleep(delay: float) -> None:  # the refresh schedule's sleep: due at once, once
        nonlocal sleeps
        sleeps += 1
        if sleeps > 1:
            await asyncio.Event().wait()  # until the client closes
        await asyncio.sleep(0.01)  # the first fetch's task is done with by then

    client._transport.auth._sleep = sleep
    await client.get_user_mfa_status(user_id=seeded_user_id(1))
    async with asyncio.timeout(10):
        while client.tokens_fetched < 2:  # noqa: ASYNC110  (polls the refresher's progress)
            await asyncio.sleep(0.01)
    (call,) = otel.spans("get_user_mfa_status")
    (fetch,) = otel.spans("genauth.token.fetch")
    (refresh,) = otel.spans("genauth.token.refresh")
    assert fetch.parent.span_id == call.context.span_id
    assert refresh.parent is None and refresh.context.trace_id != call.context.trace_id


async def test_signature_mode_records_no_signature(make_client, emulator, otel):
    signatures: list[str] = []

    async def on_start(session, ctx, params) -> None:
        signatures.append(params.headers["authorization"])

    config = aiohttp.TraceConfig()
    config.on_request_start.append(on_start)
    client = make_client(
        **otel.options,
        auth="signature",
        trace_configs=[config, create_trace_config(tracer_provider=otel.tracer_provider)],
    )
    await client.get_user_mfa_status(user_id=seeded_user_id(1))
    (span,) = otel.spans("get_user_mfa_status")
    assert span.attributes["http.response.status_code"] == 200
    assert signatures and signatures[0].startswith("GenAuth ")
    text = otel.recorded_text()
    for header in signatures:
        assert header.split(":", 1)[1] not in text
    assert emulator.access_key_secret not in text
