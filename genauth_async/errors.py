"""The exceptions raised by genauth_async.

    GenAuthError
    ├── GenAuthConnectionError          the request did not complete (DNS, refused, reset)
    │   └── GenAuthTimeoutError          connect or read timeout, or the call's deadline passed
    │       └── PoolTimeoutError         no free pooled connection in time: nothing was sent
    ├── GenAuthAPIError                  GenAuth answered with a failure (HTTP status or statusCode)
    │   ├── AuthenticationError          401: bad access key, invalid or expired token
    │   ├── PermissionDeniedError        403
    │   ├── NotFoundError                404: e.g. no user with that id
    │   ├── RateLimitError               429, carries ``retry_after``
    │   └── ServerError                  5xx, or a body that is not the GenAuth envelope
    ├── ResponseValidationError          the envelope was fine but ``data`` did not fit the model
    ├── ResponseTooLargeError            the answer passed ``max_response_bytes``
    ├── ClientClosedError                the client was used after ``close()``
    └── EventLoopMismatchError           the client was used from a second event loop

Bad arguments are ``ValueError``/``TypeError`` raised before anything is sent.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AuthenticationError",
    "ClientClosedError",
    "EventLoopMismatchError",
    "GenAuthAPIError",
    "GenAuthConnectionError",
    "GenAuthError",
    "GenAuthTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "error_for_status",
]


class GenAuthError(Exception):
    """Root of every error this SDK raises for a failed call."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class GenAuthConnectionError(GenAuthError):
    """The request could not be completed: connection refused, reset or dropped."""


class GenAuthTimeoutError(GenAuthConnectionError):
    """The call ran past its timeout."""


class PoolTimeoutError(GenAuthTimeoutError):
    """No pooled connection became free in time: the request was never sent.

    Retried like a connection refused, whether or not the call is idempotent.
    """


class ClientClosedError(GenAuthError, RuntimeError):
    """The client was used after it was closed."""


class EventLoopMismatchError(GenAuthError, RuntimeError):
    """The client was used from an event loop other than the one it was first used on.

    Its session, connections and token refresher belong to that first loop: create one client
    per event loop (for example inside the coroutine given to ``asyncio.run``).
    """


class ResponseTooLargeError(GenAuthError):
    """The answer was larger than ``max_response_bytes`` (after decompression).

    The connection was dropped and the call is not retried.
    """


class GenAuthAPIError(GenAuthError):
    """GenAuth answered, and the answer is a failure.

    ``status_code`` is the envelope's business ``statusCode`` (or the HTTP status when the
    body is not an envelope); ``http_status`` is the HTTP status line's code.
    """

    status_code: int
    http_status: int
    api_code: int | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        http_status: int,
        api_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.http_status = http_status
        self.api_code = api_code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [f"statusCode={self.status_code}"]
        if self.http_status != self.status_code:
            parts.append(f"http={self.http_status}")
        if self.api_code is not None:
            parts.append(f"apiCode={self.api_code}")
        if self.request_id:
            parts.append(f"requestId={self.request_id}")
        return f"{self.message} ({', '.join(parts)})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self!s})"

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_api_error,
            (
                type(self),
                self.message,
                self.status_code,
                self.http_status,
                self.api_code,
                self.request_id,
            ),
        )


def _rebuild_api_error(
    cls: type[GenAuthAPIError],
    message: str,
    status_code: int,
    http_status: int,
    api_code: int | None,
    request_id: str | None,
) -> GenAuthAPIError:
    return cls(
        message,
        status_code=status_code,
        http_status=http_status,
        api_code=api_code,
        request_id=request_id,
    )


class AuthenticationError(GenAuthAPIError):
    """401: the access key pair is wrong, or the management token is invalid or expired."""


class PermissionDeniedError(GenAuthAPIError):
    """403: the access key may not do this."""


class NotFoundError(GenAuthAPIError):
    """404: the user (or other object) does not exist."""


class RateLimitError(GenAuthAPIError):
    """429: GenAuth is rate-limiting this user pool."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        http_status: int,
        api_code: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            http_status=http_status,
            api_code=api_code,
            request_id=request_id,
        )
        self.retry_after = retry_after


class ServerError(GenAuthAPIError):
    """5xx, or a body that is not GenAuth's JSON envelope (an HTML page from a proxy)."""


class ResponseValidationError(GenAuthError):
    """GenAuth's ``data`` does not fit the expected model (raised only by a client made with
    ``strict_responses=True``; by default such an answer is decoded leniently).

    ``errors`` holds one line per problem, each ending with its wire path
    (``@ $.list[0].createdAt``); ``data`` is the envelope's ``data`` as GenAuth sent it.
    """

    errors: list[str]
    request_id: str | None
    data: Any

    def __init__(
        self,
        message: str,
        *,
        errors: list[str],
        request_id: str | None = None,
        data: Any = None,
    ) -> None:
        super().__init__(message)
        self.errors = errors
        self.request_id = request_id
        self.data = data

    def __str__(self) -> str:
        detail = "; ".join(self.errors[:5])
        more = f" (+{len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
        rid = f" requestId={self.request_id}" if self.request_id else ""
        return f"{self.message}: {detail}{more}{rid}"


def error_for_status(status: int) -> type[GenAuthAPIError]:
    """The most specific error class for a failing status code."""
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    return GenAuthAPIError
