"""A FastAPI app that shares one AsyncManagementClient across all requests, and signs its
users in with one AsyncAuthenticationClient on the same session.

Run it against the bundled emulator (it prints the access key pair; the defaults are these;
the emulator's application is 65a1a00000000000000000a1 with the secret emulator-app-secret,
and seeded user i signs in as user00000i with the password Passw0rd-00000i):

    pip install 'genauth-async[fastapi]'
    python -m genauth_async.testing --port 8080 --users 100 &
    GENAUTH_HOST=http://127.0.0.1:8080 GENAUTH_ACCESS_KEY_ID=emulator-access-key-id \
        GENAUTH_ACCESS_KEY_SECRET=emulator-access-key-secret \
        GENAUTH_APP_ID=65a1a00000000000000000a1 GENAUTH_APP_HOST=http://127.0.0.1:8080 \
        uvicorn examples.fastapi_app:app
    curl http://127.0.0.1:8000/users/65a100000000000000000002/mfa
    TOKEN=$(curl -s http://127.0.0.1:8080/oidc/token -d grant_type=password \
        -d username=user000002 -d password=Passw0rd-000002 -d client_id=65a1a00000000000000000a1 \
        -d client_secret=emulator-app-secret \
        | python -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
    curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/me
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Annotated, Any

import aiohttp
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from genauth_async import (
    AsyncAuthenticationClient,
    AsyncManagementClient,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    NotFoundError,
    RateLimitError,
    ResetUserPrincipalAuthenticationInfoOptions,
    RetryPolicy,
    TokenClaims,
)
from genauth_async.fastapi import GenAuthBearer

#: A client for request paths: someone is waiting for the answer, so a call gives up early
#: instead of sitting out GenAuth's rate limit. The defaults suit bulk jobs (30 s per attempt,
#: 3 attempts, honouring a Retry-After of up to 60 s: a 429 can hold a call for 2 minutes);
#: here a call takes at most 2 attempts of 3 s each, with at most 1 s between them.
REQUEST_PATH_OPTIONS: dict[str, Any] = {
    "timeout": aiohttp.ClientTimeout(total=3.0, sock_connect=1.0),  # per attempt
    "retry": RetryPolicy(max_attempts=2, backoff_max=0.5, retry_after_max=1.0),
}


def worst_case_seconds(options: dict[str, Any]) -> float:
    """The longest one call can take with these client options (attempts x timeout, plus
    the waits between attempts)."""
    retry: RetryPolicy = options.get("retry", RetryPolicy())
    timeout = options.get("timeout", aiohttp.ClientTimeout(total=30.0))
    per_attempt = timeout.total if isinstance(timeout, aiohttp.ClientTimeout) else timeout
    wait = max(retry.backoff_max, retry.retry_after_max)
    return float(retry.max_attempts * per_attempt + (retry.max_attempts - 1) * wait)


def genauth(request: Request) -> AsyncManagementClient:
    """The dependency that hands the app's one client to a handler."""
    client: AsyncManagementClient = request.app.state.genauth
    return client


Client = Annotated[AsyncManagementClient, Depends(genauth)]


def sign_in_client(request: Request) -> AsyncAuthenticationClient:
    """The app's one AsyncAuthenticationClient (503 when GENAUTH_APP_ID is not set)."""
    auth: AsyncAuthenticationClient | None = request.app.state.genauth_auth
    if auth is None:
        raise HTTPException(503, "sign-in is not configured: set GENAUTH_APP_ID")
    return auth


#: the verified claims of the request's bearer token (401 without a valid one); no call to
#: GenAuth per request, the keys are cached
CurrentUser = Annotated[TokenClaims, Depends(GenAuthBearer(sign_in_client))]
#: the same, and the token must carry the scope reports:read (403 otherwise)
ReportReader = Annotated[
    TokenClaims, Depends(GenAuthBearer(sign_in_client, scopes=["reports:read"]))
]


def auth_options_from_env() -> dict[str, Any] | None:
    """AsyncAuthenticationClient's options from GENAUTH_APP_ID, GENAUTH_APP_HOST and
    GENAUTH_APP_SECRET; None without an app id."""
    app_id = os.environ.get("GENAUTH_APP_ID")
    if not app_id:
        return None
    return {
        "app_id": app_id,
        "app_host": os.environ.get("GENAUTH_APP_HOST"),
        "app_secret": os.environ.get("GENAUTH_APP_SECRET"),
    }


def create_app(*, auth_options: dict[str, Any] | None = None, **client_options: Any) -> FastAPI:
    """Build the app; ``client_options`` go to AsyncManagementClient, over
    ``REQUEST_PATH_OPTIONS`` (credentials and host from the GENAUTH_* env vars otherwise);
    ``auth_options`` to AsyncAuthenticationClient (default: :func:`auth_options_from_env`)."""
    options = {**REQUEST_PATH_OPTIONS, **client_options}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sign_in = auth_options if auth_options is not None else auth_options_from_env()
        async with AsyncExitStack() as stack:
            # one session (one connection pool) for both clients
            session = await stack.enter_async_context(aiohttp.ClientSession())
            app.state.genauth = await stack.enter_async_context(
                AsyncManagementClient(**options, session=session)
            )
            app.state.genauth_auth = None
            if sign_in is not None:
                app.state.genauth_auth = await stack.enter_async_context(
                    AsyncAuthenticationClient(**sign_in, session=session)
                )
            yield

    app = FastAPI(lifespan=lifespan)

    @app.exception_handler(GenAuthError)
    async def genauth_error(request: Request, exc: GenAuthError) -> JSONResponse:
        if isinstance(exc, NotFoundError):
            status = 404
        elif isinstance(exc, RateLimitError):
            status = 429
        elif isinstance(exc, GenAuthAPIError) and 400 <= exc.status_code < 500:
            status = 400
        elif isinstance(exc, GenAuthConnectionError):
            status = 504
        else:
            status = 502
        request_id = getattr(exc, "request_id", None)
        headers = {}
        if isinstance(exc, RateLimitError) and exc.retry_after is not None:
            # pass GenAuth's advice on to the caller instead of waiting it out here
            headers["Retry-After"] = str(round(exc.retry_after))
        return JSONResponse(
            {"error": type(exc).__name__, "message": exc.message, "requestId": request_id},
            status_code=status,
            headers=headers,
        )

    @app.exception_handler(ValueError)
    async def bad_argument(request: Request, exc: ValueError) -> JSONResponse:
        # the SDK checks arguments before sending: a bad id type is the caller's mistake
        return JSONResponse({"error": "ValueError", "message": str(exc)}, status_code=422)

    @app.get("/users/{user_id}/real-name")
    async def real_name(user_id: str, client: Client, id_type: str = "user_id") -> Any:
        page = await client.get_user_principal_authentication_info(
            user_id=user_id, user_id_type=id_type
        )
        return {
            "total": page.total_count,
            "records": [
                {
                    "code": r.principal_code,
                    "type": str(r.principal_type),
                    "authenticatedAt": r.authenticated_at.isoformat(),
                }
                for r in page.list
            ],
        }

    @app.delete("/users/{user_id}/real-name")
    async def reset_real_name(user_id: str, client: Client, id_type: str = "user_id") -> Any:
        res = await client.reset_user_principal_authentication_info(
            user_id=user_id,
            options=ResetUserPrincipalAuthenticationInfoOptions(user_id_type=id_type),
        )
        return {"success": res.success}

    @app.get("/users/{user_id}/mfa")
    async def mfa(user_id: str, client: Client) -> Any:
        data = await client.get_user_mfa_status(user_id=user_id)
        return {
            "totp": data.totp_mfa_enabled,
            "policies": [m.mfa_policy for m in data.application_mfa],
        }

    @app.get("/me")
    async def me(user: CurrentUser, client: Client) -> Any:
        # the token says who is calling; the management client reads what it may not say
        data = await client.get_user_mfa_status(user_id=user.sub)
        return {
            "userId": user.sub,
            "scopes": sorted(user.scopes),
            "totp": data.totp_mfa_enabled,
        }

    @app.get("/reports")
    async def reports(user: ReportReader) -> Any:
        return {"for": user.sub, "reports": []}

    return app


app = create_app()
