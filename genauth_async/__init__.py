"""genauth_async: the asyncio SDK for the GenAuth (formerly Authing) Management API."""

import logging as _logging

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
    NotFoundError,
    PermissionDeniedError,
    PoolTimeoutError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
)
from .models import (
    ApplicationMfa,
    IsSuccess,
    MfaTriggerData,
    Page,
    PrincipalAuthenticationInfo,
    PrincipalType,
    ResetUserPrincipalAuthenticationInfoOptions,
    UserIdType,
)

_logging.getLogger("genauth_async").addHandler(_logging.NullHandler())

__all__ = [
    "ApplicationMfa",
    "AsyncManagementClient",
    "AuthenticationError",
    "ClientClosedError",
    "EventLoopMismatchError",
    "GenAuthAPIError",
    "GenAuthConnectionError",
    "GenAuthError",
    "GenAuthTimeoutError",
    "IsSuccess",
    "MfaTriggerData",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "PrincipalAuthenticationInfo",
    "PrincipalType",
    "RateLimitError",
    "ResetUserPrincipalAuthenticationInfoOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "UserIdType",
    "__version__",
]
