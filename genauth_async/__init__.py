"""genauth_async: the asyncio SDK for the GenAuth (formerly Authing) Management API."""

import logging as _logging
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from ._raw import RawResponse
from ._transport import RetryPolicy
from ._version import __version__
from .client import AsyncManagementClient
from .errors import (
    AuthenticationError,
    ClientClosedError,
    EventLoopMismatchError,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    GenAuthTimeoutError,
    MalformedTokenError,
    NotFoundError,
    PermissionDeniedError,
    PoolTimeoutError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    TokenAudienceError,
    TokenExpiredError,
    TokenIssuerError,
    TokenNonceError,
    TokenNotYetValidError,
    TokenSignatureError,
    TokenVerificationError,
    UnknownSigningKeyError,
    WrongHostError,
)
from .events import Event, EventSubscription
from .models import Page

if _TYPE_CHECKING:
    from ._jwks import TokenClaims
    from .authentication import AsyncAuthenticationClient, TokenSet
    from .models import (
        ApplicationMfa,
        IsSuccess,
        MfaTriggerData,
        PrincipalAuthenticationInfo,
        PrincipalType,
        ResetUserPrincipalAuthenticationInfoOptions,
        UserIdType,
    )

#: models exported here too, loaded on first use (see genauth_async.models)
_LAZY_MODELS = frozenset(
    {
        "ApplicationMfa",
        "IsSuccess",
        "MfaTriggerData",
        "PrincipalAuthenticationInfo",
        "PrincipalType",
        "ResetUserPrincipalAuthenticationInfoOptions",
        "UserIdType",
    }
)


#: the authentication side, loaded on first use: verifying tokens imports PyJWT and
#: cryptography, which a management-only program never needs
_LAZY_AUTHENTICATION = {
    "AsyncAuthenticationClient": "authentication",
    "TokenSet": "authentication",
    "TokenClaims": "_jwks",
}


def __getattr__(name: str) -> _Any:
    if name in _LAZY_MODELS:
        from . import models

        value = getattr(models, name)
        globals()[name] = value
        return value
    if name in _LAZY_AUTHENTICATION:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY_AUTHENTICATION[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_logging.getLogger("genauth_async").addHandler(_logging.NullHandler())

__all__ = [
    "ApplicationMfa",
    "AsyncAuthenticationClient",
    "AsyncManagementClient",
    "AuthenticationError",
    "ClientClosedError",
    "Event",
    "EventLoopMismatchError",
    "EventSubscription",
    "GenAuthAPIError",
    "GenAuthConnectionError",
    "GenAuthError",
    "GenAuthTimeoutError",
    "IsSuccess",
    "MalformedTokenError",
    "MfaTriggerData",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "PrincipalAuthenticationInfo",
    "PrincipalType",
    "RateLimitError",
    "RawResponse",
    "ResetUserPrincipalAuthenticationInfoOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "TokenAudienceError",
    "TokenClaims",
    "TokenExpiredError",
    "TokenIssuerError",
    "TokenNonceError",
    "TokenNotYetValidError",
    "TokenSet",
    "TokenSignatureError",
    "TokenVerificationError",
    "UnknownSigningKeyError",
    "UserIdType",
    "WrongHostError",
    "__version__",
]
