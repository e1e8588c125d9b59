"""A FastAPI app that shares one AsyncManagementClient across all requests.

Run it against the bundled emulator:

    python -m genauth_async.testing --port 8080 --users 100 &
    GENAUTH_HOST=http://127.0.0.1:8080 GENAUTH_ACCESS_KEY_ID=... GENAUTH_ACCESS_KEY_SECRET=... \
        uvicorn examples.fastapi_app:app
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from genauth_async import (
    AsyncManagementClient,
    GenAuthAPIError,
    GenAuthConnectionError,
    GenAuthError,
    NotFoundError,
    RateLimitError,
    ResetUserPrincipalAuthenticationInfoOptions,
)


def genauth(request: Request) -> AsyncManagementClient:
    """The dependency that hands the app's one client to a handler."""
    client: AsyncManagementClient = request.app.state.genauth
    return client


Client = Annotated[AsyncManagementClient, Depends(genauth)]


def create_app(**client_options: Any) -> FastAPI:
    """Build the app; ``client_options`` go to AsyncManagementClient (env vars otherwise)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncManagementClient(**client_options) as client:
            app.state.genauth = client
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
        return JSONResponse(
            {"error": type(exc).__name__, "message": exc.message, "requestId": request_id},
            status_code=status,
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

    return app


app = create_app()
