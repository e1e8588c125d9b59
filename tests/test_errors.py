"""The error hierarchy and what errors say."""

from __future__ import annotations

import pickle

import pytest

from genauth_async import (
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
from genauth_async.errors import error_for_status


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (400, GenAuthAPIError),
        (409, GenAuthAPIError),
    ],
)
def test_status_mapping(status, cls):
    assert error_for_status(status) is cls


def test_hierarchy():
    for cls in (
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        RateLimitError,
        ServerError,
    ):
        assert issubclass(cls, GenAuthAPIError)
    assert issubclass(GenAuthTimeoutError, GenAuthConnectionError)
    for cls in (
        GenAuthAPIError,
        GenAuthConnectionError,
        ResponseValidationError,
        ClientClosedError,
    ):
        assert issubclass(cls, GenAuthError)


def test_api_error_text_and_attributes():
    err = NotFoundError(
        "user not found", status_code=404, http_status=200, api_code=2004, request_id="r-1"
    )
    assert str(err) == "user not found (statusCode=404, http=200, apiCode=2004, requestId=r-1)"
    assert (err.status_code, err.http_status, err.api_code, err.request_id) == (
        404,
        200,
        2004,
        "r-1",
    )
    same = NotFoundError("x", status_code=500, http_status=500)
    assert str(same) == "x (statusCode=500)"


def test_api_errors_pickle():
    err = RateLimitError("slow down", status_code=429, http_status=429, retry_after=2.0)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is RateLimitError and back.status_code == 429 and str(back) == str(err)


def test_response_validation_error_text():
    err = ResponseValidationError("bad data", errors=[f"e{i}" for i in range(7)], request_id="r")
    assert str(err) == "bad data: e0; e1; e2; e3; e4 (+2 more) requestId=r"
