"""The exceptions raised by genauth_async.

    GenAuthError
    ├── GenAuthConnectionError          the request did not complete (DNS, refused, reset)
    │   ├── GenAuthTimeoutError          connect or read timeout, or the call's deadline passed
    │   │                              (``sent`` False: nothing had been sent)
    │   │   └── PoolTimeoutError         no free pooled connection in time: nothing was sent
    │   └── WrongHostError               the host answered, but GenAuth's API is not there
    ├── GenAuthAPIError                  GenAuth answered with a failure (HTTP status or statusCode)
    │   ├── AuthenticationError          401: bad access key, invalid or expired token
    │   ├── PermissionDeniedError        403
    │   ├── NotFoundError                404: e.g. no user with that id
    │   ├── RateLimitError               429: ``retry_after`` (asked), ``retry_after_honoured``
    │   └── ServerError                  5xx, or a body that is not the GenAuth envelope
    ├── ResponseValidationError          the envelope was fine but ``data`` did not fit the model
    ├── ResponseTooLargeError            the answer passed ``max_response_bytes``
    ├── ClientClosedError                the client was used after ``close()``
    ├── EventLoopMismatchError           the client was used from a second event loop
    └── TokenVerificationError           a JWT failed offline verification
        ├── MalformedTokenError          not a JWT, too large, or missing a required claim
        ├── UnknownSigningKeyError       no key of the provider's key set has its ``kid``
        ├── TokenSignatureError          bad signature, or an algorithm outside the allowlist
        ├── TokenExpiredError            ``exp`` is past (beyond the leeway)
        ├── TokenNotYetValidError        ``nbf`` or ``iat`` is in the future
        ├── TokenAudienceError           ``aud`` does not name this application
        ├── TokenIssuerError             ``iss`` is not the expected issuer
        └── TokenNonceError              an ID token's ``nonce`` is not the one sent

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
    "MalformedTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "TokenAudienceError",
    "TokenExpiredError",
    "TokenIssuerError",
    "TokenNonceError",
    "TokenNotYetValidError",
    "TokenSignatureError",
    "TokenVerificationError",
    "UnknownSigningKeyError",
    "WrongHostError",
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
    """The call ran past its timeout.

    ``sent`` is False when the call's deadline passed before any attempt was sent (waiting
    for a pooled connection or for the management token); None when an attempt may have
    reached GenAuth.
    """

    sent: bool | None = None


class PoolTimeoutError(GenAuthTimeoutError):
    """No pooled connection became free in time: the request was never sent.

    Retried like a connection refused, whether or not the call is idempotent.
    """

    sent: bool | None = False


class WrongHostError(GenAuthConnectionError):
    """The host answered, but GenAuth is not there: the token endpoint (or the event
    websocket) answered HTTP 404, 405 or 410, or a redirect. The host, or a path in it, is
    wrong (``host``, or ``websocket_host`` / ``websocket_endpoint``); nothing but that request
    was sent, and it is not retried.

    ``url`` is the URL asked (no credentials in it); ``http_status`` the status it answered.
    """

    url: str
    http_status: int

    def __init__(self, message: str, *, url: str, http_status: int) -> None:
        super().__init__(message)
        self.url = url
        self.http_status = http_status

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_wrong_host, (self.message, self.url, self.http_status))


def _wrong_host_status(http_status: int) -> bool:
    """Whether a status says the route is not there (404, 405, 410, a redirect): not
    GenAuth's API at that address, whatever the credentials."""
    return http_status in (404, 405, 410) or 300 <= http_status < 400


def _rebuild_wrong_host(message: str, url: str, http_status: int) -> WrongHostError:
    return WrongHostError(message, url=url, http_status=http_status)


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
    """429: GenAuth is rate-limiting this user pool.

    ``retry_after`` is the wait GenAuth asked for, in seconds, as sent in ``Retry-After``
    (None without a readable one); ``retry_after_honoured`` the wait this client gives such an
    answer before trying again: ``retry_after`` capped at ``RetryPolicy.retry_after_max``.
    """

    retry_after: float | None
    retry_after_honoured: float | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        http_status: int,
        api_code: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        retry_after_honoured: float | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            http_status=http_status,
            api_code=api_code,
            request_id=request_id,
        )
        self.retry_after = retry_after
        self.retry_after_honoured = retry_after_honoured

    def __reduce__(self) -> tuple[object, ...]:
        _, args = super().__reduce__()
        return (_rebuild_rate_limit, (args, self.retry_after, self.retry_after_honoured))


def _rebuild_rate_limit(
    args: tuple[Any, ...], retry_after: float | None, retry_after_honoured: float | None
) -> GenAuthAPIError:
    error = _rebuild_api_error(*args)
    assert isinstance(error, RateLimitError)
    error.retry_after = retry_after
    error.retry_after_honoured = retry_after_honoured
    return error


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


class TokenVerificationError(GenAuthError):
    """A token failed offline verification; the subclass says why.

    The message never quotes the token. FastAPI apps answer these with 401.
    """


class MalformedTokenError(TokenVerificationError):
    """Not a JWT (or not one this SDK reads): bad encoding, too large, a claim of the wrong
    type, or a required claim missing."""


class UnknownSigningKeyError(TokenVerificationError):
    """The token's ``kid`` is in none of the provider's keys, even after a refetch."""


class TokenSignatureError(TokenVerificationError):
    """The signature does not verify, or the algorithm is not allowed (``none``, HS*)."""


class TokenExpiredError(TokenVerificationError):
    """``exp`` is in the past, beyond the leeway."""


class TokenNotYetValidError(TokenVerificationError):
    """``nbf`` (or ``iat``) is in the future, beyond the leeway."""


class TokenAudienceError(TokenVerificationError):
    """``aud`` does not name the expected audience (the application id)."""


class TokenIssuerError(TokenVerificationError):
    """``iss`` is not the expected issuer."""


class TokenNonceError(TokenVerificationError):
    """An ID token's ``nonce`` is not the one sent with the authorization request."""


# the token verification errors, listed apart so the list above stays as it was
