"""FastAPI integration: a dependency that verifies the request's bearer token offline.

    auth = AsyncAuthenticationClient(app_id, app_host)        # one per app (lifespan)
    bearer = GenAuthBearer(lambda request: request.app.state.auth, scopes=["read:orders"])

    @app.get("/orders")
    async def orders(claims: Annotated[TokenClaims, Depends(bearer)]):
        return await list_orders(owner=claims.sub)

A missing token answers 401 with ``WWW-Authenticate: Bearer``; an invalid one (expired,
forged, for another application, ...) 401 with ``WWW-Authenticate: Bearer
error="invalid_token"``; a valid one without a required scope 403 with
``error="insufficient_scope"``. No request reaches GenAuth, but for the key set (fetched
once, then cached). When the key set cannot be fetched at all the ``GenAuthError`` is raised
as it is, for the app's exception handler.

Needs FastAPI: ``pip install 'genauth-async[fastapi]'``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

try:
    from fastapi import Depends, HTTPException, Request
    from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "genauth_async.fastapi needs FastAPI: pip install 'genauth-async[fastapi]'"
    ) from exc

from ._jwks import TokenClaims
from .authentication import AsyncAuthenticationClient
from .errors import TokenVerificationError

__all__ = ["GenAuthBearer", "TokenClaims"]

ClientSource = AsyncAuthenticationClient | Callable[[Request], AsyncAuthenticationClient]

#: reads the header and puts the scheme into the OpenAPI document; never answers by itself
_bearer = HTTPBearer(auto_error=False, description="A GenAuth access token")


class GenAuthBearer:
    """A FastAPI dependency: the verified claims of the request's bearer access token.

    Args:
        client: the app's ``AsyncAuthenticationClient``, or a function of the request that
            returns it (e.g. ``lambda request: request.app.state.auth``, for a client opened
            in the lifespan).
        scopes: scopes the token must all carry (403 otherwise).
        audience: the ``aud`` required (default: the client's app id).
    """

    def __init__(
        self,
        client: ClientSource,
        *,
        scopes: Iterable[str] = (),
        audience: str | None = None,
    ) -> None:
        if isinstance(scopes, str):
            raise TypeError("scopes must be a list of scopes, not one string")
        self._client = client
        self.scopes = frozenset(scopes)
        self._audience = audience

    def _resolve(self, request: Request) -> AsyncAuthenticationClient:
        client = self._client
        if isinstance(client, AsyncAuthenticationClient):
            return client
        return client(request)

    async def __call__(
        self,
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> TokenClaims:
        if credentials is None or not credentials.credentials:
            raise HTTPException(
                401, "a bearer access token is required", {"WWW-Authenticate": "Bearer"}
            )
        client = self._resolve(request)
        options: dict[str, Any] = {}
        if self._audience is not None:
            options["audience"] = self._audience
        try:
            claims = await client.verify_access_token(credentials.credentials, **options)
        except TokenVerificationError as exc:
            raise HTTPException(
                401,
                exc.message,
                {"WWW-Authenticate": f'Bearer error="invalid_token", {_description(exc)}'},
            ) from None
        missing = self.scopes - claims.scopes
        if missing:
            wanted = " ".join(sorted(self.scopes))
            raise HTTPException(
                403,
                f"the token lacks the scope(s) {', '.join(sorted(missing))}",
                {"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{wanted}"'},
            )
        return claims


def _description(exc: TokenVerificationError) -> str:
    # a quoted-string of visible ASCII: no quotes or backslashes inside (RFC 6750 3)
    text = exc.message.encode("ascii", "replace").decode().replace("\\", "").replace('"', "'")
    return f'error_description="{text}"'
