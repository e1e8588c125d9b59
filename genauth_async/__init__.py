"""genauth_async: the asyncio SDK for the GenAuth (formerly Authing) Management API."""

import logging as _logging

from ._transport import RetryPolicy
from ._version import __version__
from .client import AsyncManagementClient
from .errors import (
    AuthenticationError,
    ClientClosedError,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    GenAuthTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from .events import Event, EventSubscription
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
    "Event",
    "EventSubscription",
    "GenAuthAPIError",
    "GenAuthConnectionError",
    "GenAuthError",
    "GenAuthTimeoutError",
    "IsSuccess",
    "MfaTriggerData",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PrincipalAuthenticationInfo",
    "PrincipalType",
    "RateLimitError",
    "ResetUserPrincipalAuthenticationInfoOptions",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "UserIdType",
    "__version__",
]
