"""OpenTelemetry spans and metrics of the clients, bulk runs and event subscriptions.

Everything OpenTelemetry lives here; the transport, bulk runner and subscriptions hold a
:class:`Telemetry` (or ``None``) and call its hooks behind a plain ``is not None`` test, so a
client that is not traced pays for nothing else. It is resolved once, when the client makes
its first call: the providers given to the client, else the global ones. A no-op or proxy
provider (the OpenTelemetry API installed, no SDK configured) counts as none; with neither a
live tracer nor a live meter provider, there is no ``Telemetry`` at all. The API itself is
imported only when a provider was given or something already imported it.

What is recorded never holds a secret, a token, a password or a signature: span attributes and
events are names, paths, statuses, counts and GenAuth's ``requestId``/``apiCode``. Argument
values (user ids in a query or a path) are recorded only with ``otel_record_arguments=True``,
and even then a query value whose name looks secret is replaced.
"""

from __future__ import annotations

import contextvars
import re
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from ._version import __version__

if TYPE_CHECKING:
    from yarl import URL

    from ._endpoint import Endpoint

__all__ = ["BulkTelemetry", "Telemetry", "resolve", "resolve_bulk"]

T = TypeVar("T")
_SCOPE = "genauth_async"
#: query names whose values are never recorded, even with otel_record_arguments
_SECRET_NAME = re.compile(r"(?i)pass|secret|token|code|sign|key|ticket|credential")
_REQUEST_ID = re.compile(r"[\x21-\x7e]{1,200}")


class _Call:
    """The span (and name) of the call or token fetch running in this context."""

    __slots__ = ("name", "span")

    def __init__(self, name: str, span: Any) -> None:
        self.name = name
        self.span = span


#: the call whose attempts run in this context (what the transport's hooks report to)
_CURRENT: contextvars.ContextVar[_Call | None] = contextvars.ContextVar(
    "genauth_async_otel_call", default=None
)


def _providers(tracer_provider: Any, meter_provider: Any) -> tuple[Any, Any] | None:
    """The live (tracer, meter) providers, either may be None; None when neither is live."""
    if (
        tracer_provider is None
        and meter_provider is None
        and "opentelemetry.trace" not in sys.modules
        and "opentelemetry.metrics" not in sys.modules
    ):
        return None  # nothing imported the API: no provider can have been set
    try:
        from opentelemetry import metrics, trace
    except ImportError:
        return None
    tp = trace.get_tracer_provider() if tracer_provider is None else tracer_provider
    mp = metrics.get_meter_provider() if meter_provider is None else meter_provider
    if isinstance(tp, trace.NoOpTracerProvider | trace.ProxyTracerProvider):
        tp = None
    if isinstance(mp, metrics.NoOpMeterProvider) or type(mp).__name__ == "_ProxyMeterProvider":
        mp = None
    return None if tp is None and mp is None else (tp, mp)


def _error_type(exc: BaseException) -> str:
    cls = type(exc)
    module = cls.__module__
    if module.startswith("genauth_async"):
        module = "genauth_async"  # where users import it from
    return f"{module}.{cls.__qualname__}"


class _Base:
    """The tracer and meter of one client or run (no-op ones for the side that is off)."""

    def __init__(self, tracer_provider: Any, meter_provider: Any) -> None:
        from opentelemetry import context, metrics, trace

        tp = tracer_provider if tracer_provider is not None else trace.NoOpTracerProvider()
        mp = meter_provider if meter_provider is not None else metrics.NoOpMeterProvider()
        self.tracer = tp.get_tracer(_SCOPE, __version__)
        self.meter = mp.get_meter(_SCOPE, __version__)
        self._trace = trace
        self._context = context
        self._error = trace.StatusCode.ERROR
        self._client_kind = trace.SpanKind.CLIENT

    def _fail(self, span: Any, exc: BaseException, detail: bool) -> str:
        kind = _error_type(exc)
        span.set_attribute("error.type", kind)
        # the message may quote an argument (a user id): only the class unless asked for
        text = f"{type(exc).__name__}: {exc}" if detail else type(exc).__name__
        span.set_status(self._trace.Status(self._error, text))
        return kind


class Telemetry(_Base):
    """Spans and metrics of one client's calls."""

    def __init__(
        self,
        tracer_provider: Any,
        meter_provider: Any,
        record_arguments: bool,
        base: URL,
        endpoints: Mapping[str, Endpoint[Any]],
    ) -> None:
        super().__init__(tracer_provider, meter_provider)
        self.record_arguments = record_arguments
        self._endpoints = endpoints
        self._host = base.host or ""
        self._port = base.port
        self._prefix = base.path.rstrip("/") + "/"
        self._names: dict[int, str] | None = None
        meter = self.meter
        self.duration = meter.create_histogram(
            "genauth.client.call.duration",
            unit="s",
            description="Duration of GenAuth API calls, every attempt and wait included",
        )
        self.retries = meter.create_counter(
            "genauth.client.retries", unit="{retry}", description="Attempts tried again"
        )
        self.token_fetches = meter.create_counter(
            "genauth.client.token.refreshes",
            unit="{token}",
            description="Management token requests (first fetches and refreshes)",
        )
        self.pool_waits = meter.create_counter(
            "genauth.client.pool.waits",
            unit="{wait}",
            description="Calls that waited for a free pooled connection",
        )
        self.events_delivered = meter.create_counter(
            "genauth.events.delivered", unit="{event}", description="Events received"
        )
        self.events_reconnects = meter.create_counter(
            "genauth.events.reconnects",
            unit="{reconnect}",
            description="Event websockets opened again after a drop",
        )

    # -- a call ------------------------------------------------------------------------------

    def _method_name(self, endpoint: Endpoint[Any], caller: str) -> str:
        """The Python method that made the call: its caller's name when that is one of the
        endpoint's names (an alias stays itself), else the endpoint's first name."""
        endpoints = self._endpoints
        if endpoints.get(caller) is endpoint:
            return caller
        names = self._names
        if names is None:
            names = {}
            for name, known in endpoints.items():
                names.setdefault(id(known), name)
            self._names = names
        return names.get(id(endpoint)) or f"{endpoint.method} {endpoint.path}"

    def call(
        self,
        endpoint: Endpoint[Any],
        path: str | None,
        query: Mapping[str, Any] | None,
        send: Awaitable[T],
    ) -> Coroutine[Any, Any, T]:
        """``send`` (one management call) inside its span."""
        # 0: here, 1: Transport.request, 2: the endpoint method
        name = self._method_name(endpoint, sys._getframe(2).f_code.co_name)
        return self._run(name, endpoint.method, endpoint.path, path, query, send)

    def protocol_call(
        self, method: str, path: str, query: Mapping[str, Any] | None, send: Awaitable[T]
    ) -> Coroutine[Any, Any, T]:
        """``send`` (one authentication-client call) inside its span, named after the public
        method that made it (private helpers between it and the transport skipped)."""
        caller = sys._getframe(2)  # 0: here, 1: Transport.protocol_request
        name = caller.f_code.co_name
        frame: Any = caller
        while frame is not None and frame.f_code.co_filename == caller.f_code.co_filename:
            if not frame.f_code.co_name.startswith(("_", "<")):
                name = frame.f_code.co_name
                break
            frame = frame.f_back
        name = name.lstrip("_") or f"{method} {path}"
        return self._run(name, method, path, None, query, send)

    def _attributes(self, name: str, method: str, path: str) -> dict[str, Any]:
        attributes: dict[str, Any] = {
            "genauth.method": name,
            "http.request.method": method,
            "server.address": self._host,
            "url.path": self._prefix + path,
            "genauth.attempts": 1,
        }
        if self._port is not None:
            attributes["server.port"] = self._port
        return attributes

    def _run(
        self,
        name: str,
        method: str,
        template: str,
        path: str | None,
        query: Mapping[str, Any] | None,
        send: Awaitable[T],
    ) -> Coroutine[Any, Any, T]:
        attributes = self._attributes(
            name, method, path if path and self.record_arguments else template
        )
        if path:
            attributes["url.template"] = self._prefix + template
        if query and self.record_arguments:
            attributes["genauth.query"] = [
                f"{k}={'<redacted>' if _SECRET_NAME.search(k) else v}"
                for k, v in query.items()
                if v is not None
            ]
        started = time.perf_counter()

        def done(outcome: str, error_type: str | None) -> None:
            measured: dict[str, Any] = {"genauth.method": name, "genauth.outcome": outcome}
            if error_type is not None:
                measured["error.type"] = error_type
            self.duration.record(time.perf_counter() - started, measured)

        return self._traced(name, name, attributes, send, done)

    async def _traced(
        self,
        span_name: str,
        name: str,
        attributes: dict[str, Any],
        send: Awaitable[T],
        done: Callable[[str, str | None], None],
        root: bool = False,
    ) -> T:
        """``send`` inside a span that the transport's hooks report to; ``done(outcome,
        error type)`` once it is over."""
        outcome = "ok"
        error_type = None
        with self.tracer.start_as_current_span(
            span_name,
            context=self._context.Context() if root else None,
            kind=self._client_kind,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            reset = _CURRENT.set(_Call(name, span))
            try:
                return await send
            except Exception as exc:
                outcome = "error"
                error_type = self._fail(span, exc, self.record_arguments)
                raise
            except BaseException:
                outcome = "cancelled"
                raise
            finally:
                _CURRENT.reset(reset)
                done(outcome, error_type)

    # -- hooks of the transport's attempts ----------------------------------------------------

    def answered(self, attempt: int, status: int, raw: bytes | None, result: Any) -> None:
        """An attempt got an answer: its status, and GenAuth's requestId and apiCode."""
        call = _CURRENT.get()
        if call is None:
            return
        attributes: dict[str, Any] = {
            "http.response.status_code": status,
            "genauth.attempts": attempt,
        }
        if raw is not None:
            try:
                envelope = orjson.loads(raw)
            except orjson.JSONDecodeError:
                envelope = None
            if type(envelope) is dict:
                request_id = envelope.get("requestId")
                if isinstance(request_id, str) and _REQUEST_ID.fullmatch(request_id):
                    attributes["genauth.request_id"] = request_id
                api_code = envelope.get("apiCode")
                if isinstance(api_code, int) and not isinstance(api_code, bool):
                    attributes["genauth.api_code"] = api_code
        call.span.set_attributes(attributes)

    def retry(self, attempt: int, delay: float, error: BaseException, retry_after: Any) -> None:
        """Attempt ``attempt`` failed and the call tries again after ``delay`` seconds."""
        call = _CURRENT.get()
        name = call.name if call is not None else ""
        error_type = _error_type(error)
        self.retries.add(1, {"genauth.method": name, "error.type": error_type})
        if call is None:
            return
        span = call.span
        span.set_attribute("genauth.attempts", attempt + 1)
        span.add_event(
            "genauth.retry",
            {"genauth.attempt": attempt, "genauth.retry.delay": delay, "error.type": error_type},
        )
        if retry_after is not None:
            span.add_event(
                "genauth.retry_after.wait",
                {"genauth.retry_after": float(retry_after), "genauth.retry.delay": delay},
            )

    async def waited(self, name: str, wait: Awaitable[T]) -> T:
        """``wait`` (for a token or a pooled connection), an event on the call's span."""
        call = _CURRENT.get()
        if name == "genauth.pool.wait":
            self.pool_waits.add(1, {"genauth.method": call.name if call is not None else ""})
        started_ns = time.time_ns()
        started = time.perf_counter()
        try:
            return await wait
        finally:
            if call is not None:
                call.span.add_event(
                    name, {"genauth.wait.duration": time.perf_counter() - started}, started_ns
                )

    def token_fetch(
        self, fetch: Awaitable[T], refresh: bool, background: bool
    ) -> Coroutine[Any, Any, T]:
        """A management token request, its own span (its attempts report to it); the
        background refresh is a trace of its own rather than a child of the call that
        happened to start the refresher long ago."""
        kind = "refresh" if refresh else "fetch"
        name = "get_management_token"
        attributes = self._attributes(name, "POST", "api/v3/get-management-token")

        def done(outcome: str, error_type: str | None) -> None:
            self.token_fetches.add(1, {"genauth.token.kind": kind, "genauth.outcome": outcome})

        return self._traced(f"genauth.token.{kind}", name, attributes, fetch, done, background)

    # -- event subscriptions ----------------------------------------------------------------

    async def connect(self, code: str, reconnect: bool, connect: Awaitable[T]) -> T:
        """Opening an event websocket (with its backoff), a span of its own."""
        with self.tracer.start_as_current_span(
            "genauth.events.connect",
            kind=self._client_kind,
            attributes={
                "genauth.event.code": code,
                "genauth.events.reconnect": reconnect,
                "server.address": self._host,
            },
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            try:
                ws = await connect
            except Exception as exc:
                self._fail(span, exc, False)
                raise
        if reconnect:
            self.events_reconnects.add(1, {"genauth.event.code": code})
        return ws

    def delivered(self, code: str) -> None:
        self.events_delivered.add(1, {"genauth.event.code": code})


def resolve(
    tracer_provider: Any,
    meter_provider: Any,
    record_arguments: bool,
    base: URL,
    endpoints: Mapping[str, Endpoint[Any]],
) -> Telemetry | None:
    """A client's telemetry, or None when there is nothing live to report to.

    ``endpoints``: the client's methods by name, to name the spans of its calls.
    """
    providers = _providers(tracer_provider, meter_provider)
    if providers is None:
        return None
    return Telemetry(*providers, record_arguments, base, endpoints)


class BulkTelemetry(_Base):
    """A bulk run: a parent span over its calls, and its succeeded/failed/in-flight counts."""

    def __init__(self, tracer_provider: Any, meter_provider: Any) -> None:
        super().__init__(tracer_provider, meter_provider)
        meter = self.meter
        self.succeeded = meter.create_counter(
            "genauth.bulk.succeeded", unit="{input}", description="Bulk inputs that succeeded"
        )
        self.failed = meter.create_counter(
            "genauth.bulk.failed", unit="{input}", description="Bulk inputs that failed"
        )
        self.in_flight = meter.create_up_down_counter(
            "genauth.bulk.in_flight", unit="{input}", description="Bulk inputs being called"
        )
        self.span: Any = None

    def start(self, attributes: Mapping[str, Any], create: Callable[[], T]) -> T:
        """Open the run's span and call ``create`` (which starts the driver task) inside it,
        so that every call the run makes is a child of it."""
        given = {k: v for k, v in attributes.items() if v is not None}
        self.span = span = self.tracer.start_span("genauth.bulk.run", attributes=given)
        token = self._context.attach(self._trace.set_span_in_context(span))
        try:
            return create()
        finally:
            self._context.detach(token)

    def finish(self, counts: Mapping[str, Any], failure: str | None) -> None:
        """Close the run's span with its final counts; ``failure``: why it stopped short."""
        span = self.span
        if span is None:
            return
        self.span = None
        for key, value in counts.items():
            if value is not None:
                span.set_attribute(f"genauth.bulk.{key}", value)
        if failure is not None:
            span.set_attribute("error.type", failure)
            span.set_status(self._trace.Status(self._error, failure))
        span.end()


def resolve_bulk(tracer_provider: Any, meter_provider: Any) -> BulkTelemetry | None:
    providers = _providers(tracer_provider, meter_provider)
    return None if providers is None else BulkTelemetry(*providers)
